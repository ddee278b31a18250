import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ConsultantDoc as ConsultantDocModel, ConsultingProgramDoc as ConsultingProgramDocModel, ConsultingCaseDoc as ConsultingCaseDocModel, InspectionResultDoc as InspectionResultDocModel, ReportedInspectionTotalsDoc as ReportedInspectionTotalsDocModel, InspectionDoc as InspectionDocModel, SatisfactionSurveyDoc as SatisfactionSurveyDocModel, ProviderTrainingDoc as ProviderTrainingDocModel, OnlineInquiryDoc as OnlineInquiryDocModel, ProviderDoc as ProviderDocModel } from '../models';
import type { DistrictSanctionReconciliationDoc as DistrictSanctionReconciliationDocModel, SanctionReconciliationDoc as SanctionReconciliationDocModel } from '../sanction-reconciliation';
import type { SupportGroupDoc as SupportGroupDocModel, DevelopedServiceDoc as DevelopedServiceDocModel, DevelopedServiceStepDoc as DevelopedServiceStepDocModel } from '../support-group-resolvers';
import type { SessionView as SessionViewModel } from '../resolvers';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An ISO-8601 instant in UTC. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Money in integer Korean won (원). */
  KRW: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** 조치결과 (actions taken) in 건 and 원. */
export type ActionCounts = {
  __typename?: 'ActionCounts';
  cautionCount: Scalars['Int']['output'];
  clawbackAmount: Scalars['KRW']['output'];
  clawbackCount: Scalars['Int']['output'];
  surchargeAmount: Scalars['KRW']['output'];
  surchargeCount: Scalars['Int']['output'];
  /** 계 (건수): caution + warning + surcharge + clawback. */
  totalCases: Scalars['Int']['output'];
  warningCount: Scalars['Int']['output'];
};

export type AppointConsultantInput = {
  appointedFrom: Scalars['Date']['input'];
  appointedUntil: InputMaybe<Scalars['Date']['input']>;
  fields: Array<ConsultantField>;
  /** In 원, a whole number of 천원; defaults to the rate card's 100,000원. */
  hourlyFee: InputMaybe<Scalars['KRW']['input']>;
  id: Scalars['ID']['input'];
  /** A pseudonym: fixtures never carry a real name. */
  name: Scalars['String']['input'];
  source: InputMaybe<Scalars['String']['input']>;
};

/** 전문컨설턴트 (consultant) of the consultant pool; names in fixtures are pseudonyms. */
export type Consultant = {
  __typename?: 'Consultant';
  /** 위촉일 (start of the appointment). */
  appointedFrom: Scalars['Date']['output'];
  /** End of the appointment; null when open-ended. */
  appointedUntil?: Maybe<Scalars['Date']['output']>;
  /** Cases this consultant works on, in id order. */
  consultingCases: Array<ConsultingCase>;
  /** 전문분야 (fields of expertise). */
  fields: Array<ConsultantField>;
  /** 컨설팅 수당 (consulting fee) per hour in 원; the rate card is 100천원 = 100,000원. */
  hourlyFee: Scalars['KRW']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Where the consultant was recruited from, e.g. 중앙사회서비스원 평가위원 POOL. */
  source?: Maybe<Scalars['String']['output']>;
};

export type ConsultantFeeRow = {
  __typename?: 'ConsultantFeeRow';
  consultant: Consultant;
  /** This consultant's 수당: hours × the hourly fee of each session, in 원. */
  fee: Scalars['KRW']['output'];
  hours: Scalars['Float']['output'];
  sessionCount: Scalars['Int']['output'];
};

/** Hours and fees of the consultants over a period. */
export type ConsultantFees = {
  __typename?: 'ConsultantFees';
  /** Consultant-hours: each session's hours × its consultants. */
  consultantHours: Scalars['Float']['output'];
  /** Sum of the sessions' fees in 원. */
  fee: Scalars['KRW']['output'];
  from: Scalars['Date']['output'];
  /** One row per consultant who held a session in the period, in consultant id order. */
  rows: Array<ConsultantFeeRow>;
  sessionCount: Scalars['Int']['output'];
  to: Scalars['Date']['output'];
};

export type ConsultantField =
  /** 노무 (labour) */
  | 'LABOR'
  /** 법률 (law) */
  | 'LAW'
  /** 안전관리 (safety management) */
  | 'SAFETY'
  /** 사회복지 실무 (social-work practice) */
  | 'SOCIAL_WORK_PRACTICE'
  /** 세무·회계 (tax and accounting) */
  | 'TAX_ACCOUNTING';

/** 컨설팅 사례 (consulting case) for one provider. */
export type ConsultingCase = {
  __typename?: 'ConsultingCase';
  acceptedOn?: Maybe<Scalars['Date']['output']>;
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** 완료일 (completion date). */
  completedOn?: Maybe<Scalars['Date']['output']>;
  /** Empty until ACCEPTED. */
  consultants: Array<Consultant>;
  consultingProgram: ConsultingProgram;
  declineReason?: Maybe<Scalars['String']['output']>;
  declinedOn?: Maybe<Scalars['Date']['output']>;
  /** The provider's district when it applied (full Korean name). */
  district: District;
  /** The affiliated facility (소속시설) consulted, when the client is one (its provider's facility); null for private providers. */
  facility?: Maybe<Facility>;
  /** 컨설팅 수당 of all sessions in 원. */
  fee: Scalars['KRW']['output'];
  /** Hours of all sessions. */
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  mode: ConsultingMode;
  monitoringFrom?: Maybe<Scalars['Date']['output']>;
  monitoringNote?: Maybe<Scalars['String']['output']>;
  /** 사전질문지 (pre-consulting questionnaire) the client returned before the consulting started; null until then. */
  preQuestionnaire?: Maybe<PreQuestionnaire>;
  program: ConsultingProgramKind;
  provider: ProviderOrganization;
  /** 신청일 (application date). */
  requestedOn: Scalars['Date']['output'];
  /** 결과보고서 (result report), set on completion. */
  resultReport?: Maybe<Scalars['String']['output']>;
  /** 만족도 (satisfaction, 0–100), set on closing. */
  satisfactionScore?: Maybe<Scalars['Float']['output']>;
  /** 회차 (sessions) in the order held. */
  sessions: Array<ConsultingSession>;
  startedOn?: Maybe<Scalars['Date']['output']>;
  status: ConsultingCaseStatus;
  /** 컨설팅 분야 (areas). */
  topics: Array<ConsultingTopic>;
};

