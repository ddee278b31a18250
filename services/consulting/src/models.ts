/** Data access: the service's mongoose models, on its own database. */
import { Schema, type Connection, type Model } from 'mongoose';
import { outboxPlugin } from '@pass-graph/platform';
import type { CaseStatus, ConsultantField, ConsultingProgram, ConsultingTopic, ProviderStage, ProviderType, QualityGrade } from './domain';

export interface ProviderDoc {
  _id: string;
  name: string;
  type: ProviderType;
  district: string;
  qualityGrade: QualityGrade | null;
  qualityGradeYear: number | null;
  stage: ProviderStage;
  registeredAt: Date;
}

const ProviderSchema = new Schema<ProviderDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    type: { type: String, required: true },
    district: { type: String, required: true },
    qualityGrade: { type: String, default: null },
    qualityGradeYear: { type: Number, default: null },
    stage: { type: String, required: true },
    registeredAt: { type: Date, required: true },
  },
  { collection: 'providers', versionKey: false },
);
ProviderSchema.plugin(outboxPlugin);

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

const ConsultantSchema = new Schema<ConsultantDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    fields: { type: [String], default: [] },
    appointedFrom: { type: String, required: true },
    appointedUntil: { type: String, default: null },
    hourlyFee: { type: Number, required: true },
    source: { type: String, default: null },
    appointedAt: { type: Date, required: true },
  },
  { collection: 'consultants', versionKey: false },
);
ConsultantSchema.plugin(outboxPlugin);

export interface ConsultingCaseDoc {
  _id: string;
  providerId: string;
  program: ConsultingProgram;
  topics: ConsultingTopic[];
  status: CaseStatus;
  consultantId: string | null;
  /** The consultant's hourly fee when assigned; the fee is computed from it. */
  hourlyFee: number | null;
  requestedOn: string;
  assignedOn: string | null;
  startedOn: string | null;
  completedOn: string | null;
  cancelledOn: string | null;
  cancellationReason: string | null;
  hours: number | null;
  fee: number | null;
  updatedAt: Date;
}

const ConsultingCaseSchema = new Schema<ConsultingCaseDoc>(
  {
    _id: { type: String, required: true },
    providerId: { type: String, required: true },
    program: { type: String, required: true },
    topics: { type: [String], default: [] },
    status: { type: String, required: true },
    consultantId: { type: String, default: null },
    hourlyFee: { type: Number, default: null },
    requestedOn: { type: String, required: true },
    assignedOn: { type: String, default: null },
    startedOn: { type: String, default: null },
    completedOn: { type: String, default: null },
    cancelledOn: { type: String, default: null },
    cancellationReason: { type: String, default: null },
    hours: { type: Number, default: null },
    fee: { type: Number, default: null },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'consulting_cases', versionKey: false },
);
ConsultingCaseSchema.index({ providerId: 1 });
ConsultingCaseSchema.index({ consultantId: 1 });
ConsultingCaseSchema.plugin(outboxPlugin);

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

const InspectionResultSchema = new Schema<InspectionResultDoc>(
  {
    _id: { type: String, required: true },
    year: { type: Number, required: true },
    district: { type: String, required: true },
    cautionCount: { type: Number, required: true },
    warningCount: { type: Number, required: true },
    surchargeCount: { type: Number, required: true },
    surchargeAmount: { type: Number, required: true },
    clawbackCount: { type: Number, required: true },
    clawbackAmount: { type: Number, required: true },
    reportedTotalCases: { type: Number, default: null },
    recordedAt: { type: Date, required: true },
  },
  { collection: 'inspection_results', versionKey: false },
);
InspectionResultSchema.index({ year: 1 });
InspectionResultSchema.plugin(outboxPlugin);

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

const ReportedInspectionTotalsSchema = new Schema<ReportedInspectionTotalsDoc>(
  {
    _id: { type: String, required: true },
    year: { type: Number, required: true },
    cautionCount: { type: Number, required: true },
    warningCount: { type: Number, required: true },
    surchargeCount: { type: Number, required: true },
    surchargeAmount: { type: Number, required: true },
    clawbackCount: { type: Number, required: true },
    clawbackAmount: { type: Number, required: true },
    totalCases: { type: Number, required: true },
    source: { type: String, default: null },
    recordedAt: { type: Date, required: true },
  },
  { collection: 'reported_inspection_totals', versionKey: false },
);
ReportedInspectionTotalsSchema.plugin(outboxPlugin);

export interface Models {
  Provider: Model<ProviderDoc>;
  Consultant: Model<ConsultantDoc>;
  ConsultingCase: Model<ConsultingCaseDoc>;
  InspectionResult: Model<InspectionResultDoc>;
  ReportedInspectionTotals: Model<ReportedInspectionTotalsDoc>;
}

export const createModels = (db: Connection): Models => ({
  Provider: db.model<ProviderDoc>('Provider', ProviderSchema),
  Consultant: db.model<ConsultantDoc>('Consultant', ConsultantSchema),
  ConsultingCase: db.model<ConsultingCaseDoc>('ConsultingCase', ConsultingCaseSchema),
  InspectionResult: db.model<InspectionResultDoc>('InspectionResult', InspectionResultSchema),
  ReportedInspectionTotals: db.model<ReportedInspectionTotalsDoc>('ReportedInspectionTotals', ReportedInspectionTotalsSchema),
});
