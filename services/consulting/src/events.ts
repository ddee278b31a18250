/** What consulting publishes (schemas in schemas/events/) and consumes, and the payloads it writes. */
import { sessionTotals, type Session, type ValidConsultant, type ValidProvider } from './domain';
import { safetyFee, type Finding, type ValidInspectionResult, type ValidProviderTraining, type ValidReportedTotals } from './inspections';
import type { ConsultingCaseDoc, InspectionDoc } from './models';

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

type CaseFacts = Pick<ConsultingCaseDoc, '_id' | 'providerId' | 'agencyId' | 'programId' | 'program'>;

export const caseOpened = (c: CaseFacts & Pick<ConsultingCaseDoc, 'district' | 'topics' | 'mode' | 'requestedOn'>) => ({
  caseId: c._id,
  providerId: c.providerId,
  agencyId: c.agencyId,
  programId: c.programId,
  program: c.program,
  district: c.district,
  topics: c.topics,
  mode: c.mode,
  requestedOn: c.requestedOn,
});

/** The committed contract budgets consumes: exactly these fields. */
export const sessionHeld = (c: CaseFacts, s: Session) => ({
  sessionId: s.id,
  caseId: c._id,
  providerId: c.providerId,
  agencyId: c.agencyId,
  programmeCode: c.program,
  heldOn: s.heldOn,
  hours: s.hours,
  consultantIds: s.consultantIds,
  hourlyFeeKRW: s.hourlyFee,
  feeKRW: s.fee,
});

export const caseClosed = (
  c: CaseFacts & Pick<ConsultingCaseDoc, 'sessions'>,
  end: { outcome: 'CLOSED' | 'DECLINED'; on: string; declineReason: string | null; satisfactionScore: number | null },
) => {
  const t = sessionTotals(c.sessions);
  return {
    caseId: c._id,
    providerId: c.providerId,
    agencyId: c.agencyId,
    programId: c.programId,
    program: c.program,
    outcome: end.outcome,
    closedOn: end.on,
    declineReason: end.declineReason,
    sessionCount: t.sessionCount,
    hours: t.hours,
    feeKRW: t.fee,
    satisfactionScore: end.satisfactionScore,
  };
};

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

type InspectionFacts = Pick<
  InspectionDoc,
  '_id' | 'providerId' | 'district' | 'kind' | 'safetyAreas' | 'inspectedOn' | 'findings' | 'feeTier' | 'agencyId'
>;

/** Actions without the findings' text: findings can describe people. */
export const inspectionCompleted = (i: InspectionFacts) => ({
  inspectionId: i._id,
  providerId: i.providerId,
  district: i.district,
  kind: i.kind,
  safetyAreas: i.safetyAreas,
  inspectedOn: i.inspectedOn,
  actions: i.findings.map((f) => ({ findingNo: f.no, action: f.action, amountKRW: f.amount })),
  feeTier: i.feeTier ?? null,
  feeKRW: safetyFee(i.feeTier),
  agencyId: i.agencyId ?? null,
});

/** One event per 과징금/환수 finding. */
export const sanctionsImposed = (i: InspectionFacts) =>
  i.findings
    .filter((f): f is Finding & { action: 'SURCHARGE' | 'CLAWBACK'; amount: number } => f.action === 'SURCHARGE' || f.action === 'CLAWBACK')
    .map((f) => ({
      sanctionId: `${i._id}:${f.no}`,
      inspectionId: i._id,
      findingNo: f.no,
      providerId: i.providerId,
      district: i.district,
      kind: f.action,
      amountKRW: f.amount,
      imposedOn: i.inspectedOn,
    }));

export const providerTrainingHeld = (t: ValidProviderTraining) => ({
  trainingId: t.id,
  course: t.course,
  topics: t.topics,
  heldOn: t.heldOn,
  capacity: t.capacity,
  attendees: t.attendees,
  completed: t.completed,
  satisfaction: t.satisfaction,
});
