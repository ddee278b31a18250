/**
 * Consulting through the gateway: a case's lifecycle APPLIED → … → CLOSED and a decline, sessions whose
 * fee is hours × consultants × the appointed hourly fee (100천원/h, seed 003 L2407), ConsultingSessionHeld
 * on its topic exactly as the committed contract, and ConsultingCaseClosed feeding governance's KPI end to
 * end, once per case. Ids start with `consulting-lifecycle-` and dates lie in 2031, clear of the fixtures.
 */
import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import { eventually, gql, header, kafka, ok, readTopic, topic } from './support/client';
import { settled } from './support/settled';

const P = 'consulting-lifecycle';
const CONSULTANT = (n: number, hourlyFee = 100_000) => ({
  id: `${P}-consultant-${n}`,
  name: `컨설턴트 시험${n}`,
  fields: ['TAX_ACCOUNTING', 'LABOR'],
  appointedFrom: '2031-01-01',
  appointedUntil: '2031-12-31',
  hourlyFee,
});
const PROVIDER = { id: `${P}-provider`, name: '시험 재가기관', type: 'LONG_TERM_CARE_PROVIDER', district: '전주시', stage: 'NEW' };
const D_PROVIDER = { ...PROVIDER, id: `${P}-provider-d`, name: '시험 미흡기관', qualityGrade: 'D', qualityGradeYear: 2030 };
const request = (id: string, providerId = PROVIDER.id, program = 'STAGED') => ({
  id,
  providerId,
  program,
  programId: program === 'STAGED' ? 'jeonbuk-staged' : 'jeonbuk-quality',
  topics: ['ACCOUNTING', 'LABOR'],
  requestedOn: '2031-03-02',
});

const REQUEST = `mutation($i: RequestConsultingInput!) { requestConsulting(input: $i) { id status district { name } consultingProgram { id agencyId } } }`;
const ACCEPT = `mutation($id: ID!, $c: [ID!]!, $on: Date!) { acceptConsulting(id: $id, consultantIds: $c, acceptedOn: $on) { status consultants { id } } }`;
const START = `mutation($id: ID!, $on: Date!) { startConsulting(id: $id, startedOn: $on) { status } }`;
const SESSION = `mutation($i: RecordConsultingSessionInput!) { recordConsultingSession(input: $i) { id hours hourlyFee fee consultants { id } consultingCase { id } } }`;
const COMPLETE = `mutation($id: ID!, $on: Date!, $h: Float) { completeConsulting(id: $id, completedOn: $on, hours: $h, resultReport: "결과보고") { status hours fee } }`;
const MONITOR = `mutation($id: ID!, $on: Date!) { startMonitoring(id: $id, startedOn: $on) { status } }`;
const CLOSE = `mutation($id: ID!, $on: Date!) { closeConsulting(id: $id, closedOn: $on, satisfactionScore: 93.5) { status closedOn satisfactionScore } }`;
const DECLINE = `mutation($id: ID!, $r: String!, $on: Date!) { declineConsulting(id: $id, reason: $r, declinedOn: $on) { status declineReason declinedOn } }`;

const errorOf = async (query: string, variables: Record<string, unknown>) => (await gql(query, variables)).errors?.[0]?.extensions;

const KPI_ID = `${P}-kpi-2031`;
const KPI = `query { performanceIndicators(agencyId: "jeonbuk-pass", year: 2031) { id target actual achievementRate } }`;
const kpi = async () => {
  const d = await ok<{ performanceIndicators: { id: string; actual: number | null; achievementRate: number | null }[] }>(KPI);
  return d.performanceIndicators.find((i) => i.id === KPI_ID);
};

beforeAll(async () => {
  for (const input of [CONSULTANT(1), CONSULTANT(2), CONSULTANT(3, 150_000)])
    await ok(`mutation($i: AppointConsultantInput!) { appointConsultant(input: $i) { id } }`, { i: input });
  for (const input of [PROVIDER, D_PROVIDER])
    await ok(`mutation($i: RegisterProviderInput!) { registerProvider(input: $i) { id } }`, { i: input });
  // The matching consulting KPI for a year of its own, so the plan's 2023 figures are left alone.
  await ok(`mutation($i: DefinePerformanceIndicatorInput!) { definePerformanceIndicator(input: $i) { id } }`, {
    i: {
      id: KPI_ID,
      agencyId: 'jeonbuk-pass',
      year: 2031,
      category: '시험',
      name: '단계별 컨설팅 운영 건수 (시험)',
      measure: '운영 건수',
      target: 2,
      unit: '건',
      source: 'STAGED_CONSULTING_CASES',
    },
  });
});

