import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { FacilityDoc as FacilityDocModel, CareRecipientDoc as CareRecipientDocModel, CareRequestDoc as CareRequestDocModel, CareVisitDoc as CareVisitDocModel, SosVolumeReportDoc as SosVolumeReportDocModel, ComplaintDoc as ComplaintDocModel, FacilityMonitoringDoc as FacilityMonitoringDocModel, OrganizationalDiagnosisDoc as OrganizationalDiagnosisDocModel, HubCareOfficeDoc as HubCareOfficeDocModel, CallCentreConsultationDoc as CallCentreConsultationDocModel, CarePartnerAgreementDoc as CarePartnerAgreementDocModel, SatisfactionSurveyDoc as SatisfactionSurveyDocModel } from '../models';
import type { CareDemand as CareDemandModel } from '../feeds';
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

export type Agency = {
  __typename?: 'Agency';
  id: Scalars['ID']['output'];
};

export type AssessCareRequestInput = {
  assessedOn: Scalars['Date']['input'];
  assessedServices: Array<SosService>;
  eligible: Scalars['Boolean']['input'];
  /** The recipient the request concerns, when known by now. */
  recipientId: InputMaybe<Scalars['ID']['input']>;
};

/** 돌봄종합정보상담 (call-centre consultation) on 1522-0365: ids and codes only. */
export type CallCentreConsultation = {
  __typename?: 'CallCentreConsultation';
  agency: Agency;
  district: District;
  id: Scalars['ID']['output'];
  line: Scalars['String']['output'];
  outcome: CallOutcome;
  receivedAt: Scalars['DateTime']['output'];
  receivedOn: Scalars['Date']['output'];
  recipient?: Maybe<CareRecipient>;
  /** The 돌봄SOS request the consultation opened (channel CALL_CENTRE). */
  request?: Maybe<CareRequest>;
  topics: Array<SosService>;
};

export type CallCentreConsultationInput = {
  district: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  outcome: CallOutcome;
  /** Weekdays 09:00–18:00, Seoul time. */
  receivedAt: Scalars['DateTime']['input'];
  recipientId: InputMaybe<Scalars['ID']['input']>;
  /** Required for CARE_REQUEST_OPENED (a request of channel CALL_CENTRE), absent otherwise. */
  requestId: InputMaybe<Scalars['ID']['input']>;
  topics: Array<SosService>;
};

export type CallCentreDistrictCount = {
  __typename?: 'CallCentreDistrictCount';
  consultations: Scalars['Int']['output'];
  district: District;
};

export type CallCentreOutcomeCount = {
  __typename?: 'CallCentreOutcomeCount';
  consultations: Scalars['Int']['output'];
  outcome: CallOutcome;
};

export type CallCentreStatistics = {
  __typename?: 'CallCentreStatistics';
  byDistrict: Array<CallCentreDistrictCount>;
  byOutcome: Array<CallCentreOutcomeCount>;
  byTopic: Array<CallCentreTopicCount>;
  consultations: Scalars['Int']['output'];
  from: Scalars['Date']['output'];
  line: Scalars['String']['output'];
  to: Scalars['Date']['output'];
};

export type CallCentreTopicCount = {
  __typename?: 'CallCentreTopicCount';
  consultations: Scalars['Int']['output'];
  serviceType: SosService;
};

export type CallOutcome =
  /** 돌봄SOS 접수 (a care request opened) */
  | 'CARE_REQUEST_OPENED'
  /** 정보 안내 (information given) */
  | 'INFORMATION_GIVEN'
  /** 타기관 연계 (referred elsewhere) */
  | 'REFERRED_ELSEWHERE';

export type CapUnit =
  | 'DAYS'
  | 'HOURS';

export type CareActivity =
  /** 일상생활지원 (daily-living support: hospital escort, shopping, public offices) */
  | 'DAILY_LIVING_SUPPORT'
  /** 가사활동 (housework: cooking, meals, cleaning, tidying, laundry) */
  | 'HOUSEWORK'
  /** 이동지원 (mobility support) */
  | 'MOBILITY_SUPPORT'
  /** 신체활동 (physical care) */
  | 'PHYSICAL_CARE';

export type CareAssessment = {
  __typename?: 'CareAssessment';
  assessedOn: Scalars['Date']['output'];
  assessedServices: Array<SosService>;
  eligible: Scalars['Boolean']['output'];
};

export type CareCap =
  /** 코로나19 돌봄 최대 5일 (COVID-19 care, 5 days within 30 days) */
  | 'COVID_5_DAYS_PER_30_DAYS'
  /** 긴급돌봄 30일 내 72시간 (emergency care, 72 hours within 30 days) */
  | 'EMERGENCY_72H_PER_30_DAYS'
  /** 틈새돌봄 60시간 (gap care, 60 hours per recipient) */
  | 'GAP_60H_PER_RECIPIENT';

/** What a recipient has used of one care cap (긴급돌봄 72시간/30일, 틈새돌봄 60시간, 코로나19 돌봄 5일/30일). */
export type CareCapUsage = {
  __typename?: 'CareCapUsage';
  cap: CareCap;
  limit: Scalars['Float']['output'];
  remaining: Scalars['Float']['output'];
  unit: CapUnit;
  used: Scalars['Float']['output'];
  windowEnd: Scalars['Date']['output'];
  /** First day of the window; null for a cap without a window. */
  windowStart?: Maybe<Scalars['Date']['output']>;
};

