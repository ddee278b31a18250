/**
 * Fixtures from the source documents, sent through the graph.
 *
 * Seoul agency (seed 000):
 * - 정원/현원 by job family and grade as of 2019.8.19 (L196–219): 정원 572, 현원 89. The grade→family
 *   reading of 나급 is uncertain (DQ-000-4); it is filed under 서비스지원 here. The 현원 row prints 16
 *   values for 17 columns (DQ-000-3); the two 보육 hires of round 1 (원장, 교사) are 4급 and 5급 here.
 * - The 89 employees behind 현원, pseudonymised. Where each works is not printed: 48 at 성동 (its
 *   printed staff at opening, L615), 4 care workers hired ahead of 은평's opening and 6 activity-support
 *   workers ahead of 노원's, the other 31 at 본부. That split is synthetic; the totals are the document's.
 * - 정원 per 2019 centre from the per-site norms (L254–266) and the 정원 확대(안) 2019–2022 (L246–264).
 *
 * Jeonbuk agency (seed 003):
 * - Substitute dispatch S12: target 1,500 dispatches, a synthetic pool and 2023 dispatches. The plan gives
 *   no daily rate; fixtures use 76,960원 (the 2023 minimum wage 9,620원 × 8 h), a fixture value.
 * - 긴급·틈새돌봄지원단 (C5): 25 workers covering the 14 시군 (L3968); the split by district is synthetic.
 * - 14 statutory courses at the home-care centre (C1, L3659); the document names only 청렴; the other
 *   titles are the usual Korean statutory trainings.
 *
 * Personal data (인적사항) of employees and substitute workers: the sources name nobody. Every name,
 * birth date, phone (010-5551-…/010-5552-…, fictional 555 numbers) and address (가상로, "virtual road")
 * here is invented and generated, not a real person's; it is sent once, encrypted at rest, and must
 * never appear in an event or log (tests/pii-whole-run.test.ts looks for every value).
 */
import { seedCheck, type SeedCheck, type SeedStep } from '@pass-graph/platform';
import { recruitmentSteps } from './recruitment-fixtures';
import type { AbsentRole, DispatchReason, Grade, JobFamily, JobType, PayScheme, RequestDispatchInput } from './domain';

const PLAN = `mutation Plan($input: SetHeadcountPlanInput!) { setHeadcountPlan(input: $input) { id } }`;
const TARGET = `mutation Target($input: SetHeadcountTargetInput!) { setHeadcountTarget(input: $input) { id } }`;
const HIRE = `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`;
const COURSE = `mutation Course($input: RegisterTrainingCourseInput!) { registerTrainingCourse(input: $input) { id } }`;
const TRAIN = `mutation Train($input: CompleteTrainingInput!) { completeTraining(input: $input) { id } }`;
const EVALUATE = `mutation Evaluate($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { id } }`;
const WORKER = `mutation Worker($input: RegisterSubstituteWorkerInput!) { registerSubstituteWorker(input: $input) { id } }`;
const POOL = `mutation Pool($input: RegisterEmergencyCareWorkerInput!) { registerEmergencyCareWorker(input: $input) { id } }`;
const DISPATCH_TARGET = `mutation DispatchTarget($agencyId: ID!, $year: Int!, $target: Int!) { setDispatchTarget(agencyId: $agencyId, year: $year, target: $target) { target } }`;
const REQUEST = `mutation Request($input: RequestSubstituteDispatchInput!) { requestSubstituteDispatch(input: $input) { id status } }`;
const MATCH = `mutation Match($id: ID!, $workerId: ID!) { matchSubstituteDispatch(id: $id, workerId: $workerId) { id status } }`;
const START = `mutation Start($id: ID!) { startSubstituteDispatch(id: $id) { id status } }`;
const COMPLETE = `mutation Complete($id: ID!) { completeSubstituteDispatch(id: $id) { id status } }`;
const CANCEL = `mutation Cancel($id: ID!, $reason: String!) { cancelSubstituteDispatch(id: $id, reason: $reason) { id status } }`;

export interface TableRow {
  jobFamily: JobFamily;
  grade: Grade;
  jobType: JobType | null;
  authorised: number;
  actual: number;
}

