/** Data access: the service's mongoose models, on its own database. */
import { Schema, type Connection, type Model } from 'mongoose';
import { aggregateSchema } from '@pass-graph/platform';
import type {
  CaseStatus,
  ConsultantField,
  ConsultingMode,
  ConsultingTopic,
  ProgramKind,
  ProgramTarget,
  ProviderSize,
  ProviderStage,
  ProviderType,
  QualityGrade,
  PreQuestionnaire,
  Session,
} from './domain';
import type { InquiryStatus, InquiryTopic } from './inquiries';
import type { Finding, InspectionKind, SafetyArea, SafetyFeeTier, SurveyProgramme, TrainingTopic } from './inspections';

const str = { type: String, required: true };
const optStr = { type: String, default: null };
const num = { type: Number, required: true };
const optNum = { type: Number, default: null };

export interface ProviderDoc {
  _id: string;
  name: string;
  type: ProviderType;
  district: string;
  qualityGrade: QualityGrade | null;
  qualityGradeYear: number | null;
  stage: ProviderStage;
  size: ProviderSize | null;
  /** care-services' Facility when the client is an AFFILIATED_FACILITY (소속시설); missing on older rows. */
  facilityId?: string | null;
  registeredAt: Date;
}

const ProviderSchema = aggregateSchema<ProviderDoc>('providers', {
  name: str,
  type: str,
  district: str,
  qualityGrade: optStr,
  qualityGradeYear: optNum,
  stage: str,
  size: optStr,
  facilityId: optStr,
  registeredAt: { type: Date, required: true },
});
ProviderSchema.index({ district: 1, _id: 1 });

export interface ConsultantDoc {
  _id: string;
  name: string;
  fields: ConsultantField[];
  appointedFrom: string;
  appointedUntil: string | null;
  hourlyFee: number;
  source: string | null;
  appointedAt: Date;
}

const ConsultantSchema = aggregateSchema<ConsultantDoc>('consultants', {
  name: str,
  fields: { type: [String], default: [] },
  appointedFrom: str,
  appointedUntil: optStr,
  hourlyFee: num,
  source: optStr,
  appointedAt: { type: Date, required: true },
});

export interface ConsultingProgramDoc {
  _id: string;
  agencyId: string;
  kind: ProgramKind;
  name: string;
  planItemCode: string | null;
  targets: ProgramTarget[];
}

const ConsultingProgramSchema = aggregateSchema<ConsultingProgramDoc>('consulting_programs', {
  agencyId: str,
  kind: str,
  name: str,
  planItemCode: optStr,
  targets: { type: [new Schema({ year: num, cases: num, monitorings: num }, { _id: false })], default: [] },
});
ConsultingProgramSchema.index({ agencyId: 1, _id: 1 });

export interface ConsultingCaseDoc {
  _id: string;
  providerId: string;
  /** The provider's district when it applied: cases filter by district without a join. */
  district: string;
  programId: string;
  agencyId: string;
  program: ProgramKind;
  topics: ConsultingTopic[];
  mode: ConsultingMode;
  status: CaseStatus;
  consultantIds: string[];
  requestedOn: string;
  acceptedOn: string | null;
  startedOn: string | null;
  completedOn: string | null;
  monitoringFrom: string | null;
  closedOn: string | null;
  declinedOn: string | null;
  declineReason: string | null;
  /** Sessions live in the case: a session and its ConsultingSessionHeld event are one write. */
  sessions: Session[];
  resultReport: string | null;
  monitoringNote: string | null;
  satisfactionScore: number | null;
  /** 사전질문지; missing on older rows. */
  preQuestionnaire?: PreQuestionnaire | null;
  updatedAt: Date;
}

const SessionSchema = new Schema<Session>(
  { id: str, heldOn: str, hours: num, consultantIds: { type: [String], default: [] }, hourlyFee: num, fee: num },
  { _id: false },
);