/** 돌봄SOS 예상수요 (expected demand) of a district and year, from outreach's 발굴 (NeedsDiscovered) visits. */
export type CareDemand = {
  __typename?: 'CareDemand';
  /** Households per 돌봄SOS service their needs map to (the referral mapping: CARE → 일시재가, MEALS → 식사지원, …). */
  byService: Array<CareDemandService>;
  district: District;
  /** Distinct households found. */
  households: Scalars['Int']['output'];
  /** Requests received that year through outreach referrals (channel 의뢰). */
  referralRequests: Scalars['Int']['output'];
  /** 방문복지 visits that discovered needs. */
  visits: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type CareDemandService = {
  __typename?: 'CareDemandService';
  households: Scalars['Int']['output'];
  serviceType: SosService;
};

/** 돌봄파트너 협약 (care-partner agreement) with a provider organisation (장기요양기관, 장애인시설, 바우처 수행기관 …). */
export type CarePartnerAgreement = {
  __typename?: 'CarePartnerAgreement';
  agency: Agency;
  id: Scalars['ID']['output'];
  partner: ProviderOrganization;
  /** The provider's type as consulting registered it (LONG_TERM_CARE_PROVIDER, VOUCHER_PROVIDER, …). */
  providerType: Scalars['String']['output'];
  signedOn: Scalars['Date']['output'];
};

export type CarePartnerAgreementInput = {
  agencyId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  providerId: Scalars['ID']['input'];
  signedOn: Scalars['Date']['input'];
};

export type CarePartnerProgress = {
  __typename?: 'CarePartnerProgress';
  agency: Agency;
  agreements: Array<CarePartnerAgreement>;
  byProviderType: Array<CarePartnerTypeCount>;
  meetsTarget: Scalars['Boolean']['output'];
  signed: Scalars['Int']['output'];
  /** 협약 5건 a year (003 L3706). */
  target: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type CarePartnerTypeCount = {
  __typename?: 'CarePartnerTypeCount';
  agreements: Scalars['Int']['output'];
  providerType: Scalars['String']['output'];
};

export type CarePlan = {
  __typename?: 'CarePlan';
  /** 제공기관 (providing facility), when one of the agency's facilities provides. */
  facility?: Maybe<Facility>;
  plannedOn: Scalars['Date']['output'];
  services: Array<SosService>;
  /** Planned sessions (회). */
  sessions: Scalars['Int']['output'];
};

/** 이용자/돌봄대상자 (care recipient). Personal data is visible only to a care manager of the recipient's facility (or an admin): others get a masked name (홍*동) and null birth date, phone and address. The 주민등록번호 is never returned. */
export type CareRecipient = {
  __typename?: 'CareRecipient';
  /** 주소 (home address); null unless the caller may see personal data. */
  address?: Maybe<Scalars['String']['output']>;
  agency: Agency;
  /** 생년월일 (birth date); null unless the caller may see personal data. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  district: District;
  /** 대상자 기준 (eligibility reasons). */
  eligibilityReasons: Array<EligibilityReason>;
  facility?: Maybe<Facility>;
  /** 가구 형태 (household). */
  household: HouseholdType;
  id: Scalars['ID']['output'];
  /** 발굴일 (date identified). */
  identifiedOn: Scalars['Date']['output'];
  /** 성명 (name), masked as 홍*동 unless the caller may see personal data. */
  name: Scalars['String']['output'];
  /** True when name, birthDate, phone and address are shown in full to this caller. */
  personalDataVisible: Scalars['Boolean']['output'];
  /** 연락처 (phone); null unless the caller may see personal data. */
  phone?: Maybe<Scalars['String']['output']>;
  status: CareRecipientStatus;
  statusHistory: Array<CareRecipientStatusChange>;
  /** 돌봄 이력 (care history) in id order; null unless the caller may see personal data. */
  visits?: Maybe<CareVisitConnection>;
};


/** 이용자/돌봄대상자 (care recipient). Personal data is visible only to a care manager of the recipient's facility (or an admin): others get a masked name (홍*동) and null birth date, phone and address. The 주민등록번호 is never returned. */
export type CareRecipientVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CareRecipientConnection = {
  __typename?: 'CareRecipientConnection';
  edges: Array<CareRecipientEdge>;
  nodes: Array<CareRecipient>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CareRecipientEdge = {
  __typename?: 'CareRecipientEdge';
  cursor: Scalars['String']['output'];
  node: CareRecipient;
};

export type CareRecipientStatus =
  /** 종결 (closed) */
  | 'CLOSED'
  /** 사후관리 (follow-up) */
  | 'FOLLOW_UP'
  /** 발굴 (identified) */
  | 'IDENTIFIED'
  /** 서비스 이용 중 (receiving care) */
  | 'RECEIVING'
  /** 사정 (screened) */
  | 'SCREENED'
  /** 대상자 선정 (selected by the selection committee) */
  | 'SELECTED';

export type CareRecipientStatusChange = {
  __typename?: 'CareRecipientStatusChange';
  on: Scalars['Date']['output'];
  status: CareRecipientStatus;
};

/** 돌봄SOS 신청 (care request). */
export type CareRequest = {
  __typename?: 'CareRequest';
  agency: Agency;
  /** 욕구사정 (assessment). */
  assessment?: Maybe<CareAssessment>;
  /** 접수 경로 (intake channel). */
  channel: IntakeChannel;
  district: District;
  id: Scalars['ID']['output'];
  outcome?: Maybe<CareRequestOutcome>;
  outcomeReason?: Maybe<Scalars['String']['output']>;
  /** 돌봄계획 (care plan). */
  plan?: Maybe<CarePlan>;
  receivedOn: Scalars['Date']['output'];
  recipient?: Maybe<CareRecipient>;
  /** 의뢰 (outreach referral) that opened this request, if any. */
  referralId?: Maybe<Scalars['ID']['output']>;
  requestedServices: Array<SosService>;
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  status: CareRequestStatus;
};

export type CareRequestConnection = {
  __typename?: 'CareRequestConnection';
  edges: Array<CareRequestEdge>;
  nodes: Array<CareRequest>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CareRequestEdge = {
  __typename?: 'CareRequestEdge';
  cursor: Scalars['String']['output'];
  node: CareRequest;
};

export type CareRequestOutcome =
  /** 비대상 (not eligible) */
  | 'NOT_ELIGIBLE'
  /** 타기관 연계 (referred elsewhere) */
  | 'REFERRED_ELSEWHERE'
  /** 서비스 제공 (served) */
  | 'SERVED'
  /** 철회 (withdrawn) */
  | 'WITHDRAWN';

export type CareRequestStatus =
  /** 욕구사정 완료 (assessed) */
  | 'ASSESSED'
  /** 돌봄계획 수립 (planned) */
  | 'PLANNED'
  /** 접수 (received) */
  | 'RECEIVED'
  /** 종결 (resolved) */
  | 'RESOLVED';

/** 이용자/종사자 만족도 조사 (satisfaction survey) of one facility, year and respondent group. */
export type CareSatisfactionSurvey = {
  __typename?: 'CareSatisfactionSurvey';
  conductedOn: Scalars['Date']['output'];
  elements: SatisfactionElements;
  facility: Facility;
  id: Scalars['ID']['output'];
  meetsTarget: Scalars['Boolean']['output'];
  /** 전반적 만족도 (overall satisfaction), 0–100. */
  overall: Scalars['Float']['output'];
  respondentGroup: RespondentGroup;
  respondents: Scalars['Int']['output'];
  /** 농어촌 돌봄 (rural care), whose target is 90. */
  rural: Scalars['Boolean']['output'];
  /** 서비스요소별 만족도 평균 × 0.7 + 전반적 만족도 × 0.3, one decimal. */
  score: Scalars['Float']['output'];
  /** 목표: 80, or 90 for rural care. */
  target: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type CareSatisfactionSurveyInput = {
  conductedOn: Scalars['Date']['input'];
  elements: SatisfactionElementsInput;
  facilityId: Scalars['ID']['input'];
  overall: Scalars['Float']['input'];
  respondentGroup: RespondentGroup;
  respondents: Scalars['Int']['input'];
  rural: Scalars['Boolean']['input'];
  year: Scalars['Int']['input'];
};

export type CareService =
  /** 보육 (childcare) */
  | 'CHILDCARE'
  /** 주야간보호 (day and night care) */
  | 'DAY_NIGHT_CARE'
  /** 장애인활동지원 (disability activity support) */
  | 'DISABILITY_ACTIVITY_SUPPORT'
  /** 노인보호 (elder protection) */
  | 'ELDER_PROTECTION'
  /** 긴급돌봄 (emergency care) */
  | 'EMERGENCY_CARE'
  /** 가족지원 (family support) */
  | 'FAMILY_SUPPORT'
  /** 방문목욕 (home bathing) */
  | 'HOME_BATHING'
  /** 방문요양 (home care visits) */
  | 'HOME_CARE'
  /** 방문간호 (home nursing) */
  | 'HOME_NURSING'
  /** 단기보호 (short-term care) */
  | 'SHORT_TERM_CARE';

/** 서비스 제공 (care visit): one delivered visit, priced from the 돌봄제공단가. */
export type CareVisit = {
  __typename?: 'CareVisit';
  activities: Array<CareActivity>;
  agency: Agency;
  /** floor(unitPrice × hours ÷ unitHours) (원 미만 절사). */
  amount: Scalars['KRW']['output'];
  /** 코로나19 관련 돌봄 (COVID-19-related care; counts against the 5-day cap). */
  covidRelated: Scalars['Boolean']['output'];
  deliveredOn: Scalars['Date']['output'];
  district: District;
  facility?: Maybe<Facility>;
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  recipient: CareRecipient;
  request?: Maybe<CareRequest>;
  serviceType: VisitServiceType;
  unitHours: Scalars['Float']['output'];
  /** 돌봄제공단가 (unit price) per unitHours. */
  unitPrice: Scalars['KRW']['output'];
  /** 돌봄제공인력 (care workers) of staffing's emergency-care pool. */
  workers: Array<EmergencyCareWorker>;
};

export type CareVisitConnection = {
  __typename?: 'CareVisitConnection';
  edges: Array<CareVisitEdge>;
  nodes: Array<CareVisit>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CareVisitEdge = {
  __typename?: 'CareVisitEdge';
  cursor: Scalars['String']['output'];
  node: CareVisit;
};

/** 불만/고충 (complaint) about a facility's service. */
export type Complaint = {
  __typename?: 'Complaint';
  /** Days since receipt: to resolution, or to `asOf` (default today in Seoul) while open. */
  ageDays: Scalars['Int']['output'];
  channel: ComplaintChannel;
  facility: Facility;
  history: Array<ComplaintStageChange>;
  id: Scalars['ID']['output'];
  receivedOn: Scalars['Date']['output'];
  recipient?: Maybe<CareRecipient>;
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  stage: ComplaintStage;
};


/** 불만/고충 (complaint) about a facility's service. */
export type ComplaintAgeDaysArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type ComplaintChannel =
  /** 이메일 (email) */
  | 'EMAIL'
  /** 카카오톡 (KakaoTalk) */
  | 'KAKAOTALK'
  /** 전화 (phone) */
  | 'PHONE'
  /** 우편 (post) */
  | 'POST'
  /** 방문 (in person) */
  | 'VISIT';

export type ComplaintConnection = {
  __typename?: 'ComplaintConnection';
  edges: Array<ComplaintEdge>;
  nodes: Array<Complaint>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ComplaintEdge = {
  __typename?: 'ComplaintEdge';
  cursor: Scalars['String']['output'];
  node: Complaint;
};

export type ComplaintStage =
  /** 대책 수립 및 이행 (action planned and taken) */
  | 'ACTION_TAKEN'
  /** 사후관리 (aftercare) */
  | 'AFTERCARE'
  /** 원인파악 및 요구사항 파악 (analysed) */
  | 'ANALYSED'
  /** 발생 및 접수 (received) */
  | 'RECEIVED'
  /** 종결 (resolved) */
  | 'RESOLVED'
  /** 조치 및 결과 전달 (result communicated) */
  | 'RESULT_COMMUNICATED';

export type ComplaintStageChange = {
  __typename?: 'ComplaintStageChange';
  on: Scalars['Date']['output'];
  stage: ComplaintStage;
};

export type ComplaintStageSummary = {
  __typename?: 'ComplaintStageSummary';
  count: Scalars['Int']['output'];
  meanAgeDays?: Maybe<Scalars['Float']['output']>;
  oldestAgeDays?: Maybe<Scalars['Int']['output']>;
  stage: ComplaintStage;
};

export type DailyCareLine = {
  __typename?: 'DailyCareLine';
  amount: Scalars['KRW']['output'];
  hours: Scalars['Float']['output'];
  serviceType: VisitServiceType;
  visits: Scalars['Int']['output'];
};

/** 운영실적현황 (daily performance report). */
export type DailyCareReport = {
  __typename?: 'DailyCareReport';
  amount: Scalars['KRW']['output'];
  byServiceType: Array<DailyCareLine>;
  date: Scalars['Date']['output'];
  facility?: Maybe<Facility>;
  hours: Scalars['Float']['output'];
  recipients: Scalars['Int']['output'];
  visits: Scalars['Int']['output'];
};

export type DatePrecision =
  | 'DAY'
  | 'MONTH';

export type DiagnosisScope =
  /** 특정 사유 (a specific issue) */
  | 'SPECIFIC_ISSUE'
  /** 시설 운영 전반 (the whole facility: HR, accounting…) */
  | 'WHOLE_FACILITY';

export type DiagnosisStatus =
  /** 완료 (completed) */
  | 'COMPLETED'
  /** 진단 중 (in progress) */
  | 'IN_PROGRESS';

export type DiagnosisTrigger =
  /** 국공립 제공기관 지정 수탁 (entrustment of an operating or problem public facility) */
  | 'ENTRUSTMENT'
  /** 지자체 요청 (a local-government request) */
  | 'LOCAL_GOVERNMENT_REQUEST'
  /** 모니터링 결과 (a monitoring) */
  | 'MONITORING'
  /** 법인 결산 감사·중대한 문제 시 자체 점검 지원 (self-inspection support) */
  | 'SELF_INSPECTION_SUPPORT'
  /** 제보 (a tip) */
  | 'TIP';

export type District = {
  __typename?: 'District';
  name: Scalars['String']['output'];
};

export type EligibilityReason =
  /** 코로나19 확진으로 서비스 부재 (COVID-19 infection left no care) */
  | 'COVID_INFECTION'
  /** 고립 노인 (isolated elder) */
  | 'ISOLATED_ELDER'
  /** 주거·건강 문제가 있는 저소득층 (low income with housing or health problems) */
  | 'LOW_INCOME_HOUSING_OR_HEALTH'
  /** 제도권 돌봄시간 외 공백 (gap outside formal care hours) */
  | 'OUTSIDE_FORMAL_HOURS'
  /** 농어촌 돌봄 사각지대 (rural blind spot, 재가급여 미이용) */
  | 'RURAL_BLIND_SPOT'
  /** 돌봄서비스 이용·신청·전환 중 공백 (gap while applying for or switching services) */
  | 'SERVICE_TRANSITION_GAP'
  /** 갑작스러운 위기상황 (sudden crisis) */
  | 'SUDDEN_CRISIS';

export type EmergencyCareWorker = {
  __typename?: 'EmergencyCareWorker';
  id: Scalars['ID']['output'];
};

export type EntrustFacilityInput = {
  /** 정원 (authorised staff) the entrustment provides for, when known. */
  authorisedStaff: InputMaybe<Scalars['Int']['input']>;
  entrustmentEnd: Scalars['Date']['input'];
  entrustmentStart: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};

/** 시설 (facility): a care facility run directly (직영) or entrusted (위탁) by the agency. */
export type Facility = {
  __typename?: 'Facility';
  /** 소재지 (address; facility addresses are public). */
  address?: Maybe<Scalars['String']['output']>;
  /** 면적 (floor area) in square metres. */
  areaSquareMeters?: Maybe<Scalars['Float']['output']>;
  /** 정원 of service users, where the source gives one. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** 종합재가센터 모델 (home-care centre model); only for HOME_CARE_CENTRE. */
  centreModel?: Maybe<HomeCareCentreModel>;
  /** 자치구/시군 (district, city or county). */
  district: District;
  endedOn?: Maybe<Scalars['Date']['output']>;
  entrustmentEnd?: Maybe<Scalars['Date']['output']>;
  /** 위탁기간 (entrustment period). */
  entrustmentStart?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 개소일 (opening date). */
  openedOn?: Maybe<Scalars['Date']['output']>;
  /** How precise openedOn is: the sources print some openings as a month only. */
  openedOnPrecision?: Maybe<DatePrecision>;
  operationMode: OperationMode;
  /** 운영기관 (operating agency). */
  operator: Agency;
  registeredAt: Scalars['DateTime']['output'];
  /** 만족도 조사 결과 (satisfaction surveys), by year. */
  satisfactionSurveys: Array<CareSatisfactionSurvey>;
  services: Array<CareService>;
  status: FacilityStatus;
  /** 대체인력 지원 (substitute-worker coverage): staffing's dispatches to this facility that start in the year, or in one month (1–12) of it. */
  substituteCoverage: SubstituteCoverage;
  type: FacilityType;
};


/** 시설 (facility): a care facility run directly (직영) or entrusted (위탁) by the agency. */
export type FacilitySubstituteCoverageArgs = {
  month?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

export type FacilityConnection = {
  __typename?: 'FacilityConnection';
  edges: Array<FacilityEdge>;
  nodes: Array<Facility>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FacilityEdge = {
  __typename?: 'FacilityEdge';
  cursor: Scalars['String']['output'];
  node: Facility;
};

/** 소속시설 모니터링 (facility monitoring). */
export type FacilityMonitoring = {
  __typename?: 'FacilityMonitoring';
  /** The 조직진단 this monitoring led to, if any. */
  diagnosis?: Maybe<OrganizationalDiagnosis>;
  facility: Facility;
  id: Scalars['ID']['output'];
  /** 애로사항 (difficulties heard), counted. */
  issuesHeard: Scalars['Int']['output'];
  mode: MonitoringMode;
  monitoredOn: Scalars['Date']['output'];
  /** 체계적인 서류 점검 필요 (a diagnosis is needed). */
  needsDiagnosis: Scalars['Boolean']['output'];
  /** 종사자 면담 (staff interviewed). */
  staffInterviewed: Scalars['Int']['output'];
  /** 이용자 면담 (users interviewed). */
  usersInterviewed: Scalars['Int']['output'];
};

export type FacilityMonitoringInput = {
  facilityId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  issuesHeard: Scalars['Int']['input'];
  mode: MonitoringMode;
  monitoredOn: Scalars['Date']['input'];
  needsDiagnosis: Scalars['Boolean']['input'];
  staffInterviewed: Scalars['Int']['input'];
  usersInterviewed: Scalars['Int']['input'];
};

export type FacilityStatus =
  /** 후보 (candidate for entrustment) */
  | 'CANDIDATE'
  /** 운영 종료 (ended) */
  | 'ENDED'
  /** 수탁 (entrusted, not yet open) */
  | 'ENTRUSTED'
  /** 운영 중 (operating) */
  | 'OPERATING';

export type FacilityType =
  /** 다함께돌봄센터 (after-school care centre) */
  | 'COMMUNITY_CHILD_CARE_CENTRE'
  /** 학대피해노인전용쉼터 (shelter for abused elders) */
  | 'ELDER_ABUSE_SHELTER'
  /** 노인보호전문기관 (elder protection agency) */
  | 'ELDER_PROTECTION_AGENCY'
  /** 가족센터 (family centre) */
  | 'FAMILY_CENTRE'
  /** 종합재가센터 (integrated home-care centre) */
  | 'HOME_CARE_CENTRE'
  /** 장기요양시설 (long-term care facility) */
  | 'LONG_TERM_CARE_FACILITY'
  /** 국공립어린이집 (public daycare centre) */
  | 'PUBLIC_DAYCARE_CENTRE'
  /** 사회복지대체인력지원센터 (substitute-workforce centre) */
  | 'SUBSTITUTE_WORKFORCE_CENTRE';

export type HomeCareCentreModel =
  /** 기본형 (basic) */
  | 'BASIC'
  /** 통원형 (day-visit) */
  | 'DAY_VISIT'
  /** 확대형 (extended) */
  | 'EXTENDED'
  /** 간호특화형 (nursing-focused) */
  | 'NURSING';

export type HouseholdType =
  /** 노인부부 (elderly couple) */
  | 'ELDERLY_COUPLE'
  /** 독거 (living alone) */
  | 'LIVING_ALONE'
  | 'OTHER'
  /** 가족 동거 (with family) */
  | 'WITH_FAMILY';

/** 거점 행복돌봄사무소 (가칭) (hub care office): the pilot's local office of 전북형 돌봄체계, one per 시군. */
export type HubCareOffice = {
  __typename?: 'HubCareOffice';
  agency: Agency;
  district: District;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  openedOn: Scalars['Date']['output'];
  services: Array<HubCareService>;
  /** People found and supported (발굴 및 지원), by year. */
  yearly: Array<HubCareOfficeYear>;
};

export type HubCareOfficeProgress = {
  __typename?: 'HubCareOfficeProgress';
  officesMeetingTarget: Scalars['Int']['output'];
  /** Offices opened by 31 December. */
  officesOpen: Scalars['Int']['output'];
  /** Offices the plan targets that year (1, 5, 10 for 2023–2025); null outside the plan. */
  officesTarget?: Maybe<Scalars['Int']['output']>;
  peoplePerOfficeTarget?: Maybe<Scalars['Int']['output']>;
  peopleSupported: Scalars['Int']['output'];
  /** officesTarget × peoplePerOfficeTarget. */
  peopleTarget?: Maybe<Scalars['Int']['output']>;
  year: Scalars['Int']['output'];
};

export type HubCareOfficeYear = {
  __typename?: 'HubCareOfficeYear';
  peopleSupported: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type HubCareService =
  /** 돌봄쿠폰 (vouchers: cleaning, side dishes, housekeeping and nursing) */
  | 'CARE_COUPONS'
  /** 건강관리지원 (nutrition, exercise, physiotherapy) */
  | 'HEALTH_MANAGEMENT'
  /** 가정내 긴급돌봄 (emergency care at home) */
  | 'HOME_EMERGENCY_CARE'
  /** 주거편의 및 환경개선 (housing convenience and improvement) */
  | 'HOUSING_IMPROVEMENT'
  /** 농촌형 이동복지 (rural mobile welfare) */
  | 'RURAL_MOBILE_WELFARE'
  /** 스마트 돌봄 (IT 응급안전시스템, emergency alarms) */
  | 'SMART_CARE';

export type InnovationMeasure =
  /** 회계 개선 (accounting improvement) */
  | 'ACCOUNTING_IMPROVEMENT'
  /** 역량강화교육 (capacity training) */
  | 'CAPACITY_TRAINING'
  /** 인사 개선 (HR improvement) */
  | 'HR_IMPROVEMENT'
  /** 운영규칙 정비 (operating rules revision) */
  | 'OPERATING_RULES_REVISION'
  /** 조직개편 (reorganisation) */
  | 'REORGANISATION';

export type IntakeChannel =
  /** 콜센터 1522-0365 (call centre) */
  | 'CALL_CENTRE'
  /** 동주민센터 (community centre) */
  | 'COMMUNITY_CENTRE'
  /** 의뢰 (referral) */
  | 'REFERRAL'
  /** 방문 (walk-in) */
  | 'VISIT';

export type MonitoringMode =
  /** 대면 (in person) */
  | 'IN_PERSON'
  /** 비대면 (remote, e.g. through 희망이음) */
  | 'REMOTE';

export type MonitoringProgress = {
  __typename?: 'MonitoringProgress';
  inPerson: Scalars['Int']['output'];
  inPersonTarget?: Maybe<Scalars['Int']['output']>;
  remote: Scalars['Int']['output'];
  remoteTarget?: Maybe<Scalars['Int']['output']>;
  target?: Maybe<Scalars['Int']['output']>;
  total: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Moves a complaint to its next stage (RECEIVED → ANALYSED → ACTION_TAKEN → RESULT_COMMUNICATED → AFTERCARE → RESOLVED); any other stage answers CONFLICT (INVALID_TRANSITION). */
  advanceComplaint: Complaint;
  /** 욕구사정 (assessment): RECEIVED → ASSESSED. */
  assessCareRequest: CareRequest;
  /** IN_PROGRESS → COMPLETED with the 경영혁신 전략 (innovation measures). */
  completeOrganizationalDiagnosis: OrganizationalDiagnosis;
  /** 위탁 종료: ENTRUSTED or OPERATING → ENDED; staffing ends the employment of the facility's staff on that day (고용승계 to the next operator). */
  endFacilityEntrustment: Facility;
  /** 수탁: CANDIDATE → ENTRUSTED for an entrustment period; staffing opens the facility's 정원 for the start year. */
  entrustFacility: Facility;
  /** Moves a recipient along IDENTIFIED → SCREENED → SELECTED → RECEIVING → FOLLOW_UP → CLOSED (CLOSED from any open status); other steps answer CONFLICT (INVALID_TRANSITION). */
  moveCareRecipient: CareRecipient;
  /** 개소: ENTRUSTED → OPERATING. */
  openFacility: Facility;
  /** Opens a 조직진단: from a monitoring (trigger MONITORING, once per monitoring) or for a tip, a local-government request, an entrustment or a self-inspection. */
  openOrganizationalDiagnosis: OrganizationalDiagnosis;
  /** 돌봄계획 (care plan): ASSESSED (eligible) → PLANNED. */
  planCareRequest: CareRequest;
  /** 돌봄SOS 신청 접수 (RECEIVED). Referrals from outreach arrive as events; REFERRAL here needs a referralId. */
  receiveCareRequest: CareRequest;
  /** 불만/고충 접수 (RECEIVED). */
  receiveComplaint: Complaint;
  /** Logs a call-centre consultation (weekdays 09:00–18:00); ids and codes only, nothing the caller said. */
  recordCallCentreConsultation: CallCentreConsultation;
  /** Records a facility's yearly satisfaction survey (one per respondent group); the score is computed. Repeating one answers CONFLICT. */
  recordCareSatisfactionSurvey: CareSatisfactionSurvey;
  /** 서비스 제공: records a delivered visit. A visit that would exceed a cap answers CONFLICT (reason CAP_EXCEEDED, with what remains) and changes nothing. */
  recordCareVisit: CareVisit;
  /** Records a facility monitoring (대면/비대면). Repeating an id answers CONFLICT. */
  recordFacilityMonitoring: FacilityMonitoring;
  /** Records a printed 돌봄SOS volume table (fixtures of seed 004). Repeating an id answers CONFLICT. */
  recordSosVolumeReport: SosVolumeReport;
  /** 발굴: registers a care recipient (IDENTIFIED). Personal data is stored encrypted; the 주민등록번호 is accepted here and never returned. A number already registered answers CONFLICT. */
  registerCareRecipient: CareRecipient;
  /** Registers a facility the agency runs or will run. Repeating an id answers CONFLICT. */
  registerFacility: Facility;
  /** Registers a 거점 행복돌봄사무소 (hub care office); a 시군 has at most one (CONFLICT, reason OFFICE_IN_DISTRICT). */
  registerHubCareOffice: HubCareOffice;
  /** Sets the people a hub care office found and supported (발굴 및 지원) in a year. */
  reportHubCareOfficeYear: HubCareOffice;
  /** 종결: any open request → RESOLVED; SERVED only from PLANNED. */
  resolveCareRequest: CareRequest;
  /** Signs a 돌봄파트너 협약 with a provider of consulting's registry; one per agency and provider (CONFLICT, reason DUPLICATE_AGREEMENT). */
  signCarePartnerAgreement: CarePartnerAgreement;
};


export type MutationAdvanceComplaintArgs = {
  id: Scalars['ID']['input'];
  on: Scalars['Date']['input'];
  stage: ComplaintStage;
};


export type MutationAssessCareRequestArgs = {
  id: Scalars['ID']['input'];
  input: AssessCareRequestInput;
};


export type MutationCompleteOrganizationalDiagnosisArgs = {
  completedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  measures: Array<InnovationMeasure>;
};


export type MutationEndFacilityEntrustmentArgs = {
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationEntrustFacilityArgs = {
  input: EntrustFacilityInput;
};


export type MutationMoveCareRecipientArgs = {
  id: Scalars['ID']['input'];
  on: Scalars['Date']['input'];
  status: CareRecipientStatus;
};


export type MutationOpenFacilityArgs = {
  id: Scalars['ID']['input'];
  openedOn: Scalars['Date']['input'];
};


export type MutationOpenOrganizationalDiagnosisArgs = {
  input: OpenDiagnosisInput;
};


export type MutationPlanCareRequestArgs = {
  id: Scalars['ID']['input'];
  input: PlanCareRequestInput;
};


export type MutationReceiveCareRequestArgs = {
  input: ReceiveCareRequestInput;
};


export type MutationReceiveComplaintArgs = {
  input: ReceiveComplaintInput;
};


export type MutationRecordCallCentreConsultationArgs = {
  input: CallCentreConsultationInput;
};


export type MutationRecordCareSatisfactionSurveyArgs = {
  input: CareSatisfactionSurveyInput;
};


export type MutationRecordCareVisitArgs = {
  input: RecordCareVisitInput;
};


export type MutationRecordFacilityMonitoringArgs = {
  input: FacilityMonitoringInput;
};


export type MutationRecordSosVolumeReportArgs = {
  input: SosVolumeReportInput;
};


export type MutationRegisterCareRecipientArgs = {
  input: RegisterCareRecipientInput;
};


export type MutationRegisterFacilityArgs = {
  input: RegisterFacilityInput;
};


export type MutationRegisterHubCareOfficeArgs = {
  input: RegisterHubCareOfficeInput;
};


export type MutationReportHubCareOfficeYearArgs = {
  id: Scalars['ID']['input'];
  peopleSupported: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type MutationResolveCareRequestArgs = {
  id: Scalars['ID']['input'];
  outcome: CareRequestOutcome;
  reason?: InputMaybe<Scalars['String']['input']>;
  resolvedOn: Scalars['Date']['input'];
};


export type MutationSignCarePartnerAgreementArgs = {
  input: CarePartnerAgreementInput;
};

export type OpenDiagnosisInput = {
  /** Needed unless monitoringId names the facility. */
  facilityId: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  monitoringId: InputMaybe<Scalars['ID']['input']>;
  scope: DiagnosisScope;
  startedOn: Scalars['Date']['input'];
  trigger: DiagnosisTrigger;
};

export type OperationMode =
  /** 직영 (run directly) */
  | 'DIRECT'
  /** 위탁 (entrusted) */
  | 'ENTRUSTED';

/** 조직진단 (organisational diagnosis) of a facility, ending in a 경영혁신 전략. */
export type OrganizationalDiagnosis = {
  __typename?: 'OrganizationalDiagnosis';
  completedOn?: Maybe<Scalars['Date']['output']>;
  facility: Facility;
  id: Scalars['ID']['output'];
  /** 경영혁신 전략 (innovation measures). */
  measures: Array<InnovationMeasure>;
  monitoring?: Maybe<FacilityMonitoring>;
  scope: DiagnosisScope;
  startedOn: Scalars['Date']['output'];
  status: DiagnosisStatus;
  trigger: DiagnosisTrigger;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PlanCareRequestInput = {
  facilityId: InputMaybe<Scalars['ID']['input']>;
  plannedOn: Scalars['Date']['input'];
  services: Array<SosService>;
  sessions: Scalars['Int']['input'];
};

export type ProviderOrganization = {
  __typename?: 'ProviderOrganization';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** 돌봄종합정보상담 콜센터 1522-0365 (call centre) statistics between two dates (inclusive, Seoul time). */
  callCentreStatistics: CallCentreStatistics;
  /** Hours (or days) a recipient has used of each care cap in the window ending on `on`. */
  careCapUsage: Array<CareCapUsage>;
  /** 돌봄SOS 예상수요 (expected demand) by district for a year, optionally one district; no request is opened from a discovery. */
  careDemandByDistrict: Array<CareDemand>;
  /** 돌봄파트너 협약 (care-partner agreements) an agency signed in a year, against the plan's 5 a year. */
  carePartnerProgress: CarePartnerProgress;
  /** One care recipient by id; null when it does not exist. Personal data is masked unless the caller may see it. */
  careRecipient?: Maybe<CareRecipient>;
  /** Care recipients in id order, optionally of one facility or status. */
  careRecipients: CareRecipientConnection;
  /** One 돌봄SOS request by id. */
  careRequest?: Maybe<CareRequest>;
  /** 돌봄SOS requests in id order, optionally by status, district or intake channel. */
  careRequests: CareRequestConnection;
  /** Satisfaction surveys, optionally of one facility or year. */
  careSatisfactionSurveys: Array<CareSatisfactionSurvey>;
  /** One care visit by id. */
  careVisit?: Maybe<CareVisit>;
  complaint?: Maybe<Complaint>;
  /** Complaints in id order, optionally of one facility or stage. */
  complaints: ComplaintConnection;
  /** 단계별 현황: how many complaints sit at each stage and how old they are on `asOf` (default today in Seoul). */
  complaintsByStage: Array<ComplaintStageSummary>;
  /** 운영실적현황 (daily performance report): visits delivered on one day, optionally of one facility. */
  dailyCareReport: DailyCareReport;
  /** Facilities in id order, optionally of one type or in one district (full Korean name, e.g. 마포구). */
  facilities: FacilityConnection;
  /** One facility by id; null when it does not exist. */
  facility?: Maybe<Facility>;
  /** 소속시설 모니터링, optionally of one facility or year. */
  facilityMonitorings: Array<FacilityMonitoring>;
  /** The hub-office pilot's year against its targets: offices 1 ('23) → 5 ('24) → 10 ('25), people found and supported 50 → 100 → 150 per office. */
  hubCareOfficeProgress: HubCareOfficeProgress;
  /** 거점 행복돌봄사무소 (hub care offices, Jeonbuk pilot): one per 시군, in id order. */
  hubCareOffices: Array<HubCareOffice>;
  /** Monitorings held in a year against the plan's target (2023: 24 = 16 in person + 8 remote). */
  monitoringProgress: MonitoringProgress;
  organizationalDiagnoses: Array<OrganizationalDiagnosis>;
  /**
   * A printed table of 돌봄SOS volumes recorded here, with totals computed from its lines beside the printed ones. The seed-004 tables are not held here: outreach's nanumBanjangProgramme and neighbourhoodCareSummary are their one copy.
   * @deprecated The seed-004 tables are outreach's: use nanumBanjangProgramme / neighbourhoodCareSummary.
   */
  sosVolumeReport?: Maybe<SosVolumeReport>;
  /** @deprecated The seed-004 tables are outreach's: use nanumBanjangProgramme / neighbourhoodCareSummary. */
  sosVolumeReports: Array<SosVolumeReport>;
};


export type QueryCallCentreStatisticsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryCareCapUsageArgs = {
  on: Scalars['Date']['input'];
  recipientId: Scalars['ID']['input'];
};


export type QueryCareDemandByDistrictArgs = {
  district?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryCarePartnerProgressArgs = {
  agencyId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryCareRecipientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCareRecipientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CareRecipientStatus>;
};


export type QueryCareRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCareRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<IntakeChannel>;
  district?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CareRequestStatus>;
};


export type QueryCareSatisfactionSurveysArgs = {
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCareVisitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplaintArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<ComplaintStage>;
};


export type QueryComplaintsByStageArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  facilityId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDailyCareReportArgs = {
  date: Scalars['Date']['input'];
  facilityId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFacilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<FacilityType>;
};


export type QueryFacilityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFacilityMonitoringsArgs = {
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHubCareOfficeProgressArgs = {
  year: Scalars['Int']['input'];
};


export type QueryMonitoringProgressArgs = {
  year: Scalars['Int']['input'];
};


export type QueryOrganizationalDiagnosesArgs = {
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<DiagnosisStatus>;
};


export type QuerySosVolumeReportArgs = {
  id: Scalars['ID']['input'];
};

export type ReceiveCareRequestInput = {
  channel: IntakeChannel;
  district: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  receivedOn: Scalars['Date']['input'];
  recipientId: InputMaybe<Scalars['ID']['input']>;
  referralId: InputMaybe<Scalars['ID']['input']>;
  requestedServices: Array<SosService>;
};

export type ReceiveComplaintInput = {
  channel: ComplaintChannel;
  facilityId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  receivedOn: Scalars['Date']['input'];
  recipientId: InputMaybe<Scalars['ID']['input']>;
};

export type RecordCareVisitInput = {
  activities: Array<CareActivity>;
  covidRelated: Scalars['Boolean']['input'];
  deliveredOn: Scalars['Date']['input'];
  hours: Scalars['Float']['input'];
  id: Scalars['ID']['input'];
  recipientId: Scalars['ID']['input'];
  requestId: InputMaybe<Scalars['ID']['input']>;
  serviceType: VisitServiceType;
  unitHours: InputMaybe<Scalars['Float']['input']>;
  /** Defaults to the 돌봄제공단가 52,000원 per 3 hours (003 L3959) for EMERGENCY_CARE and GAP_CARE; required otherwise. */
  unitPrice: InputMaybe<Scalars['KRW']['input']>;
  workerIds: Array<Scalars['ID']['input']>;
};

export type RegisterCareRecipientInput = {
  address: InputMaybe<Scalars['String']['input']>;
  birthDate: Scalars['Date']['input'];
  district: Scalars['String']['input'];
  eligibilityReasons: Array<EligibilityReason>;
  /** The facility looking after the recipient (its care managers see the personal data). */
  facilityId: InputMaybe<Scalars['ID']['input']>;
  household: HouseholdType;
  id: Scalars['ID']['input'];
  identifiedOn: Scalars['Date']['input'];
  name: Scalars['String']['input'];
  phone: InputMaybe<Scalars['String']['input']>;
  /** 주민등록번호 (YYMMDD-NNNNNNN): kept encrypted for identification and duplicate checks, never returned. */
  residentRegistrationNumber: Scalars['String']['input'];
};

export type RegisterFacilityInput = {
  address: InputMaybe<Scalars['String']['input']>;
  areaSquareMeters: InputMaybe<Scalars['Float']['input']>;
  capacity: InputMaybe<Scalars['Int']['input']>;
  centreModel: InputMaybe<HomeCareCentreModel>;
  district: Scalars['String']['input'];
  /** Stable id chosen by the registrar (letters, digits, Hangul, _.:-). */
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  openedOn: InputMaybe<Scalars['Date']['input']>;
  openedOnPrecision: InputMaybe<DatePrecision>;
  operationMode: OperationMode;
  operatorId: Scalars['ID']['input'];
  services: Array<CareService>;
  status: FacilityStatus;
  type: FacilityType;
};

export type RegisterHubCareOfficeInput = {
  district: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** From 2023, the pilot's first year. */
  openedOn: Scalars['Date']['input'];
  services: Array<HubCareService>;
};

export type RespondentGroup =
  /** 돌봄제공인력 (care workers) */
  | 'CARE_WORKERS'
  /** 이용자 (service users) */
  | 'USERS';

/** 서비스 요소별 만족도 (element scores), 0–100. */
export type SatisfactionElements = {
  __typename?: 'SatisfactionElements';
  /** 친절성 */
  courtesy: Scalars['Float']['output'];
  /** 전문성 */
  expertise: Scalars['Float']['output'];
  /** 정보 제공성 */
  information: Scalars['Float']['output'];
  /** 욕구충족도 */
  needsMet: Scalars['Float']['output'];
  /** 요구사항 처리 노력 */
  responsiveness: Scalars['Float']['output'];
  /** 적시성 */
  timeliness: Scalars['Float']['output'];
};

export type SatisfactionElementsInput = {
  courtesy: Scalars['Float']['input'];
  expertise: Scalars['Float']['input'];
  information: Scalars['Float']['input'];
  needsMet: Scalars['Float']['input'];
  responsiveness: Scalars['Float']['input'];
  timeliness: Scalars['Float']['input'];
};

export type SosDistrictVolume = {
  __typename?: 'SosDistrictVolume';
  count: Scalars['Int']['output'];
  district: District;
};

export type SosProvider =
  /** 우리동네 나눔반장 (the social-economy consortia) */
  | 'NANUM_BANJANG'
  /** 돌봄SOS센터 (the care SOS centres, all providers) */
  | 'SOS_CENTRE';

export type SosReportedTotalInput = {
  amount: InputMaybe<Scalars['KRW']['input']>;
  count: InputMaybe<Scalars['Int']['input']>;
  provider: SosProvider;
  scope: SosTotalScope;
  source: Scalars['String']['input'];
};

export type SosService =
  /** 건강지원 (health support) */
  | 'HEALTH_SUPPORT'
  /** 주거편의 (housing convenience) */
  | 'HOUSING_CONVENIENCE'
  /** 정보상담 (information and counselling) */
  | 'INFORMATION_COUNSELLING'
  /** 식사지원 (meal support) */
  | 'MEAL_SUPPORT'
  /** 이동지원 (mobility support) */
  | 'MOBILITY_SUPPORT'
  /** 단기시설 (short-term facility stay) */
  | 'SHORT_TERM_FACILITY'
  /** 일시재가 (temporary home care) */
  | 'TEMPORARY_HOME_CARE'
  /** 안부확인 (wellbeing check) */
  | 'WELLBEING_CHECK';

export type SosServiceVolume = {
  __typename?: 'SosServiceVolume';
  amount?: Maybe<Scalars['KRW']['output']>;
  count: Scalars['Int']['output'];
  serviceType: SosService;
};

export type SosTotalScope =
  /** 총계 (all services) */
  | 'ALL_SERVICES'
  /** 일상편의서비스 소계 (식사지원 + 이동지원 + 주거편의) */
  | 'DAILY_CONVENIENCE';

export type SosVolumeLine = {
  __typename?: 'SosVolumeLine';
  /** 서비스 제공금액, where printed. */
  amount?: Maybe<Scalars['KRW']['output']>;
  /** 서비스 제공수 (건). */
  count: Scalars['Int']['output'];
  district?: Maybe<District>;
  provider: SosProvider;
  serviceType: SosService;
};

export type SosVolumeLineInput = {
  amount: InputMaybe<Scalars['KRW']['input']>;
  count: Scalars['Int']['input'];
  district: InputMaybe<Scalars['String']['input']>;
  provider: SosProvider;
  serviceType: SosService;
};

/** A printed 돌봄SOS volume table (서비스 제공실적). */
export type SosVolumeReport = {
  __typename?: 'SosVolumeReport';
  /** 건수 per district (자치구별 실적) of one provider, computed from the lines that name a district. */
  byDistrict: Array<SosDistrictVolume>;
  /** 건수 and 금액 per service type of one provider, computed from the lines. */
  byServiceType: Array<SosServiceVolume>;
  /** True when the lines cover every 돌봄SOS service, so an all-services total can be computed. */
  coversAllServices: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lines: Array<SosVolumeLine>;
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  /** Where the table is printed (e.g. 004 L116–127). */
  source: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Every printed total beside the total computed from the lines. */
  totals: Array<SosVolumeTotal>;
};


/** A printed 돌봄SOS volume table (서비스 제공실적). */
export type SosVolumeReportByDistrictArgs = {
  provider: SosProvider;
};


/** A printed 돌봄SOS volume table (서비스 제공실적). */
export type SosVolumeReportByServiceTypeArgs = {
  provider: SosProvider;
};

export type SosVolumeReportInput = {
  coversAllServices: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  lines: Array<SosVolumeLineInput>;
  periodEnd: Scalars['Date']['input'];
  periodStart: Scalars['Date']['input'];
  reportedTotals: Array<SosReportedTotalInput>;
  source: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type SosVolumeTotal = {
  __typename?: 'SosVolumeTotal';
  amount?: Maybe<Scalars['KRW']['output']>;
  amountMatches?: Maybe<Scalars['Boolean']['output']>;
  /** Computed from the lines; null when the lines do not cover the scope. */
  count?: Maybe<Scalars['Int']['output']>;
  /** Whether the printed figure equals the computed one; null when either is missing. */
  countMatches?: Maybe<Scalars['Boolean']['output']>;
  provider: SosProvider;
  reportedAmount?: Maybe<Scalars['KRW']['output']>;
  reportedCount?: Maybe<Scalars['Int']['output']>;
  scope: SosTotalScope;
  source: Scalars['String']['output'];
};

/** A facility's substitute dispatches in a period, from staffing's SubstituteDispatch* events. */
export type SubstituteCoverage = {
  __typename?: 'SubstituteCoverage';
  cancelled: Scalars['Int']['output'];
  completed: Scalars['Int']['output'];
  /** Matched to a worker and not cancelled (MATCHED, DISPATCHED or COMPLETED). */
  confirmed: Scalars['Int']['output'];
  /** 파견일수 of the completed dispatches. */
  daysCovered: Scalars['Int']['output'];
  /** 파견일수 of the confirmed dispatches not completed yet. */
  daysScheduled: Scalars['Int']['output'];
  /** Under way (파견 중). */
  dispatched: Scalars['Int']['output'];
  month?: Maybe<Scalars['Int']['output']>;
  /** Dispatches requested (every step, cancelled ones included). */
  requested: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type VisitServiceType =
  /** 긴급돌봄 (emergency care) */
  | 'EMERGENCY_CARE'
  /** 틈새돌봄 (gap care) */
  | 'GAP_CARE'
  | 'HEALTH_SUPPORT'
  | 'HOUSING_CONVENIENCE'
  | 'INFORMATION_COUNSELLING'
  | 'MEAL_SUPPORT'
  | 'MOBILITY_SUPPORT'
  | 'SHORT_TERM_FACILITY'
  | 'TEMPORARY_HOME_CARE'
  | 'WELLBEING_CHECK';



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
  CareRecipient: CareRecipient;
  CareRequest: CareRequest;
  CareVisit: CareVisit;
  Complaint: Complaint;
  Facility: Facility;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  CareRecipient:
    ( { __typename: 'CareRecipient' }
    & GraphQLRecursivePick<FederationTypes['CareRecipient'], {"id":true}> );
  CareRequest:
    ( { __typename: 'CareRequest' }
    & GraphQLRecursivePick<FederationTypes['CareRequest'], {"id":true}> );
  CareVisit:
    ( { __typename: 'CareVisit' }
    & GraphQLRecursivePick<FederationTypes['CareVisit'], {"id":true}> );
  Complaint:
    ( { __typename: 'Complaint' }
    & GraphQLRecursivePick<FederationTypes['Complaint'], {"id":true}> );
  Facility:
    ( { __typename: 'Facility' }
    & GraphQLRecursivePick<FederationTypes['Facility'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: ResolverTypeWrapper<Agency>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssessCareRequestInput: AssessCareRequestInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CallCentreConsultation: ResolverTypeWrapper<CallCentreConsultationDocModel>;
  CallCentreConsultationInput: CallCentreConsultationInput;
  CallCentreDistrictCount: ResolverTypeWrapper<Omit<CallCentreDistrictCount, 'district'> & { district: string }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CallCentreOutcomeCount: ResolverTypeWrapper<CallCentreOutcomeCount>;
  CallCentreStatistics: ResolverTypeWrapper<Omit<CallCentreStatistics, 'byDistrict'> & { byDistrict: Array<ResolversTypes['CallCentreDistrictCount']> }>;
  CallCentreTopicCount: ResolverTypeWrapper<CallCentreTopicCount>;
  CallOutcome: CallOutcome;
  CapUnit: CapUnit;
  CareActivity: CareActivity;
  CareAssessment: ResolverTypeWrapper<CareAssessment>;
  CareCap: CareCap;
  CareCapUsage: ResolverTypeWrapper<CareCapUsage>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CareDemand: ResolverTypeWrapper<CareDemandModel>;
  CareDemandService: ResolverTypeWrapper<CareDemandService>;
  CarePartnerAgreement: ResolverTypeWrapper<CarePartnerAgreementDocModel>;
  CarePartnerAgreementInput: CarePartnerAgreementInput;
  CarePartnerProgress: ResolverTypeWrapper<Omit<CarePartnerProgress, 'agency'> & { agencyId: string }>;
  CarePartnerTypeCount: ResolverTypeWrapper<CarePartnerTypeCount>;
  CarePlan: ResolverTypeWrapper<Omit<CarePlan, 'facility'> & { facilityId: string | null }>;
  CareRecipient: ResolverTypeWrapper<CareRecipientDocModel>;
  CareRecipientConnection: ResolverTypeWrapper<Omit<CareRecipientConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CareRecipientEdge']>, nodes: Array<ResolversTypes['CareRecipient']> }>;
  CareRecipientEdge: ResolverTypeWrapper<Omit<CareRecipientEdge, 'node'> & { node: ResolversTypes['CareRecipient'] }>;
  CareRecipientStatus: CareRecipientStatus;
  CareRecipientStatusChange: ResolverTypeWrapper<CareRecipientStatusChange>;
  CareRequest: ResolverTypeWrapper<CareRequestDocModel>;
  CareRequestConnection: ResolverTypeWrapper<Omit<CareRequestConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CareRequestEdge']>, nodes: Array<ResolversTypes['CareRequest']> }>;
  CareRequestEdge: ResolverTypeWrapper<Omit<CareRequestEdge, 'node'> & { node: ResolversTypes['CareRequest'] }>;
  CareRequestOutcome: CareRequestOutcome;
  CareRequestStatus: CareRequestStatus;
  CareSatisfactionSurvey: ResolverTypeWrapper<SatisfactionSurveyDocModel>;
  CareSatisfactionSurveyInput: CareSatisfactionSurveyInput;
  CareService: CareService;
  CareVisit: ResolverTypeWrapper<CareVisitDocModel>;
  CareVisitConnection: ResolverTypeWrapper<Omit<CareVisitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CareVisitEdge']>, nodes: Array<ResolversTypes['CareVisit']> }>;
  CareVisitEdge: ResolverTypeWrapper<Omit<CareVisitEdge, 'node'> & { node: ResolversTypes['CareVisit'] }>;
  Complaint: ResolverTypeWrapper<ComplaintDocModel>;
  ComplaintChannel: ComplaintChannel;
  ComplaintConnection: ResolverTypeWrapper<Omit<ComplaintConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ComplaintEdge']>, nodes: Array<ResolversTypes['Complaint']> }>;
  ComplaintEdge: ResolverTypeWrapper<Omit<ComplaintEdge, 'node'> & { node: ResolversTypes['Complaint'] }>;
  ComplaintStage: ComplaintStage;
  ComplaintStageChange: ResolverTypeWrapper<ComplaintStageChange>;
  ComplaintStageSummary: ResolverTypeWrapper<ComplaintStageSummary>;
  DailyCareLine: ResolverTypeWrapper<DailyCareLine>;
  DailyCareReport: ResolverTypeWrapper<Omit<DailyCareReport, 'facility'> & { facility: { id: string } | null }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: DatePrecision;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DiagnosisScope: DiagnosisScope;
  DiagnosisStatus: DiagnosisStatus;
  DiagnosisTrigger: DiagnosisTrigger;
  District: ResolverTypeWrapper<District>;
  EligibilityReason: EligibilityReason;
  EmergencyCareWorker: ResolverTypeWrapper<EmergencyCareWorker>;
  EntrustFacilityInput: EntrustFacilityInput;
  Facility: ResolverTypeWrapper<FacilityDocModel>;
  FacilityConnection: ResolverTypeWrapper<Omit<FacilityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['FacilityEdge']>, nodes: Array<ResolversTypes['Facility']> }>;
  FacilityEdge: ResolverTypeWrapper<Omit<FacilityEdge, 'node'> & { node: ResolversTypes['Facility'] }>;
  FacilityMonitoring: ResolverTypeWrapper<FacilityMonitoringDocModel>;
  FacilityMonitoringInput: FacilityMonitoringInput;
  FacilityStatus: FacilityStatus;
  FacilityType: FacilityType;
  HomeCareCentreModel: HomeCareCentreModel;
  HouseholdType: HouseholdType;
  HubCareOffice: ResolverTypeWrapper<HubCareOfficeDocModel>;
  HubCareOfficeProgress: ResolverTypeWrapper<HubCareOfficeProgress>;
  HubCareOfficeYear: ResolverTypeWrapper<HubCareOfficeYear>;
  HubCareService: HubCareService;
  InnovationMeasure: InnovationMeasure;
  IntakeChannel: IntakeChannel;
  KRW: ResolverTypeWrapper<Scalars['KRW']['output']>;
  MonitoringMode: MonitoringMode;
  MonitoringProgress: ResolverTypeWrapper<MonitoringProgress>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenDiagnosisInput: OpenDiagnosisInput;
  OperationMode: OperationMode;
  OrganizationalDiagnosis: ResolverTypeWrapper<OrganizationalDiagnosisDocModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlanCareRequestInput: PlanCareRequestInput;
  ProviderOrganization: ResolverTypeWrapper<ProviderOrganization>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiveCareRequestInput: ReceiveCareRequestInput;
  ReceiveComplaintInput: ReceiveComplaintInput;
  RecordCareVisitInput: RecordCareVisitInput;
  RegisterCareRecipientInput: RegisterCareRecipientInput;
  RegisterFacilityInput: RegisterFacilityInput;
  RegisterHubCareOfficeInput: RegisterHubCareOfficeInput;
  RespondentGroup: RespondentGroup;
  SatisfactionElements: ResolverTypeWrapper<SatisfactionElements>;
  SatisfactionElementsInput: SatisfactionElementsInput;
  SosDistrictVolume: ResolverTypeWrapper<SosDistrictVolume>;
  SosProvider: SosProvider;
  SosReportedTotalInput: SosReportedTotalInput;
  SosService: SosService;
  SosServiceVolume: ResolverTypeWrapper<SosServiceVolume>;
  SosTotalScope: SosTotalScope;
  SosVolumeLine: ResolverTypeWrapper<SosVolumeLine>;
  SosVolumeLineInput: SosVolumeLineInput;
  SosVolumeReport: ResolverTypeWrapper<SosVolumeReportDocModel>;
  SosVolumeReportInput: SosVolumeReportInput;
  SosVolumeTotal: ResolverTypeWrapper<SosVolumeTotal>;
  SubstituteCoverage: ResolverTypeWrapper<SubstituteCoverage>;
  VisitServiceType: VisitServiceType;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: Agency;
  ID: Scalars['ID']['output'];
  AssessCareRequestInput: AssessCareRequestInput;
  Boolean: Scalars['Boolean']['output'];
  CallCentreConsultation: CallCentreConsultationDocModel;
  CallCentreConsultationInput: CallCentreConsultationInput;
  CallCentreDistrictCount: Omit<CallCentreDistrictCount, 'district'> & { district: string };
  Int: Scalars['Int']['output'];
  CallCentreOutcomeCount: CallCentreOutcomeCount;
  CallCentreStatistics: Omit<CallCentreStatistics, 'byDistrict'> & { byDistrict: Array<ResolversParentTypes['CallCentreDistrictCount']> };
  CallCentreTopicCount: CallCentreTopicCount;
  CareAssessment: CareAssessment;
  CareCapUsage: CareCapUsage;
  Float: Scalars['Float']['output'];
  CareDemand: CareDemandModel;
  CareDemandService: CareDemandService;
  CarePartnerAgreement: CarePartnerAgreementDocModel;
  CarePartnerAgreementInput: CarePartnerAgreementInput;
  CarePartnerProgress: Omit<CarePartnerProgress, 'agency'> & { agencyId: string };
  CarePartnerTypeCount: CarePartnerTypeCount;
  CarePlan: Omit<CarePlan, 'facility'> & { facilityId: string | null };
  CareRecipient: CareRecipientDocModel;
  CareRecipientConnection: Omit<CareRecipientConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CareRecipientEdge']>, nodes: Array<ResolversParentTypes['CareRecipient']> };
  CareRecipientEdge: Omit<CareRecipientEdge, 'node'> & { node: ResolversParentTypes['CareRecipient'] };
  CareRecipientStatusChange: CareRecipientStatusChange;
  CareRequest: CareRequestDocModel;
  CareRequestConnection: Omit<CareRequestConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CareRequestEdge']>, nodes: Array<ResolversParentTypes['CareRequest']> };
  CareRequestEdge: Omit<CareRequestEdge, 'node'> & { node: ResolversParentTypes['CareRequest'] };
  CareSatisfactionSurvey: SatisfactionSurveyDocModel;
  CareSatisfactionSurveyInput: CareSatisfactionSurveyInput;
  CareVisit: CareVisitDocModel;
  CareVisitConnection: Omit<CareVisitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CareVisitEdge']>, nodes: Array<ResolversParentTypes['CareVisit']> };
  CareVisitEdge: Omit<CareVisitEdge, 'node'> & { node: ResolversParentTypes['CareVisit'] };
  Complaint: ComplaintDocModel;
  ComplaintConnection: Omit<ComplaintConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ComplaintEdge']>, nodes: Array<ResolversParentTypes['Complaint']> };
  ComplaintEdge: Omit<ComplaintEdge, 'node'> & { node: ResolversParentTypes['Complaint'] };
  ComplaintStageChange: ComplaintStageChange;
  ComplaintStageSummary: ComplaintStageSummary;
  DailyCareLine: DailyCareLine;
  DailyCareReport: Omit<DailyCareReport, 'facility'> & { facility: { id: string } | null };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  District: District;
  EmergencyCareWorker: EmergencyCareWorker;
  EntrustFacilityInput: EntrustFacilityInput;
  Facility: FacilityDocModel;
  FacilityConnection: Omit<FacilityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['FacilityEdge']>, nodes: Array<ResolversParentTypes['Facility']> };
  FacilityEdge: Omit<FacilityEdge, 'node'> & { node: ResolversParentTypes['Facility'] };
  FacilityMonitoring: FacilityMonitoringDocModel;
  FacilityMonitoringInput: FacilityMonitoringInput;
  HubCareOffice: HubCareOfficeDocModel;
  HubCareOfficeProgress: HubCareOfficeProgress;
  HubCareOfficeYear: HubCareOfficeYear;
  KRW: Scalars['KRW']['output'];
  MonitoringProgress: MonitoringProgress;
  Mutation: Record<PropertyKey, never>;
  OpenDiagnosisInput: OpenDiagnosisInput;
  OrganizationalDiagnosis: OrganizationalDiagnosisDocModel;
  PageInfo: PageInfo;
  PlanCareRequestInput: PlanCareRequestInput;
  ProviderOrganization: ProviderOrganization;
  Query: Record<PropertyKey, never>;
  ReceiveCareRequestInput: ReceiveCareRequestInput;
  ReceiveComplaintInput: ReceiveComplaintInput;
  RecordCareVisitInput: RecordCareVisitInput;
  RegisterCareRecipientInput: RegisterCareRecipientInput;
  RegisterFacilityInput: RegisterFacilityInput;
  RegisterHubCareOfficeInput: RegisterHubCareOfficeInput;
  SatisfactionElements: SatisfactionElements;
  SatisfactionElementsInput: SatisfactionElementsInput;
  SosDistrictVolume: SosDistrictVolume;
  SosReportedTotalInput: SosReportedTotalInput;
  SosServiceVolume: SosServiceVolume;
  SosVolumeLine: SosVolumeLine;
  SosVolumeLineInput: SosVolumeLineInput;
  SosVolumeReport: SosVolumeReportDocModel;
  SosVolumeReportInput: SosVolumeReportInput;
  SosVolumeTotal: SosVolumeTotal;
  SubstituteCoverage: SubstituteCoverage;
  String: Scalars['String']['output'];
};

export type AuthDirectiveArgs = {
  requires?: Maybe<Array<Scalars['String']['input']>>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = any, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = any, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ScopedDirectiveArgs = {
  district?: Maybe<Scalars['String']['input']>;
  facility?: Maybe<Scalars['String']['input']>;
};

export type ScopedDirectiveResolver<Result, Parent, ContextType = any, Args = ScopedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgencyResolvers<ContextType = any, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CallCentreConsultationResolvers<ContextType = any, ParentType extends ResolversParentTypes['CallCentreConsultation'] = ResolversParentTypes['CallCentreConsultation']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['CallOutcome'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['CareRecipient']>, ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['CareRequest']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['SosService']>, ParentType, ContextType>;
};

export type CallCentreDistrictCountResolvers<ContextType = any, ParentType extends ResolversParentTypes['CallCentreDistrictCount'] = ResolversParentTypes['CallCentreDistrictCount']> = {
  consultations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
};

export type CallCentreOutcomeCountResolvers<ContextType = any, ParentType extends ResolversParentTypes['CallCentreOutcomeCount'] = ResolversParentTypes['CallCentreOutcomeCount']> = {
  consultations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['CallOutcome'], ParentType, ContextType>;
};

export type CallCentreStatisticsResolvers<ContextType = any, ParentType extends ResolversParentTypes['CallCentreStatistics'] = ResolversParentTypes['CallCentreStatistics']> = {
  byDistrict?: Resolver<Array<ResolversTypes['CallCentreDistrictCount']>, ParentType, ContextType>;
  byOutcome?: Resolver<Array<ResolversTypes['CallCentreOutcomeCount']>, ParentType, ContextType>;
  byTopic?: Resolver<Array<ResolversTypes['CallCentreTopicCount']>, ParentType, ContextType>;
  consultations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CallCentreTopicCountResolvers<ContextType = any, ParentType extends ResolversParentTypes['CallCentreTopicCount'] = ResolversParentTypes['CallCentreTopicCount']> = {
  consultations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceType?: Resolver<ResolversTypes['SosService'], ParentType, ContextType>;
};

export type CareAssessmentResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareAssessment'] = ResolversParentTypes['CareAssessment']> = {
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  assessedServices?: Resolver<Array<ResolversTypes['SosService']>, ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CareCapUsageResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareCapUsage'] = ResolversParentTypes['CareCapUsage']> = {
  cap?: Resolver<ResolversTypes['CareCap'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['CapUnit'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  windowEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  windowStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type CareDemandResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareDemand'] = ResolversParentTypes['CareDemand']> = {
  byService?: Resolver<Array<ResolversTypes['CareDemandService']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  households?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referralRequests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CareDemandServiceResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareDemandService'] = ResolversParentTypes['CareDemandService']> = {
  households?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceType?: Resolver<ResolversTypes['SosService'], ParentType, ContextType>;
};

export type CarePartnerAgreementResolvers<ContextType = any, ParentType extends ResolversParentTypes['CarePartnerAgreement'] = ResolversParentTypes['CarePartnerAgreement']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['ProviderOrganization'], ParentType, ContextType>;
  providerType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CarePartnerProgressResolvers<ContextType = any, ParentType extends ResolversParentTypes['CarePartnerProgress'] = ResolversParentTypes['CarePartnerProgress']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  agreements?: Resolver<Array<ResolversTypes['CarePartnerAgreement']>, ParentType, ContextType>;
  byProviderType?: Resolver<Array<ResolversTypes['CarePartnerTypeCount']>, ParentType, ContextType>;
  meetsTarget?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CarePartnerTypeCountResolvers<ContextType = any, ParentType extends ResolversParentTypes['CarePartnerTypeCount'] = ResolversParentTypes['CarePartnerTypeCount']> = {
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  providerType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CarePlanResolvers<ContextType = any, ParentType extends ResolversParentTypes['CarePlan'] = ResolversParentTypes['CarePlan']> = {
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  plannedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['SosService']>, ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CareRecipientResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareRecipient'] = ResolversParentTypes['CareRecipient'], FederationReferenceType extends FederationReferenceTypes['CareRecipient'] = FederationReferenceTypes['CareRecipient']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CareRecipient']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  eligibilityReasons?: Resolver<Array<ResolversTypes['EligibilityReason']>, ParentType, ContextType>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  household?: Resolver<ResolversTypes['HouseholdType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personalDataVisible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CareRecipientStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['CareRecipientStatusChange']>, ParentType, ContextType>;
  visits?: Resolver<Maybe<ResolversTypes['CareVisitConnection']>, ParentType, ContextType, RequireFields<CareRecipientVisitsArgs, 'first'>>;
};

export type CareRecipientConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareRecipientConnection'] = ResolversParentTypes['CareRecipientConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CareRecipientEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CareRecipient']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CareRecipientEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareRecipientEdge'] = ResolversParentTypes['CareRecipientEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CareRecipient'], ParentType, ContextType>;
};

export type CareRecipientStatusChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareRecipientStatusChange'] = ResolversParentTypes['CareRecipientStatusChange']> = {
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CareRecipientStatus'], ParentType, ContextType>;
};

export type CareRequestResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareRequest'] = ResolversParentTypes['CareRequest'], FederationReferenceType extends FederationReferenceTypes['CareRequest'] = FederationReferenceTypes['CareRequest']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CareRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  assessment?: Resolver<Maybe<ResolversTypes['CareAssessment']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['IntakeChannel'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['CareRequestOutcome']>, ParentType, ContextType>;
  outcomeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['CarePlan']>, ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['CareRecipient']>, ParentType, ContextType>;
  referralId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  requestedServices?: Resolver<Array<ResolversTypes['SosService']>, ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CareRequestStatus'], ParentType, ContextType>;
};

export type CareRequestConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareRequestConnection'] = ResolversParentTypes['CareRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CareRequestEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CareRequest']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CareRequestEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareRequestEdge'] = ResolversParentTypes['CareRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CareRequest'], ParentType, ContextType>;
};

export type CareSatisfactionSurveyResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareSatisfactionSurvey'] = ResolversParentTypes['CareSatisfactionSurvey']> = {
  conductedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  elements?: Resolver<ResolversTypes['SatisfactionElements'], ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetsTarget?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  respondentGroup?: Resolver<ResolversTypes['RespondentGroup'], ParentType, ContextType>;
  respondents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rural?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CareVisitResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareVisit'] = ResolversParentTypes['CareVisit'], FederationReferenceType extends FederationReferenceTypes['CareVisit'] = FederationReferenceTypes['CareVisit']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CareVisit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<Array<ResolversTypes['CareActivity']>, ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  covidRelated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deliveredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['CareRecipient'], ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['CareRequest']>, ParentType, ContextType>;
  serviceType?: Resolver<ResolversTypes['VisitServiceType'], ParentType, ContextType>;
  unitHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  workers?: Resolver<Array<ResolversTypes['EmergencyCareWorker']>, ParentType, ContextType>;
};

export type CareVisitConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareVisitConnection'] = ResolversParentTypes['CareVisitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CareVisitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CareVisit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CareVisitEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareVisitEdge'] = ResolversParentTypes['CareVisitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CareVisit'], ParentType, ContextType>;
};

export type ComplaintResolvers<ContextType = any, ParentType extends ResolversParentTypes['Complaint'] = ResolversParentTypes['Complaint'], FederationReferenceType extends FederationReferenceTypes['Complaint'] = FederationReferenceTypes['Complaint']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Complaint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ageDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType, ComplaintAgeDaysArgs>;
  channel?: Resolver<ResolversTypes['ComplaintChannel'], ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ComplaintStageChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['CareRecipient']>, ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ComplaintStage'], ParentType, ContextType>;
};

export type ComplaintConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['ComplaintConnection'] = ResolversParentTypes['ComplaintConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ComplaintEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Complaint']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComplaintEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['ComplaintEdge'] = ResolversParentTypes['ComplaintEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType>;
};

export type ComplaintStageChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['ComplaintStageChange'] = ResolversParentTypes['ComplaintStageChange']> = {
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ComplaintStage'], ParentType, ContextType>;
};

export type ComplaintStageSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['ComplaintStageSummary'] = ResolversParentTypes['ComplaintStageSummary']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meanAgeDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  oldestAgeDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ComplaintStage'], ParentType, ContextType>;
};

export type DailyCareLineResolvers<ContextType = any, ParentType extends ResolversParentTypes['DailyCareLine'] = ResolversParentTypes['DailyCareLine']> = {
  amount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  serviceType?: Resolver<ResolversTypes['VisitServiceType'], ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DailyCareReportResolvers<ContextType = any, ParentType extends ResolversParentTypes['DailyCareReport'] = ResolversParentTypes['DailyCareReport']> = {
  amount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  byServiceType?: Resolver<Array<ResolversTypes['DailyCareLine']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recipients?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = any, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EmergencyCareWorkerResolvers<ContextType = any, ParentType extends ResolversParentTypes['EmergencyCareWorker'] = ResolversParentTypes['EmergencyCareWorker']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type FacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility'], FederationReferenceType extends FederationReferenceTypes['Facility'] = FederationReferenceTypes['Facility']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Facility']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  areaSquareMeters?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  centreModel?: Resolver<Maybe<ResolversTypes['HomeCareCentreModel']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  entrustmentEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  entrustmentStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  openedOnPrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  operationMode?: Resolver<ResolversTypes['OperationMode'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  satisfactionSurveys?: Resolver<Array<ResolversTypes['CareSatisfactionSurvey']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['CareService']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FacilityStatus'], ParentType, ContextType>;
  substituteCoverage?: Resolver<ResolversTypes['SubstituteCoverage'], ParentType, ContextType, RequireFields<FacilitySubstituteCoverageArgs, 'year'>>;
  type?: Resolver<ResolversTypes['FacilityType'], ParentType, ContextType>;
};

export type FacilityConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['FacilityConnection'] = ResolversParentTypes['FacilityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FacilityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FacilityEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['FacilityEdge'] = ResolversParentTypes['FacilityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
};

export type FacilityMonitoringResolvers<ContextType = any, ParentType extends ResolversParentTypes['FacilityMonitoring'] = ResolversParentTypes['FacilityMonitoring']> = {
  diagnosis?: Resolver<Maybe<ResolversTypes['OrganizationalDiagnosis']>, ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuesHeard?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['MonitoringMode'], ParentType, ContextType>;
  monitoredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  needsDiagnosis?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  staffInterviewed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usersInterviewed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HubCareOfficeResolvers<ContextType = any, ParentType extends ResolversParentTypes['HubCareOffice'] = ResolversParentTypes['HubCareOffice']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['HubCareService']>, ParentType, ContextType>;
  yearly?: Resolver<Array<ResolversTypes['HubCareOfficeYear']>, ParentType, ContextType>;
};

export type HubCareOfficeProgressResolvers<ContextType = any, ParentType extends ResolversParentTypes['HubCareOfficeProgress'] = ResolversParentTypes['HubCareOfficeProgress']> = {
  officesMeetingTarget?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  officesOpen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  officesTarget?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  peoplePerOfficeTarget?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  peopleSupported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peopleTarget?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HubCareOfficeYearResolvers<ContextType = any, ParentType extends ResolversParentTypes['HubCareOfficeYear'] = ResolversParentTypes['HubCareOfficeYear']> = {
  peopleSupported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface KrwScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['KRW'], any> {
  name: 'KRW';
}

export type MonitoringProgressResolvers<ContextType = any, ParentType extends ResolversParentTypes['MonitoringProgress'] = ResolversParentTypes['MonitoringProgress']> = {
  inPerson?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inPersonTarget?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remote?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remoteTarget?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  advanceComplaint: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationAdvanceComplaintArgs, 'id' | 'on' | 'stage'>>;
  assessCareRequest: Resolver<ResolversTypes['CareRequest'], ParentType, ContextType, RequireFields<MutationAssessCareRequestArgs, 'id' | 'input'>>;
  completeOrganizationalDiagnosis: Resolver<ResolversTypes['OrganizationalDiagnosis'], ParentType, ContextType, RequireFields<MutationCompleteOrganizationalDiagnosisArgs, 'completedOn' | 'id' | 'measures'>>;
  endFacilityEntrustment: Resolver<ResolversTypes['Facility'], ParentType, ContextType, RequireFields<MutationEndFacilityEntrustmentArgs, 'endedOn' | 'id' | 'reason'>>;
  entrustFacility: Resolver<ResolversTypes['Facility'], ParentType, ContextType, RequireFields<MutationEntrustFacilityArgs, 'input'>>;
  moveCareRecipient: Resolver<ResolversTypes['CareRecipient'], ParentType, ContextType, RequireFields<MutationMoveCareRecipientArgs, 'id' | 'on' | 'status'>>;
  openFacility: Resolver<ResolversTypes['Facility'], ParentType, ContextType, RequireFields<MutationOpenFacilityArgs, 'id' | 'openedOn'>>;
  openOrganizationalDiagnosis: Resolver<ResolversTypes['OrganizationalDiagnosis'], ParentType, ContextType, RequireFields<MutationOpenOrganizationalDiagnosisArgs, 'input'>>;
  planCareRequest: Resolver<ResolversTypes['CareRequest'], ParentType, ContextType, RequireFields<MutationPlanCareRequestArgs, 'id' | 'input'>>;
  receiveCareRequest: Resolver<ResolversTypes['CareRequest'], ParentType, ContextType, RequireFields<MutationReceiveCareRequestArgs, 'input'>>;
  receiveComplaint: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationReceiveComplaintArgs, 'input'>>;
  recordCallCentreConsultation: Resolver<ResolversTypes['CallCentreConsultation'], ParentType, ContextType, RequireFields<MutationRecordCallCentreConsultationArgs, 'input'>>;
  recordCareSatisfactionSurvey: Resolver<ResolversTypes['CareSatisfactionSurvey'], ParentType, ContextType, RequireFields<MutationRecordCareSatisfactionSurveyArgs, 'input'>>;
  recordCareVisit: Resolver<ResolversTypes['CareVisit'], ParentType, ContextType, RequireFields<MutationRecordCareVisitArgs, 'input'>>;
  recordFacilityMonitoring: Resolver<ResolversTypes['FacilityMonitoring'], ParentType, ContextType, RequireFields<MutationRecordFacilityMonitoringArgs, 'input'>>;
  recordSosVolumeReport: Resolver<ResolversTypes['SosVolumeReport'], ParentType, ContextType, RequireFields<MutationRecordSosVolumeReportArgs, 'input'>>;
  registerCareRecipient: Resolver<ResolversTypes['CareRecipient'], ParentType, ContextType, RequireFields<MutationRegisterCareRecipientArgs, 'input'>>;
  registerFacility: Resolver<ResolversTypes['Facility'], ParentType, ContextType, RequireFields<MutationRegisterFacilityArgs, 'input'>>;
  registerHubCareOffice: Resolver<ResolversTypes['HubCareOffice'], ParentType, ContextType, RequireFields<MutationRegisterHubCareOfficeArgs, 'input'>>;
  reportHubCareOfficeYear: Resolver<ResolversTypes['HubCareOffice'], ParentType, ContextType, RequireFields<MutationReportHubCareOfficeYearArgs, 'id' | 'peopleSupported' | 'year'>>;
  resolveCareRequest: Resolver<ResolversTypes['CareRequest'], ParentType, ContextType, RequireFields<MutationResolveCareRequestArgs, 'id' | 'outcome' | 'resolvedOn'>>;
  signCarePartnerAgreement: Resolver<ResolversTypes['CarePartnerAgreement'], ParentType, ContextType, RequireFields<MutationSignCarePartnerAgreementArgs, 'input'>>;
};

export type OrganizationalDiagnosisResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrganizationalDiagnosis'] = ResolversParentTypes['OrganizationalDiagnosis']> = {
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['InnovationMeasure']>, ParentType, ContextType>;
  monitoring?: Resolver<Maybe<ResolversTypes['FacilityMonitoring']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['DiagnosisScope'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DiagnosisStatus'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['DiagnosisTrigger'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProviderOrganizationResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProviderOrganization'] = ResolversParentTypes['ProviderOrganization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  callCentreStatistics: Resolver<ResolversTypes['CallCentreStatistics'], ParentType, ContextType, RequireFields<QueryCallCentreStatisticsArgs, 'from' | 'to'>>;
  careCapUsage: Resolver<Array<ResolversTypes['CareCapUsage']>, ParentType, ContextType, RequireFields<QueryCareCapUsageArgs, 'on' | 'recipientId'>>;
  careDemandByDistrict: Resolver<Array<ResolversTypes['CareDemand']>, ParentType, ContextType, RequireFields<QueryCareDemandByDistrictArgs, 'year'>>;
  carePartnerProgress: Resolver<ResolversTypes['CarePartnerProgress'], ParentType, ContextType, RequireFields<QueryCarePartnerProgressArgs, 'agencyId' | 'year'>>;
  careRecipient: Resolver<Maybe<ResolversTypes['CareRecipient']>, ParentType, ContextType, RequireFields<QueryCareRecipientArgs, 'id'>>;
  careRecipients: Resolver<ResolversTypes['CareRecipientConnection'], ParentType, ContextType, RequireFields<QueryCareRecipientsArgs, 'first'>>;
  careRequest: Resolver<Maybe<ResolversTypes['CareRequest']>, ParentType, ContextType, RequireFields<QueryCareRequestArgs, 'id'>>;
  careRequests: Resolver<ResolversTypes['CareRequestConnection'], ParentType, ContextType, RequireFields<QueryCareRequestsArgs, 'first'>>;
  careSatisfactionSurveys: Resolver<Array<ResolversTypes['CareSatisfactionSurvey']>, ParentType, ContextType, QueryCareSatisfactionSurveysArgs>;
  careVisit: Resolver<Maybe<ResolversTypes['CareVisit']>, ParentType, ContextType, RequireFields<QueryCareVisitArgs, 'id'>>;
  complaint: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType, RequireFields<QueryComplaintArgs, 'id'>>;
  complaints: Resolver<ResolversTypes['ComplaintConnection'], ParentType, ContextType, RequireFields<QueryComplaintsArgs, 'first'>>;
  complaintsByStage: Resolver<Array<ResolversTypes['ComplaintStageSummary']>, ParentType, ContextType, QueryComplaintsByStageArgs>;
  dailyCareReport: Resolver<ResolversTypes['DailyCareReport'], ParentType, ContextType, RequireFields<QueryDailyCareReportArgs, 'date'>>;
  facilities: Resolver<ResolversTypes['FacilityConnection'], ParentType, ContextType, RequireFields<QueryFacilitiesArgs, 'first'>>;
  facility: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType, RequireFields<QueryFacilityArgs, 'id'>>;
  facilityMonitorings: Resolver<Array<ResolversTypes['FacilityMonitoring']>, ParentType, ContextType, QueryFacilityMonitoringsArgs>;
  hubCareOfficeProgress: Resolver<ResolversTypes['HubCareOfficeProgress'], ParentType, ContextType, RequireFields<QueryHubCareOfficeProgressArgs, 'year'>>;
  hubCareOffices: Resolver<Array<ResolversTypes['HubCareOffice']>, ParentType, ContextType>;
  monitoringProgress: Resolver<ResolversTypes['MonitoringProgress'], ParentType, ContextType, RequireFields<QueryMonitoringProgressArgs, 'year'>>;
  organizationalDiagnoses: Resolver<Array<ResolversTypes['OrganizationalDiagnosis']>, ParentType, ContextType, QueryOrganizationalDiagnosesArgs>;
  sosVolumeReport: Resolver<Maybe<ResolversTypes['SosVolumeReport']>, ParentType, ContextType, RequireFields<QuerySosVolumeReportArgs, 'id'>>;
  sosVolumeReports: Resolver<Array<ResolversTypes['SosVolumeReport']>, ParentType, ContextType>;
};

export type SatisfactionElementsResolvers<ContextType = any, ParentType extends ResolversParentTypes['SatisfactionElements'] = ResolversParentTypes['SatisfactionElements']> = {
  courtesy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expertise?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  information?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  needsMet?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  responsiveness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  timeliness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SosDistrictVolumeResolvers<ContextType = any, ParentType extends ResolversParentTypes['SosDistrictVolume'] = ResolversParentTypes['SosDistrictVolume']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
};

export type SosServiceVolumeResolvers<ContextType = any, ParentType extends ResolversParentTypes['SosServiceVolume'] = ResolversParentTypes['SosServiceVolume']> = {
  amount?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceType?: Resolver<ResolversTypes['SosService'], ParentType, ContextType>;
};

export type SosVolumeLineResolvers<ContextType = any, ParentType extends ResolversParentTypes['SosVolumeLine'] = ResolversParentTypes['SosVolumeLine']> = {
  amount?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['SosProvider'], ParentType, ContextType>;
  serviceType?: Resolver<ResolversTypes['SosService'], ParentType, ContextType>;
};

export type SosVolumeReportResolvers<ContextType = any, ParentType extends ResolversParentTypes['SosVolumeReport'] = ResolversParentTypes['SosVolumeReport']> = {
  byDistrict?: Resolver<Array<ResolversTypes['SosDistrictVolume']>, ParentType, ContextType, RequireFields<SosVolumeReportByDistrictArgs, 'provider'>>;
  byServiceType?: Resolver<Array<ResolversTypes['SosServiceVolume']>, ParentType, ContextType, RequireFields<SosVolumeReportByServiceTypeArgs, 'provider'>>;
  coversAllServices?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['SosVolumeLine']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['SosVolumeTotal']>, ParentType, ContextType>;
};

export type SosVolumeTotalResolvers<ContextType = any, ParentType extends ResolversParentTypes['SosVolumeTotal'] = ResolversParentTypes['SosVolumeTotal']> = {
  amount?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  amountMatches?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countMatches?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['SosProvider'], ParentType, ContextType>;
  reportedAmount?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  reportedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['SosTotalScope'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubstituteCoverageResolvers<ContextType = any, ParentType extends ResolversParentTypes['SubstituteCoverage'] = ResolversParentTypes['SubstituteCoverage']> = {
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  daysCovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  daysScheduled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dispatched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = any> = {
  Agency?: AgencyResolvers<ContextType>;
  CallCentreConsultation?: CallCentreConsultationResolvers<ContextType>;
  CallCentreDistrictCount?: CallCentreDistrictCountResolvers<ContextType>;
  CallCentreOutcomeCount?: CallCentreOutcomeCountResolvers<ContextType>;
  CallCentreStatistics?: CallCentreStatisticsResolvers<ContextType>;
  CallCentreTopicCount?: CallCentreTopicCountResolvers<ContextType>;
  CareAssessment?: CareAssessmentResolvers<ContextType>;
  CareCapUsage?: CareCapUsageResolvers<ContextType>;
  CareDemand?: CareDemandResolvers<ContextType>;
  CareDemandService?: CareDemandServiceResolvers<ContextType>;
  CarePartnerAgreement?: CarePartnerAgreementResolvers<ContextType>;
  CarePartnerProgress?: CarePartnerProgressResolvers<ContextType>;
  CarePartnerTypeCount?: CarePartnerTypeCountResolvers<ContextType>;
  CarePlan?: CarePlanResolvers<ContextType>;
  CareRecipient?: CareRecipientResolvers<ContextType>;
  CareRecipientConnection?: CareRecipientConnectionResolvers<ContextType>;
  CareRecipientEdge?: CareRecipientEdgeResolvers<ContextType>;
  CareRecipientStatusChange?: CareRecipientStatusChangeResolvers<ContextType>;
  CareRequest?: CareRequestResolvers<ContextType>;
  CareRequestConnection?: CareRequestConnectionResolvers<ContextType>;
  CareRequestEdge?: CareRequestEdgeResolvers<ContextType>;
  CareSatisfactionSurvey?: CareSatisfactionSurveyResolvers<ContextType>;
  CareVisit?: CareVisitResolvers<ContextType>;
  CareVisitConnection?: CareVisitConnectionResolvers<ContextType>;
  CareVisitEdge?: CareVisitEdgeResolvers<ContextType>;
  Complaint?: ComplaintResolvers<ContextType>;
  ComplaintConnection?: ComplaintConnectionResolvers<ContextType>;
  ComplaintEdge?: ComplaintEdgeResolvers<ContextType>;
  ComplaintStageChange?: ComplaintStageChangeResolvers<ContextType>;
  ComplaintStageSummary?: ComplaintStageSummaryResolvers<ContextType>;
  DailyCareLine?: DailyCareLineResolvers<ContextType>;
  DailyCareReport?: DailyCareReportResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  EmergencyCareWorker?: EmergencyCareWorkerResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  FacilityConnection?: FacilityConnectionResolvers<ContextType>;
  FacilityEdge?: FacilityEdgeResolvers<ContextType>;
  FacilityMonitoring?: FacilityMonitoringResolvers<ContextType>;
  HubCareOffice?: HubCareOfficeResolvers<ContextType>;
  HubCareOfficeProgress?: HubCareOfficeProgressResolvers<ContextType>;
  HubCareOfficeYear?: HubCareOfficeYearResolvers<ContextType>;
  KRW?: GraphQLScalarType;
  MonitoringProgress?: MonitoringProgressResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OrganizationalDiagnosis?: OrganizationalDiagnosisResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProviderOrganization?: ProviderOrganizationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SatisfactionElements?: SatisfactionElementsResolvers<ContextType>;
  SosDistrictVolume?: SosDistrictVolumeResolvers<ContextType>;
  SosServiceVolume?: SosServiceVolumeResolvers<ContextType>;
  SosVolumeLine?: SosVolumeLineResolvers<ContextType>;
  SosVolumeReport?: SosVolumeReportResolvers<ContextType>;
  SosVolumeTotal?: SosVolumeTotalResolvers<ContextType>;
  SubstituteCoverage?: SubstituteCoverageResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = any> = {
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
  scoped?: ScopedDirectiveResolver<any, any, ContextType>;
};