/** 000 L196–219: 정원 572, 현원 89 as of 2019.8.19 (rows printed "-" in both columns are left out). */
export const SEOUL_2019_TABLE: TableRow[] = [
  { jobFamily: 'OFFICER', grade: 'OFFICER', jobType: null, authorised: 1, actual: 1 },
  { jobFamily: 'GENERAL_ADMINISTRATION', grade: 'GRADE_2', jobType: null, authorised: 1, actual: 1 },
  { jobFamily: 'GENERAL_ADMINISTRATION', grade: 'GRADE_4', jobType: null, authorised: 7, actual: 5 },
  { jobFamily: 'GENERAL_ADMINISTRATION', grade: 'GRADE_5', jobType: null, authorised: 9, actual: 8 },
  { jobFamily: 'GENERAL_ADMINISTRATION', grade: 'GRADE_6', jobType: null, authorised: 5, actual: 5 },
  { jobFamily: 'SERVICE_SUPPORT', grade: 'GRADE_4', jobType: null, authorised: 5, actual: 1 },
  { jobFamily: 'SERVICE_SUPPORT', grade: 'GRADE_5', jobType: null, authorised: 22, actual: 11 },
  { jobFamily: 'SERVICE_SUPPORT', grade: 'GRADE_6', jobType: null, authorised: 6, actual: 1 },
  { jobFamily: 'SERVICE_SUPPORT', grade: 'NA', jobType: null, authorised: 10, actual: 2 },
  { jobFamily: 'PROFESSIONAL_SERVICE', grade: 'DA', jobType: 'CARE_WORKER', authorised: 279, actual: 28 },
  { jobFamily: 'PROFESSIONAL_SERVICE', grade: 'DA', jobType: 'ACTIVITY_SUPPORT_WORKER', authorised: 154, actual: 24 },
  { jobFamily: 'CHILDCARE', grade: 'GRADE_4', jobType: null, authorised: 5, actual: 1 },
  { jobFamily: 'CHILDCARE', grade: 'GRADE_5', jobType: null, authorised: 1, actual: 1 },
  { jobFamily: 'CHILDCARE', grade: 'GRADE_6', jobType: null, authorised: 64, actual: 0 },
  { jobFamily: 'TECHNICAL', grade: 'DA', jobType: null, authorised: 3, actual: 0 },
];

interface StaffGroup {
  jobFamily: JobFamily;
  grade: Grade;
  jobType: JobType;
  payScheme: PayScheme;
  facilityId: string | null;
  /** The 본부 team for HQ staff (000 L170–190). */
  orgUnitId?: string;
  count: number;
  partTime?: number;
  hiredOn: string;
}