const ConsultingCaseSchema = aggregateSchema<ConsultingCaseDoc>('consulting_cases', {
  providerId: str,
  district: str,
  programId: str,
  agencyId: str,
  program: str,
  topics: { type: [String], default: [] },
  mode: str,
  status: str,
  consultantIds: { type: [String], default: [] },
  requestedOn: str,
  acceptedOn: optStr,
  startedOn: optStr,
  completedOn: optStr,
  monitoringFrom: optStr,
  closedOn: optStr,
  declinedOn: optStr,
  declineReason: optStr,
  sessions: { type: [SessionSchema], default: [] },
  resultReport: optStr,
  monitoringNote: optStr,
  satisfactionScore: optNum,
  preQuestionnaire: {
    type: new Schema<PreQuestionnaire>({ submittedOn: str, needs: { type: [String], default: [] }, notes: optStr }, { _id: false }),
    default: null,
  },
  updatedAt: { type: Date, required: true },
});
// The loaders (in `_id` order, as they sort) and consultingCases' filters (in `_id` page order).
ConsultingCaseSchema.index({ providerId: 1, _id: 1 });
ConsultingCaseSchema.index({ consultantIds: 1, _id: 1 });
ConsultingCaseSchema.index({ programId: 1, _id: 1 });
ConsultingCaseSchema.index({ district: 1, _id: 1 });
ConsultingCaseSchema.index({ status: 1, _id: 1 });

export interface InspectionResultDoc {
  _id: string;
  year: number;
  district: string;
  cautionCount: number;
  warningCount: number;
  surchargeCount: number;
  surchargeAmount: number;
  clawbackCount: number;
  clawbackAmount: number;
  reportedTotalCases: number | null;
  recordedAt: Date;
}

const counts = {
  cautionCount: num,
  warningCount: num,
  surchargeCount: num,
  surchargeAmount: num,
  clawbackCount: num,
  clawbackAmount: num,
};

const InspectionResultSchema = aggregateSchema<InspectionResultDoc>('inspection_results', {
  year: num,
  district: str,
  ...counts,
  reportedTotalCases: optNum,
  recordedAt: { type: Date, required: true },
});
InspectionResultSchema.index({ year: 1 });

/** The 합계 row a source prints for a year, kept apart from the rows it should add up from. */
export interface ReportedInspectionTotalsDoc {
  _id: string;
  year: number;
  cautionCount: number;
  warningCount: number;
  surchargeCount: number;
  surchargeAmount: number;
  clawbackCount: number;
  clawbackAmount: number;
  totalCases: number;
  source: string | null;
  recordedAt: Date;
}

const ReportedInspectionTotalsSchema = aggregateSchema<ReportedInspectionTotalsDoc>('reported_inspection_totals', {
  year: num,
  ...counts,
  totalCases: num,
  source: optStr,
  recordedAt: { type: Date, required: true },
});

export interface InspectionDoc {
  _id: string;
  providerId: string;
  /** The provider's district when inspected. */
  district: string;
  year: number;
  kind: InspectionKind;
  safetyAreas: SafetyArea[];
  /** 안전점검수당 tier (SAFETY only); missing on older rows. */
  feeTier?: SafetyFeeTier | null;
  /** The agency whose own programme (P7) the inspection is; missing or null for no agency's (the Seoul table). */
  agencyId?: string | null;
  inspectedOn: string;
  findings: Finding[];
}

const FindingSchema = new Schema<Finding>(
  { no: num, description: str, action: str, amount: optNum, correctedOn: optStr },
  { _id: false, minimize: false },
);

const InspectionSchema = aggregateSchema<InspectionDoc>('inspections', {
  providerId: str,
  district: str,
  year: num,
  kind: str,
  safetyAreas: { type: [String], default: [] },
  feeTier: optStr,
  agencyId: optStr,
  inspectedOn: str,
  findings: { type: [FindingSchema], default: [] },
});
InspectionSchema.index({ providerId: 1, _id: 1 });
InspectionSchema.index({ district: 1, _id: 1 });
InspectionSchema.index({ year: 1 });

