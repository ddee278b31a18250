/** Data access: the service's mongoose models, on its own database. */
import { Schema, type Connection, type Model } from 'mongoose';
import { outboxPlugin, referenceModel, type ReferenceDoc } from '@pass-graph/platform';
import type { CareService, DatePrecision, FacilityStatus, FacilityType, HomeCareCentreModel, OperationMode } from './domain';

export interface FacilityDoc {
  _id: string;
  name: string;
  type: FacilityType;
  centreModel: HomeCareCentreModel | null;
  operationMode: OperationMode;
  operatorId: string;
  district: string;
  address: string | null;
  areaSquareMeters: number | null;
  capacity: number | null;
  services: CareService[];
  openedOn: string | null;
  openedOnPrecision: DatePrecision | null;
  status: FacilityStatus;
  entrustmentStart: string | null;
  entrustmentEnd: string | null;
  endedOn: string | null;
  registeredAt: Date;
}

const FacilitySchema = new Schema<FacilityDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    type: { type: String, required: true },
    centreModel: { type: String, default: null },
    operationMode: { type: String, required: true },
    operatorId: { type: String, required: true },
    district: { type: String, required: true },
    address: { type: String, default: null },
    areaSquareMeters: { type: Number, default: null },
    capacity: { type: Number, default: null },
    services: { type: [String], default: [] },
    openedOn: { type: String, default: null },
    openedOnPrecision: { type: String, default: null },
    status: { type: String, required: true },
    entrustmentStart: { type: String, default: null },
    entrustmentEnd: { type: String, default: null },
    endedOn: { type: String, default: null },
    registeredAt: { type: Date, required: true },
  },
  { collection: 'facilities', versionKey: false },
);
FacilitySchema.plugin(outboxPlugin);

export interface Models {
  Facility: Model<FacilityDoc>;
  /** Governance's agencies and districts, kept from its events (see events.ts). */
  KnownAgency: Model<ReferenceDoc>;
  KnownDistrict: Model<ReferenceDoc>;
}

export const createModels = (db: Connection): Models => ({
  Facility: db.model<FacilityDoc>('Facility', FacilitySchema),
  KnownAgency: referenceModel(db, 'agencies'),
  KnownDistrict: referenceModel(db, 'districts'),
});