/** Where the 89 work (synthetic split, see the header); each group sums back into SEOUL_2019_TABLE. */
export const SEOUL_2019_STAFF: StaffGroup[] = [
  {
    jobFamily: 'OFFICER',
    grade: 'OFFICER',
    jobType: 'OFFICER',
    payScheme: 'ANNUAL_SALARY',
    facilityId: null,
    orgUnitId: 'seoul-pass-hq',
    count: 1,
    hiredOn: '2019-03-11',
  },
  {
    jobFamily: 'GENERAL_ADMINISTRATION',
    grade: 'GRADE_2',
    jobType: 'ADMINISTRATIVE',
    payScheme: 'ANNUAL_SALARY',
    facilityId: null,
    orgUnitId: 'seoul-pass-planning-office',
    count: 1,
    hiredOn: '2019-06-17',
  },
  {
    jobFamily: 'GENERAL_ADMINISTRATION',
    grade: 'GRADE_4',
    jobType: 'ADMINISTRATIVE',
    payScheme: 'ANNUAL_SALARY',
    facilityId: null,
    orgUnitId: 'seoul-pass-planning-budget',
    count: 5,
    hiredOn: '2019-06-17',
  },
  {
    jobFamily: 'GENERAL_ADMINISTRATION',
    grade: 'GRADE_5',
    jobType: 'ADMINISTRATIVE',
    payScheme: 'ANNUAL_SALARY',
    facilityId: null,
    orgUnitId: 'seoul-pass-operations-support',
    count: 8,
    hiredOn: '2019-06-17',
  },
  {
    jobFamily: 'GENERAL_ADMINISTRATION',
    grade: 'GRADE_6',
    jobType: 'ADMINISTRATIVE',
    payScheme: 'ANNUAL_SALARY',
    facilityId: null,
    orgUnitId: 'seoul-pass-operations-support',
    count: 5,
    hiredOn: '2019-06-17',
  },
  {
    jobFamily: 'SERVICE_SUPPORT',
    grade: 'GRADE_4',
    jobType: 'FACILITY_HEAD',
    payScheme: 'ANNUAL_SALARY',
    facilityId: 'seoul-hcc-seongdong',
    count: 1,
    hiredOn: '2019-07-01',
  },
  {
    jobFamily: 'SERVICE_SUPPORT',
    grade: 'GRADE_5',
    jobType: 'SOCIAL_WORKER',
    payScheme: 'ANNUAL_SALARY',
    facilityId: 'seoul-hcc-seongdong',
    count: 3,
    hiredOn: '2019-07-01',
  },
  {
    jobFamily: 'SERVICE_SUPPORT',
    grade: 'GRADE_5',
    jobType: 'SOCIAL_WORKER',
    payScheme: 'ANNUAL_SALARY',
    facilityId: null,
    orgUnitId: 'seoul-pass-home-care-services',
    count: 8,
    hiredOn: '2019-07-01',
  },
  {
    jobFamily: 'SERVICE_SUPPORT',
    grade: 'GRADE_6',
    jobType: 'ADMINISTRATIVE',
    payScheme: 'ANNUAL_SALARY',
    facilityId: null,
    orgUnitId: 'seoul-pass-home-care-services',
    count: 1,
    hiredOn: '2019-07-01',
  },
  {
    jobFamily: 'SERVICE_SUPPORT',
    grade: 'NA',
    jobType: 'NURSE',
    payScheme: 'ANNUAL_SALARY',
    facilityId: 'seoul-hcc-seongdong',
    count: 2,
    hiredOn: '2019-07-01',
  },
  {
    jobFamily: 'PROFESSIONAL_SERVICE',
    grade: 'DA',
    jobType: 'CARE_WORKER',
    payScheme: 'SKILL_BASED',
    facilityId: 'seoul-hcc-seongdong',
    count: 24,
    partTime: 6,
    hiredOn: '2019-07-15',
  },
  {
    jobFamily: 'PROFESSIONAL_SERVICE',
    grade: 'DA',
    jobType: 'CARE_WORKER',
    payScheme: 'SKILL_BASED',
    facilityId: 'seoul-hcc-eunpyeong',
    count: 4,
    hiredOn: '2019-08-12',
  },
  {
    jobFamily: 'PROFESSIONAL_SERVICE',
    grade: 'DA',
    jobType: 'ACTIVITY_SUPPORT_WORKER',
    payScheme: 'SKILL_BASED',
    facilityId: 'seoul-hcc-seongdong',
    count: 18,
    partTime: 4,
    hiredOn: '2019-07-15',
  },
  {
    jobFamily: 'PROFESSIONAL_SERVICE',
    grade: 'DA',
    jobType: 'ACTIVITY_SUPPORT_WORKER',
    payScheme: 'SKILL_BASED',
    facilityId: 'seoul-hcc-nowon',
    count: 6,
    hiredOn: '2019-08-12',
  },
  {
    jobFamily: 'CHILDCARE',
    grade: 'GRADE_4',
    jobType: 'FACILITY_HEAD',
    payScheme: 'SENIORITY_STEPS',
    facilityId: null,
    orgUnitId: 'seoul-pass-daycare-operations',
    count: 1,
    hiredOn: '2019-06-17',
  },
  {
    jobFamily: 'CHILDCARE',
    grade: 'GRADE_5',
    jobType: 'CHILDCARE_TEACHER',
    payScheme: 'SENIORITY_STEPS',
    facilityId: null,
    orgUnitId: 'seoul-pass-daycare-operations',
    count: 1,
    hiredOn: '2019-06-17',
  },
];

export const HEADCOUNT_PLANS_2019: { facilityId: string; authorised: number }[] = [
  { facilityId: 'seoul-hcc-seongdong', authorised: 139 },
  { facilityId: 'seoul-hcc-eunpyeong', authorised: 57 },
  { facilityId: 'seoul-hcc-gangseo', authorised: 57 },
  { facilityId: 'seoul-hcc-nowon', authorised: 139 },
  { facilityId: 'seoul-hcc-mapo', authorised: 84 },
];

