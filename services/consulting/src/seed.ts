/**
 * Fixtures from the source documents, registered through the graph.
 * Seoul: 2020 provider inspection results of all 25 districts (seed 001 L150–186, 합계 L157) and the
 * 2019–2020 satisfaction survey by programme (001 L137–143).
 * Jeonbuk: the 2023 consulting programmes and their targets (seed 003 §3.5: P1 staged consulting 40 + monitoring 30
 * L2384, P2 small disability facilities 30 L2465, P3 D/F-graded providers L2531–2610; fee 100천원/h L2407).
 * The sources name no providers and no consultants: providers carry generic names, consultants pseudonyms,
 * and every consulting case, session and single inspection is synthetic (the plans give targets, not cases).
 */
import type { SeedStep } from '@pass-graph/platform';
import type { AppointConsultantInput, RegisterProgramInput, RegisterProviderInput, RequestConsultingInput } from './domain';
import type { SubmitInquiryInput } from './inquiries';
import type { RecordInspectionInput, RecordInspectionResultInput, ReportedInspectionTotalsInput, SatisfactionInput } from './inspections';

const REGISTER_PROVIDER = `mutation RegisterProvider($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`;
const APPOINT_CONSULTANT = `mutation AppointConsultant($input: AppointConsultantInput!) { appointConsultant(input: $input) { id } }`;
const REGISTER_PROGRAM = `mutation RegisterProgram($input: RegisterConsultingProgramInput!) { registerConsultingProgram(input: $input) { id } }`;
const REQUEST = `mutation RequestConsulting($input: RequestConsultingInput!) { requestConsulting(input: $input) { id status } }`;
const ACCEPT = `mutation AcceptConsulting($id: ID!, $consultantIds: [ID!]!, $acceptedOn: Date!) { acceptConsulting(id: $id, consultantIds: $consultantIds, acceptedOn: $acceptedOn) { id status } }`;
const START = `mutation StartConsulting($id: ID!, $startedOn: Date!) { startConsulting(id: $id, startedOn: $startedOn) { id status } }`;
const SESSION = `mutation RecordSession($input: RecordConsultingSessionInput!) { recordConsultingSession(input: $input) { id fee } }`;
const COMPLETE = `mutation CompleteConsulting($id: ID!, $completedOn: Date!, $hours: Float, $resultReport: String) { completeConsulting(id: $id, completedOn: $completedOn, hours: $hours, resultReport: $resultReport) { id status fee } }`;
const MONITOR = `mutation StartMonitoring($id: ID!, $startedOn: Date!) { startMonitoring(id: $id, startedOn: $startedOn) { id status } }`;
const CLOSE = `mutation CloseConsulting($id: ID!, $closedOn: Date!, $satisfactionScore: Float, $monitoringNote: String) { closeConsulting(id: $id, closedOn: $closedOn, satisfactionScore: $satisfactionScore, monitoringNote: $monitoringNote) { id status } }`;
const DECLINE = `mutation DeclineConsulting($id: ID!, $reason: String!, $declinedOn: Date!) { declineConsulting(id: $id, reason: $reason, declinedOn: $declinedOn) { id status } }`;
const RECORD_INSPECTION_RESULT = `mutation RecordInspectionResult($input: RecordInspectionResultInput!) { recordInspectionResult(input: $input) { id } }`;
const RECORD_TOTALS = `mutation RecordReportedInspectionTotals($input: ReportedInspectionTotalsInput!) { recordReportedInspectionTotals(input: $input) { year } }`;
const RECORD_INSPECTION = `mutation RecordInspection($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }`;
const CONFIRM_CORRECTION = `mutation ConfirmCorrection($inspectionId: ID!, $findingNo: Int!, $correctedOn: Date!) { confirmCorrection(inspectionId: $inspectionId, findingNo: $findingNo, correctedOn: $correctedOn) { id } }`;
const SUBMIT_INQUIRY = `mutation SubmitInquiry($input: SubmitOnlineInquiryInput!) { submitOnlineInquiry(input: $input) { id } }`;
const ASSIGN_INQUIRY = `mutation AssignInquiry($id: ID!, $consultantId: ID!, $assignedOn: Date!) { assignOnlineInquiry(id: $id, consultantId: $consultantId, assignedOn: $assignedOn) { id } }`;
const ANSWER_INQUIRY = `mutation AnswerInquiry($id: ID!, $answer: String!, $answeredOn: Date!) { answerOnlineInquiry(id: $id, answer: $answer, answeredOn: $answeredOn) { id } }`;
const RECORD_SATISFACTION = `mutation RecordSatisfaction($input: SatisfactionSurveyInput!) { recordSatisfactionSurvey(input: $input) { year } }`;

