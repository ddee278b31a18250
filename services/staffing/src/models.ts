/** Data access: staffing's mongoose models, on its own database. */
import { Schema, type Connection, type Model } from 'mongoose';
import { outboxPlugin, referenceModel, type ReferenceDoc } from '@pass-graph/platform';
import type { FacilityRegisteredData } from './events';
import type { DispatchReason, DispatchStatus, EmployeeStatus, EmploymentForm, JobType, SubstituteJobType } from './domain';

export interface HeadcountPlanDoc {
  /** `<facilityId>:<year>` */
  _id: string;
  facilityId: string;
  year: number;
  authorized: number;
}

export interface EmployeeDoc {
  _id: string;
  alias: string;
  facilityId: string;
  jobType: JobType;
  employmentForm: EmploymentForm;
  hiredOn: string;
  status: EmployeeStatus;
}

export interface SubstituteWorkerDoc {
  _id: string;
  alias: string;
  jobType: SubstituteJobType;
  residenceDistrict: string;
}

export interface SubstituteDispatchDoc {
  _id: string;
  facilityId: string;
  agencyId: string;
  reason: DispatchReason;
  jobType: SubstituteJobType;
  startDate: string;
  endDate: string;
  days: number;
  dailyRate: number;
  cost: number;
  status: DispatchStatus;
  workerId: string | null;
  requestedAt: Date;
  matchedAt: Date | null;
  dispatchedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
}

const opts = { versionKey: false } as const;

const HeadcountPlanSchema = new Schema<HeadcountPlanDoc>(
  {
    _id: String,
    facilityId: { type: String, required: true },
    year: { type: Number, required: true },
    authorized: { type: Number, required: true },
  },
  { ...opts, collection: 'headcount_plans' },
);
HeadcountPlanSchema.plugin(outboxPlugin);

const EmployeeSchema = new Schema<EmployeeDoc>(
  {
    _id: String,
    alias: { type: String, required: true },
    facilityId: { type: String, required: true },
    jobType: { type: String, required: true },
    employmentForm: { type: String, required: true },
    hiredOn: { type: String, required: true },
    status: { type: String, required: true },
  },
  { ...opts, collection: 'employees' },
);
EmployeeSchema.plugin(outboxPlugin);

const SubstituteWorkerSchema = new Schema<SubstituteWorkerDoc>(
  {
    _id: String,
    alias: { type: String, required: true },
    jobType: { type: String, required: true },
    residenceDistrict: { type: String, required: true },
  },
  { ...opts, collection: 'substitute_workers' },
);
SubstituteWorkerSchema.plugin(outboxPlugin);

const SubstituteDispatchSchema = new Schema<SubstituteDispatchDoc>(
  {
    _id: String,
    facilityId: { type: String, required: true },
    agencyId: { type: String, required: true },
    reason: { type: String, required: true },
    jobType: { type: String, required: true },
    startDate: { type: String, required: true },
    endDate: { type: String, required: true },
    days: { type: Number, required: true },
    dailyRate: { type: Number, required: true },
    cost: { type: Number, required: true },
    status: { type: String, required: true },
    workerId: { type: String, default: null },
    requestedAt: { type: Date, required: true },
    matchedAt: { type: Date, default: null },
    dispatchedAt: { type: Date, default: null },
    completedAt: { type: Date, default: null },
    cancelledAt: { type: Date, default: null },
    cancelReason: { type: String, default: null },
  },
  { ...opts, collection: 'substitute_dispatches' },
);
SubstituteDispatchSchema.plugin(outboxPlugin);

export interface Models {
  /** Care-services' facilities, kept from FacilityRegistered events (payload as published). */
  KnownFacility: Model<ReferenceDoc<FacilityRegisteredData>>;
  HeadcountPlan: Model<HeadcountPlanDoc>;
  Employee: Model<EmployeeDoc>;
  SubstituteWorker: Model<SubstituteWorkerDoc>;
  SubstituteDispatch: Model<SubstituteDispatchDoc>;
}

export const createModels = (db: Connection): Models => ({
  KnownFacility: referenceModel<FacilityRegisteredData>(db, 'facilities'),
  HeadcountPlan: db.model<HeadcountPlanDoc>('HeadcountPlan', HeadcountPlanSchema),
  Employee: db.model<EmployeeDoc>('Employee', EmployeeSchema),
  SubstituteWorker: db.model<SubstituteWorkerDoc>('SubstituteWorker', SubstituteWorkerSchema),
  SubstituteDispatch: db.model<SubstituteDispatchDoc>('SubstituteDispatch', SubstituteDispatchSchema),
});
