/**
 * Consulting clients that are the agency's own facilities (소속시설 운영컨설팅, S10, 003 L2167/L2222): an
 * AFFILIATED_FACILITY client references care-services' Facility, which the gateway resolves; the programme takes
 * only such clients and they take no other; the fee posts to S10. A 노무 자문 (LABOR) session, which no line of
 * the Jeonbuk 2023 plan pays by the hour, is recorded 미편성 in budgets and shows in the case's fees — events drive
 * budgets end to end. Ids start with `consulting-affiliated-`; the sessions lie in 2023, the year the plan budgets.
 */
import { eventually, gql, ok } from './support/client';

const P = 'consulting-affiliated';
const errorOf = async (query: string, variables: Record<string, unknown>) => (await gql(query, variables)).errors?.[0]?.extensions;

const REGISTER = `mutation($i: RegisterProviderInput!) { registerProvider(input: $i) { id type facility { id name } } }`;
const REQUEST = `mutation($i: RequestConsultingInput!) { requestConsulting(input: $i) { id status consultingProgram { id } } }`;
const ACCEPT = `mutation($id: ID!, $c: [ID!]!, $on: Date!) { acceptConsulting(id: $id, consultantIds: $c, acceptedOn: $on) { status } }`;
const START = `mutation($id: ID!, $on: Date!) { startConsulting(id: $id, startedOn: $on) { status } }`;
const SESSION = `mutation($i: RecordConsultingSessionInput!) { recordConsultingSession(input: $i) { id fee } }`;
const FEES = `query($id: ID!) { consultingCase(id: $id) { id facility { id name }
  fees { total posted unbudgetedTotal sessionCount executions { id amount budgetLine { id } } unbudgeted { id reason key amount } } } }`;

const AFFILIATED = {
  id: `${P}-hcc-jeonbuk`,
  name: '전북종합재가센터',
  type: 'AFFILIATED_FACILITY',
  facilityId: 'jeonbuk-hcc-jeonbuk',
  district: '전주시',
  stage: 'GROWING',
};
const PRIVATE = { id: `${P}-private`, name: '시험 재가기관', type: 'LONG_TERM_CARE_PROVIDER', district: '전주시', stage: 'NEW' };

type Fees = {
  consultingCase: {
    facility: { id: string; name: string } | null;
    fees: {
      total: number;
      posted: number;
      unbudgetedTotal: number;
      sessionCount: number;
      executions: { id: string; amount: number; budgetLine: { id: string } }[];
      unbudgeted: { id: string; reason: string; key: string; amount: number }[];
    };
  };
};

async function runToSession(caseId: string, providerId: string, program: string, topic: string, consultantId: string, hours: number) {
  await ok(REQUEST, { i: { id: caseId, providerId, program, topics: [topic], requestedOn: '2023-08-01' } });
  await ok(ACCEPT, { id: caseId, c: [consultantId], on: '2023-08-02' });
  await ok(START, { id: caseId, on: '2023-08-03' });
  return ok<{ recordConsultingSession: { id: string; fee: number } }>(SESSION, {
    i: { caseId, id: `${caseId}-s1`, heldOn: '2023-08-04', hours },
  });
}