/** Generic providers: Seoul ones in districts of the 2020 inspection table, Jeonbuk ones for the 2023 programmes. */
export const PROVIDERS: RegisterProviderInput[] = [
  { id: 'seoul-provider-yeongdeungpo-01', name: '영등포 재가기관 01', type: 'VOUCHER_PROVIDER', district: '영등포구', stage: 'NEW' },
  {
    id: 'seoul-provider-nowon-01',
    name: '노원 산모신생아 제공기관 01',
    type: 'MATERNAL_NEWBORN_CARE_PROVIDER',
    district: '노원구',
    stage: 'GROWING',
  },
  {
    id: 'seoul-provider-gwanak-01',
    name: '관악 가사간병 제공기관 01',
    type: 'HOUSEKEEPING_NURSING_VISIT_PROVIDER',
    district: '관악구',
    stage: 'GROWING',
  },
  { id: 'jb-provider-jeonju-01', name: '전주 재가기관 01', type: 'LONG_TERM_CARE_PROVIDER', district: '전주시', stage: 'NEW' },
  {
    id: 'jb-provider-namwon-01',
    name: '남원 사회적협동조합 01',
    type: 'SOCIAL_COOPERATIVE',
    district: '남원시',
    stage: 'NEW',
    size: 'SMALL',
  },
  // P2 serves 소규모 장애인복지시설 (003 L2465).
  {
    id: 'jb-provider-iksan-01',
    name: '익산 소규모 장애인시설 01',
    type: 'SMALL_DISABILITY_FACILITY',
    district: '익산시',
    stage: 'GROWING',
    size: 'SMALL',
  },
  // P3 serves providers rated 미흡 (D/F) in the 2022 quality evaluation (003 L2559); the grades are synthetic.
  {
    id: 'jb-provider-gunsan-01',
    name: '군산 바우처 제공기관 01',
    type: 'VOUCHER_PROVIDER',
    district: '군산시',
    qualityGrade: 'D',
    qualityGradeYear: 2022,
    stage: 'GROWING',
  },
  {
    id: 'jb-provider-gimje-01',
    name: '김제 장기요양기관 01',
    type: 'LONG_TERM_CARE_PROVIDER',
    district: '김제시',
    qualityGrade: 'F',
    qualityGradeYear: 2022,
    stage: 'GROWING',
  },
  // A 소속시설 as a client of 소속시설 운영컨설팅 (S10): the agency's own 장수종합재가센터 (care-services' Facility).
  {
    id: 'jb-affiliated-hcc-jangsu',
    name: '장수종합재가센터',
    type: 'AFFILIATED_FACILITY',
    facilityId: 'jeonbuk-hcc-jangsu',
    district: '장수군',
    stage: 'GROWING',
  },
];

