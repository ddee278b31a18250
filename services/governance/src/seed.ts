/**
 * Fixtures from the source documents, registered through the graph.
 * Agencies: Seoul (seed 000 L4–9), Jeonbuk (seed 003 L5–12, L801, L1303).
 * Districts: Seoul's 25 자치구 (brief §0.1, from 001 L158–186); Jeonbuk's 14 시·군 ("도내 14개 시군", 003 L3006).
 * Seoul board: 000 L50–164, every person under a pseudonym (the documents name real people).
 */
import { seedCheck, type SeedStep } from '@pass-graph/platform';
import type { RegisterOrgUnitInput } from './org-units';
import type { CommitteeInput, MeetingInput } from './committees';
import { KPIS, PLAN_ITEMS, PRACTICE_PROJECTS, STRATEGIC_TASKS, VISIONS } from './strategy-fixtures';
import type { AppointBoardMemberInput, RegisterAgencyInput, RegisterDistrictInput } from './domain';

const REGISTER_AGENCY = `mutation RegisterAgency($input: RegisterAgencyInput!) { registerAgency(input: $input) { id } }`;
const REGISTER_DISTRICT = `mutation RegisterDistrict($input: RegisterDistrictInput!) { registerDistrict(input: $input) { name } }`;
const APPOINT = `mutation AppointBoardMember($input: AppointBoardMemberInput!) { appointBoardMember(input: $input) { id } }`;

export const AGENCIES: RegisterAgencyInput[] = [
  {
    id: 'seoul-pass',
    nameKo: '서울특별시 사회서비스원',
    nameEn: 'Seoul Social Service Agency',
    establishedOn: '2019-02-28', // 000 L6
    legalForm: 'CONTRIBUTED_INSTITUTION', // 지방자치단체 출연기관, 000 L9
    legalBasis: '서울특별시 사회서비스원 설립 및 운영 지원 등에 관한 조례', // 000 L7
    region: '서울특별시',
  },
  {
    // The 2023 revised plan (003 L5–12) predates the province's 2024 renaming to 전북특별자치도;
    // the name stays as printed, the region uses the current province name that District uses.
    id: 'jeonbuk-pass',
    nameKo: '전라북도사회서비스원',
    nameEn: 'Jeollabuk-do Public Agency for Social Service', // 003 L12
    establishedOn: null, // not given in the source
    legalForm: 'CONTRIBUTED_INSTITUTION', // 도 출연기관, 003 L801, L3392
    legalBasis: '사회서비스 지원 및 사회서비스원 설립·운영에 관한 법률', // 003 L1303, L1988
    region: '전북특별자치도',
  },
];

const SEOUL = '서울특별시';
const JEONBUK = '전북특별자치도';

/** [full name, printed short form, romanised] in standard administrative order. */
const SEOUL_DISTRICTS: [string, string, string][] = [
  ['종로구', '종로', 'Jongno-gu'],
  ['중구', '중구', 'Jung-gu'],
  ['용산구', '용산', 'Yongsan-gu'],
  ['성동구', '성동', 'Seongdong-gu'],
  ['광진구', '광진', 'Gwangjin-gu'],
  ['동대문구', '동대문', 'Dongdaemun-gu'],
  ['중랑구', '중랑', 'Jungnang-gu'],
  ['성북구', '성북', 'Seongbuk-gu'],
  ['강북구', '강북', 'Gangbuk-gu'],
  ['도봉구', '도봉', 'Dobong-gu'],
  ['노원구', '노원', 'Nowon-gu'],
  ['은평구', '은평', 'Eunpyeong-gu'],
  ['서대문구', '서대문', 'Seodaemun-gu'],
  ['마포구', '마포', 'Mapo-gu'],
  ['양천구', '양천', 'Yangcheon-gu'],
  ['강서구', '강서', 'Gangseo-gu'],
  ['구로구', '구로', 'Guro-gu'],
  ['금천구', '금천', 'Geumcheon-gu'],
  ['영등포구', '영등포', 'Yeongdeungpo-gu'],
  ['동작구', '동작', 'Dongjak-gu'],
  ['관악구', '관악', 'Gwanak-gu'],
  ['서초구', '서초', 'Seocho-gu'],
  ['강남구', '강남', 'Gangnam-gu'],
  ['송파구', '송파', 'Songpa-gu'],
  ['강동구', '강동', 'Gangdong-gu'],
];

