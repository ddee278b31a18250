import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ReportedHeadcountDoc as ReportedHeadcountDocModel } from '../headcount-readings';
import type { HeadcountPlanDoc as HeadcountPlanDocModel, HeadcountTargetDoc as HeadcountTargetDocModel, EmployeeDoc as EmployeeDocModel, EvaluationDoc as EvaluationDocModel, TrainingCourseDoc as TrainingCourseDocModel, TrainingRecordDoc as TrainingRecordDocModel, SubstituteWorkerDoc as SubstituteWorkerDocModel, EmergencyCareWorkerDoc as EmergencyCareWorkerDocModel, SubstituteDispatchDoc as SubstituteDispatchDocModel } from '../models';
import type { RecruitmentRoundDoc as RecruitmentRoundDocModel } from '../recruitment';
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

export type AbsentRole =
  /** 활동지원사 (disability activity-support worker) */
  | 'ACTIVITY_SUPPORT_WORKER'
  /** 사무원 (administrative staff): not eligible */
  | 'ADMINISTRATIVE'
  /** 요양보호사 (care worker) */
  | 'CARE_WORKER'
  /** 보육교사 (childcare teacher) */
  | 'CHILDCARE_TEACHER'
  /** 조리원 (cook) */
  | 'COOK'
  /** 생활지도원·생활재활교사 (residential support worker) */
  | 'RESIDENTIAL_SUPPORT_WORKER'
  /** 사회복지사 (social worker): not eligible */
  | 'SOCIAL_WORKER';

export type Agency = {
  __typename?: 'Agency';
  id: Scalars['ID']['output'];
};

export type CompleteTrainingInput = {
  completedOn: Scalars['Date']['input'];
  courseId: Scalars['ID']['input'];
  employeeId: Scalars['ID']['input'];
  /** Hours attended; the course's hours when omitted. */
  hours: InputMaybe<Scalars['Float']['input']>;
};

export type DispatchProgress = {
  __typename?: 'DispatchProgress';
  /** completed / target. */
  achievementRate?: Maybe<Scalars['Float']['output']>;
  agency: Agency;
  cancelled: Scalars['Int']['output'];
  /** Dispatches of the year that completed. */
  completed: Scalars['Int']['output'];
  requested: Scalars['Int']['output'];
  /** 연간 목표 (annual target), null when none is set. */
  target?: Maybe<Scalars['Int']['output']>;
  year: Scalars['Int']['output'];
};

export type DispatchReason =
  /** 경조사 (bereavement and family events): may start the day it is requested */
  | 'BEREAVEMENT'
  /** 휴가 (annual leave / rest) */
  | 'LEAVE'
  /** 출산휴가 (maternity leave) */
  | 'MATERNITY_LEAVE'
  /** 육아휴직 (parental leave) */
  | 'PARENTAL_LEAVE'
  /** 병가 (sick leave): may start the day it is requested */
  | 'SICK_LEAVE'
  /** 배우자 출산 (spouse's childbirth): may start the day it is requested */
  | 'SPOUSE_CHILDBIRTH'
  /** 교육 (training) */
  | 'TRAINING'
  /** 결원 (short-term vacancy) */
  | 'VACANCY';

export type DispatchStatus =
  /** 취소 (cancelled) */
  | 'CANCELLED'
  /** 완료 (completed) */
  | 'COMPLETED'
  /** 파견 중 (dispatched) */
  | 'DISPATCHED'
  /** 매칭 (matched) */
  | 'MATCHED'
  /** 요청 (requested) */
  | 'REQUESTED';

export type DueEvaluation = {
  __typename?: 'DueEvaluation';
  done: Scalars['Boolean']['output'];
  /** The last day it may be done. */
  dueOn: Scalars['Date']['output'];
  kind: EvaluationKind;
  /** The first day it may be done. */
  opensOn: Scalars['Date']['output'];
  year: Scalars['Int']['output'];
};

/** 긴급·틈새돌봄지원단 인력 (emergency and gap-care worker); names are pseudonyms. */
export type EmergencyCareWorker = {
  __typename?: 'EmergencyCareWorker';
  alias: Scalars['String']['output'];
  available: Scalars['Boolean']['output'];
  /** Districts (시군) the worker covers, full names. */
  districts: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
};

/** 직원/종사자 (employee). `alias` is a pseudonym; the personal data of the personnel record (name, birth date, phone, address) is encrypted at rest and shown in full only to hr and admin. */
export type Employee = {
  __typename?: 'Employee';
  /** 주소 (home address); hr and admin only. */
  address?: Maybe<Scalars['String']['output']>;
  agency: Agency;
  alias: Scalars['String']['output'];
  /** 생년월일 (birth date); hr and admin only. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** Evaluations due in a year (probation within 3 months of hire, annual in Nov–Dec, facility-head for heads) and whether each is done. */
  dueEvaluations: Array<DueEvaluation>;
  employmentForm: EmploymentForm;
  evaluations: Array<Evaluation>;
  /** The facility the employee works at; null for 본부 (HQ). */
  facility?: Maybe<Facility>;
  grade: Grade;
  hireRoute: HireRoute;
  hiredOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  jobFamily: JobFamily;
  jobType: JobType;
  leftOn?: Maybe<Scalars['Date']['output']>;
  /** 성명 (name) from the personnel record (인적사항): in full for hr and admin, masked as 홍*동 for other roles; null when none is recorded. */
  name?: Maybe<Scalars['String']['output']>;
  /** 본부 unit (팀/실) for HQ staff. */
  orgUnit?: Maybe<OrgUnit>;
  payScheme: PayScheme;
  /** True when name, birthDate, phone and address are shown in full to this caller (hr and admin; each such read is audited). */
  personalDataVisible: Scalars['Boolean']['output'];
  /** 인사 기록: promotions and disciplinary actions applied from governance resolutions. */
  personnelRecords: Array<PersonnelRecord>;
  /** 연락처 (phone); hr and admin only. */
  phone?: Maybe<Scalars['String']['output']>;
  status: EmployeeStatus;
  /** Hours of training completed in a year. */
  trainingHours: Scalars['Float']['output'];
  trainingRecords: Array<TrainingRecord>;
};


/** 직원/종사자 (employee). `alias` is a pseudonym; the personal data of the personnel record (name, birth date, phone, address) is encrypted at rest and shown in full only to hr and admin. */
export type EmployeeDueEvaluationsArgs = {
  year: Scalars['Int']['input'];
};


/** 직원/종사자 (employee). `alias` is a pseudonym; the personal data of the personnel record (name, birth date, phone, address) is encrypted at rest and shown in full only to hr and admin. */
export type EmployeeTrainingHoursArgs = {
  year: Scalars['Int']['input'];
};

export type EmployeeConnection = {
  __typename?: 'EmployeeConnection';
  edges: Array<EmployeeEdge>;
  nodes: Array<Employee>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmployeeEdge = {
  __typename?: 'EmployeeEdge';
  cursor: Scalars['String']['output'];
  node: Employee;
};

export type EmployeeStatus =
  /** 재직 (active) */
  | 'ACTIVE'
  /** 퇴직 (left) */
  | 'LEFT'
  /** 휴직 (on leave) */
  | 'ON_LEAVE';

export type EmploymentForm =
  /** 상용형 풀타임 (permanent full-time) */
  | 'FULL_TIME'
  /** 상용형 파트타임 (permanent part-time) */
  | 'PART_TIME';

/** 평가 (evaluation) of an employee. */
export type Evaluation = {
  __typename?: 'Evaluation';
  evaluatedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: EvaluationKind;
  result?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type EvaluationKind =
  /** 근무평정 (annual work evaluation, Nov–Dec) */
  | 'ANNUAL'
  /** 기관장 업무 성과평가 (facility-head performance, Nov–Dec) */
  | 'FACILITY_HEAD'
  /** 수습평가 (probation, within 3 months of hire) */
  | 'PROBATION';

export type Facility = {
  __typename?: 'Facility';
  /** 정원/현원 (authorised / actual headcount) of the facility for a year; the latest plan when no year is given. */
  headcount?: Maybe<Headcount>;
  id: Scalars['ID']['output'];
  /** Employees assigned to the facility, in id order. */
  staff: EmployeeConnection;
  /** 대체인력 파견 requested by this facility, in id order. */
  substituteDispatches: SubstituteDispatchConnection;
};


export type FacilityHeadcountArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type FacilityStaffArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EmployeeStatus>;
};


export type FacilitySubstituteDispatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DispatchStatus>;
};