interface TargetLine {
  category: 'HEADQUARTERS' | 'LONG_TERM_CARE_FACILITY' | 'HOME_CARE_CENTRE' | 'PUBLIC_DAYCARE_CENTRE';
  centreModel?: 'BASIC' | 'EXTENDED' | 'NURSING' | 'DAY_VISIT';
  sites?: number;
  authorised: number;
}

/** 정원 확대(안), 000 L246–264, with the printed 계 of each year. */
export const HEADCOUNT_TARGETS: { year: number; reportedTotal: number; lines: TargetLine[] }[] = [
  {
    year: 2019,
    reportedTotal: 572,
    lines: [
      { category: 'HEADQUARTERS', authorised: 22 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'BASIC', sites: 2, authorised: 114 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'EXTENDED', sites: 1, authorised: 139 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'NURSING', sites: 1, authorised: 143 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'DAY_VISIT', sites: 1, authorised: 84 },
      { category: 'PUBLIC_DAYCARE_CENTRE', sites: 5, authorised: 70 },
    ],
  },
  {
    year: 2020,
    reportedTotal: 2000,
    lines: [
      { category: 'HEADQUARTERS', authorised: 50 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'BASIC', sites: 5, authorised: 340 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'EXTENDED', sites: 3, authorised: 552 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'NURSING', sites: 3, authorised: 582 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'DAY_VISIT', sites: 4, authorised: 336 },
      { category: 'PUBLIC_DAYCARE_CENTRE', sites: 10, authorised: 140 },
    ],
  },
  {
    year: 2021,
    reportedTotal: 3922,
    lines: [
      { category: 'HEADQUARTERS', authorised: 60 },
      { category: 'LONG_TERM_CARE_FACILITY', sites: 4, authorised: 388 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'BASIC', sites: 6, authorised: 408 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'EXTENDED', sites: 6, authorised: 1104 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'NURSING', sites: 6, authorised: 1164 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'DAY_VISIT', sites: 7, authorised: 588 },
      { category: 'PUBLIC_DAYCARE_CENTRE', sites: 15, authorised: 210 },
    ],
  },
  {
    year: 2022,
    reportedTotal: 4198,
    lines: [
      { category: 'HEADQUARTERS', authorised: 72 },
      { category: 'LONG_TERM_CARE_FACILITY', sites: 6, authorised: 582 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'BASIC', sites: 6, authorised: 408 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'EXTENDED', sites: 6, authorised: 1104 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'NURSING', sites: 6, authorised: 1164 },
      { category: 'HOME_CARE_CENTRE', centreModel: 'DAY_VISIT', sites: 7, authorised: 588 },
      { category: 'PUBLIC_DAYCARE_CENTRE', sites: 20, authorised: 280 },
    ],
  },
];

export const STATUTORY_COURSES = [
  '청렴교육',
  '성희롱 예방교육',
  '장애인 인식개선교육',
  '개인정보보호교육',
  '산업안전보건교육',
  '직장 내 괴롭힘 예방교육',
  '노인학대 예방교육',
  '아동학대 신고의무자교육',
  '인권교육',
  '소방안전교육',
  '감염병 예방교육',
  '응급처치교육',
  '퇴직연금교육',
  '성매매·성폭력·가정폭력 예방교육',
].map((title, i) => ({ id: `hcc-stat-${String(i + 1).padStart(2, '0')}`, title, category: 'STATUTORY' as const, hours: 1 }));

export const DAILY_RATE_2023 = 76_960;
export const DISPATCH_TARGET_2023 = 1_500;

/** 14 Jeonbuk 시군 (003 L3969): 25 pool workers, the first 11 covering two neighbouring 시군. */
const JEONBUK = [
  '전주시',
  '군산시',
  '익산시',
  '정읍시',
  '남원시',
  '김제시',
  '완주군',
  '진안군',
  '무주군',
  '장수군',
  '임실군',
  '순창군',
  '고창군',
  '부안군',
];
export const EMERGENCY_POOL = Array.from({ length: 25 }, (_, i) => ({
  id: `jb-ecw-${String(i + 1).padStart(2, '0')}`,
  alias: `돌봄지원단 ${String(i + 1).padStart(2, '0')}`,
  districts: i < 11 ? [JEONBUK[i % 14] as string, JEONBUK[(i + 1) % 14] as string] : [JEONBUK[i % 14] as string],
}));

