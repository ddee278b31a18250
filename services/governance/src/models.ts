/** Data access: the service's mongoose models, on its own database. */
import { Schema, type Connection, type Model } from 'mongoose';
import { outboxPlugin, referenceModel, type ReferenceDoc } from '@pass-graph/platform';
import { createOrgUnitModel, type OrgUnitModel } from './org-units';
import { createCommitteeModels, type CommitteeModels } from './committees';
import { createStrategyModels, type StrategyModels } from './strategy';
import { createOversightModels, type OversightModels } from './oversight';
import type { AgencyLegalForm, BoardRole, BoardSelection, BoardStanding, DistrictKind } from './domain';

export interface AgencyDoc {
  _id: string;
  nameKo: string;
  nameEn: string;
  establishedOn: string | null;
  legalForm: AgencyLegalForm;
  legalBasis: string;
  region: string;
  registeredAt: Date;
}

const AgencySchema = new Schema<AgencyDoc>(
  {
    _id: { type: String, required: true },
    nameKo: { type: String, required: true },
    nameEn: { type: String, required: true },
    establishedOn: { type: String, default: null },
    legalForm: { type: String, required: true },
    legalBasis: { type: String, required: true },
    region: { type: String, required: true },
    registeredAt: { type: Date, required: true },
  },
  { collection: 'agencies', versionKey: false },
);
AgencySchema.plugin(outboxPlugin);

/** `_id` is the full Korean name (마포구), the federation key. */
export interface DistrictDoc {
  _id: string;
  shortName: string;
  romanizedName: string;
  province: string;
  kind: DistrictKind;
  registeredAt: Date;
}

const DistrictSchema = new Schema<DistrictDoc>(
  {
    _id: { type: String, required: true },
    shortName: { type: String, required: true },
    romanizedName: { type: String, required: true },
    province: { type: String, required: true },
    kind: { type: String, required: true },
    registeredAt: { type: Date, required: true },
  },
  { collection: 'districts', versionKey: false },
);
DistrictSchema.index({ province: 1, _id: 1 });
DistrictSchema.plugin(outboxPlugin);

export interface BoardMemberDoc {
  _id: string;
  agencyId: string;
  /** A pseudonym; never leaves the service in an event. */
  name: string;
  role: BoardRole;
  standing: BoardStanding;
  selection: BoardSelection;
  termStart: string;
  termEnd: string | null;
  /** Appointment number within the agency's board; unique per agency (optimistic lock, see domain.nextBoardSeq). */
  seq: number;
  appointedAt: Date;
}

const BoardMemberSchema = new Schema<BoardMemberDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    name: { type: String, required: true },
    role: { type: String, required: true },
    standing: { type: String, required: true },
    selection: { type: String, required: true },
    termStart: { type: String, required: true },
    termEnd: { type: String, default: null },
    seq: { type: Number, required: true },
    appointedAt: { type: Date, required: true },
  },
  { collection: 'board_members', versionKey: false },
);
BoardMemberSchema.index({ agencyId: 1, seq: 1 }, { unique: true });
BoardMemberSchema.index({ agencyId: 1, termEnd: 1 });
BoardMemberSchema.plugin(outboxPlugin);

export interface Models {
  Agency: Model<AgencyDoc>;
  District: Model<DistrictDoc>;
  BoardMember: Model<BoardMemberDoc>;
  OrgUnit: OrgUnitModel;
}

export type GovernanceModels = Models &
  CommitteeModels &
  StrategyModels &
  OversightModels & { KnownProvider: Model<ReferenceDoc<{ providerId: string; district: string }>> };

export const createModels = (db: Connection): GovernanceModels => ({
  ...createCommitteeModels(db),
  ...createStrategyModels(db),
  ...createOversightModels(db),
  KnownProvider: referenceModel<{ providerId: string; district: string }>(db, 'providers'),
  Agency: db.model<AgencyDoc>('Agency', AgencySchema),
  District: db.model<DistrictDoc>('District', DistrictSchema),
  BoardMember: db.model<BoardMemberDoc>('BoardMember', BoardMemberSchema),
  OrgUnit: createOrgUnitModel(db),
});