/** Pseudonymous consultants at the rate card's 100천원 per hour (003 L2407). */
export const CONSULTANTS: AppointConsultantInput[] = [
  {
    // P1 consultants in 노무, 법률, 세무 are appointed in February (003 L2416, L2444).
    id: 'jb-consultant-labor-01',
    name: '컨설턴트 가',
    fields: ['LABOR', 'LAW'],
    appointedFrom: '2023-02-01',
    appointedUntil: '2023-12-31',
    hourlyFee: 100_000,
    source: '분야별 전문컨설턴트 위촉 (003 L2416)',
  },
  {
    id: 'jb-consultant-tax-01',
    name: '컨설턴트 나',
    fields: ['TAX_ACCOUNTING', 'SOCIAL_WORK_PRACTICE'],
    appointedFrom: '2023-02-01',
    appointedUntil: '2023-12-31',
    hourlyFee: 100_000,
    source: '분야별 전문컨설턴트 위촉 (003 L2416, L2493)',
  },
  {
    // P2 appoints its consultants in June and sends 2 per site (003 L2482, L2512).
    id: 'jb-consultant-welfare-01',
    name: '컨설턴트 라',
    fields: ['SOCIAL_WORK_PRACTICE'],
    appointedFrom: '2023-06-01',
    appointedUntil: '2023-12-31',
    hourlyFee: 100_000,
    source: '사회복지 실무 전문가 (003 L2493)',
  },
  {
    // P3 consultants come from the 중앙사회서비스원 evaluator pool (003 L2573–2575); the committee forms in September.
    id: 'jb-consultant-quality-01',
    name: '컨설턴트 다',
    fields: ['SOCIAL_WORK_PRACTICE'],
    appointedFrom: '2023-09-01',
    appointedUntil: '2023-12-31',
    hourlyFee: 100_000,
    source: '중앙사회서비스원 평가위원 POOL 추천 (003 L2573)',
  },
];

/** Jeonbuk's 2023 programmes with the plan's targets (003 §3.5). */
export const PROGRAMS: RegisterProgramInput[] = [
  {
    id: 'jeonbuk-staged',
    agencyId: 'jeonbuk-pass',
    kind: 'STAGED',
    name: '단계별 컨설팅',
    planItemCode: 'P1',
    targets: [{ year: 2023, cases: 40, monitorings: 30 }], // L2384
  },
  {
    id: 'jeonbuk-small-facility',
    agencyId: 'jeonbuk-pass',
    kind: 'SMALL_FACILITY',
    name: '소규모 장애인복지시설 운영 컨설팅',
    planItemCode: 'P2',
    targets: [{ year: 2023, cases: 30, monitorings: 0 }], // L2465
  },
  {
    // L2539 plans 2 needs-survey and 2 tailored consultations: read here as 4 cases (inferred).
    id: 'jeonbuk-quality',
    agencyId: 'jeonbuk-pass',
    kind: 'QUALITY',
    name: '제공기관 대상 품질관리 맞춤형 컨설팅',
    planItemCode: 'P3',
    targets: [{ year: 2023, cases: 4, monitorings: 0 }],
  },
  {
    // S10: 소속시설 운영컨설팅 수요조사 1회 및 지원 5회 (003 L2167), for applicant facilities after the survey (L2222).
    id: 'jeonbuk-affiliated-facility',
    agencyId: 'jeonbuk-pass',
    kind: 'AFFILIATED_FACILITY',
    name: '소속시설 운영컨설팅',
    planItemCode: 'S10',
    targets: [{ year: 2023, cases: 5, monitorings: 0 }],
  },
  {
    // S5: a monthly retainer (노무 자문 수수료 330천원×12월, L1852), not hourly consulting; no case target printed.
    id: 'jeonbuk-labor-advisory',
    agencyId: 'jeonbuk-pass',
    kind: 'LABOR',
    name: '노무 자문',
    planItemCode: 'S5',
    targets: [],
  },
];

export type CaseStep =
  | { kind: 'accept'; consultantIds: string[]; on: string }
  | { kind: 'start'; on: string }
  | { kind: 'session'; id: string; hours: number; on: string; consultantIds?: string[] }
  | { kind: 'complete'; hours: number; on: string; report: string }
  | { kind: 'monitor'; on: string }
  | { kind: 'close'; on: string; satisfaction: number }
  | { kind: 'decline'; reason: string; on: string };