describe('consulting case lifecycle', () => {
  const id = `${P}-case-1`;

  it('runs APPLIED → ACCEPTED → IN_PROGRESS → COMPLETED → MONITORING → CLOSED, refusing every skipped step', async () => {
    const applied = await ok<{ requestConsulting: Record<string, unknown> }>(REQUEST, { i: request(id) });
    expect(applied.requestConsulting).toEqual({
      id,
      status: 'APPLIED',
      district: { name: '전주시' },
      consultingProgram: { id: 'jeonbuk-staged', agencyId: 'jeonbuk-pass' },
    });
    expect(await errorOf(START, { id, on: '2031-03-03' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
      from: 'APPLIED',
      to: 'IN_PROGRESS',
    });
    const c = [CONSULTANT(1).id, CONSULTANT(2).id];
    expect((await ok<{ acceptConsulting: unknown }>(ACCEPT, { id, c, on: '2031-03-05' })).acceptConsulting).toEqual({
      status: 'ACCEPTED',
      consultants: c.map((x) => ({ id: x })),
    });
    expect(await errorOf(SESSION, { i: { caseId: id, heldOn: '2031-03-06', hours: 2 } })).toMatchObject({ code: 'CONFLICT' });
    await ok(START, { id, on: '2031-03-09' });
    expect(await errorOf(COMPLETE, { id, on: '2031-03-10' })).toMatchObject({ code: 'CONFLICT' }); // no session yet
    // 2 h × 2 consultants × 100,000원 = 400,000원; 1.5 h × 1 × 100,000원 = 150,000원.
    const s1 = await ok<{ recordConsultingSession: Record<string, unknown> }>(SESSION, {
      i: { caseId: id, heldOn: '2031-03-12', hours: 2 },
    });
    expect(s1.recordConsultingSession).toEqual({
      id: `${id}-s1`,
      hours: 2,
      hourlyFee: 100_000,
      fee: 400_000,
      consultants: c.map((x) => ({ id: x })),
      consultingCase: { id },
    });
    const s2 = await ok<{ recordConsultingSession: { fee: number } }>(SESSION, {
      i: { caseId: id, heldOn: '2031-04-02', hours: 1.5, consultantIds: [c[0]] },
    });
    expect(s2.recordConsultingSession.fee).toBe(150_000);
    expect(await errorOf(COMPLETE, { id, on: '2031-04-03', h: 4 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hours' });
    expect((await ok<{ completeConsulting: unknown }>(COMPLETE, { id, on: '2031-04-03', h: 3.5 })).completeConsulting).toEqual({
      status: 'COMPLETED',
      hours: 3.5,
      fee: 550_000,
    });
    expect(await errorOf(CLOSE, { id, on: '2031-04-04' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
      from: 'COMPLETED',
    });
    expect(await errorOf(DECLINE, { id, r: '철회', on: '2031-04-04' })).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    await ok(MONITOR, { id, on: '2031-06-01' });
    expect((await ok<{ closeConsulting: unknown }>(CLOSE, { id, on: '2031-10-30' })).closeConsulting).toEqual({
      status: 'CLOSED',
      closedOn: '2031-10-30',
      satisfactionScore: 93.5,
    });
    expect(await errorOf(CLOSE, { id, on: '2031-10-31' })).toMatchObject({ code: 'CONFLICT', from: 'CLOSED', to: 'CLOSED' });
  });

  it('lets a D-graded provider decline with a reason, and keeps a declined case closed to every step', async () => {
    const qid = `${P}-case-quality`;
    await ok(REQUEST, { i: { ...request(qid, D_PROVIDER.id, 'QUALITY'), topics: ['ACCOUNTING'] } });
    await ok(ACCEPT, { id: qid, c: [CONSULTANT(1).id], on: '2031-03-05' });
    expect(await errorOf(DECLINE, { id: qid, r: '', on: '2031-03-06' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await errorOf(DECLINE, { id: qid, r: '참여 거부', on: '2031-03-04' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      (await ok<{ declineConsulting: unknown }>(DECLINE, { id: qid, r: '미흡기관 컨설팅 참여 거부', on: '2031-03-06' })).declineConsulting,
    ).toEqual({
      status: 'DECLINED',
      declineReason: '미흡기관 컨설팅 참여 거부',
      declinedOn: '2031-03-06',
    });
    for (const [q, v] of [
      [START, { id: qid, on: '2031-03-07' }],
      [ACCEPT, { id: qid, c: [CONSULTANT(1).id], on: '2031-03-07' }],
      [DECLINE, { id: qid, r: '다시', on: '2031-03-07' }],
    ] as const)
      expect(await errorOf(q, v)).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION', from: 'DECLINED' });
    // A staged case declined right after applying does not count towards the KPI either.
    const sid = `${P}-case-declined-staged`;
    await ok(REQUEST, { i: request(sid) });
    await ok(DECLINE, { id: sid, r: '기관 사정으로 참여 철회', on: '2031-03-03' });
  });

  it('checks eligibility and consultants: QUALITY only for D/F, appointment and one shared hourly fee', async () => {
    expect(await errorOf(REQUEST, { i: request(`${P}-x1`, PROVIDER.id, 'QUALITY') })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'program',
    });
    expect(await errorOf(REQUEST, { i: { ...request(`${P}-x2`), programId: 'jeonbuk-quality' } })).toMatchObject({ field: 'programId' });
    expect(await errorOf(REQUEST, { i: request(id) })).toMatchObject({ code: 'CONFLICT' });
    const xid = `${P}-case-rates`;
    await ok(REQUEST, { i: request(xid) });
    expect(await errorOf(ACCEPT, { id: xid, c: ['jb-consultant-tax-01'], on: '2031-03-05' })).toMatchObject({ field: 'consultantIds' }); // 위촉 ended 2023
    expect(await errorOf(ACCEPT, { id: xid, c: ['no-such-consultant'], on: '2031-03-05' })).toMatchObject({ code: 'NOT_FOUND' });
    await ok(ACCEPT, { id: xid, c: [CONSULTANT(1).id, CONSULTANT(3).id], on: '2031-03-05' });
    await ok(START, { id: xid, on: '2031-03-06' });
    expect(await errorOf(SESSION, { i: { caseId: xid, heldOn: '2031-03-07', hours: 1 } })).toMatchObject({ field: 'consultantIds' });
    expect(await errorOf(SESSION, { i: { caseId: xid, heldOn: '2031-03-07', hours: 25 } })).toMatchObject({ field: 'hours' });
    // 1 h × 1 × 150,000원 (the consultant's own appointment) = 150,000원.
    const s = await ok<{ recordConsultingSession: { fee: number; hourlyFee: number } }>(SESSION, {
      i: { caseId: xid, id: `${xid}-a`, heldOn: '2031-03-07', hours: 1, consultantIds: [CONSULTANT(3).id] },
    });
    expect(s.recordConsultingSession).toMatchObject({ fee: 150_000, hourlyFee: 150_000 });
    expect(await errorOf(SESSION, { i: { caseId: xid, id: `${xid}-a`, heldOn: '2031-03-08', hours: 1 } })).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('answers consultant hours and fees from the sessions', async () => {
    const d = await ok<{
      consultantFees: {
        sessionCount: number;
        consultantHours: number;
        fee: number;
        rows: { consultant: { id: string }; sessionCount: number; hours: number; fee: number }[];
      };
    }>(
      `{ consultantFees(from: "2031-01-01", to: "2031-12-31") { sessionCount consultantHours fee rows { consultant { id } sessionCount hours fee } } }`,
    );
    const row = (n: number) => d.consultantFees.rows.find((r) => r.consultant.id === CONSULTANT(n).id);
    expect(row(1)).toEqual({ consultant: { id: CONSULTANT(1).id }, sessionCount: 2, hours: 3.5, fee: 350_000 });
    expect(row(2)).toEqual({ consultant: { id: CONSULTANT(2).id }, sessionCount: 1, hours: 2, fee: 200_000 });
    expect(row(3)).toEqual({ consultant: { id: CONSULTANT(3).id }, sessionCount: 1, hours: 1, fee: 150_000 });
    expect(d.consultantFees).toMatchObject({ sessionCount: 3, consultantHours: 6.5, fee: 700_000 });
    expect(await errorOf(`{ consultantFees(from: "2031-12-31", to: "2031-01-01") { fee } }`, {})).toMatchObject({ field: 'to' });
  });

  it('lists cases by programme, quarter, status and district', async () => {
    const q = `query($s: ConsultingCaseStatus, $p: ConsultingProgramKind, $q: String, $d: String) {
      consultingCases(first: 100, status: $s, program: $p, quarter: $q, district: $d) { totalCount nodes { id } } }`;
    const ids = async (v: Record<string, unknown>) =>
      (await ok<{ consultingCases: { nodes: { id: string }[] } }>(q, v)).consultingCases.nodes
        .map((n) => n.id)
        .filter((x) => x.startsWith(P));
    expect(await ids({ q: '2031-Q1', d: '전주시', p: 'STAGED' })).toEqual(
      [`${P}-case-1`, `${P}-case-declined-staged`, `${P}-case-rates`].sort(),
    );
    expect(await ids({ q: '2031-Q1', s: 'DECLINED' })).toEqual([`${P}-case-declined-staged`, `${P}-case-quality`].sort());
    expect(await ids({ q: '2031-Q2' })).toEqual([]);
    expect(await errorOf(q, { q: '2031-Q5' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
    expect(await errorOf(q, { d: '전주' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'district' });
  });
});

describe('events', () => {
  it('publishes ConsultingCaseOpened once when a case is applied for, keyed by the case', async () => {
    const caseId = `${P}-case-1`;
    const opened = (ms: KafkaMessage[]) =>
      ms.filter((m) => m.key?.toString() === caseId && header(m, 'ce_type') === 'pass.consulting.ConsultingCaseOpened.v1');
    const mine = opened(await readTopic('consulting.consulting-case', (ms) => opened(ms).length > 0));
    expect(new Set(mine.map((m) => header(m, 'ce_id'))).size).toBe(1);
    expect(JSON.parse(mine[0]!.value!.toString())).toMatchObject({
      caseId,
      providerId: PROVIDER.id,
      agencyId: 'jeonbuk-pass',
      program: 'STAGED',
      district: '전주시',
    });
  });

  it('publishes ConsultingSessionHeld on its topic with the committed payload and the computed fee', async () => {
    const sessionId = `${P}-case-1-s1`;
    const messages = await readTopic('consulting.consulting-case', (ms) =>
      ms.some((m) => header(m, 'ce_type') === 'pass.consulting.ConsultingSessionHeld.v1' && m.value?.toString().includes(sessionId)),
    );
    const m = messages.find(
      (x) => header(x, 'ce_type') === 'pass.consulting.ConsultingSessionHeld.v1' && x.value?.toString().includes(sessionId),
    );
    expect(m?.key?.toString()).toBe(`${P}-case-1`);
    expect(JSON.parse(m!.value!.toString())).toEqual({
      sessionId,
      caseId: `${P}-case-1`,
      providerId: PROVIDER.id,
      agencyId: 'jeonbuk-pass',
      programmeCode: 'STAGED',
      heldOn: '2031-03-12',
      hours: 2,
      consultantIds: [CONSULTANT(1).id, CONSULTANT(2).id],
      hourlyFeeKRW: 100_000,
      feeKRW: 400_000,
    });
  });

  it('feeds governance’s staged-consulting KPI from ConsultingCaseClosed, once per closed case, never for declines', async () => {
    const k = await eventually('the closed case to be counted', async () => {
      const x = await kpi();
      return x && x.actual === 1 ? x : undefined;
    });
    expect(k.achievementRate).toBeCloseTo(1 / 2, 12);
    // Re-publish the closing event under a new event id: the KPI counts the case, not the message.
    const messages = await readTopic('consulting.consulting-case', (ms) =>
      ms.some((m) => header(m, 'ce_type') === 'pass.consulting.ConsultingCaseClosed.v1' && m.key?.toString() === `${P}-case-1`),
    );
    const closed = messages.find(
      (m) => header(m, 'ce_type') === 'pass.consulting.ConsultingCaseClosed.v1' && m.key?.toString() === `${P}-case-1`,
    )!;
    expect(JSON.parse(closed.value!.toString())).toMatchObject({
      outcome: 'CLOSED',
      program: 'STAGED',
      closedOn: '2031-10-30',
      feeKRW: 550_000,
    });
    const producer = kafka().producer();
    await producer.connect();
    await producer.send({
      topic: topic('consulting.consulting-case'),
      messages: [
        {
          key: closed.key,
          value: closed.value,
          headers: { ...Object.fromEntries(Object.entries(closed.headers ?? {}).map(([k2, v]) => [k2, String(v)])), ce_id: randomUUID() },
        },
      ],
    });
    await producer.disconnect();
    await settled();
    expect((await kpi())?.actual).toBe(1);
  });
});
