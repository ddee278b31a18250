/** What consulting publishes (schemas in schemas/events/) and consumes, and the payloads it writes. */
import type { ValidConsultant, ValidInspectionResult, ValidProvider, ValidReportedTotals, ValidRequest, CaseStatus } from './domain';
import type { ConsultingCaseDoc } from './models';

export const PUBLISHES = {
  ProviderRegistered: 'pass.consulting.ProviderRegistered.v1',
  ConsultantAppointed: 'pass.consulting.ConsultantAppointed.v1',
  ConsultingCaseRequested: 'pass.consulting.ConsultingCaseRequested.v1',
  ConsultingCaseAssigned: 'pass.consulting.ConsultingCaseAssigned.v1',
  ConsultingCaseStarted: 'pass.consulting.ConsultingCaseStarted.v1',
  ConsultingCaseCompleted: 'pass.consulting.ConsultingCaseCompleted.v1',
  ConsultingCaseCancelled: 'pass.consulting.ConsultingCaseCancelled.v1',
  InspectionResultRecorded: 'pass.consulting.InspectionResultRecorded.v1',
  InspectionTotalsReported: 'pass.consulting.InspectionTotalsReported.v1',
} as const;

/** Consulting consumes no events yet. */
export const CONSUMES = {} as const;

export const providerRegistered = (p: ValidProvider) => ({
  providerId: p.id,
  name: p.name,
  type: p.type,
  district: p.district,
  qualityGrade: p.qualityGrade,
  qualityGradeYear: p.qualityGradeYear,
  stage: p.stage,
});

export const consultantAppointed = (c: ValidConsultant) => ({
  consultantId: c.id,
  fields: c.fields,
  appointedFrom: c.appointedFrom,
  appointedUntil: c.appointedUntil,
  hourlyFee: c.hourlyFee,
});

export const caseRequested = (r: ValidRequest) => ({
  caseId: r.id,
  providerId: r.providerId,
  program: r.program,
  topics: r.topics,
  requestedOn: r.requestedOn,
});

export const caseAssigned = (
  c: Pick<ConsultingCaseDoc, '_id' | 'providerId'>,
  consultantId: string,
  hourlyFee: number,
  assignedOn: string,
) => ({
  caseId: c._id,
  providerId: c.providerId,
  consultantId,
  hourlyFee,
  assignedOn,
});

export const caseStarted = (c: Pick<ConsultingCaseDoc, '_id' | 'providerId' | 'consultantId'>, startedOn: string) => ({
  caseId: c._id,
  providerId: c.providerId,
  consultantId: c.consultantId,
  startedOn,
});

export const caseCompleted = (
  c: Pick<ConsultingCaseDoc, '_id' | 'providerId' | 'program' | 'consultantId'>,
  completed: { completedOn: string; hours: number; hourlyFee: number; fee: number },
) => ({
  caseId: c._id,
  providerId: c.providerId,
  program: c.program,
  consultantId: c.consultantId,
  ...completed,
});

export const caseCancelled = (
  c: Pick<ConsultingCaseDoc, '_id' | 'providerId'>,
  fromStatus: CaseStatus,
  cancelledOn: string,
  reason: string,
) => ({
  caseId: c._id,
  providerId: c.providerId,
  fromStatus,
  cancelledOn,
  reason,
});

export const inspectionResultRecorded = (r: ValidInspectionResult) => ({
  inspectionResultId: r.id,
  year: r.year,
  district: r.district,
  cautionCount: r.cautionCount,
  warningCount: r.warningCount,
  surchargeCount: r.surchargeCount,
  surchargeAmount: r.surchargeAmount,
  clawbackCount: r.clawbackCount,
  clawbackAmount: r.clawbackAmount,
  reportedTotalCases: r.reportedTotalCases,
});

export const inspectionTotalsReported = (t: ValidReportedTotals) => ({
  reportId: t.id,
  year: t.year,
  cautionCount: t.cautionCount,
  warningCount: t.warningCount,
  surchargeCount: t.surchargeCount,
  surchargeAmount: t.surchargeAmount,
  clawbackCount: t.clawbackCount,
  clawbackAmount: t.clawbackAmount,
  totalCases: t.totalCases,
  source: t.source,
});