/** Synthetic cases in the months the Gantt charts give (P1 Mar–Nov L2446, P2 Aug–Dec L2516, P3 Sep–Oct L2596). */
export const CASES: { request: RequestConsultingInput; steps: CaseStep[] }[] = [
  {
    request: {
      id: 'jb-case-2023-001',
      providerId: 'jb-provider-jeonju-01',
      program: 'STAGED',
      topics: ['ACCOUNTING', 'RECRUITMENT'],
      requestedOn: '2023-03-06',
    },
    steps: [
      { kind: 'accept', consultantIds: ['jb-consultant-tax-01'], on: '2023-03-13' },
      { kind: 'start', on: '2023-03-20' },
      { kind: 'session', id: 'jb-case-2023-001-s1', hours: 2, on: '2023-03-24' }, // 200,000원
      { kind: 'session', id: 'jb-case-2023-001-s2', hours: 1, on: '2023-04-14' }, // 100,000원
      { kind: 'complete', hours: 3, on: '2023-04-14', report: '회계·채용 절차 정비안 제시' },
      { kind: 'monitor', on: '2023-06-01' },
      { kind: 'close', on: '2023-10-30', satisfaction: 92.5 },
    ],
  },
  {
    request: {
      id: 'jb-case-2023-002',
      providerId: 'jb-provider-namwon-01',
      program: 'STAGED',
      topics: ['LABOR'],
      requestedOn: '2023-03-08',
    },
    steps: [
      { kind: 'accept', consultantIds: ['jb-consultant-labor-01'], on: '2023-03-15' },
      { kind: 'start', on: '2023-04-03' },
      { kind: 'session', id: 'jb-case-2023-002-s1', hours: 2.5, on: '2023-05-12' }, // 250,000원
      { kind: 'complete', hours: 2.5, on: '2023-05-12', report: '취업규칙 개정 자문' },
    ],
  },
  {
    request: {
      id: 'jb-case-2023-003',
      providerId: 'jb-provider-iksan-01',
      program: 'SMALL_FACILITY',
      topics: ['ACCOUNTING', 'SOCIAL_WORK_PRACTICE'],
      requestedOn: '2023-07-10',
    },
    steps: [
      // Two consultants per site (L2482): 2h × 2 × 100,000원 = 400,000원.
      { kind: 'accept', consultantIds: ['jb-consultant-tax-01', 'jb-consultant-welfare-01'], on: '2023-08-01' },
      { kind: 'start', on: '2023-08-16' },
      { kind: 'session', id: 'jb-case-2023-003-s1', hours: 2, on: '2023-08-23' },
    ],
  },
  {
    // D/F-graded providers often refuse (참여율 저조, L2609).
    request: {
      id: 'jb-case-2023-004',
      providerId: 'jb-provider-gunsan-01',
      program: 'QUALITY',
      topics: ['QUALITY_MANAGEMENT'],
      requestedOn: '2023-09-11',
    },
    steps: [
      { kind: 'accept', consultantIds: ['jb-consultant-quality-01'], on: '2023-09-18' },
      { kind: 'decline', reason: '미흡기관 컨설팅 참여 거부', on: '2023-09-25' },
    ],
  },
  {
    request: {
      id: 'jb-case-2023-005',
      providerId: 'jb-provider-gunsan-01',
      program: 'STAGED',
      topics: ['LEGAL'],
      requestedOn: '2023-03-20',
    },
    steps: [{ kind: 'decline', reason: '기관 사정으로 참여 철회', on: '2023-04-03' }],
  },
  {
    request: {
      id: 'jb-case-2023-006',
      providerId: 'jb-provider-gimje-01',
      program: 'QUALITY',
      topics: ['QUALITY_MANAGEMENT'],
      mode: 'ONLINE',
      requestedOn: '2023-09-11',
    },
    steps: [{ kind: 'accept', consultantIds: ['jb-consultant-quality-01'], on: '2023-09-19' }],
  },
  {
    // The second recruitment window (Jun–Jul, L2442).
    request: {
      id: 'jb-case-2023-007',
      providerId: 'jb-provider-jeonju-01',
      program: 'STAGED',
      topics: ['LABOR'],
      requestedOn: '2023-06-12',
    },
    steps: [],
  },
  {
    // 소속시설 운영컨설팅 of the agency's 장수종합재가센터 (S10, after the demand survey).
    request: {
      id: 'jb-case-2023-008',
      providerId: 'jb-affiliated-hcc-jangsu',
      program: 'AFFILIATED_FACILITY',
      topics: ['SOCIAL_WORK_PRACTICE'],
      requestedOn: '2023-07-03',
    },
    steps: [
      { kind: 'accept', consultantIds: ['jb-consultant-welfare-01'], on: '2023-07-10' },
      { kind: 'start', on: '2023-07-17' },
      { kind: 'session', id: 'jb-case-2023-008-s1', hours: 2, on: '2023-07-21' }, // 200,000원, posted to S10
    ],
  },
];