export type ConsultingCaseConnection = {
  __typename?: 'ConsultingCaseConnection';
  edges: Array<ConsultingCaseEdge>;
  nodes: Array<ConsultingCase>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConsultingCaseEdge = {
  __typename?: 'ConsultingCaseEdge';
  cursor: Scalars['String']['output'];
  node: ConsultingCase;
};

export type ConsultingCaseStatus =
  /** 참여 확정 (accepted, consultants assigned) */
  | 'ACCEPTED'
  /** 신청 (applied) */
  | 'APPLIED'
  /** 종결 (closed) */
  | 'CLOSED'
  /** 완료 (consulting delivered) */
  | 'COMPLETED'
  /** 거부·철회 (declined by the provider) */
  | 'DECLINED'
  /** 진행 (in progress) */
  | 'IN_PROGRESS'
  /** 모니터링 (follow-up monitoring) */
  | 'MONITORING';

export type ConsultingMode =
  /** 강의형 (lecture) */
  | 'LECTURE'
  /** 온라인 (online) */
  | 'ONLINE'
  /** 방문형 (on-site visit) */
  | 'VISIT';

/** 컨설팅 사업 (consulting programme) of an agency, e.g. 단계별 컨설팅, with yearly targets. */
export type ConsultingProgram = {
  __typename?: 'ConsultingProgram';
  /** The agency that runs it (governance's Agency id). */
  agencyId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: ConsultingProgramKind;
  name: Scalars['String']['output'];
  /** 세부사업 code of the business plan (P1, P2…), when there is one. */
  planItemCode?: Maybe<Scalars['String']['output']>;
  /** The year's cases against its target, counted from the cases applied for in that year. */
  progress: ConsultingProgramProgress;
  /** Yearly targets (목표), in year order. */
  targets: Array<ConsultingProgramTarget>;
};


/** 컨설팅 사업 (consulting programme) of an agency, e.g. 단계별 컨설팅, with yearly targets. */
export type ConsultingProgramProgressArgs = {
  year: Scalars['Int']['input'];
};

export type ConsultingProgramKind =
  /** 소속시설 운영컨설팅 (operations consulting for the agency's affiliated facilities, after a demand survey); only for AFFILIATED_FACILITY clients, who take no other programme */
  | 'AFFILIATED_FACILITY'
  /** 사후컨설팅 (follow-up consulting for weak providers) */
  | 'FOLLOW_UP'
  /** 노무 자문 (labour advisory) */
  | 'LABOR'
  /** 신규기관 컨설팅 (new-provider consulting) */
  | 'NEW_PROVIDER'
  /** 품질관리 맞춤형 컨설팅 (quality-management consulting); only for providers graded D or F */
  | 'QUALITY'
  /** 소규모 장애인복지시설 운영 컨설팅 (small disability-facility consulting); only for SMALL_DISABILITY_FACILITY */
  | 'SMALL_FACILITY'
  /** 단계별 컨설팅 (staged consulting) */
  | 'STAGED';

export type ConsultingProgramProgress = {
  __typename?: 'ConsultingProgramProgress';
  /** completed / target cases; null without a target. */
  achievementRate?: Maybe<Scalars['Float']['output']>;
  applied: Scalars['Int']['output'];
  closed: Scalars['Int']['output'];
  /** Cases whose consulting was delivered (COMPLETED, MONITORING or CLOSED). */
  completed: Scalars['Int']['output'];
  declined: Scalars['Int']['output'];
  /** Cases that reached monitoring (MONITORING or CLOSED). */
  monitored: Scalars['Int']['output'];
  /** Null when the programme has no target for the year. */
  target?: Maybe<ConsultingProgramTarget>;
  year: Scalars['Int']['output'];
};

export type ConsultingProgramTarget = {
  __typename?: 'ConsultingProgramTarget';
  /** 컨설팅 목표 건수 (cases). */
  cases: Scalars['Int']['output'];
  /** 모니터링 목표 건수 (follow-up monitorings); 0 when the programme has none. */
  monitorings: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type ConsultingProgramTargetInput = {
  cases: Scalars['Int']['input'];
  monitorings: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

/** 컨설팅 회차 (consulting session) of a case. */
export type ConsultingSession = {
  __typename?: 'ConsultingSession';
  consultants: Array<Consultant>;
  consultingCase: ConsultingCase;
  /** hours × consultants × hourlyFee, in 원. */
  fee: Scalars['KRW']['output'];
  heldOn: Scalars['Date']['output'];
  /** The consultants' hourly fee when the session was held, in 원. */
  hourlyFee: Scalars['KRW']['output'];
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
};

export type ConsultingTopic =
  /** 회계 (accounting) */
  | 'ACCOUNTING'
  /** 노무 (labour relations) */
  | 'LABOR'
  /** 법률 (legal) */
  | 'LEGAL'
  /** 품질관리 (quality management) */
  | 'QUALITY_MANAGEMENT'
  /** 채용 (recruitment) */
  | 'RECRUITMENT'
  /** 안전관리 (safety management) */
  | 'SAFETY'
  /** 사회복지 실무 (social-work practice) */
  | 'SOCIAL_WORK_PRACTICE'
  /** 세무 (tax) */
  | 'TAX';

/** A service the support group developed, piloted, restructured or abolished. */
export type DevelopedService = {
  __typename?: 'DevelopedService';
  name: Scalars['String']['output'];
  /** The stage after the printed steps; null when a step does not apply (never for the fixtures). */
  stage?: Maybe<DevelopedServiceStage>;
  steps: Array<DevelopedServiceStep>;
};

export type DevelopedServiceChange =
  /** 폐지 */
  | 'ABOLISH'
  /** 신규사업 개발 */
  | 'DEVELOP'
  /** 본사업화 */
  | 'MAKE_MAIN'
  /** 광역화 (district to city-wide) */
  | 'REGIONALISE'
  /** 재구조화 (restructured, e.g. a price rise) */
  | 'RESTRUCTURE'
  /** 시범사업 추진 */
  | 'START_PILOT';

export type DevelopedServiceStage =
  /** 폐지 (abolished) */
  | 'ABOLISHED'
  /** 개발 (developed) */
  | 'DEVELOPED'
  /** 아이디어 (idea) */
  | 'IDEA'
  /** 본사업 (main programme) */
  | 'MAIN'
  /** 시범사업 (pilot) */
  | 'PILOT';

export type DevelopedServiceStep = {
  __typename?: 'DevelopedServiceStep';
  change: DevelopedServiceChange;
  /** Where it happened; null city-wide. */
  district?: Maybe<District>;
  note?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type District = {
  __typename?: 'District';
  name: Scalars['String']['output'];
};

export type DistrictActions = {
  __typename?: 'DistrictActions';
  actions: ActionCounts;
  district: District;
  inspectionCount: Scalars['Int']['output'];
};

/** One district's printed sanctions beside its recorded ones. */
export type DistrictSanctionReconciliation = {
  __typename?: 'DistrictSanctionReconciliation';
  /** printed − recorded, per count and amount; negative where the records exceed the print. */
  difference: ActionCounts;
  district: District;
  /** The printed row's counts and amounts (계 computed); null when the table has no row for the district. */
  printed?: Maybe<ActionCounts>;
  /** Whether the printed 계 equals the printed counts; null without a row. */
  printedRowMatchesReported?: Maybe<Scalars['Boolean']['output']>;
  /** 조치결과 counted from the recorded inspections' findings. */
  recorded: ActionCounts;
  recordedInspectionCount: Scalars['Int']['output'];
  /** 계 as printed; null where it prints "-" or there is no row. */
  reportedTotalCases?: Maybe<Scalars['Int']['output']>;
  status: SanctionReconciliationStatus;
};

export type Facility = {
  __typename?: 'Facility';
  id: Scalars['ID']['output'];
};

export type InquiryTopic =
  /** 노무 (labour) */
  | 'LABOR'
  /** 법률 (legal) */
  | 'LEGAL'
  /** 세무 (tax) */
  | 'TAX';

/** 현장점검 / 안전점검 (inspection) of one provider, with the action taken on each finding. */
export type Inspection = {
  __typename?: 'Inspection';
  /** 조치결과 counted from the findings. */
  actions: ActionCounts;
  /** The agency whose own programme the inspection is (governance's Agency id; the Jeonbuk plan's P7 안전점검): budgets posts its 안전점검수당 to that agency's safety-inspection line, once per inspection. Null for inspections of no agency's programme (the Seoul district table). */
  agencyId?: Maybe<Scalars['ID']['output']>;
  /** Whether every finding that needs correcting was confirmed corrected. */
  allCorrected: Scalars['Boolean']['output'];
  /** The provider's district at the inspection. */
  district: District;
  /** 안전점검수당 in 원 from the tier (100,000 or 400,000 per site); null without a tier. */
  fee?: Maybe<Scalars['KRW']['output']>;
  /** 안전점검수당 tier of a safety inspection (P7); null when no fee is paid. */
  feeTier?: Maybe<SafetyFeeTier>;
  /** 지적사항 (findings) in order. */
  findings: Array<InspectionFinding>;
  id: Scalars['ID']['output'];
  inspectedOn: Scalars['Date']['output'];
  kind: InspectionKind;
  provider: ProviderOrganization;
  /** 소방·전기·가스, for a safety inspection. */
  safetyAreas: Array<SafetyArea>;
};

export type InspectionAction =
  /** 주의 (caution) */
  | 'CAUTION'
  /** 환수 (clawback), with an amount */
  | 'CLAWBACK'
  /** 조치 없음 (correction only) */
  | 'NONE'
  /** 과징금 (surcharge), with an amount */
  | 'SURCHARGE'
  /** 경고 (warning) */
  | 'WARNING';

/** A year's actions from recorded inspections, per district and in total. */
export type InspectionActions = {
  __typename?: 'InspectionActions';
  /** Districts with at least one inspection, in name order. */
  districts: Array<DistrictActions>;
  totals: ActionCounts;
  year: Scalars['Int']['output'];
};

export type InspectionConnection = {
  __typename?: 'InspectionConnection';
  edges: Array<InspectionEdge>;
  nodes: Array<Inspection>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InspectionEdge = {
  __typename?: 'InspectionEdge';
  cursor: Scalars['String']['output'];
  node: Inspection;
};

/** 지적사항 (finding) and its 조치 (action). */
export type InspectionFinding = {
  __typename?: 'InspectionFinding';
  action: InspectionAction;
  /** 과징금 or 환수 amount in 원; null for other actions. */
  amount?: Maybe<Scalars['KRW']['output']>;
  /** 시정 확인일 (corrective action confirmed); null until confirmed. */
  correctedOn?: Maybe<Scalars['Date']['output']>;
  description: Scalars['String']['output'];
  no: Scalars['Int']['output'];
};

export type InspectionFindingInput = {
  action: InspectionAction;
  /** In 원, only and always for SURCHARGE and CLAWBACK. */
  amount: InputMaybe<Scalars['KRW']['input']>;
  description: Scalars['String']['input'];
};

export type InspectionKind =
  /** 안전점검 (safety inspection) */
  | 'SAFETY'
  /** 현장점검 (on-site inspection) */
  | 'SITE';

/** 점검결과 (inspection result) of one district for one year: 조치결과 (actions taken) in 건 and 원. */
export type InspectionResult = {
  __typename?: 'InspectionResult';
  /** 주의 (caution) count. */
  cautionCount: Scalars['Int']['output'];
  /** 환수 금액 (clawback amount) in 원. */
  clawbackAmount: Scalars['KRW']['output'];
  /** 환수 (clawback) count. */
  clawbackCount: Scalars['Int']['output'];
  district: District;
  /** Year and district, e.g. 2020:영등포구. */
  id: Scalars['ID']['output'];
  /** Whether the printed 계 ("-" read as 0) equals totalCases. */
  matchesReported: Scalars['Boolean']['output'];
  /** 계 as printed in the source; null where it prints "-". */
  reportedTotalCases?: Maybe<Scalars['Int']['output']>;
  /** 과징금 금액 (surcharge amount) in 원. */
  surchargeAmount: Scalars['KRW']['output'];
  /** 과징금 (surcharge) count. */
  surchargeCount: Scalars['Int']['output'];
  /** 계 (건수) computed: caution + warning + surcharge + clawback counts. */
  totalCases: Scalars['Int']['output'];
  /** 경고 (warning) count. */
  warningCount: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A year's inspection rows and their summary. */
export type InspectionResults = {
  __typename?: 'InspectionResults';
  /** One row per district, in district-name order. */
  rows: Array<InspectionResult>;
  summary: InspectionSummary;
  year: Scalars['Int']['output'];
};

/** 합계 (totals) of a year's inspection results, computed from the rows, beside the printed totals. */
export type InspectionSummary = {
  __typename?: 'InspectionSummary';
  cautionCount: Scalars['Int']['output'];
  clawbackAmount: Scalars['KRW']['output'];
  clawbackCount: Scalars['Int']['output'];
  districtCount: Scalars['Int']['output'];
  /** Whether every printed total equals the computed one; null when none were recorded. */
  matchesReported?: Maybe<Scalars['Boolean']['output']>;
  /** Districts whose printed 계 differs from their computed one. */
  mismatchedDistricts: Array<Scalars['String']['output']>;
  /** The totals as the source prints them; null when none were recorded. */
  reported?: Maybe<ReportedInspectionTotals>;
  /** Sum of the rows' printed 계 ("-" read as 0); differs from totalCases where rows misprint. */
  sumOfReportedRowTotals: Scalars['Int']['output'];
  surchargeAmount: Scalars['KRW']['output'];
  surchargeCount: Scalars['Int']['output'];
  /** 계 computed from the counts of every row. */
  totalCases: Scalars['Int']['output'];
  warningCount: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** APPLIED → ACCEPTED (참여기관 확정) with its consultants, each appointed on acceptedOn and covering one of the case's topics. */
  acceptConsulting: ConsultingCase;
  /** ASSIGNED → ANSWERED. */
  answerOnlineInquiry: OnlineInquiry;
  /** 위촉: appoints a consultant to the pool. Repeating an id answers CONFLICT. */
  appointConsultant: Consultant;
  /** SUBMITTED → ASSIGNED to a consultant appointed that day in the topic's field. */
  assignOnlineInquiry: OnlineInquiry;
  /** MONITORING → CLOSED, with the provider's satisfaction score (만족도, 0–100). */
  closeConsulting: ConsultingCase;
  /**
   * IN_PROGRESS → COMPLETED once at least one session was held. `hours`, when given, is the total the result report
   * states and must equal the sessions' hours.
   */
  completeConsulting: ConsultingCase;
  /** 시정 확인: confirms that a finding was corrected. */
  confirmCorrection: Inspection;
  /** APPLIED, ACCEPTED or IN_PROGRESS → DECLINED (참여 거부·철회), with the reason. */
  declineConsulting: ConsultingCase;
  /** Records a session (컨설팅 회차) of an IN_PROGRESS case; its fee is computed, never entered. */
  recordConsultingSession: ConsultingSession;
  /** Records a completed inspection of a provider with its findings and the action taken on each. Repeating an id answers CONFLICT. */
  recordInspection: Inspection;
  /** Records one district's published inspection results for a year. Repeating a district and year answers CONFLICT. */
  recordInspectionResult: InspectionResult;
  /** Records a provider-staff training that was held. Repeating an id answers CONFLICT. */
  recordProviderTraining: ProviderTraining;
  /** Records the totals (합계) a source prints for a year, kept beside the computed ones. Repeating a year answers CONFLICT. */
  recordReportedInspectionTotals: ReportedInspectionTotals;
  /** Records a year's satisfaction survey by programme. Repeating a year answers CONFLICT. */
  recordSatisfactionSurvey: SatisfactionSurvey;
  /** Registers a consulting programme with its yearly targets. Repeating an id answers CONFLICT. */
  registerConsultingProgram: ConsultingProgram;
  /** Registers a provider as a consulting client. Repeating an id answers CONFLICT. */
  registerProvider: ProviderOrganization;
  /** 컨설팅 신청: opens an APPLIED case for a registered provider eligible for the programme. Repeating an id answers CONFLICT. */
  requestConsulting: ConsultingCase;
  /** ACCEPTED → IN_PROGRESS. */
  startConsulting: ConsultingCase;
  /** COMPLETED → MONITORING (상시 모니터링). */
  startMonitoring: ConsultingCase;
  /** Posts an online inquiry (SUBMITTED) due slaDays after submission. Repeating an id answers CONFLICT. */
  submitOnlineInquiry: OnlineInquiry;
  /** Records the client's 사전질문지 (needs, notes) once, while the case is APPLIED or ACCEPTED (CONFLICT otherwise), not dated before the application. */
  submitPreQuestionnaire: ConsultingCase;
};


export type MutationAcceptConsultingArgs = {
  acceptedOn: Scalars['Date']['input'];
  consultantIds: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAnswerOnlineInquiryArgs = {
  answer: Scalars['String']['input'];
  answeredOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


export type MutationAppointConsultantArgs = {
  input: AppointConsultantInput;
};


export type MutationAssignOnlineInquiryArgs = {
  assignedOn: Scalars['Date']['input'];
  consultantId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCloseConsultingArgs = {
  closedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  monitoringNote?: InputMaybe<Scalars['String']['input']>;
  satisfactionScore?: InputMaybe<Scalars['Float']['input']>;
};


export type MutationCompleteConsultingArgs = {
  completedOn: Scalars['Date']['input'];
  hours?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  resultReport?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConfirmCorrectionArgs = {
  correctedOn: Scalars['Date']['input'];
  findingNo: Scalars['Int']['input'];
  inspectionId: Scalars['ID']['input'];
};


export type MutationDeclineConsultingArgs = {
  declinedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRecordConsultingSessionArgs = {
  input: RecordConsultingSessionInput;
};


export type MutationRecordInspectionArgs = {
  input: RecordInspectionInput;
};


export type MutationRecordInspectionResultArgs = {
  input: RecordInspectionResultInput;
};


export type MutationRecordProviderTrainingArgs = {
  input: ProviderTrainingInput;
};


export type MutationRecordReportedInspectionTotalsArgs = {
  input: ReportedInspectionTotalsInput;
};


export type MutationRecordSatisfactionSurveyArgs = {
  input: SatisfactionSurveyInput;
};


export type MutationRegisterConsultingProgramArgs = {
  input: RegisterConsultingProgramInput;
};


export type MutationRegisterProviderArgs = {
  input: RegisterProviderInput;
};


export type MutationRequestConsultingArgs = {
  input: RequestConsultingInput;
};


export type MutationStartConsultingArgs = {
  id: Scalars['ID']['input'];
  startedOn: Scalars['Date']['input'];
};


export type MutationStartMonitoringArgs = {
  id: Scalars['ID']['input'];
  startedOn: Scalars['Date']['input'];
};


export type MutationSubmitOnlineInquiryArgs = {
  input: SubmitOnlineInquiryInput;
};


export type MutationSubmitPreQuestionnaireArgs = {
  caseId: Scalars['ID']['input'];
  needs: Array<ConsultingTopic>;
  notes?: InputMaybe<Scalars['String']['input']>;
  submittedOn: Scalars['Date']['input'];
};

/** 온라인 상담창구 (online inquiry desk) question. Its text is shown to consultants and administrators only. */
export type OnlineInquiry = {
  __typename?: 'OnlineInquiry';
  /** Null unless the caller is a consultant or an administrator, or until answered. */
  answer?: Maybe<Scalars['String']['output']>;
  answeredOn?: Maybe<Scalars['Date']['output']>;
  /** Answered by dueOn; null while unanswered. */
  answeredWithinSla?: Maybe<Scalars['Boolean']['output']>;
  assignedOn?: Maybe<Scalars['Date']['output']>;
  consultant?: Maybe<Consultant>;
  /** 답변 기한 (answer due date). */
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The asking provider, when known. */
  provider?: Maybe<ProviderOrganization>;
  /** Null unless the caller is a consultant or an administrator. */
  question?: Maybe<Scalars['String']['output']>;
  /** Days allowed for the answer. */
  slaDays: Scalars['Int']['output'];
  status: OnlineInquiryStatus;
  submittedOn: Scalars['Date']['output'];
  topic: InquiryTopic;
};

export type OnlineInquiryConnection = {
  __typename?: 'OnlineInquiryConnection';
  edges: Array<OnlineInquiryEdge>;
  nodes: Array<OnlineInquiry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OnlineInquiryEdge = {
  __typename?: 'OnlineInquiryEdge';
  cursor: Scalars['String']['output'];
  node: OnlineInquiry;
};

export type OnlineInquirySla = {
  __typename?: 'OnlineInquirySla';
  answered: Scalars['Int']['output'];
  answeredWithinSla: Scalars['Int']['output'];
  from: Scalars['Date']['output'];
  open: Scalars['Int']['output'];
  /** Unanswered past their due date as of `to`. */
  overdue: Scalars['Int']['output'];
  /** answeredWithinSla / answered; null before any answer. */
  slaRate?: Maybe<Scalars['Float']['output']>;
  submitted: Scalars['Int']['output'];
  to: Scalars['Date']['output'];
};

export type OnlineInquiryStatus =
  /** 답변 (answered) */
  | 'ANSWERED'
  /** 배정 (assigned to a consultant) */
  | 'ASSIGNED'
  /** 접수 (submitted) */
  | 'SUBMITTED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** 사전질문지 (pre-consulting questionnaire): the client's needs, so that the consulting meets them (003 L2504). */
export type PreQuestionnaire = {
  __typename?: 'PreQuestionnaire';
  /** The areas the client asks help with. */
  needs: Array<ConsultingTopic>;
  /** Free text from the client; consultants only. */
  notes?: Maybe<Scalars['String']['output']>;
  submittedOn: Scalars['Date']['output'];
};

export type ProgrammeSatisfaction = {
  __typename?: 'ProgrammeSatisfaction';
  /** 긍정응답 비율 (positive answers) in percent. */
  positiveRate: Scalars['Float']['output'];
  programme: SurveyProgramme;
};

export type ProgrammeSatisfactionInput = {
  positiveRate: Scalars['Float']['input'];
  programme: SurveyProgramme;
};

/** 민간 사회서비스 제공기관 (private social-service provider), a consulting client. */
export type ProviderOrganization = {
  __typename?: 'ProviderOrganization';
  /** 컨설팅 사례 (consulting cases) of this provider, in id order. */
  consultingCases: Array<ConsultingCase>;
  /** 자치구/시군 (district, city or county) where the provider is. */
  district: District;
  /** The agency's facility (care-services' Facility) when this client is an AFFILIATED_FACILITY (소속시설); null otherwise. */
  facility?: Maybe<Facility>;
  id: Scalars['ID']['output'];
  /** Inspections of this provider, in id order. */
  inspections: Array<Inspection>;
  name: Scalars['String']['output'];
  /** 사회서비스 품질평가 등급 (quality evaluation grade); null when not evaluated. */
  qualityGrade?: Maybe<ProviderQualityGrade>;
  /** Year of the quality evaluation that gave qualityGrade. */
  qualityGradeYear?: Maybe<Scalars['Int']['output']>;
  registeredAt: Scalars['DateTime']['output'];
  /** 규모 (size); null when unknown. */
  size?: Maybe<ProviderSize>;
  stage: ProviderStage;
  type: ProviderOrganizationType;
};

export type ProviderOrganizationConnection = {
  __typename?: 'ProviderOrganizationConnection';
  edges: Array<ProviderOrganizationEdge>;
  nodes: Array<ProviderOrganization>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProviderOrganizationEdge = {
  __typename?: 'ProviderOrganizationEdge';
  cursor: Scalars['String']['output'];
  node: ProviderOrganization;
};

export type ProviderOrganizationType =
  /** 소속시설 (affiliated facility): a facility the agency itself runs (care-services' Facility, named by facilityId) */
  | 'AFFILIATED_FACILITY'
  /** 가사간병방문지원기관 (housekeeping and nursing visit provider) */
  | 'HOUSEKEEPING_NURSING_VISIT_PROVIDER'
  /** 장기요양기관 (long-term care provider) */
  | 'LONG_TERM_CARE_PROVIDER'
  /** 산모신생아건강관리지원기관 (maternal and newborn care provider) */
  | 'MATERNAL_NEWBORN_CARE_PROVIDER'
  /** 기타 (other) */
  | 'OTHER'
  /** 소규모 장애인복지시설 (small disability-welfare facility) */
  | 'SMALL_DISABILITY_FACILITY'
  /** 사회적협동조합 (social cooperative) */
  | 'SOCIAL_COOPERATIVE'
  /** 바우처 제공기관 (voucher provider, e.g. 지역사회서비스투자사업) */
  | 'VOUCHER_PROVIDER';

/** 사회서비스 품질평가 등급; D and F count as 미흡 (poor). The evaluation has no grade E. */
export type ProviderQualityGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'F';

export type ProviderSize =
  /** 대규모 (large) */
  | 'LARGE'
  /** 중규모 (medium) */
  | 'MEDIUM'
  /** 소규모 (small) */
  | 'SMALL';

export type ProviderStage =
  /** 성장기관 (growing provider) */
  | 'GROWING'
  /** 신규기관 (new provider) */
  | 'NEW';

/** 제공인력 교육 (provider-staff training) that was held. */
export type ProviderTraining = {
  __typename?: 'ProviderTraining';
  attendees: Scalars['Int']['output'];
  /** 정원 (capacity). */
  capacity: Scalars['Int']['output'];
  /** 이수 (completed). */
  completed: Scalars['Int']['output'];
  /** completed / attendees; null without attendees. */
  completionRate?: Maybe<Scalars['Float']['output']>;
  course: Scalars['String']['output'];
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** 만족도 (satisfaction) in percent; null when not surveyed. */
  satisfaction?: Maybe<Scalars['Float']['output']>;
  topics: Array<TrainingTopic>;
};

export type ProviderTrainingConnection = {
  __typename?: 'ProviderTrainingConnection';
  edges: Array<ProviderTrainingEdge>;
  nodes: Array<ProviderTraining>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProviderTrainingEdge = {
  __typename?: 'ProviderTrainingEdge';
  cursor: Scalars['String']['output'];
  node: ProviderTraining;
};

export type ProviderTrainingInput = {
  attendees: Scalars['Int']['input'];
  capacity: Scalars['Int']['input'];
  completed: Scalars['Int']['input'];
  course: Scalars['String']['input'];
  heldOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  satisfaction: InputMaybe<Scalars['Float']['input']>;
  topics: Array<TrainingTopic>;
};

export type Query = {
  __typename?: 'Query';
  /** Hours and fees (컨설팅 수당) per consultant from the sessions held between two dates (inclusive). */
  consultantFees: ConsultantFees;
  /** The consultant pool (컨설턴트 POOL) in id order, optionally those covering one field. */
  consultants: Array<Consultant>;
  /** One consulting case by id; null when it does not exist. */
  consultingCase?: Maybe<ConsultingCase>;
  /**
   * Consulting cases in id order, filtered by status, provider, programme kind or programme, the quarter of the application
   * (e.g. 2023-Q2) and the provider's district (full Korean name).
   */
  consultingCases: ConsultingCaseConnection;
  /** One consulting programme by id; null when it does not exist. */
  consultingProgram?: Maybe<ConsultingProgram>;
  /** Consulting programmes in id order, optionally of one agency. */
  consultingPrograms: Array<ConsultingProgram>;
  /** One inspection by id; null when it does not exist. */
  inspection?: Maybe<Inspection>;
  /** 조치결과 (actions) of a year's recorded inspections per district, with amounts in 원, computed from their findings. */
  inspectionActions: InspectionActions;
  /** A year's provider inspection results as published (제공기관 점검결과): one row per district and totals computed from the rows. */
  inspectionResults: InspectionResults;
  /** Inspections in id order, optionally of one provider, district or year. */
  inspections: InspectionConnection;
  /** 온라인 상담창구 inquiries in id order, optionally in one status or topic. */
  onlineInquiries: OnlineInquiryConnection;
  /** Answer-time service level of the inquiries submitted between two dates, as of the later one. */
  onlineInquirySla: OnlineInquirySla;
  /** One provider by id; null when it does not exist. */
  provider?: Maybe<ProviderOrganization>;
  /** 제공인력 교육 (provider-staff training) in id order, optionally held in one year. */
  providerTrainings: ProviderTrainingConnection;
  /** Providers in id order, optionally in one district (full Korean name, e.g. 영등포구). */
  providers: ProviderOrganizationConnection;
  /** 안전점검수당 (safety-inspection fees) of a year's safety inspections by tier, in 원. */
  safetyInspectionFees: SafetyInspectionFees;
  /** 점검결과 대사 (sanctions reconciliation): each district's published row beside the sanctions its recorded inspections add up to, with a status flag. */
  sanctionReconciliation: SanctionReconciliation;
  /** 만족도 조사 (satisfaction) by programme and year, in year order; one year when given. */
  satisfactionSurveys: Array<SatisfactionSurvey>;
  /** 서울특별시 지역사회서비스 지원단 (the city's community-service support group, seed 001): its budget, work programme, evaluation and the services it develops, as the 2021 review report prints them. */
  supportGroup: SupportGroup;
};


export type QueryConsultantFeesArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryConsultantsArgs = {
  field?: InputMaybe<ConsultantField>;
};


export type QueryConsultingCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsultingCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  program?: InputMaybe<ConsultingProgramKind>;
  programId?: InputMaybe<Scalars['ID']['input']>;
  providerId?: InputMaybe<Scalars['ID']['input']>;
  quarter?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ConsultingCaseStatus>;
};


export type QueryConsultingProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsultingProgramsArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInspectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInspectionActionsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryInspectionResultsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  providerId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOnlineInquiriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OnlineInquiryStatus>;
  topic?: InputMaybe<InquiryTopic>;
};


export type QueryOnlineInquirySlaArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryProviderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProviderTrainingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProvidersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySafetyInspectionFeesArgs = {
  year: Scalars['Int']['input'];
};


export type QuerySanctionReconciliationArgs = {
  year: Scalars['Int']['input'];
};


export type QuerySatisfactionSurveysArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordConsultingSessionInput = {
  caseId: Scalars['ID']['input'];
  /** Defaults to every consultant of the case; they must share one hourly fee. */
  consultantIds: InputMaybe<Array<Scalars['ID']['input']>>;
  heldOn: Scalars['Date']['input'];
  /** Half-hour steps, at most 24. */
  hours: Scalars['Float']['input'];
  /** Defaults to <caseId>-s<n>. */
  id: InputMaybe<Scalars['ID']['input']>;
};

export type RecordInspectionInput = {
  /** The agency whose own programme the inspection is (P7 안전점검); one that runs a consulting programme (NOT_FOUND otherwise). Omitted for inspections of no agency's programme. */
  agencyId: InputMaybe<Scalars['ID']['input']>;
  /** SAFETY only: the 안전점검수당 tier paid for the site; omitted when none. */
  feeTier: InputMaybe<SafetyFeeTier>;
  findings: Array<InspectionFindingInput>;
  id: Scalars['ID']['input'];
  inspectedOn: Scalars['Date']['input'];
  kind: InspectionKind;
  providerId: Scalars['ID']['input'];
  safetyAreas: InputMaybe<Array<SafetyArea>>;
};

export type RecordInspectionResultInput = {
  cautionCount: Scalars['Int']['input'];
  clawbackAmount: Scalars['KRW']['input'];
  clawbackCount: Scalars['Int']['input'];
  /** Full Korean name, e.g. 영등포구. */
  district: Scalars['String']['input'];
  /** 계 as printed; omit or null where the source prints "-". */
  reportedTotalCases: InputMaybe<Scalars['Int']['input']>;
  surchargeAmount: Scalars['KRW']['input'];
  surchargeCount: Scalars['Int']['input'];
  warningCount: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

export type RegisterConsultingProgramInput = {
  agencyId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  kind: ConsultingProgramKind;
  name: Scalars['String']['input'];
  planItemCode: InputMaybe<Scalars['String']['input']>;
  targets: Array<ConsultingProgramTargetInput>;
};

export type RegisterProviderInput = {
  /** Full Korean name, e.g. 영등포구 or 전주시. */
  district: Scalars['String']['input'];
  /** The care-services Facility this client is; required for (and only for) AFFILIATED_FACILITY. */
  facilityId: InputMaybe<Scalars['ID']['input']>;
  /** Stable id chosen by the registrar (letters, digits, Hangul, _.:-). */
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  qualityGrade: InputMaybe<ProviderQualityGrade>;
  qualityGradeYear: InputMaybe<Scalars['Int']['input']>;
  size: InputMaybe<ProviderSize>;
  stage: ProviderStage;
  type: ProviderOrganizationType;
};

/** 합계 (totals) as a source prints them for a year. */
export type ReportedInspectionTotals = {
  __typename?: 'ReportedInspectionTotals';
  cautionCount: Scalars['Int']['output'];
  clawbackAmount: Scalars['KRW']['output'];
  clawbackCount: Scalars['Int']['output'];
  /** Where the figures are printed. */
  source?: Maybe<Scalars['String']['output']>;
  surchargeAmount: Scalars['KRW']['output'];
  surchargeCount: Scalars['Int']['output'];
  totalCases: Scalars['Int']['output'];
  warningCount: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type ReportedInspectionTotalsInput = {
  cautionCount: Scalars['Int']['input'];
  clawbackAmount: Scalars['KRW']['input'];
  clawbackCount: Scalars['Int']['input'];
  source: InputMaybe<Scalars['String']['input']>;
  surchargeAmount: Scalars['KRW']['input'];
  surchargeCount: Scalars['Int']['input'];
  totalCases: Scalars['Int']['input'];
  warningCount: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

export type RequestConsultingInput = {
  id: Scalars['ID']['input'];
  mode: InputMaybe<ConsultingMode>;
  program: ConsultingProgramKind;
  /** The programme; may be omitted when exactly one programme of the kind is registered. */
  programId: InputMaybe<Scalars['ID']['input']>;
  providerId: Scalars['ID']['input'];
  /** 신청일 (application date). */
  requestedOn: Scalars['Date']['input'];
  topics: Array<ConsultingTopic>;
};

export type SafetyArea =
  /** 전기 (electrical) */
  | 'ELECTRICAL'
  /** 소방 (fire) */
  | 'FIRE'
  /** 가스 (gas) */
  | 'GAS';

/** 안전점검수당 (safety-inspection fee) tier per site (003 L2869: 100천원 × 26곳, 400천원 × 30곳); which sites pay which is not printed, so the inspection states it. */
export type SafetyFeeTier =
  /** 100천원 per site */
  | 'BASIC'
  /** 400천원 per site */
  | 'FULL';

export type SafetyFeeTierTotal = {
  __typename?: 'SafetyFeeTierTotal';
  amount: Scalars['KRW']['output'];
  count: Scalars['Int']['output'];
  tier: SafetyFeeTier;
  unitFee: Scalars['KRW']['output'];
};

/** 안전점검수당 of a year's safety inspections by tier, beside the plan's 14,600천원 for 56 sites. */
export type SafetyInspectionFees = {
  __typename?: 'SafetyInspectionFees';
  byTier: Array<SafetyFeeTierTotal>;
  safetyInspectionCount: Scalars['Int']['output'];
  total: Scalars['KRW']['output'];
  /** Safety inspections recorded without a tier (no fee paid). */
  withoutTier: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A year's published district table against the recorded inspections, district by district. */
export type SanctionReconciliation = {
  __typename?: 'SanctionReconciliation';
  /** Every district of the table or the records, in name order. */
  districts: Array<DistrictSanctionReconciliation>;
  /** Column totals of the printed rows (computed from their counts). */
  printedTotals: ActionCounts;
  reconciledDistricts: Scalars['Int']['output'];
  /** Totals of the recorded findings. */
  recordedTotals: ActionCounts;
  /** Districts whose status is not RECONCILED, in name order. */
  unreconciledDistricts: Array<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type SanctionReconciliationStatus =
  /** A recorded count or amount is above the printed one, or the table has no row for the district. */
  | 'EXCEEDS_PRINTED'
  /** The table prints sanctions but no finding is recorded. */
  | 'NOT_RECORDED'
  /** Some printed sanctions have no recorded finding; none is exceeded. */
  | 'PARTIAL'
  /** Every recorded count and amount equals the printed row. */
  | 'RECONCILED';

/** 만족도 조사 (satisfaction survey) of one year: positive answers in percent per programme. */
export type SatisfactionSurvey = {
  __typename?: 'SatisfactionSurvey';
  /** Mean of the programmes' rates, rounded to one decimal. */
  average?: Maybe<Scalars['Float']['output']>;
  /** Whether the printed average equals the computed one; null when none was recorded. */
  matchesReported?: Maybe<Scalars['Boolean']['output']>;
  /** The average as printed; null when none was recorded. */
  reportedAverage?: Maybe<Scalars['Float']['output']>;
  results: Array<ProgrammeSatisfaction>;
  source?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type SatisfactionSurveyInput = {
  reportedAverage: InputMaybe<Scalars['Float']['input']>;
  results: Array<ProgrammeSatisfactionInput>;
  source: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

export type SubmitOnlineInquiryInput = {
  id: Scalars['ID']['input'];
  providerId: InputMaybe<Scalars['ID']['input']>;
  question: Scalars['String']['input'];
  /** Days allowed for the answer; 7 when omitted. */
  slaDays: InputMaybe<Scalars['Int']['input']>;
  submittedOn: Scalars['Date']['input'];
  topic: InquiryTopic;
};

/** The city's community-service support group: set up 2011.5, operated by 서울시복지재단 under a 사무위탁 (outsourcing contract) of 서울특별시. Not run by the agency (사회서비스원). */
export type SupportGroup = {
  __typename?: 'SupportGroup';
  budget: SupportGroupBudget;
  /** Whose budget it is (위탁기관). */
  budgetHolder: Scalars['String']['output'];
  /** governance's outsourcing contract of the affair (its rounds and the council's consent). */
  contractId: Scalars['ID']['output'];
  /** Services the group developed or changed, with their current stage. */
  developedServices: Array<DevelopedService>;
  /** Month it was set up, e.g. 2011-05. */
  establishedMonth: Scalars['String']['output'];
  /** 성과평가 findings by dimension, in year order; one year when given. */
  evaluations: Array<SupportGroupEvaluation>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The contractor that runs it (수탁기관). */
  operatorName: Scalars['String']['output'];
  /** Whether the agency (사회서비스원) runs it: false. */
  runByAgency: Scalars['Boolean']['output'];
  source: Scalars['String']['output'];
  /** Targets against results, one entry per year in year order; one year when given. */
  workProgramme: Array<SupportGroupYear>;
};


/** The city's community-service support group: set up 2011.5, operated by 서울시복지재단 under a 사무위탁 (outsourcing contract) of 서울특별시. Not run by the agency (사회서비스원). */
export type SupportGroupEvaluationsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** The city's community-service support group: set up 2011.5, operated by 서울시복지재단 under a 사무위탁 (outsourcing contract) of 서울특별시. Not run by the agency (사회서비스원). */
export type SupportGroupWorkProgrammeArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A year's budget in 원 from the printed amounts, split by funding share. */
export type SupportGroupBudget = {
  __typename?: 'SupportGroupBudget';
  amountKRW: Scalars['KRW']['output'];
  fiscalYear: Scalars['Int']['output'];
  /** Each printed amount in its own unit and in 원. */
  reported: Array<SupportGroupReportedAmount>;
  /** Whether every printed amount normalises to the same 원. */
  reportedUnitsAgree: Scalars['Boolean']['output'];
  shares: Array<SupportGroupFundingShare>;
};

export type SupportGroupEvaluation = {
  __typename?: 'SupportGroupEvaluation';
  /** The finding is 적정 (adequate), asking for no improvement. */
  adequate: Scalars['Boolean']['output'];
  dimension: SupportGroupEvaluationDimension;
  finding: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type SupportGroupEvaluationDimension =
  /** 투입 (input) */
  | 'INPUT'
  /** 산출 (output) */
  | 'OUTPUT'
  /** 과정 (process) */
  | 'PROCESS'
  /** 활용 (utilisation) */
  | 'UTILISATION';

export type SupportGroupFundingShare = {
  __typename?: 'SupportGroupFundingShare';
  amountKRW: Scalars['KRW']['output'];
  percent: Scalars['Int']['output'];
  source: SupportGroupFundingSource;
};

export type SupportGroupFundingSource =
  /** 시비 (city) */
  | 'CITY'
  /** 국비 (national) */
  | 'NATIONAL';

export type SupportGroupReportedAmount = {
  __typename?: 'SupportGroupReportedAmount';
  amount: Scalars['Int']['output'];
  amountKRW: Scalars['KRW']['output'];
  source: Scalars['String']['output'];
  /** 천원, 백만원, 억원 or 원, as printed. */
  unit: Scalars['String']['output'];
};

/** 추진목표 against 추진실적 of one year. */
export type SupportGroupYear = {
  __typename?: 'SupportGroupYear';
  items: Array<WorkProgrammeItem>;
  /** Whether the results cover part of the year only (2021: January to April). */
  partial: Scalars['Boolean']['output'];
  /** The last day the results cover. */
  periodEnd: Scalars['Date']['output'];
  year: Scalars['Int']['output'];
};

export type SurveyProgramme =
  /** 지역사회서비스투자사업 (community social-service investment) */
  | 'COMMUNITY_SERVICE_INVESTMENT'
  /** 가사간병방문지원사업 (housekeeping and nursing visits) */
  | 'HOUSEKEEPING_NURSING_VISIT'
  /** 산모신생아건강관리지원사업 (maternal and newborn care) */
  | 'MATERNAL_NEWBORN_CARE';

export type TrainingTopic =
  /** 전자바우처 시스템 (e-voucher system) */
  | 'E_VOUCHER'
  /** 부정결제 예방 (preventing fraudulent payments) */
  | 'FRAUD_PREVENTION'
  /** 기관 운영 (management) */
  | 'MANAGEMENT'
  /** 기타 (other) */
  | 'OTHER'
  /** 개인정보보호 (privacy) */
  | 'PRIVACY'
  /** 사업 지침 (programme guidelines) */
  | 'PROGRAMME_GUIDELINES';

export type WorkProgrammeBreakdown = {
  __typename?: 'WorkProgrammeBreakdown';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

/** One line of the work programme: the printed target and result, the result computed from its printed parts, and the achievement. */
export type WorkProgrammeItem = {
  __typename?: 'WorkProgrammeItem';
  /** reported / target in percent, one decimal; null without both. */
  achievementRate?: Maybe<Scalars['Float']['output']>;
  breakdown: Array<WorkProgrammeBreakdown>;
  /** The sum of the printed parts; null without parts. */
  computed?: Maybe<Scalars['Int']['output']>;
  /** PROVIDER_TRAINING, PROVIDER_STAFF_TRAINING, OFFICIAL_TRAINING, SITE_INSPECTION_SUPPORT, SURVEY_RESPONDENTS, NEWSLETTERS, GOOD_PRACTICE_AWARDS, … */
  item: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Whether the printed result equals its parts; null without parts. */
  matchesReported?: Maybe<Scalars['Boolean']['output']>;
  /** The printed result; null where none is reported. */
  reported?: Maybe<Scalars['Int']['output']>;
  /** The printed target; null where none is set. */
  target?: Maybe<Scalars['Int']['output']>;
  targetMet?: Maybe<Scalars['Boolean']['output']>;
  unit: WorkProgrammeUnit;
};

export type WorkProgrammeUnit =
  /** 건 (cases) */
  | 'CASES'
  /** 명 (persons) */
  | 'PERSONS'
  /** 회 (sessions) */
  | 'SESSIONS'
  /** 개소 (sites) */
  | 'SITES'
  /** 편 (videos) */
  | 'VIDEOS';



export type ResolverTypeWrapper<T> = unknown;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Consultant: Consultant;
  ConsultingCase: ConsultingCase;
  ConsultingProgram: ConsultingProgram;
  Inspection: Inspection;
  InspectionResult: InspectionResult;
  OnlineInquiry: OnlineInquiry;
  ProviderOrganization: ProviderOrganization;
  ProviderTraining: ProviderTraining;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Consultant:
    ( { __typename: 'Consultant' }
    & GraphQLRecursivePick<FederationTypes['Consultant'], {"id":true}> );
  ConsultingCase:
    ( { __typename: 'ConsultingCase' }
    & GraphQLRecursivePick<FederationTypes['ConsultingCase'], {"id":true}> );
  ConsultingProgram:
    ( { __typename: 'ConsultingProgram' }
    & GraphQLRecursivePick<FederationTypes['ConsultingProgram'], {"id":true}> );
  Inspection:
    ( { __typename: 'Inspection' }
    & GraphQLRecursivePick<FederationTypes['Inspection'], {"id":true}> );
  InspectionResult:
    ( { __typename: 'InspectionResult' }
    & GraphQLRecursivePick<FederationTypes['InspectionResult'], {"id":true}> );
  OnlineInquiry:
    ( { __typename: 'OnlineInquiry' }
    & GraphQLRecursivePick<FederationTypes['OnlineInquiry'], {"id":true}> );
  ProviderOrganization:
    ( { __typename: 'ProviderOrganization' }
    & GraphQLRecursivePick<FederationTypes['ProviderOrganization'], {"id":true}> );
  ProviderTraining:
    ( { __typename: 'ProviderTraining' }
    & GraphQLRecursivePick<FederationTypes['ProviderTraining'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActionCounts: ResolverTypeWrapper<ActionCounts>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AppointConsultantInput: AppointConsultantInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Consultant: ResolverTypeWrapper<ConsultantDocModel>;
  ConsultantFeeRow: ResolverTypeWrapper<Omit<ConsultantFeeRow, 'consultant'> & { consultantId: string }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ConsultantFees: ResolverTypeWrapper<Omit<ConsultantFees, 'rows'> & { rows: Array<ResolversTypes['ConsultantFeeRow']> }>;
  ConsultantField: ConsultantField;
  ConsultingCase: ResolverTypeWrapper<ConsultingCaseDocModel>;
  ConsultingCaseConnection: ResolverTypeWrapper<Omit<ConsultingCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ConsultingCaseEdge']>, nodes: Array<ResolversTypes['ConsultingCase']> }>;
  ConsultingCaseEdge: ResolverTypeWrapper<Omit<ConsultingCaseEdge, 'node'> & { node: ResolversTypes['ConsultingCase'] }>;
  ConsultingCaseStatus: ConsultingCaseStatus;
  ConsultingMode: ConsultingMode;
  ConsultingProgram: ResolverTypeWrapper<ConsultingProgramDocModel>;
  ConsultingProgramKind: ConsultingProgramKind;
  ConsultingProgramProgress: ResolverTypeWrapper<ConsultingProgramProgress>;
  ConsultingProgramTarget: ResolverTypeWrapper<ConsultingProgramTarget>;
  ConsultingProgramTargetInput: ConsultingProgramTargetInput;
  ConsultingSession: ResolverTypeWrapper<SessionViewModel>;
  ConsultingTopic: ConsultingTopic;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DevelopedService: ResolverTypeWrapper<DevelopedServiceDocModel>;
  DevelopedServiceChange: DevelopedServiceChange;
  DevelopedServiceStage: DevelopedServiceStage;
  DevelopedServiceStep: ResolverTypeWrapper<DevelopedServiceStepDocModel>;
  District: ResolverTypeWrapper<District>;
  DistrictActions: ResolverTypeWrapper<Omit<DistrictActions, 'district'> & { district: string }>;
  DistrictSanctionReconciliation: ResolverTypeWrapper<DistrictSanctionReconciliationDocModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Facility: ResolverTypeWrapper<Facility>;
  InquiryTopic: InquiryTopic;
  Inspection: ResolverTypeWrapper<InspectionDocModel>;
  InspectionAction: InspectionAction;
  InspectionActions: ResolverTypeWrapper<Omit<InspectionActions, 'districts'> & { districts: Array<ResolversTypes['DistrictActions']> }>;
  InspectionConnection: ResolverTypeWrapper<Omit<InspectionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InspectionEdge']>, nodes: Array<ResolversTypes['Inspection']> }>;
  InspectionEdge: ResolverTypeWrapper<Omit<InspectionEdge, 'node'> & { node: ResolversTypes['Inspection'] }>;
  InspectionFinding: ResolverTypeWrapper<InspectionFinding>;
  InspectionFindingInput: InspectionFindingInput;
  InspectionKind: InspectionKind;
  InspectionResult: ResolverTypeWrapper<InspectionResultDocModel>;
  InspectionResults: ResolverTypeWrapper<Omit<InspectionResults, 'rows' | 'summary'> & { rows: Array<ResolversTypes['InspectionResult']>, summary: ResolversTypes['InspectionSummary'] }>;
  InspectionSummary: ResolverTypeWrapper<Omit<InspectionSummary, 'reported'> & { reported?: Maybe<ResolversTypes['ReportedInspectionTotals']> }>;
  KRW: ResolverTypeWrapper<Scalars['KRW']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OnlineInquiry: ResolverTypeWrapper<OnlineInquiryDocModel>;
  OnlineInquiryConnection: ResolverTypeWrapper<Omit<OnlineInquiryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OnlineInquiryEdge']>, nodes: Array<ResolversTypes['OnlineInquiry']> }>;
  OnlineInquiryEdge: ResolverTypeWrapper<Omit<OnlineInquiryEdge, 'node'> & { node: ResolversTypes['OnlineInquiry'] }>;
  OnlineInquirySla: ResolverTypeWrapper<OnlineInquirySla>;
  OnlineInquiryStatus: OnlineInquiryStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PreQuestionnaire: ResolverTypeWrapper<PreQuestionnaire>;
  ProgrammeSatisfaction: ResolverTypeWrapper<ProgrammeSatisfaction>;
  ProgrammeSatisfactionInput: ProgrammeSatisfactionInput;
  ProviderOrganization: ResolverTypeWrapper<ProviderDocModel>;
  ProviderOrganizationConnection: ResolverTypeWrapper<Omit<ProviderOrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProviderOrganizationEdge']>, nodes: Array<ResolversTypes['ProviderOrganization']> }>;
  ProviderOrganizationEdge: ResolverTypeWrapper<Omit<ProviderOrganizationEdge, 'node'> & { node: ResolversTypes['ProviderOrganization'] }>;
  ProviderOrganizationType: ProviderOrganizationType;
  ProviderQualityGrade: ProviderQualityGrade;
  ProviderSize: ProviderSize;
  ProviderStage: ProviderStage;
  ProviderTraining: ResolverTypeWrapper<ProviderTrainingDocModel>;
  ProviderTrainingConnection: ResolverTypeWrapper<Omit<ProviderTrainingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProviderTrainingEdge']>, nodes: Array<ResolversTypes['ProviderTraining']> }>;
  ProviderTrainingEdge: ResolverTypeWrapper<Omit<ProviderTrainingEdge, 'node'> & { node: ResolversTypes['ProviderTraining'] }>;
  ProviderTrainingInput: ProviderTrainingInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordConsultingSessionInput: RecordConsultingSessionInput;
  RecordInspectionInput: RecordInspectionInput;
  RecordInspectionResultInput: RecordInspectionResultInput;
  RegisterConsultingProgramInput: RegisterConsultingProgramInput;
  RegisterProviderInput: RegisterProviderInput;
  ReportedInspectionTotals: ResolverTypeWrapper<ReportedInspectionTotalsDocModel>;
  ReportedInspectionTotalsInput: ReportedInspectionTotalsInput;
  RequestConsultingInput: RequestConsultingInput;
  SafetyArea: SafetyArea;
  SafetyFeeTier: SafetyFeeTier;
  SafetyFeeTierTotal: ResolverTypeWrapper<SafetyFeeTierTotal>;
  SafetyInspectionFees: ResolverTypeWrapper<SafetyInspectionFees>;
  SanctionReconciliation: ResolverTypeWrapper<SanctionReconciliationDocModel>;
  SanctionReconciliationStatus: SanctionReconciliationStatus;
  SatisfactionSurvey: ResolverTypeWrapper<SatisfactionSurveyDocModel>;
  SatisfactionSurveyInput: SatisfactionSurveyInput;
  SubmitOnlineInquiryInput: SubmitOnlineInquiryInput;
  SupportGroup: ResolverTypeWrapper<SupportGroupDocModel>;
  SupportGroupBudget: ResolverTypeWrapper<SupportGroupBudget>;
  SupportGroupEvaluation: ResolverTypeWrapper<SupportGroupEvaluation>;
  SupportGroupEvaluationDimension: SupportGroupEvaluationDimension;
  SupportGroupFundingShare: ResolverTypeWrapper<SupportGroupFundingShare>;
  SupportGroupFundingSource: SupportGroupFundingSource;
  SupportGroupReportedAmount: ResolverTypeWrapper<SupportGroupReportedAmount>;
  SupportGroupYear: ResolverTypeWrapper<SupportGroupYear>;
  SurveyProgramme: SurveyProgramme;
  TrainingTopic: TrainingTopic;
  WorkProgrammeBreakdown: ResolverTypeWrapper<WorkProgrammeBreakdown>;
  WorkProgrammeItem: ResolverTypeWrapper<WorkProgrammeItem>;
  WorkProgrammeUnit: WorkProgrammeUnit;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActionCounts: ActionCounts;
  Int: Scalars['Int']['output'];
  AppointConsultantInput: AppointConsultantInput;
  ID: Scalars['ID']['output'];
  Consultant: ConsultantDocModel;
  ConsultantFeeRow: Omit<ConsultantFeeRow, 'consultant'> & { consultantId: string };
  Float: Scalars['Float']['output'];
  ConsultantFees: Omit<ConsultantFees, 'rows'> & { rows: Array<ResolversParentTypes['ConsultantFeeRow']> };
  ConsultingCase: ConsultingCaseDocModel;
  ConsultingCaseConnection: Omit<ConsultingCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ConsultingCaseEdge']>, nodes: Array<ResolversParentTypes['ConsultingCase']> };
  ConsultingCaseEdge: Omit<ConsultingCaseEdge, 'node'> & { node: ResolversParentTypes['ConsultingCase'] };
  ConsultingProgram: ConsultingProgramDocModel;
  ConsultingProgramProgress: ConsultingProgramProgress;
  ConsultingProgramTarget: ConsultingProgramTarget;
  ConsultingProgramTargetInput: ConsultingProgramTargetInput;
  ConsultingSession: SessionViewModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DevelopedService: DevelopedServiceDocModel;
  DevelopedServiceStep: DevelopedServiceStepDocModel;
  District: District;
  DistrictActions: Omit<DistrictActions, 'district'> & { district: string };
  DistrictSanctionReconciliation: DistrictSanctionReconciliationDocModel;
  Boolean: Scalars['Boolean']['output'];
  Facility: Facility;
  Inspection: InspectionDocModel;
  InspectionActions: Omit<InspectionActions, 'districts'> & { districts: Array<ResolversParentTypes['DistrictActions']> };
  InspectionConnection: Omit<InspectionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InspectionEdge']>, nodes: Array<ResolversParentTypes['Inspection']> };
  InspectionEdge: Omit<InspectionEdge, 'node'> & { node: ResolversParentTypes['Inspection'] };
  InspectionFinding: InspectionFinding;
  InspectionFindingInput: InspectionFindingInput;
  InspectionResult: InspectionResultDocModel;
  InspectionResults: Omit<InspectionResults, 'rows' | 'summary'> & { rows: Array<ResolversParentTypes['InspectionResult']>, summary: ResolversParentTypes['InspectionSummary'] };
  InspectionSummary: Omit<InspectionSummary, 'reported'> & { reported?: Maybe<ResolversParentTypes['ReportedInspectionTotals']> };
  KRW: Scalars['KRW']['output'];
  Mutation: Record<PropertyKey, never>;
  OnlineInquiry: OnlineInquiryDocModel;
  OnlineInquiryConnection: Omit<OnlineInquiryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OnlineInquiryEdge']>, nodes: Array<ResolversParentTypes['OnlineInquiry']> };
  OnlineInquiryEdge: Omit<OnlineInquiryEdge, 'node'> & { node: ResolversParentTypes['OnlineInquiry'] };
  OnlineInquirySla: OnlineInquirySla;
  PageInfo: PageInfo;
  PreQuestionnaire: PreQuestionnaire;
  ProgrammeSatisfaction: ProgrammeSatisfaction;
  ProgrammeSatisfactionInput: ProgrammeSatisfactionInput;
  ProviderOrganization: ProviderDocModel;
  ProviderOrganizationConnection: Omit<ProviderOrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProviderOrganizationEdge']>, nodes: Array<ResolversParentTypes['ProviderOrganization']> };
  ProviderOrganizationEdge: Omit<ProviderOrganizationEdge, 'node'> & { node: ResolversParentTypes['ProviderOrganization'] };
  ProviderTraining: ProviderTrainingDocModel;
  ProviderTrainingConnection: Omit<ProviderTrainingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProviderTrainingEdge']>, nodes: Array<ResolversParentTypes['ProviderTraining']> };
  ProviderTrainingEdge: Omit<ProviderTrainingEdge, 'node'> & { node: ResolversParentTypes['ProviderTraining'] };
  ProviderTrainingInput: ProviderTrainingInput;
  Query: Record<PropertyKey, never>;
  RecordConsultingSessionInput: RecordConsultingSessionInput;
  RecordInspectionInput: RecordInspectionInput;
  RecordInspectionResultInput: RecordInspectionResultInput;
  RegisterConsultingProgramInput: RegisterConsultingProgramInput;
  RegisterProviderInput: RegisterProviderInput;
  ReportedInspectionTotals: ReportedInspectionTotalsDocModel;
  ReportedInspectionTotalsInput: ReportedInspectionTotalsInput;
  RequestConsultingInput: RequestConsultingInput;
  SafetyFeeTierTotal: SafetyFeeTierTotal;
  SafetyInspectionFees: SafetyInspectionFees;
  SanctionReconciliation: SanctionReconciliationDocModel;
  SatisfactionSurvey: SatisfactionSurveyDocModel;
  SatisfactionSurveyInput: SatisfactionSurveyInput;
  SubmitOnlineInquiryInput: SubmitOnlineInquiryInput;
  SupportGroup: SupportGroupDocModel;
  SupportGroupBudget: SupportGroupBudget;
  SupportGroupEvaluation: SupportGroupEvaluation;
  SupportGroupFundingShare: SupportGroupFundingShare;
  SupportGroupReportedAmount: SupportGroupReportedAmount;
  SupportGroupYear: SupportGroupYear;
  WorkProgrammeBreakdown: WorkProgrammeBreakdown;
  WorkProgrammeItem: WorkProgrammeItem;
  String: Scalars['String']['output'];
};

export type AuthDirectiveArgs = {
  requires?: Maybe<Array<Scalars['String']['input']>>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = any, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = any, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActionCountsResolvers<ContextType = any, ParentType extends ResolversParentTypes['ActionCounts'] = ResolversParentTypes['ActionCounts']> = {
  cautionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clawbackAmount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  clawbackCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  surchargeAmount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  surchargeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warningCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsultantResolvers<ContextType = any, ParentType extends ResolversParentTypes['Consultant'] = ResolversParentTypes['Consultant'], FederationReferenceType extends FederationReferenceTypes['Consultant'] = FederationReferenceTypes['Consultant']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Consultant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appointedFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  appointedUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  consultingCases?: Resolver<Array<ResolversTypes['ConsultingCase']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['ConsultantField']>, ParentType, ContextType>;
  hourlyFee?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConsultantFeeRowResolvers<ContextType = any, ParentType extends ResolversParentTypes['ConsultantFeeRow'] = ResolversParentTypes['ConsultantFeeRow']> = {
  consultant?: Resolver<ResolversTypes['Consultant'], ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sessionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsultantFeesResolvers<ContextType = any, ParentType extends ResolversParentTypes['ConsultantFees'] = ResolversParentTypes['ConsultantFees']> = {
  consultantHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ConsultantFeeRow']>, ParentType, ContextType>;
  sessionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ConsultingCaseResolvers<ContextType = any, ParentType extends ResolversParentTypes['ConsultingCase'] = ResolversParentTypes['ConsultingCase'], FederationReferenceType extends FederationReferenceTypes['ConsultingCase'] = FederationReferenceTypes['ConsultingCase']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ConsultingCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  consultants?: Resolver<Array<ResolversTypes['Consultant']>, ParentType, ContextType>;
  consultingProgram?: Resolver<ResolversTypes['ConsultingProgram'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declinedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ConsultingMode'], ParentType, ContextType>;
  monitoringFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  monitoringNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preQuestionnaire?: Resolver<Maybe<ResolversTypes['PreQuestionnaire']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['ConsultingProgramKind'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['ProviderOrganization'], ParentType, ContextType>;
  requestedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  resultReport?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  satisfactionScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['ConsultingSession']>, ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsultingCaseStatus'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['ConsultingTopic']>, ParentType, ContextType>;
};

export type ConsultingCaseConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['ConsultingCaseConnection'] = ResolversParentTypes['ConsultingCaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConsultingCaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ConsultingCase']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsultingCaseEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['ConsultingCaseEdge'] = ResolversParentTypes['ConsultingCaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConsultingCase'], ParentType, ContextType>;
};

export type ConsultingProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['ConsultingProgram'] = ResolversParentTypes['ConsultingProgram'], FederationReferenceType extends FederationReferenceTypes['ConsultingProgram'] = FederationReferenceTypes['ConsultingProgram']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ConsultingProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsultingProgramKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planItemCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['ConsultingProgramProgress'], ParentType, ContextType, RequireFields<ConsultingProgramProgressArgs, 'year'>>;
  targets?: Resolver<Array<ResolversTypes['ConsultingProgramTarget']>, ParentType, ContextType>;
};

export type ConsultingProgramProgressResolvers<ContextType = any, ParentType extends ResolversParentTypes['ConsultingProgramProgress'] = ResolversParentTypes['ConsultingProgramProgress']> = {
  achievementRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  applied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  declined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monitored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['ConsultingProgramTarget']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsultingProgramTargetResolvers<ContextType = any, ParentType extends ResolversParentTypes['ConsultingProgramTarget'] = ResolversParentTypes['ConsultingProgramTarget']> = {
  cases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monitorings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsultingSessionResolvers<ContextType = any, ParentType extends ResolversParentTypes['ConsultingSession'] = ResolversParentTypes['ConsultingSession']> = {
  consultants?: Resolver<Array<ResolversTypes['Consultant']>, ParentType, ContextType>;
  consultingCase?: Resolver<ResolversTypes['ConsultingCase'], ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hourlyFee?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DevelopedServiceResolvers<ContextType = any, ParentType extends ResolversParentTypes['DevelopedService'] = ResolversParentTypes['DevelopedService']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['DevelopedServiceStage']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['DevelopedServiceStep']>, ParentType, ContextType>;
};

export type DevelopedServiceStepResolvers<ContextType = any, ParentType extends ResolversParentTypes['DevelopedServiceStep'] = ResolversParentTypes['DevelopedServiceStep']> = {
  change?: Resolver<ResolversTypes['DevelopedServiceChange'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DistrictResolvers<ContextType = any, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DistrictActionsResolvers<ContextType = any, ParentType extends ResolversParentTypes['DistrictActions'] = ResolversParentTypes['DistrictActions']> = {
  actions?: Resolver<ResolversTypes['ActionCounts'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  inspectionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DistrictSanctionReconciliationResolvers<ContextType = any, ParentType extends ResolversParentTypes['DistrictSanctionReconciliation'] = ResolversParentTypes['DistrictSanctionReconciliation']> = {
  difference?: Resolver<ResolversTypes['ActionCounts'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  printed?: Resolver<Maybe<ResolversTypes['ActionCounts']>, ParentType, ContextType>;
  printedRowMatchesReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActionCounts'], ParentType, ContextType>;
  recordedInspectionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedTotalCases?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SanctionReconciliationStatus'], ParentType, ContextType>;
};

export type FacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type InspectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Inspection'] = ResolversParentTypes['Inspection'], FederationReferenceType extends FederationReferenceTypes['Inspection'] = FederationReferenceTypes['Inspection']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Inspection']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actions?: Resolver<ResolversTypes['ActionCounts'], ParentType, ContextType>;
  agencyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  allCorrected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  fee?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  feeTier?: Resolver<Maybe<ResolversTypes['SafetyFeeTier']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['InspectionFinding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InspectionKind'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['ProviderOrganization'], ParentType, ContextType>;
  safetyAreas?: Resolver<Array<ResolversTypes['SafetyArea']>, ParentType, ContextType>;
};

export type InspectionActionsResolvers<ContextType = any, ParentType extends ResolversParentTypes['InspectionActions'] = ResolversParentTypes['InspectionActions']> = {
  districts?: Resolver<Array<ResolversTypes['DistrictActions']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ActionCounts'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InspectionConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['InspectionConnection'] = ResolversParentTypes['InspectionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InspectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Inspection']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InspectionEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['InspectionEdge'] = ResolversParentTypes['InspectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType>;
};

export type InspectionFindingResolvers<ContextType = any, ParentType extends ResolversParentTypes['InspectionFinding'] = ResolversParentTypes['InspectionFinding']> = {
  action?: Resolver<ResolversTypes['InspectionAction'], ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  correctedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  no?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InspectionResultResolvers<ContextType = any, ParentType extends ResolversParentTypes['InspectionResult'] = ResolversParentTypes['InspectionResult'], FederationReferenceType extends FederationReferenceTypes['InspectionResult'] = FederationReferenceTypes['InspectionResult']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InspectionResult']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cautionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clawbackAmount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  clawbackCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchesReported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reportedTotalCases?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  surchargeAmount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  surchargeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warningCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InspectionResultsResolvers<ContextType = any, ParentType extends ResolversParentTypes['InspectionResults'] = ResolversParentTypes['InspectionResults']> = {
  rows?: Resolver<Array<ResolversTypes['InspectionResult']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['InspectionSummary'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InspectionSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['InspectionSummary'] = ResolversParentTypes['InspectionSummary']> = {
  cautionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clawbackAmount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  clawbackCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  districtCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchesReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  mismatchedDistricts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reported?: Resolver<Maybe<ResolversTypes['ReportedInspectionTotals']>, ParentType, ContextType>;
  sumOfReportedRowTotals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  surchargeAmount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  surchargeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warningCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface KrwScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['KRW'], any> {
  name: 'KRW';
}

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptConsulting: Resolver<ResolversTypes['ConsultingCase'], ParentType, ContextType, RequireFields<MutationAcceptConsultingArgs, 'acceptedOn' | 'consultantIds' | 'id'>>;
  answerOnlineInquiry: Resolver<ResolversTypes['OnlineInquiry'], ParentType, ContextType, RequireFields<MutationAnswerOnlineInquiryArgs, 'answer' | 'answeredOn' | 'id'>>;
  appointConsultant: Resolver<ResolversTypes['Consultant'], ParentType, ContextType, RequireFields<MutationAppointConsultantArgs, 'input'>>;
  assignOnlineInquiry: Resolver<ResolversTypes['OnlineInquiry'], ParentType, ContextType, RequireFields<MutationAssignOnlineInquiryArgs, 'assignedOn' | 'consultantId' | 'id'>>;
  closeConsulting: Resolver<ResolversTypes['ConsultingCase'], ParentType, ContextType, RequireFields<MutationCloseConsultingArgs, 'closedOn' | 'id'>>;
  completeConsulting: Resolver<ResolversTypes['ConsultingCase'], ParentType, ContextType, RequireFields<MutationCompleteConsultingArgs, 'completedOn' | 'id'>>;
  confirmCorrection: Resolver<ResolversTypes['Inspection'], ParentType, ContextType, RequireFields<MutationConfirmCorrectionArgs, 'correctedOn' | 'findingNo' | 'inspectionId'>>;
  declineConsulting: Resolver<ResolversTypes['ConsultingCase'], ParentType, ContextType, RequireFields<MutationDeclineConsultingArgs, 'declinedOn' | 'id' | 'reason'>>;
  recordConsultingSession: Resolver<ResolversTypes['ConsultingSession'], ParentType, ContextType, RequireFields<MutationRecordConsultingSessionArgs, 'input'>>;
  recordInspection: Resolver<ResolversTypes['Inspection'], ParentType, ContextType, RequireFields<MutationRecordInspectionArgs, 'input'>>;
  recordInspectionResult: Resolver<ResolversTypes['InspectionResult'], ParentType, ContextType, RequireFields<MutationRecordInspectionResultArgs, 'input'>>;
  recordProviderTraining: Resolver<ResolversTypes['ProviderTraining'], ParentType, ContextType, RequireFields<MutationRecordProviderTrainingArgs, 'input'>>;
  recordReportedInspectionTotals: Resolver<ResolversTypes['ReportedInspectionTotals'], ParentType, ContextType, RequireFields<MutationRecordReportedInspectionTotalsArgs, 'input'>>;
  recordSatisfactionSurvey: Resolver<ResolversTypes['SatisfactionSurvey'], ParentType, ContextType, RequireFields<MutationRecordSatisfactionSurveyArgs, 'input'>>;
  registerConsultingProgram: Resolver<ResolversTypes['ConsultingProgram'], ParentType, ContextType, RequireFields<MutationRegisterConsultingProgramArgs, 'input'>>;
  registerProvider: Resolver<ResolversTypes['ProviderOrganization'], ParentType, ContextType, RequireFields<MutationRegisterProviderArgs, 'input'>>;
  requestConsulting: Resolver<ResolversTypes['ConsultingCase'], ParentType, ContextType, RequireFields<MutationRequestConsultingArgs, 'input'>>;
  startConsulting: Resolver<ResolversTypes['ConsultingCase'], ParentType, ContextType, RequireFields<MutationStartConsultingArgs, 'id' | 'startedOn'>>;
  startMonitoring: Resolver<ResolversTypes['ConsultingCase'], ParentType, ContextType, RequireFields<MutationStartMonitoringArgs, 'id' | 'startedOn'>>;
  submitOnlineInquiry: Resolver<ResolversTypes['OnlineInquiry'], ParentType, ContextType, RequireFields<MutationSubmitOnlineInquiryArgs, 'input'>>;
  submitPreQuestionnaire: Resolver<ResolversTypes['ConsultingCase'], ParentType, ContextType, RequireFields<MutationSubmitPreQuestionnaireArgs, 'caseId' | 'needs' | 'submittedOn'>>;
};

export type OnlineInquiryResolvers<ContextType = any, ParentType extends ResolversParentTypes['OnlineInquiry'] = ResolversParentTypes['OnlineInquiry'], FederationReferenceType extends FederationReferenceTypes['OnlineInquiry'] = FederationReferenceTypes['OnlineInquiry']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['OnlineInquiry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  answeredWithinSla?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  assignedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  consultant?: Resolver<Maybe<ResolversTypes['Consultant']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['ProviderOrganization']>, ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slaDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OnlineInquiryStatus'], ParentType, ContextType>;
  submittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['InquiryTopic'], ParentType, ContextType>;
};

export type OnlineInquiryConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['OnlineInquiryConnection'] = ResolversParentTypes['OnlineInquiryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OnlineInquiryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OnlineInquiry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OnlineInquiryEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['OnlineInquiryEdge'] = ResolversParentTypes['OnlineInquiryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OnlineInquiry'], ParentType, ContextType>;
};

export type OnlineInquirySlaResolvers<ContextType = any, ParentType extends ResolversParentTypes['OnlineInquirySla'] = ResolversParentTypes['OnlineInquirySla']> = {
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answeredWithinSla?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slaRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PreQuestionnaireResolvers<ContextType = any, ParentType extends ResolversParentTypes['PreQuestionnaire'] = ResolversParentTypes['PreQuestionnaire']> = {
  needs?: Resolver<Array<ResolversTypes['ConsultingTopic']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  submittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ProgrammeSatisfactionResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProgrammeSatisfaction'] = ResolversParentTypes['ProgrammeSatisfaction']> = {
  positiveRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['SurveyProgramme'], ParentType, ContextType>;
};

export type ProviderOrganizationResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProviderOrganization'] = ResolversParentTypes['ProviderOrganization'], FederationReferenceType extends FederationReferenceTypes['ProviderOrganization'] = FederationReferenceTypes['ProviderOrganization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderOrganization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consultingCases?: Resolver<Array<ResolversTypes['ConsultingCase']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspections?: Resolver<Array<ResolversTypes['Inspection']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qualityGrade?: Resolver<Maybe<ResolversTypes['ProviderQualityGrade']>, ParentType, ContextType>;
  qualityGradeYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['ProviderSize']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ProviderStage'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ProviderOrganizationType'], ParentType, ContextType>;
};

export type ProviderOrganizationConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProviderOrganizationConnection'] = ResolversParentTypes['ProviderOrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProviderOrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ProviderOrganization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProviderOrganizationEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProviderOrganizationEdge'] = ResolversParentTypes['ProviderOrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProviderOrganization'], ParentType, ContextType>;
};

export type ProviderTrainingResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProviderTraining'] = ResolversParentTypes['ProviderTraining'], FederationReferenceType extends FederationReferenceTypes['ProviderTraining'] = FederationReferenceTypes['ProviderTraining']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderTraining']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attendees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['TrainingTopic']>, ParentType, ContextType>;
};

export type ProviderTrainingConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProviderTrainingConnection'] = ResolversParentTypes['ProviderTrainingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProviderTrainingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ProviderTraining']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProviderTrainingEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProviderTrainingEdge'] = ResolversParentTypes['ProviderTrainingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProviderTraining'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  consultantFees: Resolver<ResolversTypes['ConsultantFees'], ParentType, ContextType, RequireFields<QueryConsultantFeesArgs, 'from' | 'to'>>;
  consultants: Resolver<Array<ResolversTypes['Consultant']>, ParentType, ContextType, QueryConsultantsArgs>;
  consultingCase: Resolver<Maybe<ResolversTypes['ConsultingCase']>, ParentType, ContextType, RequireFields<QueryConsultingCaseArgs, 'id'>>;
  consultingCases: Resolver<ResolversTypes['ConsultingCaseConnection'], ParentType, ContextType, RequireFields<QueryConsultingCasesArgs, 'first'>>;
  consultingProgram: Resolver<Maybe<ResolversTypes['ConsultingProgram']>, ParentType, ContextType, RequireFields<QueryConsultingProgramArgs, 'id'>>;
  consultingPrograms: Resolver<Array<ResolversTypes['ConsultingProgram']>, ParentType, ContextType, QueryConsultingProgramsArgs>;
  inspection: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType, RequireFields<QueryInspectionArgs, 'id'>>;
  inspectionActions: Resolver<ResolversTypes['InspectionActions'], ParentType, ContextType, RequireFields<QueryInspectionActionsArgs, 'year'>>;
  inspectionResults: Resolver<ResolversTypes['InspectionResults'], ParentType, ContextType, RequireFields<QueryInspectionResultsArgs, 'year'>>;
  inspections: Resolver<ResolversTypes['InspectionConnection'], ParentType, ContextType, RequireFields<QueryInspectionsArgs, 'first'>>;
  onlineInquiries: Resolver<ResolversTypes['OnlineInquiryConnection'], ParentType, ContextType, RequireFields<QueryOnlineInquiriesArgs, 'first'>>;
  onlineInquirySla: Resolver<ResolversTypes['OnlineInquirySla'], ParentType, ContextType, RequireFields<QueryOnlineInquirySlaArgs, 'from' | 'to'>>;
  provider: Resolver<Maybe<ResolversTypes['ProviderOrganization']>, ParentType, ContextType, RequireFields<QueryProviderArgs, 'id'>>;
  providerTrainings: Resolver<ResolversTypes['ProviderTrainingConnection'], ParentType, ContextType, RequireFields<QueryProviderTrainingsArgs, 'first'>>;
  providers: Resolver<ResolversTypes['ProviderOrganizationConnection'], ParentType, ContextType, RequireFields<QueryProvidersArgs, 'first'>>;
  safetyInspectionFees: Resolver<ResolversTypes['SafetyInspectionFees'], ParentType, ContextType, RequireFields<QuerySafetyInspectionFeesArgs, 'year'>>;
  sanctionReconciliation: Resolver<ResolversTypes['SanctionReconciliation'], ParentType, ContextType, RequireFields<QuerySanctionReconciliationArgs, 'year'>>;
  satisfactionSurveys: Resolver<Array<ResolversTypes['SatisfactionSurvey']>, ParentType, ContextType, QuerySatisfactionSurveysArgs>;
  supportGroup: Resolver<ResolversTypes['SupportGroup'], ParentType, ContextType>;
};

export type ReportedInspectionTotalsResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReportedInspectionTotals'] = ResolversParentTypes['ReportedInspectionTotals']> = {
  cautionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clawbackAmount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  clawbackCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  surchargeAmount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  surchargeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warningCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SafetyFeeTierTotalResolvers<ContextType = any, ParentType extends ResolversParentTypes['SafetyFeeTierTotal'] = ResolversParentTypes['SafetyFeeTierTotal']> = {
  amount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['SafetyFeeTier'], ParentType, ContextType>;
  unitFee?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
};

export type SafetyInspectionFeesResolvers<ContextType = any, ParentType extends ResolversParentTypes['SafetyInspectionFees'] = ResolversParentTypes['SafetyInspectionFees']> = {
  byTier?: Resolver<Array<ResolversTypes['SafetyFeeTierTotal']>, ParentType, ContextType>;
  safetyInspectionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  withoutTier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SanctionReconciliationResolvers<ContextType = any, ParentType extends ResolversParentTypes['SanctionReconciliation'] = ResolversParentTypes['SanctionReconciliation']> = {
  districts?: Resolver<Array<ResolversTypes['DistrictSanctionReconciliation']>, ParentType, ContextType>;
  printedTotals?: Resolver<ResolversTypes['ActionCounts'], ParentType, ContextType>;
  reconciledDistricts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedTotals?: Resolver<ResolversTypes['ActionCounts'], ParentType, ContextType>;
  unreconciledDistricts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SatisfactionSurveyResolvers<ContextType = any, ParentType extends ResolversParentTypes['SatisfactionSurvey'] = ResolversParentTypes['SatisfactionSurvey']> = {
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  matchesReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  reportedAverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['ProgrammeSatisfaction']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupportGroupResolvers<ContextType = any, ParentType extends ResolversParentTypes['SupportGroup'] = ResolversParentTypes['SupportGroup']> = {
  budget?: Resolver<ResolversTypes['SupportGroupBudget'], ParentType, ContextType>;
  budgetHolder?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contractId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  developedServices?: Resolver<Array<ResolversTypes['DevelopedService']>, ParentType, ContextType>;
  establishedMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evaluations?: Resolver<Array<ResolversTypes['SupportGroupEvaluation']>, ParentType, ContextType, SupportGroupEvaluationsArgs>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operatorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  runByAgency?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workProgramme?: Resolver<Array<ResolversTypes['SupportGroupYear']>, ParentType, ContextType, SupportGroupWorkProgrammeArgs>;
};

export type SupportGroupBudgetResolvers<ContextType = any, ParentType extends ResolversParentTypes['SupportGroupBudget'] = ResolversParentTypes['SupportGroupBudget']> = {
  amountKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reported?: Resolver<Array<ResolversTypes['SupportGroupReportedAmount']>, ParentType, ContextType>;
  reportedUnitsAgree?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['SupportGroupFundingShare']>, ParentType, ContextType>;
};

export type SupportGroupEvaluationResolvers<ContextType = any, ParentType extends ResolversParentTypes['SupportGroupEvaluation'] = ResolversParentTypes['SupportGroupEvaluation']> = {
  adequate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['SupportGroupEvaluationDimension'], ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupportGroupFundingShareResolvers<ContextType = any, ParentType extends ResolversParentTypes['SupportGroupFundingShare'] = ResolversParentTypes['SupportGroupFundingShare']> = {
  amountKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SupportGroupFundingSource'], ParentType, ContextType>;
};

export type SupportGroupReportedAmountResolvers<ContextType = any, ParentType extends ResolversParentTypes['SupportGroupReportedAmount'] = ResolversParentTypes['SupportGroupReportedAmount']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  amountKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupportGroupYearResolvers<ContextType = any, ParentType extends ResolversParentTypes['SupportGroupYear'] = ResolversParentTypes['SupportGroupYear']> = {
  items?: Resolver<Array<ResolversTypes['WorkProgrammeItem']>, ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkProgrammeBreakdownResolvers<ContextType = any, ParentType extends ResolversParentTypes['WorkProgrammeBreakdown'] = ResolversParentTypes['WorkProgrammeBreakdown']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WorkProgrammeItemResolvers<ContextType = any, ParentType extends ResolversParentTypes['WorkProgrammeItem'] = ResolversParentTypes['WorkProgrammeItem']> = {
  achievementRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  breakdown?: Resolver<Array<ResolversTypes['WorkProgrammeBreakdown']>, ParentType, ContextType>;
  computed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchesReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  reported?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  targetMet?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['WorkProgrammeUnit'], ParentType, ContextType>;
};

export type Resolvers<ContextType = any> = {
  ActionCounts?: ActionCountsResolvers<ContextType>;
  Consultant?: ConsultantResolvers<ContextType>;
  ConsultantFeeRow?: ConsultantFeeRowResolvers<ContextType>;
  ConsultantFees?: ConsultantFeesResolvers<ContextType>;
  ConsultingCase?: ConsultingCaseResolvers<ContextType>;
  ConsultingCaseConnection?: ConsultingCaseConnectionResolvers<ContextType>;
  ConsultingCaseEdge?: ConsultingCaseEdgeResolvers<ContextType>;
  ConsultingProgram?: ConsultingProgramResolvers<ContextType>;
  ConsultingProgramProgress?: ConsultingProgramProgressResolvers<ContextType>;
  ConsultingProgramTarget?: ConsultingProgramTargetResolvers<ContextType>;
  ConsultingSession?: ConsultingSessionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DevelopedService?: DevelopedServiceResolvers<ContextType>;
  DevelopedServiceStep?: DevelopedServiceStepResolvers<ContextType>;
  District?: DistrictResolvers<ContextType>;
  DistrictActions?: DistrictActionsResolvers<ContextType>;
  DistrictSanctionReconciliation?: DistrictSanctionReconciliationResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  Inspection?: InspectionResolvers<ContextType>;
  InspectionActions?: InspectionActionsResolvers<ContextType>;
  InspectionConnection?: InspectionConnectionResolvers<ContextType>;
  InspectionEdge?: InspectionEdgeResolvers<ContextType>;
  InspectionFinding?: InspectionFindingResolvers<ContextType>;
  InspectionResult?: InspectionResultResolvers<ContextType>;
  InspectionResults?: InspectionResultsResolvers<ContextType>;
  InspectionSummary?: InspectionSummaryResolvers<ContextType>;
  KRW?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  OnlineInquiry?: OnlineInquiryResolvers<ContextType>;
  OnlineInquiryConnection?: OnlineInquiryConnectionResolvers<ContextType>;
  OnlineInquiryEdge?: OnlineInquiryEdgeResolvers<ContextType>;
  OnlineInquirySla?: OnlineInquirySlaResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PreQuestionnaire?: PreQuestionnaireResolvers<ContextType>;
  ProgrammeSatisfaction?: ProgrammeSatisfactionResolvers<ContextType>;
  ProviderOrganization?: ProviderOrganizationResolvers<ContextType>;
  ProviderOrganizationConnection?: ProviderOrganizationConnectionResolvers<ContextType>;
  ProviderOrganizationEdge?: ProviderOrganizationEdgeResolvers<ContextType>;
  ProviderTraining?: ProviderTrainingResolvers<ContextType>;
  ProviderTrainingConnection?: ProviderTrainingConnectionResolvers<ContextType>;
  ProviderTrainingEdge?: ProviderTrainingEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportedInspectionTotals?: ReportedInspectionTotalsResolvers<ContextType>;
  SafetyFeeTierTotal?: SafetyFeeTierTotalResolvers<ContextType>;
  SafetyInspectionFees?: SafetyInspectionFeesResolvers<ContextType>;
  SanctionReconciliation?: SanctionReconciliationResolvers<ContextType>;
  SatisfactionSurvey?: SatisfactionSurveyResolvers<ContextType>;
  SupportGroup?: SupportGroupResolvers<ContextType>;
  SupportGroupBudget?: SupportGroupBudgetResolvers<ContextType>;
  SupportGroupEvaluation?: SupportGroupEvaluationResolvers<ContextType>;
  SupportGroupFundingShare?: SupportGroupFundingShareResolvers<ContextType>;
  SupportGroupReportedAmount?: SupportGroupReportedAmountResolvers<ContextType>;
  SupportGroupYear?: SupportGroupYearResolvers<ContextType>;
  WorkProgrammeBreakdown?: WorkProgrammeBreakdownResolvers<ContextType>;
  WorkProgrammeItem?: WorkProgrammeItemResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = any> = {
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
};