/** The 6 시 then the 8 군 of the province, in standard administrative order. */
const JEONBUK_DISTRICTS: [string, string, string][] = [
  ['전주시', '전주', 'Jeonju-si'],
  ['군산시', '군산', 'Gunsan-si'],
  ['익산시', '익산', 'Iksan-si'],
  ['정읍시', '정읍', 'Jeongeup-si'],
  ['남원시', '남원', 'Namwon-si'],
  ['김제시', '김제', 'Gimje-si'],
  ['완주군', '완주', 'Wanju-gun'],
  ['진안군', '진안', 'Jinan-gun'],
  ['무주군', '무주', 'Muju-gun'],
  ['장수군', '장수', 'Jangsu-gun'],
  ['임실군', '임실', 'Imsil-gun'],
  ['순창군', '순창', 'Sunchang-gun'],
  ['고창군', '고창', 'Gochang-gun'],
  ['부안군', '부안', 'Buan-gun'],
];

export const DISTRICTS: RegisterDistrictInput[] = [
  ...SEOUL_DISTRICTS.map(([name, shortName, romanizedName]): RegisterDistrictInput => ({
    name,
    shortName,
    romanizedName,
    province: SEOUL,
    kind: 'AUTONOMOUS_DISTRICT',
  })),
  ...JEONBUK_DISTRICTS.map(([name, shortName, romanizedName]): RegisterDistrictInput => ({
    name,
    shortName,
    romanizedName,
    province: JEONBUK,
    kind: name.endsWith('시') ? 'CITY' : 'COUNTY',
  })),
];

const SEOUL_TERM = { termStart: '2019-03-11', termEnd: '2022-03-10' } as const;

/**
 * 이사 9명(이사장 및 대표이사 포함), 감사 2명 (000 L50), in the order printed (000 L54–164).
 * The chair and CEO rows print no 선임직/당연직 label; their fixed 3-year terms are read as APPOINTED (inferred).
 */
const SEOUL_BOARD_ROWS: Omit<AppointBoardMemberInput, 'agencyId'>[] = [
  { id: 'seoul-pass-board-01', name: '임원 A', role: 'CHAIR', standing: 'NON_STANDING', selection: 'APPOINTED', ...SEOUL_TERM },
  { id: 'seoul-pass-board-02', name: '임원 B', role: 'CEO', standing: 'STANDING', selection: 'APPOINTED', ...SEOUL_TERM },
  { id: 'seoul-pass-board-03', name: '임원 C', role: 'DIRECTOR', standing: 'NON_STANDING', selection: 'APPOINTED', ...SEOUL_TERM },
  { id: 'seoul-pass-board-04', name: '임원 D', role: 'DIRECTOR', standing: 'NON_STANDING', selection: 'APPOINTED', ...SEOUL_TERM },
  { id: 'seoul-pass-board-05', name: '임원 E', role: 'DIRECTOR', standing: 'NON_STANDING', selection: 'APPOINTED', ...SEOUL_TERM },
  { id: 'seoul-pass-board-06', name: '임원 F', role: 'DIRECTOR', standing: 'NON_STANDING', selection: 'APPOINTED', ...SEOUL_TERM },
  { id: 'seoul-pass-board-07', name: '임원 G', role: 'DIRECTOR', standing: 'NON_STANDING', selection: 'APPOINTED', ...SEOUL_TERM },
  // 당연직: open-ended, tied to a city post (000 L131–145).
  {
    id: 'seoul-pass-board-08',
    name: '임원 H',
    role: 'DIRECTOR',
    standing: 'NON_STANDING',
    selection: 'EX_OFFICIO',
    termStart: '2019-03-11',
    termEnd: null,
  },
  {
    id: 'seoul-pass-board-09',
    name: '임원 I',
    role: 'DIRECTOR',
    standing: 'NON_STANDING',
    selection: 'EX_OFFICIO',
    termStart: '2019-07-01',
    termEnd: null,
  },
  { id: 'seoul-pass-board-10', name: '임원 J', role: 'AUDITOR', standing: 'NON_STANDING', selection: 'APPOINTED', ...SEOUL_TERM },
  {
    id: 'seoul-pass-board-11',
    name: '임원 K',
    role: 'AUDITOR',
    standing: 'NON_STANDING',
    selection: 'EX_OFFICIO',
    termStart: '2019-03-11',
    termEnd: null,
  },
];

export const SEOUL_BOARD: AppointBoardMemberInput[] = SEOUL_BOARD_ROWS.map((m) => ({ ...m, agencyId: 'seoul-pass' }));

const REGISTER_ORG_UNIT = `mutation RegisterOrgUnit($input: RegisterOrgUnitInput!) { registerOrgUnit(input: $input) { id } }`;