/** One row of the 2020 table as printed: 주의, 경고, 과징금 건/원, 환수 건/원, 계 (null where "-"). */
type Row = [
  district: string,
  caution: number,
  warning: number,
  surcharge: number,
  surchargeWon: number,
  clawback: number,
  clawbackWon: number,
  printedTotal: number | null,
];

/** 2020년 서울특별시 지역사회서비스 제공기관 점검결과 (001 L158–186), "-" as 0 in the counts. */
const ROWS_2020: Row[] = [
  ['종로구', 15, 0, 0, 0, 0, 0, 15], // L158
  ['중구', 7, 0, 0, 0, 1, 216_000, 8],
  ['용산구', 0, 0, 0, 0, 0, 0, null],
  ['성동구', 11, 0, 0, 0, 0, 0, 11],
  ['광진구', 25, 0, 0, 0, 1, 40_000, 26],
  ['동대문구', 30, 0, 0, 0, 0, 0, 30],
  ['중랑구', 26, 0, 0, 0, 1, 36_000, 27],
  ['성북구', 22, 1, 1, 2_160_000, 0, 0, 24],
  ['강북구', 21, 2, 0, 0, 0, 0, 23],
  ['도봉구', 29, 0, 0, 0, 0, 0, 32], // L167: printed 32, computed 29 (DQ-001-1)
  ['노원구', 10, 0, 0, 0, 7, 371_750, 17],
  ['은평구', 31, 0, 0, 0, 0, 0, 31],
  ['서대문구', 1, 1, 0, 0, 1, 12_000, 3],
  ['마포구', 40, 0, 0, 0, 0, 0, 41], // L171: printed 41, computed 40 (DQ-001-2)
  ['양천구', 29, 1, 0, 0, 1, 6_162_000, 31],
  ['강서구', 59, 1, 0, 0, 1, 180_000, 61],
  ['구로구', 65, 0, 0, 0, 0, 0, 65],
  ['금천구', 23, 0, 0, 0, 3, 1_960_000, 26],
  ['영등포구', 25, 2, 1, 306_900, 1, 1_024_000, 29], // L176
  ['동작구', 7, 3, 0, 0, 2, 136_000, 12],
  ['관악구', 11, 3, 0, 0, 2, 65_000, 16], // L182
  ['서초구', 20, 0, 0, 0, 0, 0, 20],
  ['강남구', 10, 0, 0, 0, 0, 0, 10],
  ['송파구', 0, 0, 0, 0, 0, 0, null],
  ['강동구', 11, 0, 0, 0, 0, 0, null], // L186: 계 printed "-", computed 11 (DQ-001-3)
];

export const INSPECTION_RESULTS_2020: RecordInspectionResultInput[] = ROWS_2020.map(
  ([district, cautionCount, warningCount, surchargeCount, surchargeAmount, clawbackCount, clawbackAmount, reportedTotalCases]) => ({
    year: 2020,
    district,
    cautionCount,
    warningCount,
    surchargeCount,
    surchargeAmount,
    clawbackCount,
    clawbackAmount,
    reportedTotalCases,
  }),
);

/** The 합계 row (001 L157); 565 equals the category columns, not the sum of the printed 계 (558, DQ-001-4). */
export const REPORTED_TOTALS_2020: ReportedInspectionTotalsInput = {
  year: 2020,
  cautionCount: 528,
  warningCount: 14,
  surchargeCount: 2,
  surchargeAmount: 2_466_900,
  clawbackCount: 21,
  clawbackAmount: 10_202_750,
  totalCases: 565,
  source: '2021.6.16 서울시의회 보건복지위원회 검토보고서, 2020년 지역사회서비스 제공기관 점검결과 합계 (001 L157)',
};

