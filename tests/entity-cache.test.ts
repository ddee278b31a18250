/**
 * The gateway's entity cache (gateway/src/entity-cache.ts): a staffing entity served from the cache
 * is evicted by the Kafka event that names it, and the next query returns the new value. The change
 * is made straight at staffing (signed like the gateway would), so nothing but the event can tell
 * the gateway about it.
 *
 * The facility is one no other test writes to in bulk: while events keep naming an entity (another
 * file's backlog draining through the relay), the cache rightly refuses to store it (the settle window).
 */
import { askSubgraph } from './support/authz-probe';
import { eventually, ok } from './support/client';
import { testEnv } from './support/env';

const FACILITY = 'seoul-hcc-seongdong';
const DISPATCHES = `query($id: ID!) { facility(id: $id) { id name substituteDispatches(first: 1) { totalCount } } }`;
const REQUEST = `mutation($input: RequestSubstituteDispatchInput!) { requestSubstituteDispatch(input: $input) { id } }`;

interface Dispatches {
  facility: { substituteDispatches: { totalCount: number } };
}

async function gatewayCounter(name: string, labels: string): Promise<number> {
  const text = await (await fetch(testEnv().gatewayUrl.replace(/graphql$/, 'metrics'))).text();
  const line = text.split('\n').find((l) => l.startsWith(labels ? `${name}{${labels}}` : `${name} `));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

async function directToStaffing(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const identity = { subject: 'test-admin', roles: ['admin' as const], facilityIds: [], districts: [] };
  const { body } = await askSubgraph('staffing', identity, query, variables);
  if (body.errors || !body.data) throw new Error(`staffing refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const count = async (): Promise<number> => (await ok<Dispatches>(DISPATCHES, { id: FACILITY })).facility.substituteDispatches.totalCount;

describe('gateway entity cache', () => {
  it('serves a repeated entity fetch from the cache and evicts it when an event names the entity', async () => {
    // The cache goes live once its consumer has joined; until then every fetch goes to staffing.
    const before = await eventually('an entity served from the cache', async () => {
      const value = await count();
      const hits = await gatewayCounter('gateway_entity_cache_hits_total', 'service="staffing"');
      const again = await count();
      if ((await gatewayCounter('gateway_entity_cache_hits_total', 'service="staffing"')) > hits && again === value) return { value };
      // Says why not, should this time out: the cache off (its consumer not reading) or not storing.
      throw new Error(`no hit; gateway_entity_cache_live=${await gatewayCounter('gateway_entity_cache_live', '')}`);
    });

    const evictionsBefore = await gatewayCounter('gateway_entity_cache_evictions_total', 'reason="event"');
    await directToStaffing(REQUEST, {
      input: {
        id: 'test-cache-disp-001',
        facilityId: FACILITY,
        absentRole: 'CARE_WORKER',
        reason: 'LEAVE',
        requestedOn: '2021-03-01',
        startDate: '2021-03-22',
        endDate: '2021-03-23',
        dailyRate: 76_960,
      },
    });
    // SubstituteDispatchRequested names the facility: the cached entry goes, and the next query is fresh —
    // well within the cache's 5-minute backstop age, so the event did it.
    const after = await eventually('the new dispatch through the gateway', async () => {
      const value = await count();
      return value === before.value + 1 ? value : undefined;
    });
    expect(after).toBe(before.value + 1);
    expect(await gatewayCounter('gateway_entity_cache_evictions_total', 'reason="event"')).toBeGreaterThan(evictionsBefore);
  }, 90_000);
});
