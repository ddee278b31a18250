import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuditEntryDoc as AuditEntryDocModel } from '../audit-trail';
import type { CommitteeDoc as CommitteeDocModel, MeetingDoc as MeetingDocModel, ResolutionDoc as ResolutionDocModel } from '../committees';
import type { DataQualityFindingDoc as DataQualityFindingDocModel } from '../data-quality';
import type { AgencyDoc as AgencyDocModel, DistrictDoc as DistrictDocModel, BoardMemberDoc as BoardMemberDocModel } from '../models';
import type { OrgUnitDoc as OrgUnitDocModel } from '../org-units';
import type { RegulationDoc as RegulationDocModel, AuditDoc as AuditDocModel, OutsourcingContractDoc as OutsourcingContractDocModel } from '../oversight';
import type { StrategyNodeDoc as StrategyNodeDocModel, PlanItemDoc as PlanItemDocModel, IndicatorDoc as IndicatorDocModel } from '../strategy';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** 사회서비스원 (public agency for social service), the organisation every service works for. */
export type Agency = {
  __typename?: 'Agency';
  /** 이사회 (board): its officers in role order; with `activeOn`, only those in office on that date. */
  boardMembers: Array<BoardMember>;
  /** 설립일자 (date of establishment); null where the sources do not give it. */
  establishedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** 설립근거 (legal basis): the ordinance or act the agency is founded on. */
  legalBasis: Scalars['String']['output'];
  /** 설립형태 (legal form). */
  legalForm: AgencyLegalForm;
  nameEn: Scalars['String']['output'];
  /** 기관명 (Korean name). */
  nameKo: Scalars['String']['output'];
  /** The agency's organisational units. */
  orgUnits: Array<OrgUnit>;
  /** 관할 광역자치단체 (province or metropolitan city the agency serves), e.g. 서울특별시. */
  region: Scalars['String']['output'];
  registeredAt: Scalars['DateTime']['output'];
};


/** 사회서비스원 (public agency for social service), the organisation every service works for. */
export type AgencyBoardMembersArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
};

export type AgencyLegalForm =
  /** 출연기관 (institution funded by a local-government contribution) */
  | 'CONTRIBUTED_INSTITUTION'
  /** 출자기관 (institution capitalised by a local-government investment) */
  | 'INVESTED_INSTITUTION';

export type AppointBoardMemberInput = {
  agencyId: Scalars['ID']['input'];
  /** Stable pseudonymous id chosen by the registrar, e.g. seoul-pass-board-01. */
  id: Scalars['ID']['input'];
  /** A pseudonym, never a real name. */
  name: Scalars['String']['input'];
  role: BoardRole;
  selection: BoardSelection;
  standing: BoardStanding;
  /** Required for APPOINTED members (at most 3 years); optional for EX_OFFICIO ones. */
  termEnd: InputMaybe<Scalars['Date']['input']>;
  termStart: Scalars['Date']['input'];
};

/** 감사 (audit): 상시 (continuous), 정기 (regular) or 특별 (special). */
export type Audit = {
  __typename?: 'Audit';
  closedOn?: Maybe<Scalars['Date']['output']>;
  findings: Array<AuditFinding>;
  id: Scalars['ID']['output'];
  kind: AuditKind;
  startedOn: Scalars['Date']['output'];
};

export type AuditAction =
  | 'MUTATION'
  | 'PII_READ';

/** One audit record: who (subject and roles), what (schema coordinate and the ids concerned — never personal data), when, the outcome and the request id. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: AuditAction;
  at: Scalars['DateTime']['output'];
  auditId: Scalars['ID']['output'];
  errorCodes: Array<Scalars['String']['output']>;
  operation: Scalars['String']['output'];
  outcome: Scalars['String']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
  roles: Array<Scalars['String']['output']>;
  service: Scalars['String']['output'];
  subject?: Maybe<Scalars['String']['output']>;
  targetIds: Array<Scalars['String']['output']>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditFinding = {
  __typename?: 'AuditFinding';
  id: Scalars['ID']['output'];
  raisedOn: Scalars['Date']['output'];
  scope: AuditScope;
  summary: Scalars['String']['output'];
};

export type AuditFindingInput = {
  id: Scalars['ID']['input'];
  raisedOn: Scalars['Date']['input'];
  scope: AuditScope;
  summary: Scalars['String']['input'];
};

export type AuditKind =
  /** 상시감사 (continuous) */
  | 'CONTINUOUS'
  /** 정기감사 (regular) */
  | 'REGULAR'
  /** 특별감사 (special) */
  | 'SPECIAL';

export type AuditScope =
  /** 부적정 예산집행 (improper budget execution) */
  | 'IMPROPER_EXECUTION'
  /** 직무태만 (neglect of duty) */
  | 'NEGLECT_OF_DUTY'
  /** 업무소홀 (negligence) */
  | 'NEGLIGENCE';

/** 임원 (officer): a director or auditor of an agency's board. Names are pseudonyms. */
export type BoardMember = {
  __typename?: 'BoardMember';
  agency: Agency;
  appointedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Whether the term covers the given date (default: today in Asia/Seoul). */
  inOffice: Scalars['Boolean']['output'];
  /** 성명 (name), always a pseudonym in this graph. */
  name: Scalars['String']['output'];
  /** 직책 (position). */
  role: BoardRole;
  selection: BoardSelection;
  standing: BoardStanding;
  /** 임기 종료 (last day of the term, inclusive); null for an open-ended ex-officio seat. */
  termEnd?: Maybe<Scalars['Date']['output']>;
  /** 임기 시작 (first day of the term). */
  termStart: Scalars['Date']['output'];
};


/** 임원 (officer): a director or auditor of an agency's board. Names are pseudonyms. */
export type BoardMemberInOfficeArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

export type BoardRole =
  /** 감사 (auditor) */
  | 'AUDITOR'
  /** 대표이사 (chief executive) */
  | 'CEO'
  /** 이사장 (chair) */
  | 'CHAIR'
  /** 이사 (director) */
  | 'DIRECTOR';

export type BoardSelection =
  /** 선임직 (appointed, fixed term of at most 3 years) */
  | 'APPOINTED'
  /** 당연직 (ex officio, tied to a public post; may be open-ended) */
  | 'EX_OFFICIO';

export type BoardStanding =
  /** 비상임 (non-standing) */
  | 'NON_STANDING'
  /** 상임 (standing, full-time) */
  | 'STANDING';

