/**
 * Concurrent writes to one document are serialised (FerretDB v1 does not isolate them):
 * no transition is lost to the outbox relay, and of two racing transitions exactly one wins.
 */
import { eventually, gql, ok } from './support/client';

const REQUEST = `mutation($input: RequestSubstituteDispatchInput!) { requestSubstituteDispatch(input: $input) { id } }`;
const MATCH = `mutation($id: ID!, $w: ID!) { matchSubstituteDispatch(id: $id, workerId: $w) { status } }`;
const START = `mutation($id: ID!) { startSubstituteDispatch(id: $id) { status } }`;
const COMPLETE = `mutation($id: ID!) { completeSubstituteDispatch(id: $id) { status } }`;
const MATCH_WORKER = `mutation($id: ID!, $w: ID!) { matchSubstituteDispatch(id: $id, workerId: $w) { status worker { id } } }`;
const STATE_WORKER = `query($id: ID!) { substituteDispatch(id: $id) { status worker { id } } }`;
const STATE = `query($id: ID!) { substituteDispatch(id: $id) { status expenditure { amount } } }`;

/** A one-day dispatch; 2022 dates have no budget line (their completion would be dead-lettered), so the test that charges uses 2023. */
const request = (id: string, date: string) =>
  ok(REQUEST, {
    input: {
      id,
      facilityId: 'jeonbuk-hcc-jeonbuk',
      reason: 'SICK_LEAVE',
      absentRole: 'CARE_WORKER',
      requestedOn: date,
      startDate: date,
      endDate: date,
      dailyRate: 76_960,
    },
  });
const march2022 = (day: number): string => `2022-03-${String(day).padStart(2, '0')}`;

describe('concurrent writes to one document', () => {
  it('loses no transition while the relay publishes each step', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `test-race-life-${i + 1}`);
    // Each dispatch is a different day so one worker can take them all.
    await Promise.all(
      ids.map(async (id, i) => {
        await request(id, march2022(i + 1));
        await ok(MATCH, { id, w: 'jb-sub-03' });
        await ok(START, { id });
        await ok(COMPLETE, { id });
      }),
    );
    for (const id of ids) {
      const d = await ok<{ substituteDispatch: { status: string } }>(STATE, { id });
      expect(d.substituteDispatch.status).toBe('COMPLETED');
    }
  });

  it('lets exactly one of two racing transitions win', async () => {
    // Two matches of one request (different workers): whichever runs second finds it MATCHED.
    // (Match then cancel would both be legal in sequence, so that pair proves nothing.)
    for (let round = 1; round <= 5; round++) {
      const id = `test-race-pair-${round}`;
      await request(id, march2022(10 + round));
      const [a, b] = await Promise.all([gql(MATCH_WORKER, { id, w: 'jb-sub-02' }), gql(MATCH_WORKER, { id, w: 'jb-sub-01' })]);
      const winners = [a, b].filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      const loser = [a, b].find((r) => r.errors);
      expect(loser?.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION', from: 'MATCHED' });
      const final = await ok<{ substituteDispatch: { status: string; worker: { id: string } } }>(STATE_WORKER, { id });
      expect(final.substituteDispatch).toEqual({ status: 'MATCHED', worker: { id: winners[0] === a ? 'jb-sub-02' : 'jb-sub-01' } });
    }
  });

  it('never books one worker twice for overlapping periods, whatever the timing', async () => {
    await request('test-race-book-1', '2023-01-25');
    await request('test-race-book-2', '2023-01-25');
    const results = await Promise.all([
      gql(MATCH, { id: 'test-race-book-1', w: 'jb-sub-01' }),
      gql(MATCH, { id: 'test-race-book-2', w: 'jb-sub-01' }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // The one that won is charged exactly once when completed.
    const won = results[0]?.errors ? 'test-race-book-2' : 'test-race-book-1';
    await ok(START, { id: won });
    await ok(COMPLETE, { id: won });
    const charged = await eventually(
      'the charge',
      async () =>
        (await ok<{ substituteDispatch: { expenditure: { amount: number } | null } }>(STATE, { id: won })).substituteDispatch.expenditure,
    );
    expect(charged.amount).toBe(76_960);
  });
});