const dispatch = (
  n: number,
  facilityId: string,
  absentRole: AbsentRole,
  reason: DispatchReason,
  requestedOn: string,
  startDate: string,
  endDate: string,
): RequestDispatchInput => ({
  id: `jb-2023-disp-${String(n).padStart(3, '0')}`,
  facilityId,
  absentRole,
  reason,
  requestedOn,
  startDate,
  endDate,
  dailyRate: DAILY_RATE_2023,
});

export type DispatchStage = 'COMPLETED' | 'DISPATCHED' | 'MATCHED' | 'REQUESTED' | 'CANCELLED';

export const DISPATCHES: { input: RequestDispatchInput; workerId: string; until: DispatchStage }[] = [
  {
    input: dispatch(1, 'jeonbuk-family-jangsu', 'CARE_WORKER', 'LEAVE', '2023-02-10', '2023-03-06', '2023-03-10'),
    workerId: 'jb-sub-01',
    until: 'COMPLETED',
  },
  {
    input: dispatch(2, 'jeonbuk-hcc-jeonbuk', 'CARE_WORKER', 'SICK_LEAVE', '2023-04-03', '2023-04-03', '2023-04-14'),
    workerId: 'jb-sub-02',
    until: 'COMPLETED',
  },
  {
    input: dispatch(3, 'jeonbuk-hcc-jangsu', 'CARE_WORKER', 'TRAINING', '2023-04-20', '2023-05-15', '2023-05-17'),
    workerId: 'jb-sub-01',
    until: 'COMPLETED',
  },
  {
    input: dispatch(4, 'jeonbuk-elder-protection', 'COOK', 'VACANCY', '2023-05-02', '2023-06-01', '2023-06-30'),
    workerId: 'jb-sub-04',
    until: 'COMPLETED',
  },
  {
    input: dispatch(5, 'jeonbuk-family-jangsu', 'CARE_WORKER', 'PARENTAL_LEAVE', '2023-07-28', '2023-09-01', '2023-11-30'),
    workerId: 'jb-sub-03',
    until: 'DISPATCHED',
  },
  {
    input: dispatch(6, 'jeonbuk-hcc-jangsu', 'CARE_WORKER', 'LEAVE', '2023-11-20', '2023-12-18', '2023-12-22'),
    workerId: 'jb-sub-02',
    until: 'MATCHED',
  },
  {
    input: dispatch(7, 'jeonbuk-hcc-jeonbuk', 'COOK', 'LEAVE', '2023-12-01', '2023-12-26', '2023-12-29'),
    workerId: 'jb-sub-04',
    until: 'REQUESTED',
  },
  {
    input: dispatch(8, 'jeonbuk-elder-protection', 'CARE_WORKER', 'BEREAVEMENT', '2023-07-10', '2023-07-10', '2023-07-12'),
    workerId: 'jb-sub-03',
    until: 'CANCELLED',
  },
];

const ORDER = ['REQUESTED', 'MATCHED', 'DISPATCHED', 'COMPLETED'] as const;

/** An employee's or worker's personal data as the hire/registration input takes it. */
export interface FixturePersonalData {
  name: string;
  birthDate: string;
  phone: string;
  address: string;
}

const SURNAMES = ['탁', '편', '봉', '설', '독고', '선우', '제갈', '황보', '어', '빈', '창'];
const GIVEN = ['가온', '나래', '다솜', '라온', '마루', '새길', '아름', '여울', '자람', '하람', '누리', '슬기', '한결'];
const DISTRICTS = ['성동구', '은평구', '노원구', '마포구', '강서구'];

/** The invented personal data of Seoul fixture employee n (1–89): deterministic, unique per person. */
export function employeePersonalData(n: number): FixturePersonalData {
  const year = 1962 + ((n * 7) % 36);
  const month = String(1 + ((n * 5) % 12)).padStart(2, '0');
  const day = String(1 + ((n * 11) % 28)).padStart(2, '0');
  return {
    name: `${SURNAMES[n % SURNAMES.length]}${GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length]}`,
    birthDate: `${year}-${month}-${day}`,
    phone: `010-5551-${String(1000 + n).padStart(4, '0')}`,
    address: `서울특별시 ${DISTRICTS[n % DISTRICTS.length]} 가상로 ${100 + n}길 ${n}`,
  };
}

