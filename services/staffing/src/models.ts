/** Data access: staffing's mongoose models, on its own database. */
import { Schema, type Connection } from 'mongoose';
import { aggregateSchema, referenceModel } from '@pass-graph/platform';
import { createRecruitmentModel } from './recruitment';
import type {
  AbsentRole,
  DispatchReason,
  DispatchStatus,
  EmployeeStatus,
  EmploymentForm,
  EvaluationKind,
  Grade,
  HeadcountCategory,
  HireRoute,
  JobFamily,
  JobType,
  PayScheme,
  SubstituteJobType,
  TrainingCategory,
} from './domain';
import type { AgencyRegisteredData, FacilityRegisteredData, OrgUnitRegisteredData, ProviderRegisteredData } from '@pass-graph/contracts';

export interface HeadcountPlanDoc {
  /** `planId(...)`: agency:facility:year:family:grade:jobType with `*` for unset. */
  _id: string;
  agencyId: string;
  facilityId: string | null;
  year: number;
  jobFamily: JobFamily | null;
  grade: Grade | null;
  jobType: JobType | null;
  authorised: number;
}

export interface HeadcountTargetDoc {
  _id: string;
  agencyId: string;
  year: number;
  category: HeadcountCategory;
  centreModel: string | null;
  sites: number | null;
  authorised: number;
  reportedYearTotal: number | null;
}

export interface EmployeeDoc {
  _id: string;
  alias: string;
  agencyId: string;
  facilityId: string | null;
  orgUnitId: string | null;
  jobFamily: JobFamily;
  grade: Grade;
  jobType: JobType;
  employmentForm: EmploymentForm;
  payScheme: PayScheme;
  hireRoute: HireRoute;
  hiredOn: string;
  leftOn: string | null;
  status: EmployeeStatus;
  /** 인사 기록: personnel actions applied from governance resolutions. */
  personnelRecords: PersonnelRecord[];
  /** 인적사항 (name, birth date, phone, address) as one AES-256-GCM ciphertext (src/pii.ts); null when none is recorded. */
  personalData?: string | null;
}

export interface PersonnelRecord {
  resolutionId: string;
  kind: 'PROMOTION' | 'DISCIPLINE';
  decidedOn: string;
  fromGrade: Grade | null;
  toGrade: Grade | null;
  note: string | null;
}

export interface EvaluationDoc {
  /** `<employeeId>:<kind>:<year>`: one of each per year. */
  _id: string;
  employeeId: string;
  kind: EvaluationKind;
  year: number;
  evaluatedOn: string;
  result: string | null;
}

export interface TrainingCourseDoc {
  _id: string;
  title: string;
  category: TrainingCategory;
  hours: number;
}

export interface TrainingRecordDoc {
  /** `<employeeId>:<courseId>:<year>`: a course counts once per year. */
  _id: string;
  employeeId: string;
  courseId: string;
  category: TrainingCategory;
  completedOn: string;
  hours: number;
}

export interface SubstituteWorkerDoc {
  _id: string;
  alias: string;
  jobType: SubstituteJobType;
  residenceDistrict: string;
  /** 인적사항 as one AES-256-GCM ciphertext (src/pii.ts); null when none is recorded. */
  personalData?: string | null;
}

export interface EmergencyCareWorkerDoc {
  _id: string;
  alias: string;
  districts: string[];
  available: boolean;
}

export interface DispatchTargetDoc {
  /** `<agencyId>:<year>` */
  _id: string;
  agencyId: string;
  year: number;
  target: number;
}

