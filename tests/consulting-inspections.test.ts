/**
 * Inspections, satisfaction and provider training through the gateway. The 2020 Seoul table (seed 001
 * L150–186) is fixture data: every district row and the totals must equal the published figures — 주의 528,
 * 경고 14, 과징금 2건 2,466,900원, 환수 21건 10,202,750원. Ids start with `consulting-inspections-`.
 */
import { eventually, gql, header, ok, readTopic } from './support/client';
import { settled } from './support/settled';

const P = 'consulting-inspections';

/** The printed table: district, 주의, 경고, 과징금 건/원, 환수 건/원 ("-" as 0), 001 L158–186. */
const PUBLISHED: [string, number, number, number, number, number, number][] = [
  ['종로구', 15, 0, 0, 0, 0, 0],
  ['중구', 7, 0, 0, 0, 1, 216_000],
  ['용산구', 0, 0, 0, 0, 0, 0],
  ['성동구', 11, 0, 0, 0, 0, 0],
  ['광진구', 25, 0, 0, 0, 1, 40_000],
  ['동대문구', 30, 0, 0, 0, 0, 0],
  ['중랑구', 26, 0, 0, 0, 1, 36_000],
  ['성북구', 22, 1, 1, 2_160_000, 0, 0],
  ['강북구', 21, 2, 0, 0, 0, 0],
  ['도봉구', 29, 0, 0, 0, 0, 0],
  ['노원구', 10, 0, 0, 0, 7, 371_750],
  ['은평구', 31, 0, 0, 0, 0, 0],
  ['서대문구', 1, 1, 0, 0, 1, 12_000],
  ['마포구', 40, 0, 0, 0, 0, 0],
  ['양천구', 29, 1, 0, 0, 1, 6_162_000],
  ['강서구', 59, 1, 0, 0, 1, 180_000],
  ['구로구', 65, 0, 0, 0, 0, 0],
  ['금천구', 23, 0, 0, 0, 3, 1_960_000],
  ['영등포구', 25, 2, 1, 306_900, 1, 1_024_000],
  ['동작구', 7, 3, 0, 0, 2, 136_000],
  ['관악구', 11, 3, 0, 0, 2, 65_000],
  ['서초구', 20, 0, 0, 0, 0, 0],
  ['강남구', 10, 0, 0, 0, 0, 0],
  ['송파구', 0, 0, 0, 0, 0, 0],
  ['강동구', 11, 0, 0, 0, 0, 0],
];

const COUNTS = 'cautionCount warningCount surchargeCount surchargeAmount clawbackCount clawbackAmount totalCases';
const errorOf = async (query: string, variables: Record<string, unknown> = {}) => (await gql(query, variables)).errors?.[0]?.extensions;

describe('the 2020 inspection table (fixture)', () => {
  type Row = {
    district: { name: string };
    cautionCount: number;
    warningCount: number;
    surchargeCount: number;
    surchargeAmount: number;
    clawbackCount: number;
    clawbackAmount: number;
  };
  let data: { rows: Row[]; summary: Record<string, unknown> & { reported: Record<string, unknown> } };

  beforeAll(async () => {
    data = (
      await ok<{ inspectionResults: typeof data }>(`{ inspectionResults(year: 2020) {
        rows { district { name } ${COUNTS} reportedTotalCases matchesReported }
        summary { districtCount ${COUNTS} sumOfReportedRowTotals mismatchedDistricts matchesReported reported { ${COUNTS} } } } }`)
    ).inspectionResults;
  });

  it('has every one of the 25 Seoul districts with its published actions and amounts', () => {
    expect(data.rows).toHaveLength(25);
    const byName = new Map(data.rows.map((r) => [r.district.name, r]));
    for (const [district, caution, warning, surcharge, surchargeWon, clawback, clawbackWon] of PUBLISHED)
      expect(byName.get(district)).toMatchObject({
        cautionCount: caution,
        warningCount: warning,
        surchargeCount: surcharge,
        surchargeAmount: surchargeWon,
        clawbackCount: clawback,
        clawbackAmount: clawbackWon,
      });
  });

  it('adds up to the published 합계 exactly: 주의 528, 경고 14, 과징금 2건 2,466,900원, 환수 21건 10,202,750원', () => {
    const published = {
      cautionCount: 528,
      warningCount: 14,
      surchargeCount: 2,
      surchargeAmount: 2_466_900,
      clawbackCount: 21,
      clawbackAmount: 10_202_750,
      totalCases: 565,
    };
    expect(data.summary).toMatchObject({ districtCount: 25, ...published, matchesReported: true, reported: published });
    // The printed per-district 계 of 도봉, 마포 and 강동 disagree with their counts; kept and flagged (DQ-001-1…4).
    expect(data.summary['sumOfReportedRowTotals']).toBe(558);
    expect([...(data.summary['mismatchedDistricts'] as string[])].sort()).toEqual(['강동구', '도봉구', '마포구'].sort());
  });
});