/** Seoul's 2019 organisation chart (000 L170–190): 본부 → 기획관리실 → four teams. Jeonbuk's two named teams (003 §4.1). */
export const ORG_UNITS: RegisterOrgUnitInput[] = [
  { id: 'seoul-pass-hq', agencyId: 'seoul-pass', name: '본부', kind: 'HEADQUARTERS' },
  { id: 'seoul-pass-planning-office', agencyId: 'seoul-pass', name: '기획관리실', kind: 'OFFICE', parentId: 'seoul-pass-hq' },
  { id: 'seoul-pass-planning-budget', agencyId: 'seoul-pass', name: '기획예산팀', kind: 'TEAM', parentId: 'seoul-pass-planning-office' },
  { id: 'seoul-pass-operations-support', agencyId: 'seoul-pass', name: '운영지원팀', kind: 'TEAM', parentId: 'seoul-pass-planning-office' },
  {
    id: 'seoul-pass-home-care-services',
    agencyId: 'seoul-pass',
    name: '종합재가서비스팀',
    kind: 'TEAM',
    parentId: 'seoul-pass-planning-office',
  },
  {
    id: 'seoul-pass-daycare-operations',
    agencyId: 'seoul-pass',
    name: '어린이집운영팀',
    kind: 'TEAM',
    parentId: 'seoul-pass-planning-office',
  },
  { id: 'jeonbuk-pass-hq', agencyId: 'jeonbuk-pass', name: '본부', kind: 'HEADQUARTERS' },
  { id: 'jeonbuk-pass-management-planning', agencyId: 'jeonbuk-pass', name: '경영기획팀', kind: 'TEAM', parentId: 'jeonbuk-pass-hq' },
  { id: 'jeonbuk-pass-facility-support', agencyId: 'jeonbuk-pass', name: '시설지원팀', kind: 'TEAM', parentId: 'jeonbuk-pass-hq' },
];

const REGISTER_COMMITTEE = `mutation RegisterCommittee($input: RegisterCommitteeInput!) { registerCommittee(input: $input) { id } }`;
const RECORD_MEETING = `mutation RecordMeeting($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`;

/**
 * Jeonbuk's committees with members and planned meetings per year from the 2023 attendance-allowance
 * line M18 (003 L1315–1320: 이사회 9–10명×5회, 인사위 5–6×4, 운영자문위 12–13×3, ESG 6×1, 고충심의 2×1;
 * the upper member counts), and Seoul's 운영위원회 with its first meeting 2019-07-08 (000 L1014).
 */
export const COMMITTEES: CommitteeInput[] = [
  { id: 'jeonbuk-pass-board', agencyId: 'jeonbuk-pass', name: '이사회', kind: 'BOARD', memberCount: 10, plannedMeetingsPerYear: 5 },
  {
    id: 'jeonbuk-pass-personnel',
    agencyId: 'jeonbuk-pass',
    name: '인사위원회',
    kind: 'PERSONNEL',
    memberCount: 6,
    plannedMeetingsPerYear: 4,
  },
  {
    id: 'jeonbuk-pass-advisory',
    agencyId: 'jeonbuk-pass',
    name: '운영자문위원회',
    kind: 'ADVISORY',
    memberCount: 13,
    plannedMeetingsPerYear: 3,
  },
  { id: 'jeonbuk-pass-esg', agencyId: 'jeonbuk-pass', name: 'ESG경영위원회', kind: 'ESG', memberCount: 6, plannedMeetingsPerYear: 1 },
  {
    id: 'jeonbuk-pass-grievance',
    agencyId: 'jeonbuk-pass',
    name: '고충심의위원회',
    kind: 'GRIEVANCE',
    memberCount: 2,
    plannedMeetingsPerYear: 1,
  },
  { id: 'seoul-pass-operating', agencyId: 'seoul-pass', name: '운영위원회', kind: 'OPERATING', memberCount: 15, plannedMeetingsPerYear: 4 },
  { id: 'seoul-pass-personnel', agencyId: 'seoul-pass', name: '인사위원회', kind: 'PERSONNEL', memberCount: 5, plannedMeetingsPerYear: 4 },
];

/** Dated meetings printed in 000 (L1014–1033); attendance is not printed, so it is synthetic (a quorum). */
export const MEETINGS: MeetingInput[] = [
  {
    id: 'seoul-pass-operating-2019-1',
    committeeId: 'seoul-pass-operating',
    heldOn: '2019-07-08',
    attendees: 12,
    agenda: ['운영위원회 구성 및 운영 방향'],
  },
];