function caseSteps(c: { request: RequestConsultingInput; steps: CaseStep[] }): SeedStep[] {
  const id = c.request.id;
  const out: SeedStep[] = [{ label: `consulting case ${id} applied`, query: REQUEST, variables: { input: c.request } }];
  for (const s of c.steps) {
    const label = `consulting case ${id} ${s.kind}`;
    switch (s.kind) {
      case 'accept':
        out.push({ label, query: ACCEPT, variables: { id, consultantIds: s.consultantIds, acceptedOn: s.on } });
        break;
      case 'start':
        out.push({ label, query: START, variables: { id, startedOn: s.on } });
        break;
      case 'session':
        out.push({
          label: `${label} ${s.id}`,
          query: SESSION,
          variables: { input: { caseId: id, id: s.id, heldOn: s.on, hours: s.hours, consultantIds: s.consultantIds ?? null } },
        });
        break;
      case 'complete':
        out.push({ label, query: COMPLETE, variables: { id, completedOn: s.on, hours: s.hours, resultReport: s.report } });
        break;
      case 'monitor':
        out.push({ label, query: MONITOR, variables: { id, startedOn: s.on } });
        break;
      case 'close':
        out.push({ label, query: CLOSE, variables: { id, closedOn: s.on, satisfactionScore: s.satisfaction } });
        break;
      case 'decline':
        out.push({ label, query: DECLINE, variables: { id, reason: s.reason, declinedOn: s.on } });
        break;
    }
  }
  return out;
}

/**
 * Single inspections with an action per finding (synthetic: the 2020 table gives district totals only).
 * The 영등포 one carries the district's one 과징금 of 306,900원 (001 L176); the Jeonbuk one is a P7 safety
 * inspection (소방·전기·가스, 003 L2864) whose finding was corrected after expert feedback (L2893).
 */
export const INSPECTIONS: RecordInspectionInput[] = [
  {
    id: 'seoul-inspection-2020-yeongdeungpo-01',
    providerId: 'seoul-provider-yeongdeungpo-01',
    kind: 'SITE',
    inspectedOn: '2020-09-14',
    findings: [
      { description: '서비스 제공기록 일부 누락', action: 'CAUTION' },
      { description: '제공인력 배치기준 위반', action: 'SURCHARGE', amount: 306_900 },
    ],
  },
  {
    id: 'jb-safety-2023-001',
    providerId: 'jb-provider-iksan-01',
    kind: 'SAFETY',
    safetyAreas: ['FIRE', 'ELECTRICAL', 'GAS'],
    // The agency's own P7 programme: budgets posts the site's 안전점검수당 (100천원, the BASIC tier: synthetic, the plan
    // does not say which sites pay which) to jeonbuk-2023-P7, once.
    agencyId: 'jeonbuk-pass',
    feeTier: 'BASIC',
    inspectedOn: '2023-05-10',
    findings: [{ description: '소화기 압력 미흡', action: 'NONE' }],
  },
  // The rest of 영등포's 2020 row, so the district's records re-aggregate to it exactly (sanctionReconciliation):
  // with seoul-inspection-2020-yeongdeungpo-01, 25 주의, 2 경고, 1 과징금 306,900원 and 1 환수 1,024,000원 = 29 (001 L176). Synthetic.
  {
    id: 'seoul-inspection-2020-yeongdeungpo-02',
    providerId: 'seoul-provider-yeongdeungpo-01',
    kind: 'SITE',
    inspectedOn: '2020-11-09',
    findings: [
      ...Array.from({ length: 24 }, (_, k) => ({ description: `서비스 제공기록 점검 지적 ${k + 1}`, action: 'CAUTION' as const })),
      { description: '제공인력 자격 확인 미흡', action: 'WARNING' },
      { description: '이용자 본인부담금 수납 절차 위반', action: 'WARNING' },
      { description: '서비스 제공시간 부당 청구', action: 'CLAWBACK', amount: 1_024_000 },
    ],
  },
];