describe('single inspections with actions', () => {
  const RECORD = `mutation($i: RecordInspectionInput!) { recordInspection(input: $i) { id district { name } findings { no action amount correctedOn } actions { ${COUNTS} } allCorrected } }`;
  const base = {
    id: `${P}-1`,
    providerId: 'seoul-provider-gwanak-01',
    kind: 'SITE',
    inspectedOn: '2031-05-10',
    findings: [
      { description: '제공기록 누락', action: 'CAUTION' },
      { description: '배치기준 미준수', action: 'WARNING' },
      { description: '부당청구', action: 'CLAWBACK', amount: 65_000 },
      { description: '인력기준 위반', action: 'SURCHARGE', amount: 306_900 },
    ],
  };

  it('records an action per finding, amounts only on 과징금/환수, and sums them per district', async () => {
    const r = await ok<{ recordInspection: { findings: unknown[]; actions: unknown; allCorrected: boolean; district: { name: string } } }>(
      RECORD,
      { i: base },
    );
    expect(r.recordInspection.district).toEqual({ name: '관악구' });
    expect(r.recordInspection.findings).toEqual([
      { no: 1, action: 'CAUTION', amount: null, correctedOn: null },
      { no: 2, action: 'WARNING', amount: null, correctedOn: null },
      { no: 3, action: 'CLAWBACK', amount: 65_000, correctedOn: null },
      { no: 4, action: 'SURCHARGE', amount: 306_900, correctedOn: null },
    ]);
    const expected = {
      cautionCount: 1,
      warningCount: 1,
      surchargeCount: 1,
      surchargeAmount: 306_900,
      clawbackCount: 1,
      clawbackAmount: 65_000,
      totalCases: 4,
    };
    expect(r.recordInspection.actions).toEqual(expected);
    const year = await ok<{
      inspectionActions: { districts: { district: { name: string }; inspectionCount: number; actions: unknown }[] };
    }>(`{ inspectionActions(year: 2031) { districts { district { name } inspectionCount actions { ${COUNTS} } } totals { ${COUNTS} } } }`);
    expect(year.inspectionActions.districts.find((d) => d.district.name === '관악구')).toEqual({
      district: { name: '관악구' },
      inspectionCount: 1,
      actions: expected,
    });
    expect(await errorOf(RECORD, { i: base })).toMatchObject({ code: 'CONFLICT' });
    expect(await errorOf(RECORD, { i: { ...base, id: `${P}-2`, findings: [{ description: 'x', action: 'SURCHARGE' }] } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'findings.amount',
    });
    expect(await errorOf(RECORD, { i: { ...base, id: `${P}-3`, providerId: 'no-such-provider' } })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('publishes InspectionCompleted and one SanctionImposed per 과징금/환수, amounts in 원', async () => {
    const has = (ms: Awaited<ReturnType<typeof readTopic>>, type: string) =>
      ms.filter((m) => header(m, 'ce_type') === type && m.key?.toString() === `${P}-1`);
    const messages = await readTopic('consulting.inspection', (ms) => has(ms, 'pass.consulting.SanctionImposed.v1').length >= 2);
    const completed = has(messages, 'pass.consulting.InspectionCompleted.v1').map(
      (m) => JSON.parse(m.value!.toString()) as { actions: unknown[] },
    );
    expect(completed[0]?.actions).toEqual([
      { findingNo: 1, action: 'CAUTION', amountKRW: null },
      { findingNo: 2, action: 'WARNING', amountKRW: null },
      { findingNo: 3, action: 'CLAWBACK', amountKRW: 65_000 },
      { findingNo: 4, action: 'SURCHARGE', amountKRW: 306_900 },
    ]);
    const sanctions = has(messages, 'pass.consulting.SanctionImposed.v1').map(
      (m) => JSON.parse(m.value!.toString()) as Record<string, unknown>,
    );
    expect(sanctions.map((s) => [s['kind'], s['amountKRW'], s['district']])).toEqual([
      ['CLAWBACK', 65_000, '관악구'],
      ['SURCHARGE', 306_900, '관악구'],
    ]);
  });

  it('pays 안전점검수당 by the tier a safety inspection states (100천원 / 400천원 per site) and sums them by tier', async () => {
    const SAFE = `mutation($i: RecordInspectionInput!) { recordInspection(input: $i) { id kind feeTier fee } }`;
    const safety = (id: string, feeTier: string | null) => ({
      id: `${P}-safety-${id}`,
      providerId: 'jb-provider-namwon-01',
      kind: 'SAFETY',
      safetyAreas: ['FIRE', 'ELECTRICAL', 'GAS'],
      ...(feeTier ? { feeTier } : {}),
      inspectedOn: '2031-07-01',
      findings: [],
    });
    expect((await ok<{ recordInspection: unknown }>(SAFE, { i: safety('1', 'FULL') })).recordInspection).toEqual({
      id: `${P}-safety-1`,
      kind: 'SAFETY',
      feeTier: 'FULL',
      fee: 400_000,
    });
    await ok(SAFE, { i: safety('2', 'BASIC') });
    await ok(SAFE, { i: safety('3', 'BASIC') });
    await ok(SAFE, { i: safety('4', null) });
    expect(await errorOf(SAFE, { i: { ...base, id: `${P}-site-tier`, feeTier: 'BASIC' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'feeTier',
    });
    const fees = await ok<{ safetyInspectionFees: unknown }>(
      `{ safetyInspectionFees(year: 2031) { year safetyInspectionCount withoutTier byTier { tier unitFee count amount } total } }`,
    );
    expect(fees.safetyInspectionFees).toEqual({
      year: 2031,
      safetyInspectionCount: 4,
      withoutTier: 1,
      byTier: [
        { tier: 'BASIC', unitFee: 100_000, count: 2, amount: 200_000 },
        { tier: 'FULL', unitFee: 400_000, count: 1, amount: 400_000 },
      ],
      total: 600_000,
    });
    const messages = await readTopic('consulting.inspection', (ms) =>
      ms.some((m) => m.key?.toString() === `${P}-safety-1` && header(m, 'ce_type') === 'pass.consulting.InspectionCompleted.v1'),
    );
    const completed = messages.find(
      (m) => m.key?.toString() === `${P}-safety-1` && header(m, 'ce_type') === 'pass.consulting.InspectionCompleted.v1',
    );
    expect(JSON.parse(completed!.value!.toString())).toMatchObject({ kind: 'SAFETY', feeTier: 'FULL', feeKRW: 400_000 });
  });

  it('posts a P7 safety inspection’s 안전점검수당 to the agency’s P7 line in budgets, once per inspection; the Seoul table’s post nothing', async () => {
    const SAFE = `mutation($i: RecordInspectionInput!) { recordInspection(input: $i) { id agencyId feeTier fee } }`;
    const p7 = {
      id: `${P}-p7-1`,
      providerId: 'jb-provider-namwon-01',
      kind: 'SAFETY',
      safetyAreas: ['FIRE', 'GAS'],
      feeTier: 'FULL',
      agencyId: 'jeonbuk-pass',
      inspectedOn: '2023-07-03',
      findings: [{ description: '가스 누설 경보기 미작동', action: 'NONE' }],
    };
    // An agency consulting does not know (it runs no programme here) is refused, and nothing is written.
    expect(await errorOf(SAFE, { i: { ...p7, agencyId: 'no-such-agency' } })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await ok<{ inspection: unknown }>(`{ inspection(id: "${P}-p7-1") { id } }`)).inspection).toBeNull();
    expect((await ok<{ recordInspection: unknown }>(SAFE, { i: p7 })).recordInspection).toEqual({
      id: `${P}-p7-1`,
      agencyId: 'jeonbuk-pass',
      feeTier: 'FULL',
      fee: 400_000,
    });
    expect(await errorOf(SAFE, { i: p7 })).toMatchObject({ code: 'CONFLICT' });
    const P7 = `{ budgetLine(id: "jeonbuk-2023-P7") { purpose expenditures(first: 100) { nodes { id amount source sourceId spentOn } } } }`;
    type L = { budgetLine: { purpose: string; expenditures: { nodes: { id: string }[] } } };
    const line = await eventually('budgets to post the P7 fee', async () => {
      const l = await ok<L>(P7);
      return l.budgetLine.expenditures.nodes.some((e) => e.id === `inspection:${P}-p7-1`) ? l : undefined;
    });
    await settled();
    expect(await ok<L>(P7)).toEqual(line);
    // The seeded P7 inspection (BASIC, 100천원) and this one (FULL, 400천원), each once.
    expect(line.budgetLine).toEqual({
      purpose: 'SAFETY_INSPECTION',
      expenditures: {
        nodes: [
          { id: `inspection:${P}-p7-1`, amount: 400_000, source: 'SAFETY_INSPECTION', sourceId: `${P}-p7-1`, spentOn: '2023-07-03' },
          {
            id: 'inspection:jb-safety-2023-001',
            amount: 100_000,
            source: 'SAFETY_INSPECTION',
            sourceId: 'jb-safety-2023-001',
            spentOn: '2023-05-10',
          },
        ],
      },
    });
    // The Seoul table's inspections (no agency) stay out of budgets.
    const seoul = await ok<{ inspection: { agencyId: string | null } }>(
      `{ inspection(id: "seoul-inspection-2020-yeongdeungpo-01") { agencyId } }`,
    );
    expect(seoul.inspection.agencyId).toBeNull();
  });

  it('follows up corrective action once per finding', async () => {
    const CONFIRM = `mutation($n: Int!, $on: Date!) { confirmCorrection(inspectionId: "${P}-1", findingNo: $n, correctedOn: $on) { allCorrected findings { no correctedOn } } }`;
    expect(await errorOf(CONFIRM, { n: 1, on: '2031-05-09' })).toMatchObject({ field: 'correctedOn' });
    await ok(CONFIRM, { n: 1, on: '2031-06-01' });
    expect(await errorOf(CONFIRM, { n: 1, on: '2031-06-02' })).toMatchObject({ code: 'CONFLICT' });
    for (const n of [2, 3]) await ok(CONFIRM, { n, on: '2031-06-02' });
    const last = await ok<{ confirmCorrection: { allCorrected: boolean } }>(CONFIRM, { n: 4, on: '2031-06-03' });
    expect(last.confirmCorrection.allCorrected).toBe(true);
  });
});

describe('satisfaction by programme and year (001 L137–143)', () => {
  it('answers 2019: 94.1/89.6/92.5 and 2020: 93.3/91.8/87.0, with the printed averages 92.1 and 90.7 matching', async () => {
    const d = await ok<{
      satisfactionSurveys: {
        year: number;
        results: { programme: string; positiveRate: number }[];
        average: number;
        reportedAverage: number;
        matchesReported: boolean;
      }[];
    }>(`{ satisfactionSurveys { year results { programme positiveRate } average reportedAverage matchesReported } }`);
    const rates = (year: number) =>
      Object.fromEntries(d.satisfactionSurveys.find((s) => s.year === year)!.results.map((r) => [r.programme, r.positiveRate]));
    expect(rates(2019)).toEqual({ COMMUNITY_SERVICE_INVESTMENT: 94.1, HOUSEKEEPING_NURSING_VISIT: 89.6, MATERNAL_NEWBORN_CARE: 92.5 });
    expect(rates(2020)).toEqual({ COMMUNITY_SERVICE_INVESTMENT: 93.3, HOUSEKEEPING_NURSING_VISIT: 91.8, MATERNAL_NEWBORN_CARE: 87.0 });
    expect(
      d.satisfactionSurveys.filter((s) => s.year <= 2020).map((s) => [s.year, s.average, s.reportedAverage, s.matchesReported]),
    ).toEqual([
      [2019, 92.1, 92.1, true],
      [2020, 90.7, 90.7, true],
    ]);
  });
});

describe('provider training', () => {
  it('records a training held, answers it by year and publishes ProviderTrainingHeld', async () => {
    const input = {
      id: `${P}-training-1`,
      course: '신규 제공인력 교육훈련',
      topics: ['E_VOUCHER', 'PRIVACY', 'FRAUD_PREVENTION'],
      heldOn: '2031-06-10',
      capacity: 40,
      attendees: 32,
      completed: 30,
      satisfaction: 91.2,
    };
    await ok(`mutation($i: ProviderTrainingInput!) { recordProviderTraining(input: $i) { id } }`, { i: input });
    const d = await ok<{ providerTrainings: { nodes: Record<string, unknown>[] } }>(
      `{ providerTrainings(year: 2031, first: 100) { nodes { id course topics capacity attendees completed completionRate satisfaction } } }`,
    );
    expect(d.providerTrainings.nodes.find((n) => n['id'] === input.id)).toEqual({
      id: input.id,
      course: input.course,
      topics: input.topics,
      capacity: 40,
      attendees: 32,
      completed: 30,
      completionRate: 30 / 32,
      satisfaction: 91.2,
    });
    expect(
      await errorOf(`mutation($i: ProviderTrainingInput!) { recordProviderTraining(input: $i) { id } }`, {
        i: { ...input, id: `${P}-t2`, attendees: 41 },
      }),
    ).toMatchObject({
      field: 'attendees',
    });
    const messages = await readTopic('consulting.provider-training', (ms) => ms.some((m) => m.key?.toString() === input.id));
    const m = messages.find((x) => x.key?.toString() === input.id)!;
    expect(header(m, 'ce_type')).toBe('pass.consulting.ProviderTrainingHeld.v1');
    expect(JSON.parse(m.value!.toString())).toMatchObject({ trainingId: input.id, capacity: 40, attendees: 32, completed: 30 });
  });
});

describe('programmes and their yearly targets (003 §3.5)', () => {
  it('has 단계별 컨설팅 40 + monitoring 30 and 소규모 장애인시설 30 for 2023, with progress from the cases', async () => {
    const d = await ok<{
      consultingPrograms: {
        id: string;
        planItemCode: string;
        targets: { year: number; cases: number; monitorings: number }[];
        progress: Record<string, unknown>;
      }[];
    }>(
      `{ consultingPrograms(agencyId: "jeonbuk-pass") { id planItemCode targets { year cases monitorings } progress(year: 2023) { applied declined completed closed achievementRate } } }`,
    );
    const p = (id: string) => d.consultingPrograms.find((x) => x.id === id)!;
    expect(p('jeonbuk-staged').targets).toEqual([{ year: 2023, cases: 40, monitorings: 30 }]);
    expect(p('jeonbuk-small-facility').targets).toEqual([{ year: 2023, cases: 30, monitorings: 0 }]);
    const staged = p('jeonbuk-staged').progress as { completed: number; achievementRate: number; applied: number };
    expect(staged.applied).toBeGreaterThan(0);
    expect(staged.achievementRate).toBeCloseTo(staged.completed / 40, 12);
  });
});

describe('online inquiry desk (온라인 상담창구)', () => {
  const id = `${P}-inquiry-1`;
  const Q = `{ onlineInquiries(first: 100, topic: LABOR) { nodes { id status question answer dueOn answeredWithinSla consultant { id } } } }`;

  it('runs SUBMITTED → ASSIGNED → ANSWERED against its due date and hides the text from callers who are not consultants', async () => {
    await ok(`mutation($i: SubmitOnlineInquiryInput!) { submitOnlineInquiry(input: $i) { id } }`, {
      i: {
        id,
        providerId: 'jb-provider-namwon-01',
        topic: 'LABOR',
        question: '연차휴가 사용촉진 절차 문의',
        submittedOn: '2031-04-01',
        slaDays: 5,
      },
    });
    const ANSWER = `mutation($on: Date!) { answerOnlineInquiry(id: "${id}", answer: "절차 안내", answeredOn: $on) { status answeredWithinSla } }`;
    expect(await errorOf(ANSWER, { on: '2031-04-03' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
      from: 'SUBMITTED',
    });
    // The seeded tax consultant works in 세무·회계, not 노무.
    const ASSIGN = `mutation($c: ID!) { assignOnlineInquiry(id: "${id}", consultantId: $c, assignedOn: "2031-04-02") { status } }`;
    expect(await errorOf(ASSIGN, { c: 'jb-consultant-tax-01' })).toMatchObject({ field: 'consultantId' });
    await ok(`mutation($i: AppointConsultantInput!) { appointConsultant(input: $i) { id } }`, {
      i: { id: `${P}-labor`, name: '컨설턴트 노무시험', fields: ['LABOR'], appointedFrom: '2031-01-01' },
    });
    await ok(ASSIGN, { c: `${P}-labor` });
    expect((await ok<{ answerOnlineInquiry: unknown }>(ANSWER, { on: '2031-04-07' })).answerOnlineInquiry).toEqual({
      status: 'ANSWERED',
      answeredWithinSla: false, // due 2031-04-06
    });
    // Signed in, but not a consultant: status and dates only.
    const d = await ok<{ onlineInquiries: { nodes: { id: string }[] } }>(Q, {}, { subject: `${P}-analyst`, roles: ['data-analyst'] });
    expect(d.onlineInquiries.nodes.find((n) => n.id === id)).toEqual({
      id,
      status: 'ANSWERED',
      question: null,
      answer: null,
      dueOn: '2031-04-06',
      answeredWithinSla: false,
      consultant: { id: `${P}-labor` },
    });
    const sla = await ok<{ onlineInquirySla: Record<string, unknown> }>(
      `{ onlineInquirySla(from: "2031-04-01", to: "2031-04-30") { submitted answered answeredWithinSla open overdue slaRate } }`,
    );
    expect(sla.onlineInquirySla).toEqual({ submitted: 1, answered: 1, answeredWithinSla: 0, open: 0, overdue: 0, slaRate: 0 });
  });
});