describe('affiliated-facility clients (소속시설)', () => {
  it('registers one only with its care-services Facility, which the gateway resolves, and refuses a facility elsewhere', async () => {
    const r = await ok<{ registerProvider: Record<string, unknown> }>(REGISTER, { i: AFFILIATED });
    expect(r.registerProvider).toEqual({
      id: AFFILIATED.id,
      type: 'AFFILIATED_FACILITY',
      facility: { id: 'jeonbuk-hcc-jeonbuk', name: '전북종합재가센터' },
    });
    expect((await ok<{ registerProvider: { facility: null } }>(REGISTER, { i: PRIVATE })).registerProvider.facility).toBeNull();
    expect(await errorOf(REGISTER, { i: { ...AFFILIATED, id: `${P}-no-facility`, facilityId: null } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'facilityId',
    });
    expect(await errorOf(REGISTER, { i: { ...PRIVATE, id: `${P}-private-2`, facilityId: 'jeonbuk-hcc-jeonbuk' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'facilityId',
    });
    expect((await gql(`{ provider(id: "${P}-no-facility") { id } }`)).data).toEqual({ provider: null });
  });

  it('runs 소속시설 운영컨설팅 for affiliated facilities only, referencing the Facility, and posts the fee to S10', async () => {
    expect(
      await errorOf(REQUEST, {
        i: {
          id: `${P}-wrong-1`,
          providerId: PRIVATE.id,
          program: 'AFFILIATED_FACILITY',
          topics: ['SOCIAL_WORK_PRACTICE'],
          requestedOn: '2023-08-01',
        },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'program' });
    expect(
      await errorOf(REQUEST, {
        i: { id: `${P}-wrong-2`, providerId: AFFILIATED.id, program: 'STAGED', topics: ['ACCOUNTING'], requestedOn: '2023-08-01' },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'program' });
    const caseId = `${P}-case-s10`;
    // 2 hours × 1 consultant × 100,000원.
    const s = await runToSession(caseId, AFFILIATED.id, 'AFFILIATED_FACILITY', 'SOCIAL_WORK_PRACTICE', 'jb-consultant-welfare-01', 2);
    expect(s.recordConsultingSession.fee).toBe(200_000);
    const d = await eventually('the fee posted to S10', async () => {
      const x = await ok<Fees>(FEES, { id: caseId });
      return x.consultingCase.fees.sessionCount === 1 ? x : undefined;
    });
    expect(d.consultingCase.facility).toEqual({ id: 'jeonbuk-hcc-jeonbuk', name: '전북종합재가센터' });
    expect(d.consultingCase.fees).toEqual({
      total: 200_000,
      posted: 200_000,
      unbudgetedTotal: 0,
      sessionCount: 1,
      executions: [{ id: `consulting:${caseId}-s1`, amount: 200_000, budgetLine: { id: 'jeonbuk-2023-S10' } }],
      unbudgeted: [],
    });
  });

  it('has the seeded 장수종합재가센터 case’s fee on S10', async () => {
    const d = await eventually('the seeded S10 fee', async () => {
      const x = await ok<Fees>(FEES, { id: 'jb-case-2023-008' });
      return x.consultingCase.fees.sessionCount === 1 ? x : undefined;
    });
    expect(d.consultingCase.facility).toEqual({ id: 'jeonbuk-hcc-jangsu', name: '장수종합재가센터' });
    expect(d.consultingCase.fees.executions).toEqual([
      { id: 'consulting:jb-case-2023-008-s1', amount: 200_000, budgetLine: { id: 'jeonbuk-2023-S10' } },
    ]);
  });
});

describe('a session no line pays (노무 자문, LABOR)', () => {
  it('is recorded 미편성 in budgets, once, and counted in the case’s fees without touching a line', async () => {
    const caseId = `${P}-case-labour`;
    await runToSession(caseId, PRIVATE.id, 'LABOR', 'LABOR', 'jb-consultant-labor-01', 1.5);
    const d = await eventually('the 노무 fee recorded 미편성', async () => {
      const x = await ok<Fees>(FEES, { id: caseId });
      return x.consultingCase.fees.sessionCount === 1 ? x : undefined;
    });
    expect(d.consultingCase.facility).toBeNull();
    expect(d.consultingCase.fees).toEqual({
      total: 150_000,
      posted: 0,
      unbudgetedTotal: 150_000,
      sessionCount: 1,
      executions: [],
      unbudgeted: [{ id: `consulting:${caseId}-s1`, reason: 'NO_BUDGET_LINE', key: 'LABOR', amount: 150_000 }],
    });
    const report = await ok<{ unbudgetedExecutions: { executions: { id: string }[] } }>(
      `{ unbudgetedExecutions(agencyId: "jeonbuk-pass", fiscalYear: 2023) { executions { id } } }`,
    );
    expect(report.unbudgetedExecutions.executions.filter((e) => e.id === `consulting:${caseId}-s1`)).toHaveLength(1);
  });
});

describe('사전질문지 (pre-consulting questionnaire, P2 003 L2504)', () => {
  const SUBMIT = `mutation($id: ID!, $on: Date!, $needs: [ConsultingTopic!]!, $notes: String) {
    submitPreQuestionnaire(caseId: $id, submittedOn: $on, needs: $needs, notes: $notes) { id status preQuestionnaire { submittedOn needs notes } } }`;
  it('is returned once before the consulting starts, its notes for consultants only', async () => {
    const id = `${P}-case-preq`;
    await ok(REQUEST, {
      i: { id, providerId: 'jb-provider-iksan-01', program: 'SMALL_FACILITY', topics: ['SOCIAL_WORK_PRACTICE'], requestedOn: '2023-08-01' },
    });
    expect(await errorOf(SUBMIT, { id, on: '2023-07-31', needs: ['ACCOUNTING'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'submittedOn',
    });
    const r = await ok<{ submitPreQuestionnaire: unknown }>(SUBMIT, {
      id,
      on: '2023-08-04',
      needs: ['ACCOUNTING', 'SOCIAL_WORK_PRACTICE'],
      notes: '회계 담당자 부재',
    });
    expect(r.submitPreQuestionnaire).toEqual({
      id,
      status: 'APPLIED',
      preQuestionnaire: { submittedOn: '2023-08-04', needs: ['ACCOUNTING', 'SOCIAL_WORK_PRACTICE'], notes: '회계 담당자 부재' },
    });
    expect(await errorOf(SUBMIT, { id, on: '2023-08-05', needs: ['LABOR'] })).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_SUBMITTED',
    });
    // A board member reads the needs, not the client's free text.
    const Q = `query($id: ID!) { consultingCase(id: $id) { preQuestionnaire { needs notes } } }`;
    const asBoard = await gql<{ consultingCase: { preQuestionnaire: { needs: string[]; notes: string | null } } }>(
      Q,
      { id },
      { as: { subject: 'test-board', roles: ['board'] } },
    );
    expect(asBoard.data?.consultingCase.preQuestionnaire.needs).toEqual(['ACCOUNTING', 'SOCIAL_WORK_PRACTICE']);
    expect(asBoard.data?.consultingCase.preQuestionnaire.notes).toBeNull();
    expect(asBoard.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Too late once the consulting has started.
    const started = `${P}-case-preq-late`;
    await runToSession(started, 'jb-provider-iksan-01', 'SMALL_FACILITY', 'SOCIAL_WORK_PRACTICE', 'jb-consultant-welfare-01', 1);
    expect(await errorOf(SUBMIT, { id: started, on: '2023-08-05', needs: ['LABOR'] })).toMatchObject({
      code: 'CONFLICT',
      reason: 'CONSULTING_STARTED',
    });
    expect(await errorOf(SUBMIT, { id: `${P}-no-such-case`, on: '2023-08-05', needs: ['LABOR'] })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