export interface SatisfactionSurveyDoc {
  _id: string;
  year: number;
  results: { programme: SurveyProgramme; positiveRate: number }[];
  reportedAverage: number | null;
  source: string | null;
}

const SatisfactionSurveySchema = aggregateSchema<SatisfactionSurveyDoc>('satisfaction_surveys', {
  year: num,
  results: { type: [new Schema({ programme: str, positiveRate: num }, { _id: false })], default: [] },
  reportedAverage: optNum,
  source: optStr,
});

export interface ProviderTrainingDoc {
  _id: string;
  course: string;
  topics: TrainingTopic[];
  heldOn: string;
  capacity: number;
  attendees: number;
  completed: number;
  satisfaction: number | null;
}

const ProviderTrainingSchema = aggregateSchema<ProviderTrainingDoc>('provider_trainings', {
  course: str,
  topics: { type: [String], default: [] },
  heldOn: str,
  capacity: num,
  attendees: num,
  completed: num,
  satisfaction: optNum,
});

export interface OnlineInquiryDoc {
  _id: string;
  providerId: string | null;
  topic: InquiryTopic;
  question: string;
  submittedOn: string;
  slaDays: number;
  dueOn: string;
  status: InquiryStatus;
  consultantId: string | null;
  assignedOn: string | null;
  answer: string | null;
  answeredOn: string | null;
}

const OnlineInquirySchema = aggregateSchema<OnlineInquiryDoc>('online_inquiries', {
  providerId: optStr,
  topic: str,
  question: str,
  submittedOn: str,
  slaDays: num,
  dueOn: str,
  status: str,
  consultantId: optStr,
  assignedOn: optStr,
  answer: optStr,
  answeredOn: optStr,
});
OnlineInquirySchema.index({ submittedOn: 1 });
OnlineInquirySchema.index({ status: 1, _id: 1 });

export interface Models {
  Provider: Model<ProviderDoc>;
  Consultant: Model<ConsultantDoc>;
  ConsultingProgram: Model<ConsultingProgramDoc>;
  ConsultingCase: Model<ConsultingCaseDoc>;
  InspectionResult: Model<InspectionResultDoc>;
  ReportedInspectionTotals: Model<ReportedInspectionTotalsDoc>;
  Inspection: Model<InspectionDoc>;
  SatisfactionSurvey: Model<SatisfactionSurveyDoc>;
  ProviderTraining: Model<ProviderTrainingDoc>;
  OnlineInquiry: Model<OnlineInquiryDoc>;
}

export const createModels = (db: Connection): Models => ({
  Provider: db.model<ProviderDoc>('Provider', ProviderSchema),
  Consultant: db.model<ConsultantDoc>('Consultant', ConsultantSchema),
  ConsultingProgram: db.model<ConsultingProgramDoc>('ConsultingProgram', ConsultingProgramSchema),
  ConsultingCase: db.model<ConsultingCaseDoc>('ConsultingCase', ConsultingCaseSchema),
  InspectionResult: db.model<InspectionResultDoc>('InspectionResult', InspectionResultSchema),
  ReportedInspectionTotals: db.model<ReportedInspectionTotalsDoc>('ReportedInspectionTotals', ReportedInspectionTotalsSchema),
  Inspection: db.model<InspectionDoc>('Inspection', InspectionSchema),
  SatisfactionSurvey: db.model<SatisfactionSurveyDoc>('SatisfactionSurvey', SatisfactionSurveySchema),
  ProviderTraining: db.model<ProviderTrainingDoc>('ProviderTraining', ProviderTrainingSchema),
  OnlineInquiry: db.model<OnlineInquiryDoc>('OnlineInquiry', OnlineInquirySchema),
});