export type Grade =
  /** 다급 */
  | 'DA'
  /** 1급 */
  | 'GRADE_1'
  /** 2급 */
  | 'GRADE_2'
  /** 3급 */
  | 'GRADE_3'
  /** 4급 */
  | 'GRADE_4'
  /** 5급 */
  | 'GRADE_5'
  /** 6급 */
  | 'GRADE_6'
  /** 나급 */
  | 'NA'
  /** 상근임원 (officer, no grade) */
  | 'OFFICER';

/** 정원/현원 (authorised and actual headcount). */
export type Headcount = {
  __typename?: 'Headcount';
  /** 현원 (actual): employees active at the end of the year (today for the current year), derived, never typed in. */
  actual: Scalars['Int']['output'];
  /** 정원 (authorised) */
  authorised: Scalars['Int']['output'];
  /** 결원 (vacancies): authorised minus actual, negative when over. */
  vacancies: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type HeadcountCategory =
  /** 본부 (headquarters) */
  | 'HEADQUARTERS'
  /** 종합재가센터 (home-care centre) */
  | 'HOME_CARE_CENTRE'
  /** 장기요양시설 (long-term care facility) */
  | 'LONG_TERM_CARE_FACILITY'
  /** 국공립어린이집 (public daycare centre) */
  | 'PUBLIC_DAYCARE_CENTRE';

/** 정원 계획 (headcount plan): one row of authorised headcount, agency-wide or for a facility, optionally by job family, grade and job type. */
export type HeadcountPlan = {
  __typename?: 'HeadcountPlan';
  actual: Scalars['Int']['output'];
  agency: Agency;
  authorised: Scalars['Int']['output'];
  /** Ids of the governance data-quality register (e.g. DQ-000-4) behind the reading. */
  dataQualityFindingIds: Array<Scalars['ID']['output']>;
  facility?: Maybe<Facility>;
  grade?: Maybe<Grade>;
  id: Scalars['ID']['output'];
  jobFamily?: Maybe<JobFamily>;
  jobType?: Maybe<JobType>;
  /** How the fixtures read this row where the printed table is uncertain (e.g. the 현원 row's missing cell, the 나급 column's family); null when it is read as printed. */
  reading?: Maybe<Scalars['String']['output']>;
  vacancies: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type HeadcountTable = {
  __typename?: 'HeadcountTable';
  /** The date 현원 is counted on: `asOf`, else the year's end (today for the current year). */
  actualAsOf: Scalars['Date']['output'];
  /** The table as printed in the source (its 기준일 and 계), when one was recorded for the agency's year. */
  reported?: Maybe<ReportedHeadcount>;
  rows: Array<HeadcountPlan>;
  /** Sums of the rows (computed). */
  total: Headcount;
};

/** One line of the 정원 확대(안) (headcount expansion plan). */
export type HeadcountTarget = {
  __typename?: 'HeadcountTarget';
  authorised: Scalars['Int']['output'];
  category: HeadcountCategory;
  /** 종합재가센터 model, for HOME_CARE_CENTRE lines. */
  centreModel?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 개소 (sites); null for HQ. */
  sites?: Maybe<Scalars['Int']['output']>;
  year: Scalars['Int']['output'];
};

export type HeadcountTargetYear = {
  __typename?: 'HeadcountTargetYear';
  /** 소속기관 (affiliated facilities) authorised: the sum of the facility lines. */
  affiliated: Scalars['Int']['output'];
  /** 본부 (HQ) authorised. */
  headquarters: Scalars['Int']['output'];
  /** The year's 종합재가센터 lines against the centres set up that year (their 정원 and the model care-services registered); null when the year has no centre 정원. */
  homeCareCentres?: Maybe<HomeCareCentreTargetCheck>;
  lines: Array<HeadcountTarget>;
  matchesReported?: Maybe<Scalars['Boolean']['output']>;
  /** 계 as printed in the source, when one was recorded. */
  reportedTotal?: Maybe<Scalars['Int']['output']>;
  /** 계 (computed): HQ + affiliated. */
  total: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type HireEmployeeInput = {
  agencyId: Scalars['ID']['input'];
  alias: Scalars['String']['input'];
  employmentForm: EmploymentForm;
  /** Omit for 본부 (HQ). */
  facilityId: InputMaybe<Scalars['ID']['input']>;
  grade: Grade;
  hireRoute: HireRoute;
  hiredOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  jobFamily: JobFamily;
  jobType: JobType;
  /** The 본부 unit, for HQ staff (governance's OrgUnit of the same agency). */
  orgUnitId: InputMaybe<Scalars['ID']['input']>;
  payScheme: PayScheme;
  /** 인적사항 (personal data) of the personnel record, kept encrypted. */
  personalData: InputMaybe<StaffPersonalDataInput>;
};

export type HireRoute =
  /** 공개경쟁 (open competition) */
  | 'OPEN_COMPETITION'
  /** 고용승계 (employment succession) */
  | 'SUCCESSION';

export type HomeCareCentreModelCheck = {
  __typename?: 'HomeCareCentreModelCheck';
  /** BASIC 기본형, EXTENDED 확대형, NURSING 간호특화형, DAY_VISIT 통원형. */
  centreModel: Scalars['String']['output'];
  facilitiesAuthorised: Scalars['Int']['output'];
  facilitySites: Scalars['Int']['output'];
  matches: Scalars['Boolean']['output'];
  reportedAuthorised: Scalars['Int']['output'];
  reportedSites: Scalars['Int']['output'];
};

/** 종합재가센터 유형별 정원 (home-care centre headcount by model): the target table as printed against the centres' own 정원. */
export type HomeCareCentreTargetCheck = {
  __typename?: 'HomeCareCentreTargetCheck';
  byModel: Array<HomeCareCentreModelCheck>;
  /** The centres' 정원, summed. */
  facilitiesAuthorised: Scalars['Int']['output'];
  /** Centres with a 정원 that year. */
  facilitySites: Scalars['Int']['output'];
  /** False where the table disagrees with the centres (seed 000: 480 printed, 476 computed; DQ-000-7). */
  matches: Scalars['Boolean']['output'];
  /** 정원 in the target table (the sum of its model lines). */
  reportedAuthorised: Scalars['Int']['output'];
  /** 개소 in the target table. */
  reportedSites: Scalars['Int']['output'];
};

export type JobFamily =
  /** 보육 (childcare) */
  | 'CHILDCARE'
  /** 일반행정 (general administration) */
  | 'GENERAL_ADMINISTRATION'
  /** 상근임원 (standing officer) */
  | 'OFFICER'
  /** 전문서비스 (professional service) */
  | 'PROFESSIONAL_SERVICE'
  /** 서비스지원 (service support) */
  | 'SERVICE_SUPPORT'
  /** 기능 (technical) */
  | 'TECHNICAL';

export type JobType =
  /** 활동지원사 (disability activity-support worker) */
  | 'ACTIVITY_SUPPORT_WORKER'
  /** 사무원 (administrative staff) */
  | 'ADMINISTRATIVE'
  /** 요양보호사 (care worker) */
  | 'CARE_WORKER'
  /** 보육교사 (childcare teacher) */
  | 'CHILDCARE_TEACHER'
  /** 조리원 (cook) */
  | 'COOK'
  /** 시설장 (facility head) */
  | 'FACILITY_HEAD'
  /** 간호사 (nurse) */
  | 'NURSE'
  /** 상근임원 (standing officer) */
  | 'OFFICER'
  /** 사회복지사 (social worker) */
  | 'SOCIAL_WORKER';

export type Mutation = {
  __typename?: 'Mutation';
  /** Moves a round one stage on in its pipeline (공고 → 서류 → 필기 → 면접 → 임용) in a month (YYYY-MM) not before the last stage's; skipping or going back answers CONFLICT (reason INVALID_TRANSITION). */
  advanceRecruitmentRound: RecruitmentRound;
  /** REQUESTED or MATCHED → CANCELLED. */
  cancelSubstituteDispatch: SubstituteDispatch;
  /** The period is over: DISPATCHED → COMPLETED; budgets records the cost. */
  completeSubstituteDispatch: SubstituteDispatch;
  /** Records a completed course (교육 이수) for an employee. */
  completeTraining: TrainingRecord;
  /** Records a hire; 현원 (actual headcount) counts active employees. */
  hireEmployee: Employee;
  /** 매칭: a worker of the right job type, free for the period: REQUESTED → MATCHED. */
  matchSubstituteDispatch: SubstituteDispatch;
  /** Records that an employee left (퇴직); 현원 drops from that day. */
  recordEmployeeLeft: Employee;
  /** Records a probation, annual or facility-head evaluation (평가). */
  recordEvaluation: Evaluation;
  registerEmergencyCareWorker: EmergencyCareWorker;
  registerSubstituteWorker: SubstituteWorker;
  registerTrainingCourse: TrainingCourse;
  /** A demand facility (수요처) asks for a substitute: REQUESTED. At least 14 days ahead, except sick leave, bereavement and a spouse's childbirth, which may start the day of the request. */
  requestSubstituteDispatch: SubstituteDispatch;
  /** Sets an agency's annual dispatch target. */
  setDispatchTarget: DispatchProgress;
  setEmergencyCareWorkerAvailability: EmergencyCareWorker;
  /** Records or corrects an employee's personal data (인적사항: name, birth date, phone, address); kept encrypted, never in events. */
  setEmployeePersonalData: Employee;
  /** Sets 정원 (authorised headcount) for an agency-wide or facility row of a year, optionally by job family, grade and job type; setting it again revises it. */
  setHeadcountPlan: HeadcountPlan;
  /** Sets one line of the 정원 확대(안): sites and authorised headcount of a unit category in a year. */
  setHeadcountTarget: HeadcountTarget;
  /** Sets a recruitment round (채용 차수) of a year: its months and hires by 본부/소속; setting it again revises the figures and keeps the stage. A new round is PLANNED. */
  setRecruitmentRound: RecruitmentRound;
  /** Records or corrects a substitute worker's personal data; kept encrypted, never in events. */
  setSubstituteWorkerPersonalData: SubstituteWorker;
  /** 파견: the worker starts: MATCHED → DISPATCHED. */
  startSubstituteDispatch: SubstituteDispatch;
};


export type MutationAdvanceRecruitmentRoundArgs = {
  id: Scalars['ID']['input'];
  month: Scalars['String']['input'];
  stage: RecruitmentStage;
};


export type MutationCancelSubstituteDispatchArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCompleteSubstituteDispatchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteTrainingArgs = {
  input: CompleteTrainingInput;
};


export type MutationHireEmployeeArgs = {
  input: HireEmployeeInput;
};


export type MutationMatchSubstituteDispatchArgs = {
  id: Scalars['ID']['input'];
  workerId: Scalars['ID']['input'];
};


export type MutationRecordEmployeeLeftArgs = {
  id: Scalars['ID']['input'];
  leftOn: Scalars['Date']['input'];
};


export type MutationRecordEvaluationArgs = {
  input: RecordEvaluationInput;
};


export type MutationRegisterEmergencyCareWorkerArgs = {
  input: RegisterEmergencyCareWorkerInput;
};


export type MutationRegisterSubstituteWorkerArgs = {
  input: RegisterSubstituteWorkerInput;
};


export type MutationRegisterTrainingCourseArgs = {
  input: RegisterTrainingCourseInput;
};


export type MutationRequestSubstituteDispatchArgs = {
  input: RequestSubstituteDispatchInput;
};


export type MutationSetDispatchTargetArgs = {
  agencyId: Scalars['ID']['input'];
  target: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type MutationSetEmergencyCareWorkerAvailabilityArgs = {
  available: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetEmployeePersonalDataArgs = {
  id: Scalars['ID']['input'];
  personalData: StaffPersonalDataInput;
};


export type MutationSetHeadcountPlanArgs = {
  input: SetHeadcountPlanInput;
};


export type MutationSetHeadcountTargetArgs = {
  input: SetHeadcountTargetInput;
};


export type MutationSetRecruitmentRoundArgs = {
  input: SetRecruitmentRoundInput;
};


export type MutationSetSubstituteWorkerPersonalDataArgs = {
  id: Scalars['ID']['input'];
  personalData: StaffPersonalDataInput;
};


export type MutationStartSubstituteDispatchArgs = {
  id: Scalars['ID']['input'];
};

export type OrgUnit = {
  __typename?: 'OrgUnit';
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PayScheme =
  /** 연봉제 (annual salary) */
  | 'ANNUAL_SALARY'
  /** 호봉제 (seniority steps) */
  | 'SENIORITY_STEPS'
  /** 숙련급제 (skill-based pay) */
  | 'SKILL_BASED';

/** 인사 기록 (personnel record) from an adopted resolution. */
export type PersonnelRecord = {
  __typename?: 'PersonnelRecord';
  decidedOn: Scalars['Date']['output'];
  fromGrade?: Maybe<Grade>;
  kind: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  resolutionId: Scalars['ID']['output'];
  toGrade?: Maybe<Grade>;
};

export type ProviderOrganization = {
  __typename?: 'ProviderOrganization';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Dispatches of an agency's year against its annual target (1,500 in the Jeonbuk 2023 plan). */
  dispatchProgress: DispatchProgress;
  /** 긴급·틈새돌봄지원단 (emergency and gap-care worker pool), optionally those covering one district and available. */
  emergencyCareWorkers: Array<EmergencyCareWorker>;
  employee?: Maybe<Employee>;
  employees: EmployeeConnection;
  /** 정원/현원 rows of an agency's year (agency-wide and per facility), with their sums. 현원 counts the employees active at the year's end (today for the current year), or on `asOf` (a date of that year). */
  headcountPlans: HeadcountTable;
  /** 정원 확대(안) (headcount expansion plan) of an agency, year by year, with computed and printed totals. */
  headcountTargets: Array<HeadcountTargetYear>;
  /** 채용 (recruitment) of an agency's year: its rounds (차수) with their pipeline stage, and their sums beside the printed total. */
  recruitmentYear: RecruitmentYear;
  substituteDispatch?: Maybe<SubstituteDispatch>;
  /** The dispatch board: dispatches in id order, filtered by status, demand facility, district (full name) or month (YYYY-MM, periods overlapping it). */
  substituteDispatches: SubstituteDispatchConnection;
  substituteWorker?: Maybe<SubstituteWorker>;
  substituteWorkers: SubstituteWorkerConnection;
  trainingCourses: Array<TrainingCourse>;
};


export type QueryDispatchProgressArgs = {
  agencyId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryEmergencyCareWorkersArgs = {
  availableOnly?: InputMaybe<Scalars['Boolean']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EmployeeStatus>;
};


export type QueryHeadcountPlansArgs = {
  agencyId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryHeadcountTargetsArgs = {
  agencyId: Scalars['ID']['input'];
};


export type QueryRecruitmentYearArgs = {
  agencyId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QuerySubstituteDispatchArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubstituteDispatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  month?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DispatchStatus>;
};


export type QuerySubstituteWorkerArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubstituteWorkersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordEvaluationInput = {
  employeeId: Scalars['ID']['input'];
  evaluatedOn: Scalars['Date']['input'];
  kind: EvaluationKind;
  result: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

export type RecruitmentPosition = {
  __typename?: 'RecruitmentPosition';
  count: Scalars['Int']['output'];
  position: Scalars['String']['output'];
};

export type RecruitmentPositionInput = {
  count: Scalars['Int']['input'];
  position: Scalars['String']['input'];
};

/** 채용 차수 (recruitment round): open competitive hiring on NCS blind hiring (NCS 블라인드채용), run by an outside agency. */
export type RecruitmentRound = {
  __typename?: 'RecruitmentRound';
  /** 소속기관 (affiliated facilities) hires. */
  affiliated: Scalars['Int']['output'];
  /** 공고 (announcement) month, YYYY-MM. */
  announcedMonth: Scalars['String']['output'];
  /** First 임용 (appointment) month, YYYY-MM. */
  appointmentFrom?: Maybe<Scalars['String']['output']>;
  /** Hires by position, where printed. */
  byPosition: Array<RecruitmentPosition>;
  /** 본부 (HQ) hires. */
  headquarters: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  matchesReported?: Maybe<Scalars['Boolean']['output']>;
  positionsMatchTotal?: Maybe<Scalars['Boolean']['output']>;
  positionsTotal?: Maybe<Scalars['Int']['output']>;
  /** 계 as printed. */
  reportedTotal?: Maybe<Scalars['Int']['output']>;
  roundNo: Scalars['Int']['output'];
  stage: RecruitmentStage;
  /** The stages reached, with their months. */
  stages: Array<RecruitmentStageReached>;
  /** 서류·필기·면접 (screening and tests) month, YYYY-MM. */
  testMonth?: Maybe<Scalars['String']['output']>;
  /** 계 (computed): 본부 + 소속. */
  total: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type RecruitmentStage =
  /** 공고 (announced) */
  | 'ANNOUNCED'
  /** 임용 (appointed): the hires join 현원 as employees */
  | 'APPOINTED'
  /** 서류 (document screening) */
  | 'DOCUMENT_SCREENING'
  /** 면접 (interview) */
  | 'INTERVIEW'
  /** 계획 (planned, not yet announced) */
  | 'PLANNED'
  /** 필기 (written test) */
  | 'WRITTEN_TEST';

export type RecruitmentStageReached = {
  __typename?: 'RecruitmentStageReached';
  month: Scalars['String']['output'];
  stage: RecruitmentStage;
};

/** 채용 (recruitment) of an agency's year: the rounds and their sums beside the printed total. */
export type RecruitmentYear = {
  __typename?: 'RecruitmentYear';
  affiliated: Scalars['Int']['output'];
  agency: Agency;
  /** Hires of the rounds that reached 임용. */
  appointed: Scalars['Int']['output'];
  headquarters: Scalars['Int']['output'];
  matchesReported?: Maybe<Scalars['Boolean']['output']>;
  /** 전체 채용인원 as printed (seed 000: 572, while the rounds add to 571; DQ-000-5). */
  reportedTotal?: Maybe<Scalars['Int']['output']>;
  rounds: Array<RecruitmentRound>;
  /** All rounds (computed). */
  total: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type RegisterEmergencyCareWorkerInput = {
  alias: Scalars['String']['input'];
  districts: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

export type RegisterSubstituteWorkerInput = {
  alias: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  jobType: SubstituteJobType;
  /** 인적사항 (personal data), kept encrypted. */
  personalData: InputMaybe<StaffPersonalDataInput>;
  residenceDistrict: Scalars['String']['input'];
};

export type RegisterTrainingCourseInput = {
  category: TrainingCategory;
  hours: Scalars['Float']['input'];
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/** 정원/현원 as printed (e.g. "정원 572명 / 현원 89명 ※파견공무원 3명 포함, 2019. 8. 19. 기준"). */
export type ReportedHeadcount = {
  __typename?: 'ReportedHeadcount';
  actual: Scalars['Int']['output'];
  /** 기준일 (the date the printed table counts). */
  asOf: Scalars['Date']['output'];
  authorised: Scalars['Int']['output'];
  /** 현원 computed from the employees active on `asOf`. */
  computedActual: Scalars['Int']['output'];
  dataQualityFindingIds: Array<Scalars['ID']['output']>;
  matchesComputed: Scalars['Boolean']['output'];
  /** 파견공무원 (seconded civil servants) included in the printed 현원; the source does not say in which rows. */
  secondedCivilServants: Scalars['Int']['output'];
  source: Scalars['String']['output'];
};

export type RequestSubstituteDispatchInput = {
  absentRole: AbsentRole;
  /** The agency whose programme pays; derived from the facility's operator when omitted. */
  agencyId: InputMaybe<Scalars['ID']['input']>;
  dailyRate: Scalars['KRW']['input'];
  endDate: Scalars['Date']['input'];
  /** A facility care-services knows, or… */
  facilityId: InputMaybe<Scalars['ID']['input']>;
  /** Stable id chosen by the requester; repeating it answers CONFLICT. */
  id: Scalars['ID']['input'];
  /** …a private provider organisation consulting knows (then agencyId is required). */
  providerId: InputMaybe<Scalars['ID']['input']>;
  reason: DispatchReason;
  /** The day of the request; today (Asia/Seoul) when omitted. */
  requestedOn: InputMaybe<Scalars['Date']['input']>;
  startDate: Scalars['Date']['input'];
};

export type SetHeadcountPlanInput = {
  agencyId: Scalars['ID']['input'];
  authorised: Scalars['Int']['input'];
  /** Omit for an agency-wide row. */
  facilityId: InputMaybe<Scalars['ID']['input']>;
  grade: InputMaybe<Grade>;
  jobFamily: InputMaybe<JobFamily>;
  jobType: InputMaybe<JobType>;
  year: Scalars['Int']['input'];
};

export type SetHeadcountTargetInput = {
  agencyId: Scalars['ID']['input'];
  authorised: Scalars['Int']['input'];
  category: HeadcountCategory;
  centreModel: InputMaybe<Scalars['String']['input']>;
  /** 계 as printed for that year, kept beside the computed total. */
  reportedYearTotal: InputMaybe<Scalars['Int']['input']>;
  sites: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

export type SetRecruitmentRoundInput = {
  affiliated: Scalars['Int']['input'];
  agencyId: Scalars['ID']['input'];
  announcedMonth: Scalars['String']['input'];
  appointmentFrom: InputMaybe<Scalars['String']['input']>;
  byPosition: InputMaybe<Array<RecruitmentPositionInput>>;
  headquarters: Scalars['Int']['input'];
  reportedTotal: InputMaybe<Scalars['Int']['input']>;
  /** The year's printed total of all rounds, when printed. */
  reportedYearTotal: InputMaybe<Scalars['Int']['input']>;
  roundNo: Scalars['Int']['input'];
  testMonth: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

/** 인적사항 (personal data) of an employee or substitute worker: encrypted at rest, in full only for hr and admin, never in events or logs. */
export type StaffPersonalDataInput = {
  /** 주소 (home address), up to 200 characters. */
  address: InputMaybe<Scalars['String']['input']>;
  /** 생년월일; the person is at least 15. */
  birthDate: Scalars['Date']['input'];
  /** 성명: 2–5 Hangul syllables or a romanised name. */
  name: Scalars['String']['input'];
  /** 연락처, e.g. 010-1234-5678. */
  phone: InputMaybe<Scalars['String']['input']>;
};

/** 대체인력 파견 (substitute-worker dispatch) to a demand facility (수요처). */
export type SubstituteDispatch = {
  __typename?: 'SubstituteDispatch';
  /** The absent worker's role; only direct-care and cooking roles are eligible. */
  absentRole: AbsentRole;
  agency: Agency;
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** days × dailyRate. */
  cost: Scalars['KRW']['output'];
  dailyRate: Scalars['KRW']['output'];
  /** Days in the period, inclusive. */
  days: Scalars['Int']['output'];
  /** District of the demand site. */
  district: Scalars['String']['output'];
  endDate: Scalars['Date']['output'];
  /** The demand facility, when it is a facility care-services knows. */
  facility?: Maybe<Facility>;
  id: Scalars['ID']['output'];
  jobType: SubstituteJobType;
  /** The demand provider, when it is a private provider organisation (consulting's). */
  provider?: Maybe<ProviderOrganization>;
  reason: DispatchReason;
  requestedAt: Scalars['DateTime']['output'];
  requestedOn: Scalars['Date']['output'];
  startDate: Scalars['Date']['output'];
  status: DispatchStatus;
  worker?: Maybe<SubstituteWorker>;
};

export type SubstituteDispatchConnection = {
  __typename?: 'SubstituteDispatchConnection';
  edges: Array<SubstituteDispatchEdge>;
  nodes: Array<SubstituteDispatch>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SubstituteDispatchEdge = {
  __typename?: 'SubstituteDispatchEdge';
  cursor: Scalars['String']['output'];
  node: SubstituteDispatch;
};

export type SubstituteJobType =
  /** 돌봄 인력 (care worker) */
  | 'CARE'
  /** 조리 인력 (cook) */
  | 'COOK';

/** 대체인력 (substitute worker) employed by the substitute-workforce centre. `alias` is a pseudonym; personal data is encrypted at rest, in full only for hr and admin, the name masked (홍*동) for care roles. */
export type SubstituteWorker = {
  __typename?: 'SubstituteWorker';
  /** 주소 (home address); hr and admin only. */
  address?: Maybe<Scalars['String']['output']>;
  alias: Scalars['String']['output'];
  /** 생년월일 (birth date); hr and admin only. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  jobType: SubstituteJobType;
  /** 성명 (name) from the personnel record (인적사항): in full for hr and admin, masked as 홍*동 for other roles; null when none is recorded. */
  name?: Maybe<Scalars['String']['output']>;
  /** True when name, birthDate, phone and address are shown in full to this caller (hr and admin; each such read is audited). */
  personalDataVisible: Scalars['Boolean']['output'];
  /** 연락처 (phone); hr and admin only. */
  phone?: Maybe<Scalars['String']['output']>;
  /** 거주지역 (district or county of residence). */
  residenceDistrict: Scalars['String']['output'];
};

export type SubstituteWorkerConnection = {
  __typename?: 'SubstituteWorkerConnection';
  edges: Array<SubstituteWorkerEdge>;
  nodes: Array<SubstituteWorker>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SubstituteWorkerEdge = {
  __typename?: 'SubstituteWorkerEdge';
  cursor: Scalars['String']['output'];
  node: SubstituteWorker;
};

export type TrainingCategory =
  /** 역량강화 (capacity building) */
  | 'CAPACITY'
  /** 직무교육 (job training) */
  | 'JOB'
  /** 법정의무교육 (statutory mandatory) */
  | 'STATUTORY';

/** 교육과정 (training course). */
export type TrainingCourse = {
  __typename?: 'TrainingCourse';
  category: TrainingCategory;
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** 교육 이수 (training record). */
export type TrainingRecord = {
  __typename?: 'TrainingRecord';
  completedOn: Scalars['Date']['output'];
  course: TrainingCourse;
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
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
  EmergencyCareWorker: EmergencyCareWorker;
  Employee: Employee;
  Facility: Facility;
  SubstituteDispatch: SubstituteDispatch;
  SubstituteWorker: SubstituteWorker;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  EmergencyCareWorker:
    ( { __typename: 'EmergencyCareWorker' }
    & GraphQLRecursivePick<FederationTypes['EmergencyCareWorker'], {"id":true}> );
  Employee:
    ( { __typename: 'Employee' }
    & GraphQLRecursivePick<FederationTypes['Employee'], {"id":true}> );
  Facility:
    ( { __typename: 'Facility' }
    & GraphQLRecursivePick<FederationTypes['Facility'], {"id":true}> );
  SubstituteDispatch:
    ( { __typename: 'SubstituteDispatch' }
    & GraphQLRecursivePick<FederationTypes['SubstituteDispatch'], {"id":true}> );
  SubstituteWorker:
    ( { __typename: 'SubstituteWorker' }
    & GraphQLRecursivePick<FederationTypes['SubstituteWorker'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AbsentRole: AbsentRole;
  Agency: ResolverTypeWrapper<Agency>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CompleteTrainingInput: CompleteTrainingInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DispatchProgress: ResolverTypeWrapper<Omit<DispatchProgress, 'agency'> & { agencyId: string }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DispatchReason: DispatchReason;
  DispatchStatus: DispatchStatus;
  DueEvaluation: ResolverTypeWrapper<DueEvaluation>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  EmergencyCareWorker: ResolverTypeWrapper<EmergencyCareWorkerDocModel>;
  Employee: ResolverTypeWrapper<EmployeeDocModel>;
  EmployeeConnection: ResolverTypeWrapper<Omit<EmployeeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EmployeeEdge']>, nodes: Array<ResolversTypes['Employee']> }>;
  EmployeeEdge: ResolverTypeWrapper<Omit<EmployeeEdge, 'node'> & { node: ResolversTypes['Employee'] }>;
  EmployeeStatus: EmployeeStatus;
  EmploymentForm: EmploymentForm;
  Evaluation: ResolverTypeWrapper<EvaluationDocModel>;
  EvaluationKind: EvaluationKind;
  Facility: ResolverTypeWrapper<Omit<Facility, 'staff' | 'substituteDispatches'> & { staff: ResolversTypes['EmployeeConnection'], substituteDispatches: ResolversTypes['SubstituteDispatchConnection'] }>;
  Grade: Grade;
  Headcount: ResolverTypeWrapper<Headcount>;
  HeadcountCategory: HeadcountCategory;
  HeadcountPlan: ResolverTypeWrapper<HeadcountPlanDocModel>;
  HeadcountTable: ResolverTypeWrapper<Omit<HeadcountTable, 'reported' | 'rows'> & { reported?: Maybe<ResolversTypes['ReportedHeadcount']>, rows: Array<ResolversTypes['HeadcountPlan']> }>;
  HeadcountTarget: ResolverTypeWrapper<HeadcountTargetDocModel>;
  HeadcountTargetYear: ResolverTypeWrapper<Omit<HeadcountTargetYear, 'lines'> & { lines: Array<ResolversTypes['HeadcountTarget']> }>;
  HireEmployeeInput: HireEmployeeInput;
  HireRoute: HireRoute;
  HomeCareCentreModelCheck: ResolverTypeWrapper<HomeCareCentreModelCheck>;
  HomeCareCentreTargetCheck: ResolverTypeWrapper<HomeCareCentreTargetCheck>;
  JobFamily: JobFamily;
  JobType: JobType;
  KRW: ResolverTypeWrapper<Scalars['KRW']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrgUnit: ResolverTypeWrapper<OrgUnit>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PayScheme: PayScheme;
  PersonnelRecord: ResolverTypeWrapper<PersonnelRecord>;
  ProviderOrganization: ResolverTypeWrapper<ProviderOrganization>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordEvaluationInput: RecordEvaluationInput;
  RecruitmentPosition: ResolverTypeWrapper<RecruitmentPosition>;
  RecruitmentPositionInput: RecruitmentPositionInput;
  RecruitmentRound: ResolverTypeWrapper<RecruitmentRoundDocModel>;
  RecruitmentStage: RecruitmentStage;
  RecruitmentStageReached: ResolverTypeWrapper<RecruitmentStageReached>;
  RecruitmentYear: ResolverTypeWrapper<Omit<RecruitmentYear, 'agency' | 'rounds'> & { agencyId: string; rounds: import('../recruitment').RecruitmentRoundDoc[] }>;
  RegisterEmergencyCareWorkerInput: RegisterEmergencyCareWorkerInput;
  RegisterSubstituteWorkerInput: RegisterSubstituteWorkerInput;
  RegisterTrainingCourseInput: RegisterTrainingCourseInput;
  ReportedHeadcount: ResolverTypeWrapper<ReportedHeadcountDocModel>;
  RequestSubstituteDispatchInput: RequestSubstituteDispatchInput;
  SetHeadcountPlanInput: SetHeadcountPlanInput;
  SetHeadcountTargetInput: SetHeadcountTargetInput;
  SetRecruitmentRoundInput: SetRecruitmentRoundInput;
  StaffPersonalDataInput: StaffPersonalDataInput;
  SubstituteDispatch: ResolverTypeWrapper<SubstituteDispatchDocModel>;
  SubstituteDispatchConnection: ResolverTypeWrapper<Omit<SubstituteDispatchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SubstituteDispatchEdge']>, nodes: Array<ResolversTypes['SubstituteDispatch']> }>;
  SubstituteDispatchEdge: ResolverTypeWrapper<Omit<SubstituteDispatchEdge, 'node'> & { node: ResolversTypes['SubstituteDispatch'] }>;
  SubstituteJobType: SubstituteJobType;
  SubstituteWorker: ResolverTypeWrapper<SubstituteWorkerDocModel>;
  SubstituteWorkerConnection: ResolverTypeWrapper<Omit<SubstituteWorkerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SubstituteWorkerEdge']>, nodes: Array<ResolversTypes['SubstituteWorker']> }>;
  SubstituteWorkerEdge: ResolverTypeWrapper<Omit<SubstituteWorkerEdge, 'node'> & { node: ResolversTypes['SubstituteWorker'] }>;
  TrainingCategory: TrainingCategory;
  TrainingCourse: ResolverTypeWrapper<TrainingCourseDocModel>;
  TrainingRecord: ResolverTypeWrapper<TrainingRecordDocModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: Agency;
  ID: Scalars['ID']['output'];
  CompleteTrainingInput: CompleteTrainingInput;
  Float: Scalars['Float']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DispatchProgress: Omit<DispatchProgress, 'agency'> & { agencyId: string };
  Int: Scalars['Int']['output'];
  DueEvaluation: DueEvaluation;
  Boolean: Scalars['Boolean']['output'];
  EmergencyCareWorker: EmergencyCareWorkerDocModel;
  Employee: EmployeeDocModel;
  EmployeeConnection: Omit<EmployeeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EmployeeEdge']>, nodes: Array<ResolversParentTypes['Employee']> };
  EmployeeEdge: Omit<EmployeeEdge, 'node'> & { node: ResolversParentTypes['Employee'] };
  Evaluation: EvaluationDocModel;
  Facility: Omit<Facility, 'staff' | 'substituteDispatches'> & { staff: ResolversParentTypes['EmployeeConnection'], substituteDispatches: ResolversParentTypes['SubstituteDispatchConnection'] } | FederationReferenceTypes['Facility'];
  Headcount: Headcount;
  HeadcountPlan: HeadcountPlanDocModel;
  HeadcountTable: Omit<HeadcountTable, 'reported' | 'rows'> & { reported?: Maybe<ResolversParentTypes['ReportedHeadcount']>, rows: Array<ResolversParentTypes['HeadcountPlan']> };
  HeadcountTarget: HeadcountTargetDocModel;
  HeadcountTargetYear: Omit<HeadcountTargetYear, 'lines'> & { lines: Array<ResolversParentTypes['HeadcountTarget']> };
  HireEmployeeInput: HireEmployeeInput;
  HomeCareCentreModelCheck: HomeCareCentreModelCheck;
  HomeCareCentreTargetCheck: HomeCareCentreTargetCheck;
  KRW: Scalars['KRW']['output'];
  Mutation: Record<PropertyKey, never>;
  OrgUnit: OrgUnit;
  PageInfo: PageInfo;
  PersonnelRecord: PersonnelRecord;
  ProviderOrganization: ProviderOrganization;
  Query: Record<PropertyKey, never>;
  RecordEvaluationInput: RecordEvaluationInput;
  RecruitmentPosition: RecruitmentPosition;
  RecruitmentPositionInput: RecruitmentPositionInput;
  RecruitmentRound: RecruitmentRoundDocModel;
  RecruitmentStageReached: RecruitmentStageReached;
  RecruitmentYear: Omit<RecruitmentYear, 'agency' | 'rounds'> & { agencyId: string; rounds: import('../recruitment').RecruitmentRoundDoc[] };
  RegisterEmergencyCareWorkerInput: RegisterEmergencyCareWorkerInput;
  RegisterSubstituteWorkerInput: RegisterSubstituteWorkerInput;
  RegisterTrainingCourseInput: RegisterTrainingCourseInput;
  ReportedHeadcount: ReportedHeadcountDocModel;
  RequestSubstituteDispatchInput: RequestSubstituteDispatchInput;
  SetHeadcountPlanInput: SetHeadcountPlanInput;
  SetHeadcountTargetInput: SetHeadcountTargetInput;
  SetRecruitmentRoundInput: SetRecruitmentRoundInput;
  StaffPersonalDataInput: StaffPersonalDataInput;
  SubstituteDispatch: SubstituteDispatchDocModel;
  SubstituteDispatchConnection: Omit<SubstituteDispatchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SubstituteDispatchEdge']>, nodes: Array<ResolversParentTypes['SubstituteDispatch']> };
  SubstituteDispatchEdge: Omit<SubstituteDispatchEdge, 'node'> & { node: ResolversParentTypes['SubstituteDispatch'] };
  SubstituteWorker: SubstituteWorkerDocModel;
  SubstituteWorkerConnection: Omit<SubstituteWorkerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SubstituteWorkerEdge']>, nodes: Array<ResolversParentTypes['SubstituteWorker']> };
  SubstituteWorkerEdge: Omit<SubstituteWorkerEdge, 'node'> & { node: ResolversParentTypes['SubstituteWorker'] };
  TrainingCourse: TrainingCourseDocModel;
  TrainingRecord: TrainingRecordDocModel;
  String: Scalars['String']['output'];
};

export type AuthDirectiveArgs = {
  requires?: Maybe<Array<Scalars['String']['input']>>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = any, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = any, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgencyResolvers<ContextType = any, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DispatchProgressResolvers<ContextType = any, ParentType extends ResolversParentTypes['DispatchProgress'] = ResolversParentTypes['DispatchProgress']> = {
  achievementRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DueEvaluationResolvers<ContextType = any, ParentType extends ResolversParentTypes['DueEvaluation'] = ResolversParentTypes['DueEvaluation']> = {
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EvaluationKind'], ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmergencyCareWorkerResolvers<ContextType = any, ParentType extends ResolversParentTypes['EmergencyCareWorker'] = ResolversParentTypes['EmergencyCareWorker'], FederationReferenceType extends FederationReferenceTypes['EmergencyCareWorker'] = FederationReferenceTypes['EmergencyCareWorker']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmergencyCareWorker']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alias?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EmployeeResolvers<ContextType = any, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee'], FederationReferenceType extends FederationReferenceTypes['Employee'] = FederationReferenceTypes['Employee']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employee']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  alias?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueEvaluations?: Resolver<Array<ResolversTypes['DueEvaluation']>, ParentType, ContextType, RequireFields<EmployeeDueEvaluationsArgs, 'year'>>;
  employmentForm?: Resolver<ResolversTypes['EmploymentForm'], ParentType, ContextType>;
  evaluations?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  hireRoute?: Resolver<ResolversTypes['HireRoute'], ParentType, ContextType>;
  hiredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobFamily?: Resolver<ResolversTypes['JobFamily'], ParentType, ContextType>;
  jobType?: Resolver<ResolversTypes['JobType'], ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  payScheme?: Resolver<ResolversTypes['PayScheme'], ParentType, ContextType>;
  personalDataVisible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  personnelRecords?: Resolver<Array<ResolversTypes['PersonnelRecord']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmployeeStatus'], ParentType, ContextType>;
  trainingHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType, RequireFields<EmployeeTrainingHoursArgs, 'year'>>;
  trainingRecords?: Resolver<Array<ResolversTypes['TrainingRecord']>, ParentType, ContextType>;
};

export type EmployeeConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['EmployeeConnection'] = ResolversParentTypes['EmployeeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmployeeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Employee']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmployeeEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['EmployeeEdge'] = ResolversParentTypes['EmployeeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
};

export type EvaluationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation']> = {
  evaluatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EvaluationKind'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility'], FederationReferenceType extends FederationReferenceTypes['Facility'] = FederationReferenceTypes['Facility']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Facility']> | FederationReferenceType, FederationReferenceType, ContextType>;
  headcount?: Resolver<Maybe<ResolversTypes['Headcount']>, ParentType, ContextType, FacilityHeadcountArgs>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  staff?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, RequireFields<FacilityStaffArgs, 'first' | 'status'>>;
  substituteDispatches?: Resolver<ResolversTypes['SubstituteDispatchConnection'], ParentType, ContextType, RequireFields<FacilitySubstituteDispatchesArgs, 'first'>>;
};

export type HeadcountResolvers<ContextType = any, ParentType extends ResolversParentTypes['Headcount'] = ResolversParentTypes['Headcount']> = {
  actual?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  authorised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vacancies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HeadcountPlanResolvers<ContextType = any, ParentType extends ResolversParentTypes['HeadcountPlan'] = ResolversParentTypes['HeadcountPlan']> = {
  actual?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  authorised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dataQualityFindingIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobFamily?: Resolver<Maybe<ResolversTypes['JobFamily']>, ParentType, ContextType>;
  jobType?: Resolver<Maybe<ResolversTypes['JobType']>, ParentType, ContextType>;
  reading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vacancies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HeadcountTableResolvers<ContextType = any, ParentType extends ResolversParentTypes['HeadcountTable'] = ResolversParentTypes['HeadcountTable']> = {
  actualAsOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reported?: Resolver<Maybe<ResolversTypes['ReportedHeadcount']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['HeadcountPlan']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Headcount'], ParentType, ContextType>;
};

export type HeadcountTargetResolvers<ContextType = any, ParentType extends ResolversParentTypes['HeadcountTarget'] = ResolversParentTypes['HeadcountTarget']> = {
  authorised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['HeadcountCategory'], ParentType, ContextType>;
  centreModel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sites?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HeadcountTargetYearResolvers<ContextType = any, ParentType extends ResolversParentTypes['HeadcountTargetYear'] = ResolversParentTypes['HeadcountTargetYear']> = {
  affiliated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  headquarters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  homeCareCentres?: Resolver<Maybe<ResolversTypes['HomeCareCentreTargetCheck']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['HeadcountTarget']>, ParentType, ContextType>;
  matchesReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  reportedTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HomeCareCentreModelCheckResolvers<ContextType = any, ParentType extends ResolversParentTypes['HomeCareCentreModelCheck'] = ResolversParentTypes['HomeCareCentreModelCheck']> = {
  centreModel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facilitiesAuthorised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facilitySites?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matches?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reportedAuthorised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedSites?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HomeCareCentreTargetCheckResolvers<ContextType = any, ParentType extends ResolversParentTypes['HomeCareCentreTargetCheck'] = ResolversParentTypes['HomeCareCentreTargetCheck']> = {
  byModel?: Resolver<Array<ResolversTypes['HomeCareCentreModelCheck']>, ParentType, ContextType>;
  facilitiesAuthorised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facilitySites?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matches?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reportedAuthorised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedSites?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface KrwScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['KRW'], any> {
  name: 'KRW';
}

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  advanceRecruitmentRound: Resolver<ResolversTypes['RecruitmentRound'], ParentType, ContextType, RequireFields<MutationAdvanceRecruitmentRoundArgs, 'id' | 'month' | 'stage'>>;
  cancelSubstituteDispatch: Resolver<ResolversTypes['SubstituteDispatch'], ParentType, ContextType, RequireFields<MutationCancelSubstituteDispatchArgs, 'id' | 'reason'>>;
  completeSubstituteDispatch: Resolver<ResolversTypes['SubstituteDispatch'], ParentType, ContextType, RequireFields<MutationCompleteSubstituteDispatchArgs, 'id'>>;
  completeTraining: Resolver<ResolversTypes['TrainingRecord'], ParentType, ContextType, RequireFields<MutationCompleteTrainingArgs, 'input'>>;
  hireEmployee: Resolver<ResolversTypes['Employee'], ParentType, ContextType, RequireFields<MutationHireEmployeeArgs, 'input'>>;
  matchSubstituteDispatch: Resolver<ResolversTypes['SubstituteDispatch'], ParentType, ContextType, RequireFields<MutationMatchSubstituteDispatchArgs, 'id' | 'workerId'>>;
  recordEmployeeLeft: Resolver<ResolversTypes['Employee'], ParentType, ContextType, RequireFields<MutationRecordEmployeeLeftArgs, 'id' | 'leftOn'>>;
  recordEvaluation: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<MutationRecordEvaluationArgs, 'input'>>;
  registerEmergencyCareWorker: Resolver<ResolversTypes['EmergencyCareWorker'], ParentType, ContextType, RequireFields<MutationRegisterEmergencyCareWorkerArgs, 'input'>>;
  registerSubstituteWorker: Resolver<ResolversTypes['SubstituteWorker'], ParentType, ContextType, RequireFields<MutationRegisterSubstituteWorkerArgs, 'input'>>;
  registerTrainingCourse: Resolver<ResolversTypes['TrainingCourse'], ParentType, ContextType, RequireFields<MutationRegisterTrainingCourseArgs, 'input'>>;
  requestSubstituteDispatch: Resolver<ResolversTypes['SubstituteDispatch'], ParentType, ContextType, RequireFields<MutationRequestSubstituteDispatchArgs, 'input'>>;
  setDispatchTarget: Resolver<ResolversTypes['DispatchProgress'], ParentType, ContextType, RequireFields<MutationSetDispatchTargetArgs, 'agencyId' | 'target' | 'year'>>;
  setEmergencyCareWorkerAvailability: Resolver<ResolversTypes['EmergencyCareWorker'], ParentType, ContextType, RequireFields<MutationSetEmergencyCareWorkerAvailabilityArgs, 'available' | 'id'>>;
  setEmployeePersonalData: Resolver<ResolversTypes['Employee'], ParentType, ContextType, RequireFields<MutationSetEmployeePersonalDataArgs, 'id' | 'personalData'>>;
  setHeadcountPlan: Resolver<ResolversTypes['HeadcountPlan'], ParentType, ContextType, RequireFields<MutationSetHeadcountPlanArgs, 'input'>>;
  setHeadcountTarget: Resolver<ResolversTypes['HeadcountTarget'], ParentType, ContextType, RequireFields<MutationSetHeadcountTargetArgs, 'input'>>;
  setRecruitmentRound: Resolver<ResolversTypes['RecruitmentRound'], ParentType, ContextType, RequireFields<MutationSetRecruitmentRoundArgs, 'input'>>;
  setSubstituteWorkerPersonalData: Resolver<ResolversTypes['SubstituteWorker'], ParentType, ContextType, RequireFields<MutationSetSubstituteWorkerPersonalDataArgs, 'id' | 'personalData'>>;
  startSubstituteDispatch: Resolver<ResolversTypes['SubstituteDispatch'], ParentType, ContextType, RequireFields<MutationStartSubstituteDispatchArgs, 'id'>>;
};

export type OrgUnitResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrgUnit'] = ResolversParentTypes['OrgUnit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonnelRecordResolvers<ContextType = any, ParentType extends ResolversParentTypes['PersonnelRecord'] = ResolversParentTypes['PersonnelRecord']> = {
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fromGrade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolutionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toGrade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
};

export type ProviderOrganizationResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProviderOrganization'] = ResolversParentTypes['ProviderOrganization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  dispatchProgress: Resolver<ResolversTypes['DispatchProgress'], ParentType, ContextType, RequireFields<QueryDispatchProgressArgs, 'agencyId' | 'year'>>;
  emergencyCareWorkers: Resolver<Array<ResolversTypes['EmergencyCareWorker']>, ParentType, ContextType, RequireFields<QueryEmergencyCareWorkersArgs, 'availableOnly'>>;
  employee: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, RequireFields<QueryEmployeeArgs, 'id'>>;
  employees: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, RequireFields<QueryEmployeesArgs, 'first'>>;
  headcountPlans: Resolver<ResolversTypes['HeadcountTable'], ParentType, ContextType, RequireFields<QueryHeadcountPlansArgs, 'agencyId' | 'year'>>;
  headcountTargets: Resolver<Array<ResolversTypes['HeadcountTargetYear']>, ParentType, ContextType, RequireFields<QueryHeadcountTargetsArgs, 'agencyId'>>;
  recruitmentYear: Resolver<ResolversTypes['RecruitmentYear'], ParentType, ContextType, RequireFields<QueryRecruitmentYearArgs, 'agencyId' | 'year'>>;
  substituteDispatch: Resolver<Maybe<ResolversTypes['SubstituteDispatch']>, ParentType, ContextType, RequireFields<QuerySubstituteDispatchArgs, 'id'>>;
  substituteDispatches: Resolver<ResolversTypes['SubstituteDispatchConnection'], ParentType, ContextType, RequireFields<QuerySubstituteDispatchesArgs, 'first'>>;
  substituteWorker: Resolver<Maybe<ResolversTypes['SubstituteWorker']>, ParentType, ContextType, RequireFields<QuerySubstituteWorkerArgs, 'id'>>;
  substituteWorkers: Resolver<ResolversTypes['SubstituteWorkerConnection'], ParentType, ContextType, RequireFields<QuerySubstituteWorkersArgs, 'first'>>;
  trainingCourses: Resolver<Array<ResolversTypes['TrainingCourse']>, ParentType, ContextType>;
};

export type RecruitmentPositionResolvers<ContextType = any, ParentType extends ResolversParentTypes['RecruitmentPosition'] = ResolversParentTypes['RecruitmentPosition']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RecruitmentRoundResolvers<ContextType = any, ParentType extends ResolversParentTypes['RecruitmentRound'] = ResolversParentTypes['RecruitmentRound']> = {
  affiliated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  announcedMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appointmentFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  byPosition?: Resolver<Array<ResolversTypes['RecruitmentPosition']>, ParentType, ContextType>;
  headquarters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchesReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  positionsMatchTotal?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  positionsTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reportedTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  roundNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['RecruitmentStage'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['RecruitmentStageReached']>, ParentType, ContextType>;
  testMonth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecruitmentStageReachedResolvers<ContextType = any, ParentType extends ResolversParentTypes['RecruitmentStageReached'] = ResolversParentTypes['RecruitmentStageReached']> = {
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['RecruitmentStage'], ParentType, ContextType>;
};

export type RecruitmentYearResolvers<ContextType = any, ParentType extends ResolversParentTypes['RecruitmentYear'] = ResolversParentTypes['RecruitmentYear']> = {
  affiliated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  appointed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  headquarters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchesReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  reportedTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['RecruitmentRound']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportedHeadcountResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReportedHeadcount'] = ResolversParentTypes['ReportedHeadcount']> = {
  actual?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  authorised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  computedActual?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dataQualityFindingIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  matchesComputed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  secondedCivilServants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubstituteDispatchResolvers<ContextType = any, ParentType extends ResolversParentTypes['SubstituteDispatch'] = ResolversParentTypes['SubstituteDispatch'], FederationReferenceType extends FederationReferenceTypes['SubstituteDispatch'] = FederationReferenceTypes['SubstituteDispatch']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SubstituteDispatch']> | FederationReferenceType, FederationReferenceType, ContextType>;
  absentRole?: Resolver<ResolversTypes['AbsentRole'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  dailyRate?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobType?: Resolver<ResolversTypes['SubstituteJobType'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['ProviderOrganization']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['DispatchReason'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DispatchStatus'], ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['SubstituteWorker']>, ParentType, ContextType>;
};

export type SubstituteDispatchConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['SubstituteDispatchConnection'] = ResolversParentTypes['SubstituteDispatchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SubstituteDispatchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SubstituteDispatch']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubstituteDispatchEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['SubstituteDispatchEdge'] = ResolversParentTypes['SubstituteDispatchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SubstituteDispatch'], ParentType, ContextType>;
};

export type SubstituteWorkerResolvers<ContextType = any, ParentType extends ResolversParentTypes['SubstituteWorker'] = ResolversParentTypes['SubstituteWorker'], FederationReferenceType extends FederationReferenceTypes['SubstituteWorker'] = FederationReferenceTypes['SubstituteWorker']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SubstituteWorker']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  alias?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobType?: Resolver<ResolversTypes['SubstituteJobType'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personalDataVisible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  residenceDistrict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubstituteWorkerConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['SubstituteWorkerConnection'] = ResolversParentTypes['SubstituteWorkerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SubstituteWorkerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SubstituteWorker']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubstituteWorkerEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['SubstituteWorkerEdge'] = ResolversParentTypes['SubstituteWorkerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SubstituteWorker'], ParentType, ContextType>;
};

export type TrainingCourseResolvers<ContextType = any, ParentType extends ResolversParentTypes['TrainingCourse'] = ResolversParentTypes['TrainingCourse']> = {
  category?: Resolver<ResolversTypes['TrainingCategory'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrainingRecordResolvers<ContextType = any, ParentType extends ResolversParentTypes['TrainingRecord'] = ResolversParentTypes['TrainingRecord']> = {
  completedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  course?: Resolver<ResolversTypes['TrainingCourse'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = any> = {
  Agency?: AgencyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DispatchProgress?: DispatchProgressResolvers<ContextType>;
  DueEvaluation?: DueEvaluationResolvers<ContextType>;
  EmergencyCareWorker?: EmergencyCareWorkerResolvers<ContextType>;
  Employee?: EmployeeResolvers<ContextType>;
  EmployeeConnection?: EmployeeConnectionResolvers<ContextType>;
  EmployeeEdge?: EmployeeEdgeResolvers<ContextType>;
  Evaluation?: EvaluationResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  Headcount?: HeadcountResolvers<ContextType>;
  HeadcountPlan?: HeadcountPlanResolvers<ContextType>;
  HeadcountTable?: HeadcountTableResolvers<ContextType>;
  HeadcountTarget?: HeadcountTargetResolvers<ContextType>;
  HeadcountTargetYear?: HeadcountTargetYearResolvers<ContextType>;
  HomeCareCentreModelCheck?: HomeCareCentreModelCheckResolvers<ContextType>;
  HomeCareCentreTargetCheck?: HomeCareCentreTargetCheckResolvers<ContextType>;
  KRW?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  OrgUnit?: OrgUnitResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersonnelRecord?: PersonnelRecordResolvers<ContextType>;
  ProviderOrganization?: ProviderOrganizationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecruitmentPosition?: RecruitmentPositionResolvers<ContextType>;
  RecruitmentRound?: RecruitmentRoundResolvers<ContextType>;
  RecruitmentStageReached?: RecruitmentStageReachedResolvers<ContextType>;
  RecruitmentYear?: RecruitmentYearResolvers<ContextType>;
  ReportedHeadcount?: ReportedHeadcountResolvers<ContextType>;
  SubstituteDispatch?: SubstituteDispatchResolvers<ContextType>;
  SubstituteDispatchConnection?: SubstituteDispatchConnectionResolvers<ContextType>;
  SubstituteDispatchEdge?: SubstituteDispatchEdgeResolvers<ContextType>;
  SubstituteWorker?: SubstituteWorkerResolvers<ContextType>;
  SubstituteWorkerConnection?: SubstituteWorkerConnectionResolvers<ContextType>;
  SubstituteWorkerEdge?: SubstituteWorkerEdgeResolvers<ContextType>;
  TrainingCourse?: TrainingCourseResolvers<ContextType>;
  TrainingRecord?: TrainingRecordResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = any> = {
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
};