/** Substitute workers of the Jeonbuk pool, with invented personal data. */
export const SUBSTITUTE_WORKERS: {
  id: string;
  alias: string;
  jobType: 'CARE' | 'COOK';
  residenceDistrict: string;
  personalData: FixturePersonalData;
}[] = [
  {
    id: 'jb-sub-01',
    alias: '대체인력 가',
    jobType: 'CARE',
    residenceDistrict: '전주시',
    personalData: { name: '모여울', birthDate: '1968-04-09', phone: '010-5552-0101', address: '전주시 가상로 11' },
  },
  {
    id: 'jb-sub-02',
    alias: '대체인력 나',
    jobType: 'CARE',
    residenceDistrict: '전주시',
    personalData: { name: '승누리', birthDate: '1972-10-21', phone: '010-5552-0202', address: '전주시 가상로 22' },
  },
  {
    id: 'jb-sub-03',
    alias: '대체인력 다',
    jobType: 'CARE',
    residenceDistrict: '장수군',
    personalData: { name: '옥한결', birthDate: '1965-01-30', phone: '010-5552-0303', address: '장수군 가상면 33' },
  },
  {
    id: 'jb-sub-04',
    alias: '대체인력 라',
    jobType: 'COOK',
    residenceDistrict: '완주군',
    personalData: { name: '길자람', birthDate: '1975-07-14', phone: '010-5552-0404', address: '완주군 가상읍 44' },
  },
];

/** Every fixture employee's personal data, by employee id (for the tests' leak checks). */
export const EMPLOYEE_PERSONAL_DATA = (): Map<string, FixturePersonalData> => {
  const out = new Map<string, FixturePersonalData>();
  const total = SEOUL_2019_STAFF.reduce((s, g) => s + g.count, 0);
  for (let n = 1; n <= total; n++) out.set(`seoul-emp-${String(n).padStart(4, '0')}`, employeePersonalData(n));
  return out;
};

/**
 * Setting a 정원 row, an expansion line or a dispatch target again is accepted (it is a "set"): the seeder asks
 * these first and skips a step whose value is already there.
 */
const PLAN_ROWS = `query PlanRows($agencyId: ID!, $year: Int!, $facilityId: ID) {
  headcountPlans(agencyId: $agencyId, year: $year, facilityId: $facilityId) { rows { facility { id } jobFamily grade jobType authorised } }
}`;
type PlanRow = {
  facility: { id: string } | null;
  jobFamily: string | null;
  grade: string | null;
  jobType: string | null;
  authorised: number;
};
const planSet = (want: {
  facilityId?: string;
  jobFamily?: string | null;
  grade?: string | null;
  jobType?: string | null;
  authorised: number;
}): SeedCheck =>
  seedCheck<{ headcountPlans: { rows: PlanRow[] } }>(
    PLAN_ROWS,
    { agencyId: 'seoul-pass', year: 2019, facilityId: want.facilityId ?? null },
    (d) =>
      d.headcountPlans.rows.some(
        (r) =>
          (r.facility?.id ?? null) === (want.facilityId ?? null) &&
          r.jobFamily === (want.jobFamily ?? null) &&
          r.grade === (want.grade ?? null) &&
          r.jobType === (want.jobType ?? null) &&
          r.authorised === want.authorised,
      ),
  );
const TARGET_LINES = `{ headcountTargets(agencyId: "seoul-pass") { year lines { category centreModel sites authorised } } }`;
type TargetYear = { year: number; lines: { category: string; centreModel: string | null; sites: number | null; authorised: number }[] };
const targetSet = (year: number, line: TargetLine): SeedCheck =>
  seedCheck<{ headcountTargets: TargetYear[] }>(TARGET_LINES, {}, (d) =>
    d.headcountTargets.some(
      (y) =>
        y.year === year &&
        y.lines.some(
          (l) =>
            l.category === line.category &&
            l.centreModel === (line.centreModel ?? null) &&
            l.sites === (line.sites ?? null) &&
            l.authorised === line.authorised,
        ),
    ),
  );