/** 2019~2020년 만족도 조사 (001 L137–143): positive answers per programme; averages as printed (L135). */
export const SATISFACTION: SatisfactionInput[] = [
  {
    year: 2019,
    results: [
      { programme: 'COMMUNITY_SERVICE_INVESTMENT', positiveRate: 94.1 },
      { programme: 'HOUSEKEEPING_NURSING_VISIT', positiveRate: 89.6 },
      { programme: 'MATERNAL_NEWBORN_CARE', positiveRate: 92.5 },
    ],
    reportedAverage: 92.1,
    source: '서울특별시 지역사회서비스 지원단 만족도 조사 (001 L135–143)',
  },
  {
    year: 2020,
    results: [
      { programme: 'COMMUNITY_SERVICE_INVESTMENT', positiveRate: 93.3 },
      { programme: 'HOUSEKEEPING_NURSING_VISIT', positiveRate: 91.8 },
      { programme: 'MATERNAL_NEWBORN_CARE', positiveRate: 87.0 },
    ],
    reportedAverage: 90.7,
    source: '서울특별시 지역사회서비스 지원단 만족도 조사 (001 L135–143)',
  },
];

/** Synthetic inquiries to the online desk (Apr–Dec 2023, L2447): one answered in time, one still assigned. */
export const INQUIRIES: {
  input: SubmitInquiryInput;
  assign?: { consultantId: string; on: string };
  answer?: { text: string; on: string };
}[] = [
  {
    input: {
      id: 'jb-inquiry-2023-001',
      providerId: 'jb-provider-namwon-01',
      topic: 'LABOR',
      question: '단시간 근로자 주휴수당 산정 문의',
      submittedOn: '2023-04-10',
    },
    assign: { consultantId: 'jb-consultant-labor-01', on: '2023-04-11' },
    answer: { text: '소정근로시간 비례로 산정합니다.', on: '2023-04-14' },
  },
  {
    input: {
      id: 'jb-inquiry-2023-002',
      providerId: 'jb-provider-jeonju-01',
      topic: 'TAX',
      question: '보조금 회계 처리 문의',
      submittedOn: '2023-05-02',
    },
    assign: { consultantId: 'jb-consultant-tax-01', on: '2023-05-03' },
  },
];

const inquirySteps = (q: (typeof INQUIRIES)[number]): SeedStep[] => {
  const id = q.input.id;
  const steps: SeedStep[] = [{ label: `online inquiry ${id}`, query: SUBMIT_INQUIRY, variables: { input: q.input } }];
  if (q.assign)
    steps.push({
      label: `online inquiry ${id} assigned`,
      query: ASSIGN_INQUIRY,
      variables: { id, consultantId: q.assign.consultantId, assignedOn: q.assign.on },
    });
  if (q.answer)
    steps.push({
      label: `online inquiry ${id} answered`,
      query: ANSWER_INQUIRY,
      variables: { id, answer: q.answer.text, answeredOn: q.answer.on },
    });
  return steps;
};

export const seedSteps: SeedStep[] = [
  ...PROVIDERS.map((input) => ({ label: `provider ${input.name}`, query: REGISTER_PROVIDER, variables: { input } })),
  ...CONSULTANTS.map((input) => ({ label: `consultant ${input.name}`, query: APPOINT_CONSULTANT, variables: { input } })),
  ...PROGRAMS.map((input) => ({ label: `consulting programme ${input.name}`, query: REGISTER_PROGRAM, variables: { input } })),
  ...CASES.flatMap(caseSteps),
  ...INSPECTION_RESULTS_2020.map((input) => ({
    label: `2020 inspection results ${input.district}`,
    query: RECORD_INSPECTION_RESULT,
    variables: { input },
  })),
  { label: '2020 inspection totals as printed', query: RECORD_TOTALS, variables: { input: REPORTED_TOTALS_2020 } },
  ...INSPECTIONS.map((input) => ({ label: `inspection ${input.id}`, query: RECORD_INSPECTION, variables: { input } })),
  {
    label: 'inspection jb-safety-2023-001 corrected',
    query: CONFIRM_CORRECTION,
    variables: { inspectionId: 'jb-safety-2023-001', findingNo: 1, correctedOn: '2023-06-02' },
  },
  ...SATISFACTION.map((input) => ({ label: `satisfaction ${input.year}`, query: RECORD_SATISFACTION, variables: { input } })),
  ...INQUIRIES.flatMap(inquirySteps),
];