/** 세부사업 (business-plan item), e.g. S12; budgets adds its budget and execution. */
export type BusinessPlanItem = {
  __typename?: 'BusinessPlanItem';
  agency: Agency;
  code: Scalars['String']['output'];
  fundingNote?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Performance indicators measuring this item. */
  indicators: Array<PerformanceIndicator>;
  /** 비예산 (no budget). */
  nonBudget: Scalars['Boolean']['output'];
  practiceProject?: Maybe<PracticeProject>;
  /** 소요예산 as printed in the plan, in 천원. */
  statedBudgetThousandKRW?: Maybe<Scalars['Int']['output']>;
  /** 담당 팀 (owner team). */
  team: Scalars['String']['output'];
  title: Scalars['String']['output'];
  titleEn?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

/** 위원회 (committee): 이사회, 운영위원회, 인사위원회, 운영자문위원회, 인권경영위원회, ESG경영위원회, 고충심의위원회… */
export type Committee = {
  __typename?: 'Committee';
  agency: Agency;
  id: Scalars['ID']['output'];
  kind: CommitteeKind;
  meetings: Array<Meeting>;
  /** Meetings held in a year, to compare with the plan. */
  meetingsHeld: Scalars['Int']['output'];
  /** 재적 위원 수 (members). */
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** 연간 개최 계획 (planned meetings per year). */
  plannedMeetingsPerYear: Scalars['Int']['output'];
};


/** 위원회 (committee): 이사회, 운영위원회, 인사위원회, 운영자문위원회, 인권경영위원회, ESG경영위원회, 고충심의위원회… */
export type CommitteeMeetingsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** 위원회 (committee): 이사회, 운영위원회, 인사위원회, 운영자문위원회, 인권경영위원회, ESG경영위원회, 고충심의위원회… */
export type CommitteeMeetingsHeldArgs = {
  year: Scalars['Int']['input'];
};

export type CommitteeKind =
  /** 운영자문위원회 (advisory committee) */
  | 'ADVISORY'
  /** 이사회 (board) */
  | 'BOARD'
  /** ESG경영위원회 (ESG committee) */
  | 'ESG'
  /** 고충심의위원회 (grievance committee) */
  | 'GRIEVANCE'
  /** 인권경영위원회 (human-rights management committee) */
  | 'HUMAN_RIGHTS'
  /** 운영위원회 (operating committee) */
  | 'OPERATING'
  /** 인사위원회 (personnel committee) */
  | 'PERSONNEL'
  /** 분과위원회 (subcommittee) */
  | 'SUBCOMMITTEE';

/** 동의안 (council consent bill). */
export type CouncilConsent = {
  __typename?: 'CouncilConsent';
  billNo: Scalars['String']['output'];
  consentedOn?: Maybe<Scalars['Date']['output']>;
  referredOn?: Maybe<Scalars['Date']['output']>;
  reviewedOn?: Maybe<Scalars['Date']['output']>;
  submittedOn: Scalars['Date']['output'];
};

export type CouncilConsentInput = {
  billNo: Scalars['String']['input'];
  consentedOn: InputMaybe<Scalars['Date']['input']>;
  referredOn: InputMaybe<Scalars['Date']['input']>;
  reviewedOn: InputMaybe<Scalars['Date']['input']>;
  submittedOn: Scalars['Date']['input'];
};

/** 정오표 (erratum) or other correction by the document's author. */
export type DataQualityCorrection = {
  __typename?: 'DataQualityCorrection';
  correctedOn: Scalars['Date']['output'];
  source: Scalars['String']['output'];
  /** The corrected value, in the finding's unit. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** 데이터 품질 점검 결과 (data-quality finding): where a source document disagrees with itself or is incomplete, and how the graph reads it. Numbers are as printed in `unit`, except money, which is integer 원 (printed 천원 × 1,000). */
export type DataQualityFinding = {
  __typename?: 'DataQualityFinding';
  /** The figure computed from its parts (or read elsewhere in the document). */
  computedValue?: Maybe<Scalars['Float']['output']>;
  /** The author's correction (정오표), for CORRECTED findings. */
  correction?: Maybe<DataQualityCorrection>;
  description: Scalars['String']['output'];
  /** computedValue − printedValue, when both are given. */
  difference?: Maybe<Scalars['Float']['output']>;
  /** True when the print disagrees with the computed figure; null when the finding is not a pair of numbers. */
  disagrees?: Maybe<Scalars['Boolean']['output']>;
  document: SourceDocument;
  /** DQ-<document>-<n>, e.g. DQ-000-7. */
  id: Scalars['ID']['output'];
  /** Line references of the raw text, e.g. L587–593. */
  lines: Array<Scalars['String']['output']>;
  /** The printed words, when the finding is about text (a typo, a label, conflicting statements). */
  printedText?: Maybe<Scalars['String']['output']>;
  /** The figure as printed, when the finding is about a number. */
  printedValue?: Maybe<Scalars['Float']['output']>;
  /** How the fixtures read it (READ_AS), or why it stays open (OPEN). */
  reading: Scalars['String']['output'];
  /** Where the graph shows it. */
  shownBy: Array<DataQualityLocation>;
  status: DataQualityStatus;
  unit?: Maybe<Scalars['String']['output']>;
};

export type DataQualityFindingConnection = {
  __typename?: 'DataQualityFindingConnection';
  edges: Array<DataQualityFindingEdge>;
  nodes: Array<DataQualityFinding>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DataQualityFindingEdge = {
  __typename?: 'DataQualityFindingEdge';
  cursor: Scalars['String']['output'];
  node: DataQualityFinding;
};

export type DataQualityLocation = {
  __typename?: 'DataQualityLocation';
  entityId?: Maybe<Scalars['String']['output']>;
  entityType: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  service: Scalars['String']['output'];
};

export type DataQualityStatus =
  /** 정정: corrected by the author (an erratum, 정오표) on a date. */
  | 'CORRECTED'
  /** 미해결: the print disagrees with itself and nobody has corrected it; both values are kept. */
  | 'OPEN'
  /** 해석: the fixtures read it one stated way. */
  | 'READ_AS';

export type DefinePerformanceIndicatorInput = {
  agencyId: Scalars['ID']['input'];
  category: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  measure: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** The business-plan item it measures. */
  planItemId: InputMaybe<Scalars['ID']['input']>;
  source: InputMaybe<KpiSource>;
  target: Scalars['Float']['input'];
  unit: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** 자치구/시군 (district, city or county), keyed by its full Korean name. */
export type District = {
  __typename?: 'District';
  kind: DistrictKind;
  /** Full Korean name, e.g. 마포구, 전주시, 장수군. */
  name: Scalars['String']['output'];
  /** 광역자치단체 (province or metropolitan city), e.g. 서울특별시, 전북특별자치도. */
  province: Scalars['String']['output'];
  registeredAt: Scalars['DateTime']['output'];
  /** Revised Romanization, e.g. Mapo-gu, Jangsu-gun. */
  romanizedName: Scalars['String']['output'];
  /** Short printed form (약칭), e.g. 마포; 중구 keeps its suffix. */
  shortName: Scalars['String']['output'];
};

export type DistrictConnection = {
  __typename?: 'DistrictConnection';
  edges: Array<DistrictEdge>;
  nodes: Array<District>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DistrictEdge = {
  __typename?: 'DistrictEdge';
  cursor: Scalars['String']['output'];
  node: District;
};

export type DistrictKind =
  /** 자치구 (autonomous district of a metropolitan city) */
  | 'AUTONOMOUS_DISTRICT'
  /** 시 (city) */
  | 'CITY'
  /** 군 (county) */
  | 'COUNTY';

export type EnactRegulationInput = {
  agencyId: Scalars['ID']['input'];
  effectiveOn: Scalars['Date']['input'];
  facilityId: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  resolutionId: InputMaybe<Scalars['ID']['input']>;
  summary: Scalars['String']['input'];
  tier: RegulationTier;
  title: Scalars['String']['input'];
};

export type FollowUpStatus =
  | 'DONE'
  | 'NONE'
  | 'OPEN';

export type FundingShare = {
  __typename?: 'FundingShare';
  percent: Scalars['Int']['output'];
  /** 국비, 시비, 도비 … */
  source: Scalars['String']['output'];
};

export type FundingShareInput = {
  percent: Scalars['Int']['input'];
  source: Scalars['String']['input'];
};

export type KpiSource =
  /** staffing's completed substitute dispatches (대체인력 파견 실적) */
  | 'DISPATCHES_COMPLETED'
  /** care-services' facility entrustments (수탁 건수) */
  | 'FACILITIES_ENTRUSTED'
  /** consulting's closed staged consulting cases (단계별 컨설팅), attributed by the provider's district */
  | 'STAGED_CONSULTING_CASES'
  /** staffing's training sessions held (a course on a day) */
  | 'TRAINING_SESSIONS';

/** 회의 (meeting) of a committee. */
export type Meeting = {
  __typename?: 'Meeting';
  agenda: Array<Scalars['String']['output']>;
  /** 출석 위원 수 (members present). */
  attendees: Scalars['Int']['output'];
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** 성원: a majority of the members attended. */
  quorate: Scalars['Boolean']['output'];
  resolutions: Array<Resolution>;
};

export type MonthlyCount = {
  __typename?: 'MonthlyCount';
  count: Scalars['Int']['output'];
  month: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 개정: a new version, effective after the last one. */
  amendRegulation: Regulation;
  /**
   * Appoints an officer to an agency's board. CONFLICT when the id is taken, or when the board would have
   * more than 9 directors (chair and CEO included) or 2 auditors, or two chairs or CEOs, on any day of the new term.
   */
  appointBoardMember: BoardMember;
  closeAudit: Audit;
  /** 환류: marks an adopted resolution's follow-up done (OPEN → DONE). */
  completeResolutionFollowUp: Resolution;
  /** Defines an indicator; with a source, its actual is computed from other services' events. */
  definePerformanceIndicator: PerformanceIndicator;
  /** 제정: a regulation's first version, optionally citing the adopted resolution that enacted it. */
  enactRegulation: Regulation;
  openAudit: Audit;
  raiseAuditFinding: Audit;
  /** The council's consent bill (동의안) and its dates. */
  recordCouncilConsent: OutsourcingContract;
  /** Records a meeting; it is quorate (성원) when a majority of the members attend. */
  recordMeeting: Meeting;
  /** A round (지정, 재계약, 재위탁). A round that needs the council's consent without one answers CONFLICT (reason CONSENT_REQUIRED). */
  recordOutsourcingRound: OutsourcingContract;
  /** Records a resolution (의결) of a quorate meeting: adopted (가결) with a majority of those present, rejected (부결) otherwise, or held (보류). A meeting below quorum answers CONFLICT (reason NO_QUORUM). */
  recordResolution: Resolution;
  /** Registers an agency. Repeating an id answers CONFLICT. */
  registerAgency: Agency;
  registerBusinessPlanItem: BusinessPlanItem;
  registerCommittee: Committee;
  /** Registers a district, city or county under its full Korean name. Repeating a name answers CONFLICT. */
  registerDistrict: District;
  /** Registers a unit of an agency's organisation; repeating an id answers CONFLICT. */
  registerOrgUnit: OrgUnit;
  registerOutsourcingContract: OutsourcingContract;
  registerStrategyNode: StrategyNode;
};


export type MutationAmendRegulationArgs = {
  effectiveOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  resolutionId?: InputMaybe<Scalars['ID']['input']>;
  summary: Scalars['String']['input'];
};


export type MutationAppointBoardMemberArgs = {
  input: AppointBoardMemberInput;
};


export type MutationCloseAuditArgs = {
  closedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCompleteResolutionFollowUpArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDefinePerformanceIndicatorArgs = {
  input: DefinePerformanceIndicatorInput;
};


export type MutationEnactRegulationArgs = {
  input: EnactRegulationInput;
};


export type MutationOpenAuditArgs = {
  input: OpenAuditInput;
};


export type MutationRaiseAuditFindingArgs = {
  auditId: Scalars['ID']['input'];
  finding: AuditFindingInput;
};


export type MutationRecordCouncilConsentArgs = {
  consent: CouncilConsentInput;
  contractId: Scalars['ID']['input'];
};


export type MutationRecordMeetingArgs = {
  input: RecordMeetingInput;
};


export type MutationRecordOutsourcingRoundArgs = {
  contractId: Scalars['ID']['input'];
  round: OutsourcingRoundInput;
};


export type MutationRecordResolutionArgs = {
  input: RecordResolutionInput;
};


export type MutationRegisterAgencyArgs = {
  input: RegisterAgencyInput;
};


export type MutationRegisterBusinessPlanItemArgs = {
  input: RegisterBusinessPlanItemInput;
};


export type MutationRegisterCommitteeArgs = {
  input: RegisterCommitteeInput;
};


export type MutationRegisterDistrictArgs = {
  input: RegisterDistrictInput;
};


export type MutationRegisterOrgUnitArgs = {
  input: RegisterOrgUnitInput;
};


export type MutationRegisterOutsourcingContractArgs = {
  input: RegisterOutsourcingContractInput;
};


export type MutationRegisterStrategyNodeArgs = {
  input: RegisterStrategyNodeInput;
};

export type OpenAuditInput = {
  agencyId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  kind: AuditKind;
  startedOn: Scalars['Date']['input'];
};

/** 조직 (organisational unit): 본부, 실, 팀 or 센터 of an agency. */
export type OrgUnit = {
  __typename?: 'OrgUnit';
  agency: Agency;
  children: Array<OrgUnit>;
  id: Scalars['ID']['output'];
  kind: OrgUnitKind;
  name: Scalars['String']['output'];
  parent?: Maybe<OrgUnit>;
};

export type OrgUnitKind =
  /** 센터 (centre) */
  | 'CENTRE'
  /** 본부 (headquarters) */
  | 'HEADQUARTERS'
  /** 실 (office) */
  | 'OFFICE'
  /** 팀 (team) */
  | 'TEAM';

/** 민간위탁 (outsourcing contract) of an affair. */
export type OutsourcingContract = {
  __typename?: 'OutsourcingContract';
  /** 위탁사무 (outsourced affair). */
  affair: Scalars['String']['output'];
  budgetThousandKRW: Scalars['Int']['output'];
  consents: Array<CouncilConsent>;
  contractorType: Scalars['String']['output'];
  fundingShares: Array<FundingShare>;
  id: Scalars['ID']['output'];
  /** Whether a round starting when the last ends would need the council's consent (first, or more than six years after the last consent). */
  nextRoundNeedsConsent: Scalars['Boolean']['output'];
  /** 위탁기관 (principal), e.g. 서울특별시. */
  principal: Scalars['String']['output'];
  rounds: Array<OutsourcingRound>;
};

export type OutsourcingRound = {
  __typename?: 'OutsourcingRound';
  contractor: Scalars['String']['output'];
  endOn: Scalars['Date']['output'];
  kind: OutsourcingRoundKind;
  round: Scalars['Int']['output'];
  startOn: Scalars['Date']['output'];
};

export type OutsourcingRoundInput = {
  contractor: Scalars['String']['input'];
  endOn: Scalars['Date']['input'];
  kind: OutsourcingRoundKind;
  round: Scalars['Int']['input'];
  startOn: Scalars['Date']['input'];
};

export type OutsourcingRoundKind =
  /** 지정 (designation, e.g. by the ministry) */
  | 'DESIGNATION'
  /** 재위탁 (re-entrustment after an open call) */
  | 'REENTRUSTMENT'
  /** 재계약 (renewal with the same contractor) */
  | 'RENEWAL';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** 성과지표 (performance indicator). */
export type PerformanceIndicator = {
  __typename?: 'PerformanceIndicator';
  /** actual / target. */
  achievementRate?: Maybe<Scalars['Float']['output']>;
  /** Computed from other services' events; null without a source. */
  actual?: Maybe<Scalars['Int']['output']>;
  businessPlanItem?: Maybe<BusinessPlanItem>;
  byMonth: Array<MonthlyCount>;
  category: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 측정방법 (measurement method). */
  measure: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Where the actual comes from; null when it is not fed by events. */
  source?: Maybe<KpiSource>;
  target: Scalars['Float']['output'];
  unit: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** 인사 조치 (personnel action) decided by a resolution; staffing applies it. */
export type PersonnelAction = {
  __typename?: 'PersonnelAction';
  employeeId: Scalars['ID']['output'];
  kind: PersonnelActionKind;
  note?: Maybe<Scalars['String']['output']>;
  toGrade?: Maybe<Scalars['String']['output']>;
};

export type PersonnelActionInput = {
  employeeId: Scalars['ID']['input'];
  kind: PersonnelActionKind;
  note: InputMaybe<Scalars['String']['input']>;
  /** For PROMOTION: GRADE_1…GRADE_6, NA (나급) or DA (다급). */
  toGrade: InputMaybe<Scalars['String']['input']>;
};

export type PersonnelActionKind =
  /** 징계 (discipline) */
  | 'DISCIPLINE'
  /** 승진 (promotion) */
  | 'PROMOTION';

/** 실천과제 (practice project). */
export type PracticeProject = {
  __typename?: 'PracticeProject';
  businessPlanItems: Array<BusinessPlanItem>;
  id: Scalars['ID']['output'];
  order: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Every registered agency, in id order (a handful: one per province or city). */
  agencies: Array<Agency>;
  /** One agency by id; null when it does not exist. */
  agency?: Maybe<Agency>;
  /** 감사 기록 (audit trail): every mutation and every read of personal data on the platform, oldest first, optionally of one subject, service or action. Admins only. */
  auditTrail: AuditEntryConnection;
  /** 감사 (audits) of an agency, with their findings. */
  audits: Array<Audit>;
  /** One board member by id; null when it does not exist. */
  boardMember?: Maybe<BoardMember>;
  /**
   * An agency's board members. With `expiringWithinDays`: the members in office on `asOf` whose term
   * ends within that many days of it (inclusive); with only `asOf`: the members in office on that date;
   * with neither: every member, past and present. `asOf` defaults to today in Asia/Seoul.
   */
  boardMembers: Array<BoardMember>;
  businessPlanItem?: Maybe<BusinessPlanItem>;
  committee?: Maybe<Committee>;
  /** 위원회 (committees) of an agency. */
  committees: Array<Committee>;
  /** One finding of the data-quality register (데이터 품질 점검 결과) by id, e.g. DQ-000-7; null when there is none. */
  dataQualityFinding?: Maybe<DataQualityFinding>;
  /** The data-quality register of the source documents in register order (document, then number): optionally of one document (000…004), one status, or the findings a service shows (e.g. budgets). */
  dataQualityFindings: DataQualityFindingConnection;
  /** One district by its full Korean name (e.g. 마포구, 장수군); null when it does not exist. */
  district?: Maybe<District>;
  /** Districts in Korean-name order, optionally of one province or city (e.g. 서울특별시, 전북특별자치도). */
  districts: DistrictConnection;
  orgUnit?: Maybe<OrgUnit>;
  /** 조직도 (organisation chart) of an agency: every unit, each with its parent and children. */
  orgUnits: Array<OrgUnit>;
  /** 민간위탁 (outsourcing contracts) with their rounds and the council's consents. */
  outsourcingContracts: Array<OutsourcingContract>;
  /** 성과지표 (performance indicators) of an agency's year: the KPI scorecard. */
  performanceIndicators: Array<PerformanceIndicator>;
  /** 규정·운영규칙 (regulations and facility operating rules) of an agency, with their versions. */
  regulations: Array<Regulation>;
  /** 전략체계 (strategy tree) of an agency's annual plan, with its counts. */
  strategy: StrategyTree;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditTrailArgs = {
  action?: InputMaybe<AuditAction>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  service?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAuditsArgs = {
  agencyId: Scalars['ID']['input'];
};


export type QueryBoardMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBoardMembersArgs = {
  agencyId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBusinessPlanItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommitteeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommitteesArgs = {
  agencyId: Scalars['ID']['input'];
};


export type QueryDataQualityFindingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDataQualityFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  document?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  service?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DataQualityStatus>;
};


export type QueryDistrictArgs = {
  name: Scalars['String']['input'];
};


export type QueryDistrictsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrgUnitsArgs = {
  agencyId: Scalars['ID']['input'];
};


export type QueryPerformanceIndicatorsArgs = {
  agencyId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryRegulationsArgs = {
  agencyId: Scalars['ID']['input'];
};


export type QueryStrategyArgs = {
  agencyId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type RecordMeetingInput = {
  agenda: Array<Scalars['String']['input']>;
  attendees: Scalars['Int']['input'];
  committeeId: Scalars['ID']['input'];
  heldOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};

export type RecordResolutionInput = {
  abstentions: Scalars['Int']['input'];
  followUpOwner: InputMaybe<Scalars['String']['input']>;
  /** 보류: keep it for a later meeting. */
  hold: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
  personnelActions: InputMaybe<Array<PersonnelActionInput>>;
  title: Scalars['String']['input'];
  votesAgainst: Scalars['Int']['input'];
  votesFor: Scalars['Int']['input'];
};

export type RegisterAgencyInput = {
  establishedOn: InputMaybe<Scalars['Date']['input']>;
  /** Stable id chosen by the registrar (letters, digits, Hangul, _.:-), e.g. seoul-pass. */
  id: Scalars['ID']['input'];
  legalBasis: Scalars['String']['input'];
  legalForm: AgencyLegalForm;
  nameEn: Scalars['String']['input'];
  nameKo: Scalars['String']['input'];
  region: Scalars['String']['input'];
};

export type RegisterBusinessPlanItemInput = {
  agencyId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  fundingNote: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  projectId: InputMaybe<Scalars['ID']['input']>;
  /** 천원 as printed; omit for 비예산. */
  statedBudgetThousandKRW: InputMaybe<Scalars['Int']['input']>;
  team: Scalars['String']['input'];
  title: Scalars['String']['input'];
  titleEn: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

export type RegisterCommitteeInput = {
  agencyId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  kind: CommitteeKind;
  memberCount: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  plannedMeetingsPerYear: Scalars['Int']['input'];
};

export type RegisterDistrictInput = {
  kind: DistrictKind;
  /** Full Korean name ending in 구, 시 or 군. */
  name: Scalars['String']['input'];
  province: Scalars['String']['input'];
  romanizedName: Scalars['String']['input'];
  shortName: Scalars['String']['input'];
};

export type RegisterOrgUnitInput = {
  agencyId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  kind: OrgUnitKind;
  name: Scalars['String']['input'];
  /** Omit only for the HEADQUARTERS root. */
  parentId: InputMaybe<Scalars['ID']['input']>;
};

export type RegisterOutsourcingContractInput = {
  affair: Scalars['String']['input'];
  budgetThousandKRW: Scalars['Int']['input'];
  contractorType: Scalars['String']['input'];
  fundingShares: Array<FundingShareInput>;
  id: Scalars['ID']['input'];
  principal: Scalars['String']['input'];
};

export type RegisterStrategyNodeInput = {
  agencyId: Scalars['ID']['input'];
  /** 경영목표, for a VISION. */
  goal: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind: StrategyNodeKind;
  order: Scalars['Int']['input'];
  /** The VISION of a TASK, the TASK of a PROJECT; none for a VISION. */
  parentId: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** 규정 (agency regulation) or 운영규칙 (facility operating rule). */
export type Regulation = {
  __typename?: 'Regulation';
  currentVersion: RegulationVersion;
  /** The facility, for an operating rule. */
  facilityId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  tier: RegulationTier;
  title: Scalars['String']['output'];
  versions: Array<RegulationVersion>;
};

export type RegulationTier =
  /** 사회서비스원 규정 (agency regulation) */
  | 'AGENCY_REGULATION'
  /** 소속시설 운영규칙 (facility operating rule) */
  | 'FACILITY_RULE';

export type RegulationVersion = {
  __typename?: 'RegulationVersion';
  /** 제정 (ENACTED) or 개정 (AMENDED). */
  change: Scalars['String']['output'];
  effectiveOn: Scalars['Date']['output'];
  /** The adopted resolution behind it. */
  resolutionId?: Maybe<Scalars['ID']['output']>;
  summary: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** 의결 (resolution). */
export type Resolution = {
  __typename?: 'Resolution';
  abstentions: Scalars['Int']['output'];
  followUpOwner?: Maybe<Scalars['String']['output']>;
  followUpStatus: FollowUpStatus;
  id: Scalars['ID']['output'];
  outcome: ResolutionOutcome;
  personnelActions: Array<PersonnelAction>;
  title: Scalars['String']['output'];
  votesAgainst: Scalars['Int']['output'];
  votesFor: Scalars['Int']['output'];
};

export type ResolutionOutcome =
  /** 가결 (adopted) */
  | 'ADOPTED'
  /** 보류 (held over) */
  | 'HELD'
  /** 부결 (rejected) */
  | 'REJECTED';

/** 원문 (source document) of the fixtures, under shared/seeds/. */
export type SourceDocument = {
  __typename?: 'SourceDocument';
  file: Scalars['String']['output'];
  /** 000…004. */
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** 전략과제 (strategic task). */
export type StrategicTask = {
  __typename?: 'StrategicTask';
  id: Scalars['ID']['output'];
  order: Scalars['Int']['output'];
  practiceProjects: Array<PracticeProject>;
  title: Scalars['String']['output'];
};

export type StrategyCounts = {
  __typename?: 'StrategyCounts';
  businessPlanItems: Scalars['Int']['output'];
  goals: Scalars['Int']['output'];
  practiceProjects: Scalars['Int']['output'];
  strategicTasks: Scalars['Int']['output'];
  visions: Scalars['Int']['output'];
};

/** A node of the strategy tree, as registered. */
export type StrategyNode = PracticeProject | StrategicTask | Vision;

export type StrategyNodeKind =
  /** 실천과제 */
  | 'PROJECT'
  /** 전략과제 */
  | 'TASK'
  /** 비전 */
  | 'VISION';

export type StrategyTree = {
  __typename?: 'StrategyTree';
  agency?: Maybe<Agency>;
  counts: StrategyCounts;
  visions: Array<Vision>;
  year: Scalars['Int']['output'];
};

/** 비전 (vision) with its 경영목표 (management goal). */
export type Vision = {
  __typename?: 'Vision';
  goal?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  order: Scalars['Int']['output'];
  strategicTasks: Array<StrategicTask>;
  title: Scalars['String']['output'];
};



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
  Agency: Agency;
  BoardMember: BoardMember;
  BusinessPlanItem: BusinessPlanItem;
  DataQualityFinding: DataQualityFinding;
  District: District;
  OrgUnit: OrgUnit;
  PerformanceIndicator: PerformanceIndicator;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Agency:
    ( { __typename: 'Agency' }
    & GraphQLRecursivePick<FederationTypes['Agency'], {"id":true}> );
  BoardMember:
    ( { __typename: 'BoardMember' }
    & GraphQLRecursivePick<FederationTypes['BoardMember'], {"id":true}> );
  BusinessPlanItem:
    ( { __typename: 'BusinessPlanItem' }
    & GraphQLRecursivePick<FederationTypes['BusinessPlanItem'], {"id":true}> );
  DataQualityFinding:
    ( { __typename: 'DataQualityFinding' }
    & GraphQLRecursivePick<FederationTypes['DataQualityFinding'], {"id":true}> );
  District:
    ( { __typename: 'District' }
    & GraphQLRecursivePick<FederationTypes['District'], {"name":true}> );
  OrgUnit:
    ( { __typename: 'OrgUnit' }
    & GraphQLRecursivePick<FederationTypes['OrgUnit'], {"id":true}> );
  PerformanceIndicator:
    ( { __typename: 'PerformanceIndicator' }
    & GraphQLRecursivePick<FederationTypes['PerformanceIndicator'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  StrategyNode:
    | ( StrategyNodeDocModel )
    | ( StrategyNodeDocModel )
    | ( StrategyNodeDocModel )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: ResolverTypeWrapper<AgencyDocModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AgencyLegalForm: AgencyLegalForm;
  AppointBoardMemberInput: AppointBoardMemberInput;
  Audit: ResolverTypeWrapper<AuditDocModel>;
  AuditAction: AuditAction;
  AuditEntry: ResolverTypeWrapper<AuditEntryDocModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AuditEntryEdge']>, nodes: Array<ResolversTypes['AuditEntry']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditFinding: ResolverTypeWrapper<AuditFinding>;
  AuditFindingInput: AuditFindingInput;
  AuditKind: AuditKind;
  AuditScope: AuditScope;
  BoardMember: ResolverTypeWrapper<BoardMemberDocModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BoardRole: BoardRole;
  BoardSelection: BoardSelection;
  BoardStanding: BoardStanding;
  BusinessPlanItem: ResolverTypeWrapper<PlanItemDocModel>;
  Committee: ResolverTypeWrapper<CommitteeDocModel>;
  CommitteeKind: CommitteeKind;
  CouncilConsent: ResolverTypeWrapper<CouncilConsent>;
  CouncilConsentInput: CouncilConsentInput;
  DataQualityCorrection: ResolverTypeWrapper<DataQualityCorrection>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DataQualityFinding: ResolverTypeWrapper<DataQualityFindingDocModel>;
  DataQualityFindingConnection: ResolverTypeWrapper<Omit<DataQualityFindingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DataQualityFindingEdge']>, nodes: Array<ResolversTypes['DataQualityFinding']> }>;
  DataQualityFindingEdge: ResolverTypeWrapper<Omit<DataQualityFindingEdge, 'node'> & { node: ResolversTypes['DataQualityFinding'] }>;
  DataQualityLocation: ResolverTypeWrapper<DataQualityLocation>;
  DataQualityStatus: DataQualityStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DefinePerformanceIndicatorInput: DefinePerformanceIndicatorInput;
  District: ResolverTypeWrapper<DistrictDocModel>;
  DistrictConnection: ResolverTypeWrapper<Omit<DistrictConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DistrictEdge']>, nodes: Array<ResolversTypes['District']> }>;
  DistrictEdge: ResolverTypeWrapper<Omit<DistrictEdge, 'node'> & { node: ResolversTypes['District'] }>;
  DistrictKind: DistrictKind;
  EnactRegulationInput: EnactRegulationInput;
  FollowUpStatus: FollowUpStatus;
  FundingShare: ResolverTypeWrapper<FundingShare>;
  FundingShareInput: FundingShareInput;
  KpiSource: KpiSource;
  Meeting: ResolverTypeWrapper<MeetingDocModel>;
  MonthlyCount: ResolverTypeWrapper<MonthlyCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenAuditInput: OpenAuditInput;
  OrgUnit: ResolverTypeWrapper<OrgUnitDocModel>;
  OrgUnitKind: OrgUnitKind;
  OutsourcingContract: ResolverTypeWrapper<OutsourcingContractDocModel>;
  OutsourcingRound: ResolverTypeWrapper<OutsourcingRound>;
  OutsourcingRoundInput: OutsourcingRoundInput;
  OutsourcingRoundKind: OutsourcingRoundKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PerformanceIndicator: ResolverTypeWrapper<IndicatorDocModel>;
  PersonnelAction: ResolverTypeWrapper<PersonnelAction>;
  PersonnelActionInput: PersonnelActionInput;
  PersonnelActionKind: PersonnelActionKind;
  PracticeProject: ResolverTypeWrapper<StrategyNodeDocModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordMeetingInput: RecordMeetingInput;
  RecordResolutionInput: RecordResolutionInput;
  RegisterAgencyInput: RegisterAgencyInput;
  RegisterBusinessPlanItemInput: RegisterBusinessPlanItemInput;
  RegisterCommitteeInput: RegisterCommitteeInput;
  RegisterDistrictInput: RegisterDistrictInput;
  RegisterOrgUnitInput: RegisterOrgUnitInput;
  RegisterOutsourcingContractInput: RegisterOutsourcingContractInput;
  RegisterStrategyNodeInput: RegisterStrategyNodeInput;
  Regulation: ResolverTypeWrapper<RegulationDocModel>;
  RegulationTier: RegulationTier;
  RegulationVersion: ResolverTypeWrapper<RegulationVersion>;
  Resolution: ResolverTypeWrapper<ResolutionDocModel>;
  ResolutionOutcome: ResolutionOutcome;
  SourceDocument: ResolverTypeWrapper<SourceDocument>;
  StrategicTask: ResolverTypeWrapper<StrategyNodeDocModel>;
  StrategyCounts: ResolverTypeWrapper<StrategyCounts>;
  StrategyNode: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['StrategyNode']>;
  StrategyNodeKind: StrategyNodeKind;
  StrategyTree: ResolverTypeWrapper<Omit<StrategyTree, 'agency'> & { agencyId: string }>;
  Vision: ResolverTypeWrapper<StrategyNodeDocModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: AgencyDocModel;
  ID: Scalars['ID']['output'];
  AppointBoardMemberInput: AppointBoardMemberInput;
  Audit: AuditDocModel;
  AuditEntry: AuditEntryDocModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']>, nodes: Array<ResolversParentTypes['AuditEntry']> };
  Int: Scalars['Int']['output'];
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditFinding: AuditFinding;
  AuditFindingInput: AuditFindingInput;
  BoardMember: BoardMemberDocModel;
  Boolean: Scalars['Boolean']['output'];
  BusinessPlanItem: PlanItemDocModel;
  Committee: CommitteeDocModel;
  CouncilConsent: CouncilConsent;
  CouncilConsentInput: CouncilConsentInput;
  DataQualityCorrection: DataQualityCorrection;
  Float: Scalars['Float']['output'];
  DataQualityFinding: DataQualityFindingDocModel;
  DataQualityFindingConnection: Omit<DataQualityFindingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DataQualityFindingEdge']>, nodes: Array<ResolversParentTypes['DataQualityFinding']> };
  DataQualityFindingEdge: Omit<DataQualityFindingEdge, 'node'> & { node: ResolversParentTypes['DataQualityFinding'] };
  DataQualityLocation: DataQualityLocation;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DefinePerformanceIndicatorInput: DefinePerformanceIndicatorInput;
  District: DistrictDocModel;
  DistrictConnection: Omit<DistrictConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DistrictEdge']>, nodes: Array<ResolversParentTypes['District']> };
  DistrictEdge: Omit<DistrictEdge, 'node'> & { node: ResolversParentTypes['District'] };
  EnactRegulationInput: EnactRegulationInput;
  FundingShare: FundingShare;
  FundingShareInput: FundingShareInput;
  Meeting: MeetingDocModel;
  MonthlyCount: MonthlyCount;
  Mutation: Record<PropertyKey, never>;
  OpenAuditInput: OpenAuditInput;
  OrgUnit: OrgUnitDocModel;
  OutsourcingContract: OutsourcingContractDocModel;
  OutsourcingRound: OutsourcingRound;
  OutsourcingRoundInput: OutsourcingRoundInput;
  PageInfo: PageInfo;
  PerformanceIndicator: IndicatorDocModel;
  PersonnelAction: PersonnelAction;
  PersonnelActionInput: PersonnelActionInput;
  PracticeProject: StrategyNodeDocModel;
  Query: Record<PropertyKey, never>;
  RecordMeetingInput: RecordMeetingInput;
  RecordResolutionInput: RecordResolutionInput;
  RegisterAgencyInput: RegisterAgencyInput;
  RegisterBusinessPlanItemInput: RegisterBusinessPlanItemInput;
  RegisterCommitteeInput: RegisterCommitteeInput;
  RegisterDistrictInput: RegisterDistrictInput;
  RegisterOrgUnitInput: RegisterOrgUnitInput;
  RegisterOutsourcingContractInput: RegisterOutsourcingContractInput;
  RegisterStrategyNodeInput: RegisterStrategyNodeInput;
  Regulation: RegulationDocModel;
  RegulationVersion: RegulationVersion;
  Resolution: ResolutionDocModel;
  SourceDocument: SourceDocument;
  StrategicTask: StrategyNodeDocModel;
  StrategyCounts: StrategyCounts;
  StrategyNode: ResolversUnionTypes<ResolversParentTypes>['StrategyNode'];
  StrategyTree: Omit<StrategyTree, 'agency'> & { agencyId: string };
  Vision: StrategyNodeDocModel;
  String: Scalars['String']['output'];
};

export type AuthDirectiveArgs = {
  requires?: Maybe<Array<Scalars['String']['input']>>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = any, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = any, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgencyResolvers<ContextType = any, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency'], FederationReferenceType extends FederationReferenceTypes['Agency'] = FederationReferenceTypes['Agency']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  boardMembers?: Resolver<Array<ResolversTypes['BoardMember']>, ParentType, ContextType, AgencyBoardMembersArgs>;
  establishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalForm?: Resolver<ResolversTypes['AgencyLegalForm'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameKo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnits?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AuditResolvers<ContextType = any, ParentType extends ResolversParentTypes['Audit'] = ResolversParentTypes['Audit']> = {
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['AuditFinding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AuditKind'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  auditId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  errorCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditFindingResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuditFinding'] = ResolversParentTypes['AuditFinding']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['AuditScope'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BoardMemberResolvers<ContextType = any, ParentType extends ResolversParentTypes['BoardMember'] = ResolversParentTypes['BoardMember'], FederationReferenceType extends FederationReferenceTypes['BoardMember'] = FederationReferenceTypes['BoardMember']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BoardMember']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  appointedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inOffice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, BoardMemberInOfficeArgs>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['BoardRole'], ParentType, ContextType>;
  selection?: Resolver<ResolversTypes['BoardSelection'], ParentType, ContextType>;
  standing?: Resolver<ResolversTypes['BoardStanding'], ParentType, ContextType>;
  termEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  termStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type BusinessPlanItemResolvers<ContextType = any, ParentType extends ResolversParentTypes['BusinessPlanItem'] = ResolversParentTypes['BusinessPlanItem'], FederationReferenceType extends FederationReferenceTypes['BusinessPlanItem'] = FederationReferenceTypes['BusinessPlanItem']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BusinessPlanItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundingNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['PerformanceIndicator']>, ParentType, ContextType>;
  nonBudget?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  practiceProject?: Resolver<Maybe<ResolversTypes['PracticeProject']>, ParentType, ContextType>;
  statedBudgetThousandKRW?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  team?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommitteeResolvers<ContextType = any, ParentType extends ResolversParentTypes['Committee'] = ResolversParentTypes['Committee']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CommitteeKind'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, CommitteeMeetingsArgs>;
  meetingsHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<CommitteeMeetingsHeldArgs, 'year'>>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedMeetingsPerYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CouncilConsentResolvers<ContextType = any, ParentType extends ResolversParentTypes['CouncilConsent'] = ResolversParentTypes['CouncilConsent']> = {
  billNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consentedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  referredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reviewedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  submittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type DataQualityCorrectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['DataQualityCorrection'] = ResolversParentTypes['DataQualityCorrection']> = {
  correctedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type DataQualityFindingResolvers<ContextType = any, ParentType extends ResolversParentTypes['DataQualityFinding'] = ResolversParentTypes['DataQualityFinding'], FederationReferenceType extends FederationReferenceTypes['DataQualityFinding'] = FederationReferenceTypes['DataQualityFinding']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataQualityFinding']> | FederationReferenceType, FederationReferenceType, ContextType>;
  computedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  correction?: Resolver<Maybe<ResolversTypes['DataQualityCorrection']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  disagrees?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  printedText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  printedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shownBy?: Resolver<Array<ResolversTypes['DataQualityLocation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DataQualityStatus'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DataQualityFindingConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['DataQualityFindingConnection'] = ResolversParentTypes['DataQualityFindingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DataQualityFindingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DataQualityFinding']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DataQualityFindingEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['DataQualityFindingEdge'] = ResolversParentTypes['DataQualityFindingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DataQualityFinding'], ParentType, ContextType>;
};

export type DataQualityLocationResolvers<ContextType = any, ParentType extends ResolversParentTypes['DataQualityLocation'] = ResolversParentTypes['DataQualityLocation']> = {
  entityId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = any, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  kind?: Resolver<ResolversTypes['DistrictKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  romanizedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DistrictConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['DistrictConnection'] = ResolversParentTypes['DistrictConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DistrictEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DistrictEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['DistrictEdge'] = ResolversParentTypes['DistrictEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
};

export type FundingShareResolvers<ContextType = any, ParentType extends ResolversParentTypes['FundingShare'] = ResolversParentTypes['FundingShare']> = {
  percent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = any, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  agenda?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  attendees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quorate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolutions?: Resolver<Array<ResolversTypes['Resolution']>, ParentType, ContextType>;
};

export type MonthlyCountResolvers<ContextType = any, ParentType extends ResolversParentTypes['MonthlyCount'] = ResolversParentTypes['MonthlyCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  amendRegulation: Resolver<ResolversTypes['Regulation'], ParentType, ContextType, RequireFields<MutationAmendRegulationArgs, 'effectiveOn' | 'id' | 'summary'>>;
  appointBoardMember: Resolver<ResolversTypes['BoardMember'], ParentType, ContextType, RequireFields<MutationAppointBoardMemberArgs, 'input'>>;
  closeAudit: Resolver<ResolversTypes['Audit'], ParentType, ContextType, RequireFields<MutationCloseAuditArgs, 'closedOn' | 'id'>>;
  completeResolutionFollowUp: Resolver<ResolversTypes['Resolution'], ParentType, ContextType, RequireFields<MutationCompleteResolutionFollowUpArgs, 'id'>>;
  definePerformanceIndicator: Resolver<ResolversTypes['PerformanceIndicator'], ParentType, ContextType, RequireFields<MutationDefinePerformanceIndicatorArgs, 'input'>>;
  enactRegulation: Resolver<ResolversTypes['Regulation'], ParentType, ContextType, RequireFields<MutationEnactRegulationArgs, 'input'>>;
  openAudit: Resolver<ResolversTypes['Audit'], ParentType, ContextType, RequireFields<MutationOpenAuditArgs, 'input'>>;
  raiseAuditFinding: Resolver<ResolversTypes['Audit'], ParentType, ContextType, RequireFields<MutationRaiseAuditFindingArgs, 'auditId' | 'finding'>>;
  recordCouncilConsent: Resolver<ResolversTypes['OutsourcingContract'], ParentType, ContextType, RequireFields<MutationRecordCouncilConsentArgs, 'consent' | 'contractId'>>;
  recordMeeting: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationRecordMeetingArgs, 'input'>>;
  recordOutsourcingRound: Resolver<ResolversTypes['OutsourcingContract'], ParentType, ContextType, RequireFields<MutationRecordOutsourcingRoundArgs, 'contractId' | 'round'>>;
  recordResolution: Resolver<ResolversTypes['Resolution'], ParentType, ContextType, RequireFields<MutationRecordResolutionArgs, 'input'>>;
  registerAgency: Resolver<ResolversTypes['Agency'], ParentType, ContextType, RequireFields<MutationRegisterAgencyArgs, 'input'>>;
  registerBusinessPlanItem: Resolver<ResolversTypes['BusinessPlanItem'], ParentType, ContextType, RequireFields<MutationRegisterBusinessPlanItemArgs, 'input'>>;
  registerCommittee: Resolver<ResolversTypes['Committee'], ParentType, ContextType, RequireFields<MutationRegisterCommitteeArgs, 'input'>>;
  registerDistrict: Resolver<ResolversTypes['District'], ParentType, ContextType, RequireFields<MutationRegisterDistrictArgs, 'input'>>;
  registerOrgUnit: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType, RequireFields<MutationRegisterOrgUnitArgs, 'input'>>;
  registerOutsourcingContract: Resolver<ResolversTypes['OutsourcingContract'], ParentType, ContextType, RequireFields<MutationRegisterOutsourcingContractArgs, 'input'>>;
  registerStrategyNode: Resolver<ResolversTypes['StrategyNode'], ParentType, ContextType, RequireFields<MutationRegisterStrategyNodeArgs, 'input'>>;
};

export type OrgUnitResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrgUnit'] = ResolversParentTypes['OrgUnit'], FederationReferenceType extends FederationReferenceTypes['OrgUnit'] = FederationReferenceTypes['OrgUnit']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['OrgUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrgUnitKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
};

export type OutsourcingContractResolvers<ContextType = any, ParentType extends ResolversParentTypes['OutsourcingContract'] = ResolversParentTypes['OutsourcingContract']> = {
  affair?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  budgetThousandKRW?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['CouncilConsent']>, ParentType, ContextType>;
  contractorType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundingShares?: Resolver<Array<ResolversTypes['FundingShare']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextRoundNeedsConsent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['OutsourcingRound']>, ParentType, ContextType>;
};

export type OutsourcingRoundResolvers<ContextType = any, ParentType extends ResolversParentTypes['OutsourcingRound'] = ResolversParentTypes['OutsourcingRound']> = {
  contractor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OutsourcingRoundKind'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PerformanceIndicatorResolvers<ContextType = any, ParentType extends ResolversParentTypes['PerformanceIndicator'] = ResolversParentTypes['PerformanceIndicator'], FederationReferenceType extends FederationReferenceTypes['PerformanceIndicator'] = FederationReferenceTypes['PerformanceIndicator']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PerformanceIndicator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  achievementRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  actual?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  businessPlanItem?: Resolver<Maybe<ResolversTypes['BusinessPlanItem']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthlyCount']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['KpiSource']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonnelActionResolvers<ContextType = any, ParentType extends ResolversParentTypes['PersonnelAction'] = ResolversParentTypes['PersonnelAction']> = {
  employeeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PersonnelActionKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toGrade?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PracticeProjectResolvers<ContextType = any, ParentType extends ResolversParentTypes['PracticeProject'] = ResolversParentTypes['PracticeProject']> = {
  businessPlanItems?: Resolver<Array<ResolversTypes['BusinessPlanItem']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agencies: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  agency: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<QueryAgencyArgs, 'id'>>;
  auditTrail: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'first'>>;
  audits: Resolver<Array<ResolversTypes['Audit']>, ParentType, ContextType, RequireFields<QueryAuditsArgs, 'agencyId'>>;
  boardMember: Resolver<Maybe<ResolversTypes['BoardMember']>, ParentType, ContextType, RequireFields<QueryBoardMemberArgs, 'id'>>;
  boardMembers: Resolver<Array<ResolversTypes['BoardMember']>, ParentType, ContextType, RequireFields<QueryBoardMembersArgs, 'agencyId'>>;
  businessPlanItem: Resolver<Maybe<ResolversTypes['BusinessPlanItem']>, ParentType, ContextType, RequireFields<QueryBusinessPlanItemArgs, 'id'>>;
  committee: Resolver<Maybe<ResolversTypes['Committee']>, ParentType, ContextType, RequireFields<QueryCommitteeArgs, 'id'>>;
  committees: Resolver<Array<ResolversTypes['Committee']>, ParentType, ContextType, RequireFields<QueryCommitteesArgs, 'agencyId'>>;
  dataQualityFinding: Resolver<Maybe<ResolversTypes['DataQualityFinding']>, ParentType, ContextType, RequireFields<QueryDataQualityFindingArgs, 'id'>>;
  dataQualityFindings: Resolver<ResolversTypes['DataQualityFindingConnection'], ParentType, ContextType, RequireFields<QueryDataQualityFindingsArgs, 'first'>>;
  district: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType, RequireFields<QueryDistrictArgs, 'name'>>;
  districts: Resolver<ResolversTypes['DistrictConnection'], ParentType, ContextType, RequireFields<QueryDistrictsArgs, 'first'>>;
  orgUnit: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType, RequireFields<QueryOrgUnitArgs, 'id'>>;
  orgUnits: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType, RequireFields<QueryOrgUnitsArgs, 'agencyId'>>;
  outsourcingContracts: Resolver<Array<ResolversTypes['OutsourcingContract']>, ParentType, ContextType>;
  performanceIndicators: Resolver<Array<ResolversTypes['PerformanceIndicator']>, ParentType, ContextType, RequireFields<QueryPerformanceIndicatorsArgs, 'agencyId' | 'year'>>;
  regulations: Resolver<Array<ResolversTypes['Regulation']>, ParentType, ContextType, RequireFields<QueryRegulationsArgs, 'agencyId'>>;
  strategy: Resolver<ResolversTypes['StrategyTree'], ParentType, ContextType, RequireFields<QueryStrategyArgs, 'agencyId' | 'year'>>;
};

export type RegulationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Regulation'] = ResolversParentTypes['Regulation']> = {
  currentVersion?: Resolver<ResolversTypes['RegulationVersion'], ParentType, ContextType>;
  facilityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['RegulationTier'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['RegulationVersion']>, ParentType, ContextType>;
};

export type RegulationVersionResolvers<ContextType = any, ParentType extends ResolversParentTypes['RegulationVersion'] = ResolversParentTypes['RegulationVersion']> = {
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  resolutionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResolutionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Resolution'] = ResolversParentTypes['Resolution']> = {
  abstentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  followUpOwner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followUpStatus?: Resolver<ResolversTypes['FollowUpStatus'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ResolutionOutcome'], ParentType, ContextType>;
  personnelActions?: Resolver<Array<ResolversTypes['PersonnelAction']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  votesAgainst?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  votesFor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceDocumentResolvers<ContextType = any, ParentType extends ResolversParentTypes['SourceDocument'] = ResolversParentTypes['SourceDocument']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StrategicTaskResolvers<ContextType = any, ParentType extends ResolversParentTypes['StrategicTask'] = ResolversParentTypes['StrategicTask']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  practiceProjects?: Resolver<Array<ResolversTypes['PracticeProject']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StrategyCountsResolvers<ContextType = any, ParentType extends ResolversParentTypes['StrategyCounts'] = ResolversParentTypes['StrategyCounts']> = {
  businessPlanItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  practiceProjects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strategicTasks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategyNodeResolvers<ContextType = any, ParentType extends ResolversParentTypes['StrategyNode'] = ResolversParentTypes['StrategyNode']> = {
  __resolveType: TypeResolveFn<'PracticeProject' | 'StrategicTask' | 'Vision', ParentType, ContextType>;
};

export type StrategyTreeResolvers<ContextType = any, ParentType extends ResolversParentTypes['StrategyTree'] = ResolversParentTypes['StrategyTree']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['StrategyCounts'], ParentType, ContextType>;
  visions?: Resolver<Array<ResolversTypes['Vision']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VisionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Vision'] = ResolversParentTypes['Vision']> = {
  goal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strategicTasks?: Resolver<Array<ResolversTypes['StrategicTask']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = any> = {
  Agency?: AgencyResolvers<ContextType>;
  Audit?: AuditResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditFinding?: AuditFindingResolvers<ContextType>;
  BoardMember?: BoardMemberResolvers<ContextType>;
  BusinessPlanItem?: BusinessPlanItemResolvers<ContextType>;
  Committee?: CommitteeResolvers<ContextType>;
  CouncilConsent?: CouncilConsentResolvers<ContextType>;
  DataQualityCorrection?: DataQualityCorrectionResolvers<ContextType>;
  DataQualityFinding?: DataQualityFindingResolvers<ContextType>;
  DataQualityFindingConnection?: DataQualityFindingConnectionResolvers<ContextType>;
  DataQualityFindingEdge?: DataQualityFindingEdgeResolvers<ContextType>;
  DataQualityLocation?: DataQualityLocationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  DistrictConnection?: DistrictConnectionResolvers<ContextType>;
  DistrictEdge?: DistrictEdgeResolvers<ContextType>;
  FundingShare?: FundingShareResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MonthlyCount?: MonthlyCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OrgUnit?: OrgUnitResolvers<ContextType>;
  OutsourcingContract?: OutsourcingContractResolvers<ContextType>;
  OutsourcingRound?: OutsourcingRoundResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PerformanceIndicator?: PerformanceIndicatorResolvers<ContextType>;
  PersonnelAction?: PersonnelActionResolvers<ContextType>;
  PracticeProject?: PracticeProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Regulation?: RegulationResolvers<ContextType>;
  RegulationVersion?: RegulationVersionResolvers<ContextType>;
  Resolution?: ResolutionResolvers<ContextType>;
  SourceDocument?: SourceDocumentResolvers<ContextType>;
  StrategicTask?: StrategicTaskResolvers<ContextType>;
  StrategyCounts?: StrategyCountsResolvers<ContextType>;
  StrategyNode?: StrategyNodeResolvers<ContextType>;
  StrategyTree?: StrategyTreeResolvers<ContextType>;
  Vision?: VisionResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = any> = {
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
};