function steps(): SeedStep[] {
  const out: SeedStep[] = [];
  for (const row of SEOUL_2019_TABLE) {
    const { actual: _printedActual, ...plan } = row;
    out.push({
      label: `정원 ${row.jobFamily} ${row.grade}`,
      query: PLAN,
      variables: { input: { agencyId: 'seoul-pass', year: 2019, ...plan } },
      appliedWhen: planSet(plan),
    });
  }
  for (const p of HEADCOUNT_PLANS_2019)
    out.push({
      label: `정원 ${p.facilityId}`,
      query: PLAN,
      variables: { input: { agencyId: 'seoul-pass', ...p, year: 2019 } },
      appliedWhen: planSet(p),
    });
  for (const y of HEADCOUNT_TARGETS)
    for (const line of y.lines)
      out.push({
        label: `정원 확대 ${y.year} ${line.category}`,
        query: TARGET,
        variables: { input: { agencyId: 'seoul-pass', year: y.year, ...line, reportedYearTotal: y.reportedTotal } },
        appliedWhen: targetSet(y.year, line),
      });

  out.push(...recruitmentSteps());

  let n = 0;
  for (const g of SEOUL_2019_STAFF) {
    for (let i = 0; i < g.count; i++) {
      n++;
      const id = `seoul-emp-${String(n).padStart(4, '0')}`;
      out.push({
        label: `employee ${id}`,
        query: HIRE,
        variables: {
          input: {
            id,
            alias: `직원 ${String(n).padStart(3, '0')}`,
            agencyId: 'seoul-pass',
            facilityId: g.facilityId,
            orgUnitId: g.orgUnitId ?? null,
            jobFamily: g.jobFamily,
            grade: g.grade,
            jobType: g.jobType,
            employmentForm: i < (g.partTime ?? 0) ? 'PART_TIME' : 'FULL_TIME',
            payScheme: g.payScheme,
            hireRoute: 'OPEN_COMPETITION',
            hiredOn: g.hiredOn,
            personalData: employeePersonalData(n),
          },
        },
      });
    }
  }
  for (const c of STATUTORY_COURSES) out.push({ label: `course ${c.title}`, query: COURSE, variables: { input: c } });
  // The 성동 head (employee 21, hired 2019-07-01) completes the statutory courses in Sep 2019 and is evaluated.
  for (const c of STATUTORY_COURSES)
    out.push({
      label: `training ${c.id}`,
      query: TRAIN,
      variables: { input: { employeeId: 'seoul-emp-0021', courseId: c.id, completedOn: '2019-09-20' } },
    });
  out.push({
    label: 'probation',
    query: EVALUATE,
    variables: { input: { employeeId: 'seoul-emp-0021', kind: 'PROBATION', year: 2019, evaluatedOn: '2019-09-30' } },
  });
  out.push({
    label: 'annual',
    query: EVALUATE,
    variables: { input: { employeeId: 'seoul-emp-0021', kind: 'ANNUAL', year: 2019, evaluatedOn: '2019-12-10' } },
  });

  out.push({
    label: 'dispatch target 2023',
    query: DISPATCH_TARGET,
    variables: { agencyId: 'jeonbuk-pass', year: 2023, target: DISPATCH_TARGET_2023 },
    appliedWhen: seedCheck<{ dispatchProgress: { target: number | null } }>(
      `{ dispatchProgress(agencyId: "jeonbuk-pass", year: 2023) { target } }`,
      {},
      (d) => d.dispatchProgress.target === DISPATCH_TARGET_2023,
    ),
  });
  for (const w of EMERGENCY_POOL) out.push({ label: `pool ${w.id}`, query: POOL, variables: { input: w } });
  for (const w of SUBSTITUTE_WORKERS) out.push({ label: `substitute ${w.id}`, query: WORKER, variables: { input: w } });
  for (const d of DISPATCHES) {
    const id = d.input.id;
    out.push({ label: `dispatch ${id} requested`, query: REQUEST, variables: { input: d.input } });
    if (d.until === 'CANCELLED') {
      out.push({ label: `dispatch ${id} cancelled`, query: CANCEL, variables: { id, reason: '수요처 사정으로 취소 (fixture)' } });
      continue;
    }
    const reach = ORDER.indexOf(d.until);
    if (reach >= 1) out.push({ label: `dispatch ${id} matched`, query: MATCH, variables: { id, workerId: d.workerId } });
    if (reach >= 2) out.push({ label: `dispatch ${id} dispatched`, query: START, variables: { id } });
    if (reach >= 3) out.push({ label: `dispatch ${id} completed`, query: COMPLETE, variables: { id } });
  }
  return out;
}

export const seedSteps: SeedStep[] = steps();