export interface SubstituteDispatchDoc {
  _id: string;
  facilityId: string | null;
  providerId: string | null;
  agencyId: string;
  district: string;
  absentRole: AbsentRole;
  reason: DispatchReason;
  jobType: SubstituteJobType;
  requestedOn: string;
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

const str = { type: String, required: true };
const optStr = { type: String, default: null };
const num = { type: Number, required: true };

const schemas = {
  HeadcountPlan: aggregateSchema<HeadcountPlanDoc>('headcount_plans', {
    agencyId: str,
    facilityId: optStr,
    year: num,
    jobFamily: optStr,
    grade: optStr,
    jobType: optStr,
    authorised: num,
  }),
  HeadcountTarget: aggregateSchema<HeadcountTargetDoc>('headcount_targets', {
    agencyId: str,
    year: num,
    category: str,
    centreModel: optStr,
    sites: { type: Number, default: null },
    authorised: num,
    reportedYearTotal: { type: Number, default: null },
  }),
  Employee: aggregateSchema<EmployeeDoc>('employees', {
    alias: str,
    agencyId: str,
    facilityId: optStr,
    orgUnitId: optStr,
    jobFamily: str,
    grade: str,
    jobType: str,
    employmentForm: str,
    payScheme: str,
    hireRoute: str,
    hiredOn: str,
    leftOn: optStr,
    status: str,
    personnelRecords: { type: [Schema.Types.Mixed], default: [] },
    personalData: optStr,
  }),
  Evaluation: aggregateSchema<EvaluationDoc>('evaluations', { employeeId: str, kind: str, year: num, evaluatedOn: str, result: optStr }),
  TrainingCourse: aggregateSchema<TrainingCourseDoc>('training_courses', { title: str, category: str, hours: num }),
  TrainingRecord: aggregateSchema<TrainingRecordDoc>('training_records', {
    employeeId: str,
    courseId: str,
    category: str,
    completedOn: str,
    hours: num,
  }),
  SubstituteWorker: aggregateSchema<SubstituteWorkerDoc>('substitute_workers', {
    alias: str,
    jobType: str,
    residenceDistrict: str,
    personalData: optStr,
  }),
  EmergencyCareWorker: aggregateSchema<EmergencyCareWorkerDoc>('emergency_care_workers', {
    alias: str,
    districts: { type: [String], default: [] },
    available: { type: Boolean, required: true },
  }),
  DispatchTarget: aggregateSchema<DispatchTargetDoc>('dispatch_targets', { agencyId: str, year: num, target: num }),
  SubstituteDispatch: aggregateSchema<SubstituteDispatchDoc>('substitute_dispatches', {
    facilityId: optStr,
    providerId: optStr,
    agencyId: str,
    district: str,
    absentRole: str,
    reason: str,
    jobType: str,
    requestedOn: str,
    startDate: str,
    endDate: str,
    days: num,
    dailyRate: num,
    cost: num,
    status: str,
    workerId: optStr,
    requestedAt: { type: Date, required: true },
    matchedAt: { type: Date, default: null },
    dispatchedAt: { type: Date, default: null },
    completedAt: { type: Date, default: null },
    cancelledAt: { type: Date, default: null },
    cancelReason: optStr,
  }),
};

// What the loaders, the list filters (in `_id` page order) and the mutations' rule checks look up.
schemas.HeadcountPlan.index({ facilityId: 1, year: -1 });
schemas.HeadcountPlan.index({ agencyId: 1, year: 1, facilityId: 1, _id: 1 });
schemas.HeadcountTarget.index({ agencyId: 1, _id: 1 });
schemas.Employee.index({ facilityId: 1, _id: 1 });
schemas.Employee.index({ agencyId: 1, _id: 1 });
schemas.Evaluation.index({ employeeId: 1, year: 1 });
schemas.TrainingRecord.index({ employeeId: 1, completedOn: 1 });
schemas.SubstituteDispatch.index({ facilityId: 1, _id: 1 });
schemas.SubstituteDispatch.index({ status: 1, _id: 1 });
schemas.SubstituteDispatch.index({ district: 1, _id: 1 });
// dispatchProgress and setDispatchTarget: an agency's dispatches starting in a year.
schemas.SubstituteDispatch.index({ agencyId: 1, startDate: 1 });
// The matching rule: the worker's MATCHED / DISPATCHED dispatches.
schemas.SubstituteDispatch.index({ workerId: 1, status: 1 });

export const createModels = (db: Connection) => ({
  HeadcountPlan: db.model<HeadcountPlanDoc>('HeadcountPlan', schemas.HeadcountPlan),
  HeadcountTarget: db.model<HeadcountTargetDoc>('HeadcountTarget', schemas.HeadcountTarget),
  Employee: db.model<EmployeeDoc>('Employee', schemas.Employee),
  Evaluation: db.model<EvaluationDoc>('Evaluation', schemas.Evaluation),
  TrainingCourse: db.model<TrainingCourseDoc>('TrainingCourse', schemas.TrainingCourse),
  TrainingRecord: db.model<TrainingRecordDoc>('TrainingRecord', schemas.TrainingRecord),
  SubstituteWorker: db.model<SubstituteWorkerDoc>('SubstituteWorker', schemas.SubstituteWorker),
  EmergencyCareWorker: db.model<EmergencyCareWorkerDoc>('EmergencyCareWorker', schemas.EmergencyCareWorker),
  DispatchTarget: db.model<DispatchTargetDoc>('DispatchTarget', schemas.DispatchTarget),
  SubstituteDispatch: db.model<SubstituteDispatchDoc>('SubstituteDispatch', schemas.SubstituteDispatch),
  /** Care-services' facilities and consulting's providers, kept from their events (payload as published). */
  KnownFacility: referenceModel<FacilityRegisteredData>(db, 'facilities'),
  KnownProvider: referenceModel<ProviderRegisteredData>(db, 'providers'),
  /** Governance's agencies and org units, kept from their events. */
  KnownAgency: referenceModel<AgencyRegisteredData>(db, 'agencies'),
  KnownOrgUnit: referenceModel<OrgUnitRegisteredData>(db, 'org_units'),
  RecruitmentRound: createRecruitmentModel(db),
});

export type Models = ReturnType<typeof createModels>;