const REGISTER_NODE = `mutation RegisterStrategyNode($input: RegisterStrategyNodeInput!) { registerStrategyNode(input: $input) { __typename } }`;
const REGISTER_PLAN_ITEM = `mutation RegisterBusinessPlanItem($input: RegisterBusinessPlanItemInput!) { registerBusinessPlanItem(input: $input) { id } }`;
const DEFINE_KPI = `mutation DefineIndicator($input: DefinePerformanceIndicatorInput!) { definePerformanceIndicator(input: $input) { id } }`;

const JB = { agencyId: 'jeonbuk-pass', year: 2023 };
/** Plan items share their id with budgets' program budget lines (`jeonbuk-2023-S12`). */
export const planItemId = (code: string): string => `jeonbuk-2023-${code}`;
const projectOf = new Map(PRACTICE_PROJECTS.flatMap((p) => p.planItemCodes.map((code) => [code, p.id] as const)));

/** KPIs whose actual other services' events feed; the rest are targets only until their sources exist. */
export const KPI_SOURCES: Record<
  string,
  'FACILITIES_ENTRUSTED' | 'TRAINING_SESSIONS' | 'DISPATCHES_COMPLETED' | 'STAGED_CONSULTING_CASES'
> = {
  'jb-2023-kpi-1-2': 'FACILITIES_ENTRUSTED', // 수탁건수 3개소 (L108)
  'jb-2023-kpi-3-3': 'STAGED_CONSULTING_CASES', // 단계별 컨설팅 운영 건수 70건 (L115)
  'jb-2023-kpi-2-3': 'TRAINING_SESSIONS', // 교육실시 횟수 50회 (L112)
};

/** The plan item each event-fed indicator measures ("probable source program", 003 §2; inferred). */
export const KPI_PLAN_ITEMS: Record<string, string> = {
  'jb-2023-kpi-1-2': 'S7',
  'jb-2023-kpi-2-3': 'P5',
  'jb-2023-kpi-3-3': 'P1',
  'jb-2023-kpi-s12': 'S12',
};

/** S12's own target (1,500 dispatches, 003 L2325), not in the performance contract but tracked the same way. */
export const DISPATCH_KPI = {
  id: 'jb-2023-kpi-s12',
  ...JB,
  category: '종사자 전문성 향상 및 처우개선',
  name: '인력 공백에 대한 대체인력 파견',
  measure: '파견 건수',
  target: 1500,
  unit: '건',
  source: 'DISPATCHES_COMPLETED' as const,
};

const REGISTER_CONTRACT = `mutation RegisterContract($input: RegisterOutsourcingContractInput!) { registerOutsourcingContract(input: $input) { id } }`;
const RECORD_ROUND = `mutation RecordRound($contractId: ID!, $round: OutsourcingRoundInput!) { recordOutsourcingRound(contractId: $contractId, round: $round) { id } }`;
const RECORD_CONSENT = `mutation RecordConsent($contractId: ID!, $consent: CouncilConsentInput!) { recordCouncilConsent(contractId: $contractId, consent: $consent) { id } }`;

/**
 * Seoul's 지역사회서비스 지원단 (seed 001): affair, budget 380백만원 국비 50% / 시비 50% (L46, L116), the five
 * rounds 2011–2021 (L115) and consent bill 2394 (submitted 2021.5.25, referred 5.31, reviewed 6.16; L3–27). The
 * council's decision is not in the document, so no consent date is recorded and the 2022 re-entrustment is not
 * a fixture: recording it answers CONFLICT (CONSENT_REQUIRED) until a consent is.
 */
export const SUPPORT_GROUP_CONTRACT = {
  id: 'seoul-community-service-support',
  principal: '서울특별시',
  affair: '서울특별시 지역사회서비스 지원단 운영',
  contractorType: '교육전문 기관 또는 단체',
  budgetThousandKRW: 380_000,
  fundingShares: [
    { source: '국비', percent: 50 },
    { source: '시비', percent: 50 },
  ],
};
export const SUPPORT_GROUP_ROUNDS = [
  { round: 1, kind: 'DESIGNATION', startOn: '2011-05-01', endOn: '2011-12-31', contractor: '서울시복지재단' },
  { round: 2, kind: 'RENEWAL', startOn: '2012-01-01', endOn: '2012-12-31', contractor: '서울시복지재단' },
  { round: 3, kind: 'RENEWAL', startOn: '2013-01-01', endOn: '2015-12-31', contractor: '서울시복지재단' },
  { round: 4, kind: 'RENEWAL', startOn: '2016-01-01', endOn: '2018-12-31', contractor: '서울시복지재단' },
  { round: 5, kind: 'RENEWAL', startOn: '2019-01-01', endOn: '2021-12-31', contractor: '서울시복지재단' },
];
export const SUPPORT_GROUP_CONSENT = { billNo: '2394', submittedOn: '2021-05-25', referredOn: '2021-05-31', reviewedOn: '2021-06-16' };

/** A repeated round is refused as out of sequence and a repeated consent is appended: both are checked first. */
const CONTRACTS = `{ outsourcingContracts { id rounds { round } consents { billNo } } }`;
type Contracts = { outsourcingContracts: { id: string; rounds: { round: number }[]; consents: { billNo: string }[] }[] };
const supportGroup = (data: Contracts): Contracts['outsourcingContracts'][number] | undefined =>
  data.outsourcingContracts.find((c) => c.id === SUPPORT_GROUP_CONTRACT.id);

export const seedSteps: SeedStep[] = [
  ...AGENCIES.map((input) => ({ label: `agency ${input.nameKo}`, query: REGISTER_AGENCY, variables: { input } })),
  ...DISTRICTS.map((input) => ({ label: `district ${input.name}`, query: REGISTER_DISTRICT, variables: { input } })),
  ...SEOUL_BOARD.map((input) => ({ label: `board member ${input.id}`, query: APPOINT, variables: { input } })),
  ...ORG_UNITS.map((input) => ({ label: `org unit ${input.name}`, query: REGISTER_ORG_UNIT, variables: { input } })),
  ...COMMITTEES.map((input) => ({ label: `committee ${input.name}`, query: REGISTER_COMMITTEE, variables: { input } })),
  ...MEETINGS.map((input) => ({ label: `meeting ${input.heldOn}`, query: RECORD_MEETING, variables: { input } })),
  ...VISIONS.map((v) => ({
    label: `vision ${v.order}`,
    query: REGISTER_NODE,
    variables: { input: { id: v.id, ...JB, kind: 'VISION', order: v.order, title: v.title, goal: v.goal } },
  })),
  ...STRATEGIC_TASKS.map((t) => ({
    label: `strategic task ${t.order}`,
    query: REGISTER_NODE,
    variables: { input: { id: t.id, ...JB, kind: 'TASK', parentId: t.visionId, order: t.order, title: t.title } },
  })),
  ...PRACTICE_PROJECTS.map((p) => ({
    label: `practice project ${p.order}`,
    query: REGISTER_NODE,
    variables: { input: { id: p.id, ...JB, kind: 'PROJECT', parentId: p.taskId, order: p.order, title: p.title } },
  })),
  ...PLAN_ITEMS.map((i) => ({
    label: `plan item ${i.code}`,
    query: REGISTER_PLAN_ITEM,
    variables: {
      input: {
        id: planItemId(i.code),
        ...JB,
        code: i.code,
        title: i.title,
        titleEn: i.titleEn,
        team: i.team,
        projectId: projectOf.get(i.code) ?? null,
        statedBudgetThousandKRW: i.nonBudget ? null : i.budgetThousandKRW,
        fundingNote: i.fundingNote,
      },
    },
  })),
  ...KPIS.map((k) => ({
    label: `indicator ${k.id}`,
    query: DEFINE_KPI,
    variables: {
      input: {
        id: k.id,
        ...JB,
        category: k.category,
        name: k.name,
        measure: k.measure,
        target: k.target,
        unit: k.unit,
        source: KPI_SOURCES[k.id] ?? null,
        planItemId: KPI_PLAN_ITEMS[k.id] ? planItemId(KPI_PLAN_ITEMS[k.id] as string) : null,
      },
    },
  })),
  { label: 'indicator S12', query: DEFINE_KPI, variables: { input: { ...DISPATCH_KPI, planItemId: planItemId('S12') } } },
  { label: 'outsourcing 지원단', query: REGISTER_CONTRACT, variables: { input: SUPPORT_GROUP_CONTRACT } },
  ...SUPPORT_GROUP_ROUNDS.map((round) => ({
    label: `outsourcing round ${round.round}`,
    query: RECORD_ROUND,
    variables: { contractId: SUPPORT_GROUP_CONTRACT.id, round },
    appliedWhen: seedCheck<Contracts>(CONTRACTS, {}, (d) => Boolean(supportGroup(d)?.rounds.some((r) => r.round === round.round))),
  })),
  {
    label: 'consent bill 2394',
    query: RECORD_CONSENT,
    variables: { contractId: SUPPORT_GROUP_CONTRACT.id, consent: SUPPORT_GROUP_CONSENT },
    appliedWhen: seedCheck<Contracts>(CONTRACTS, {}, (d) =>
      Boolean(supportGroup(d)?.consents.some((c) => c.billNo === SUPPORT_GROUP_CONSENT.billNo)),
    ),
  },
];
