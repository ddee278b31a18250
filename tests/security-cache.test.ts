/**
 * The gateway's entity cache cannot leak `@auth` data (issue 29, point 4): `Agency.boardMembers`
 * needs a signed-in caller (any role). A signed-in caller without roles fetches it through an entity
 * fetch (a facility's operator, resolved by governance), so it is cached under that caller's scope;
 * an anonymous caller asking the same must still be refused by governance, not served from the cache.
 */
import { eventually, gql, type As } from './support/client';
import { testEnv } from './support/env';

const QUERY = '{ facility(id: "seoul-hcc-mapo") { id operator { id boardMembers { id } } } }';
const NO_ROLE: As = { subject: 'sec-cache-no-role', roles: [] };

async function governanceHits(): Promise<number> {
  const text = await (await fetch(testEnv().gatewayUrl.replace(/graphql$/, 'metrics'))).text();
  const line = text.split('\n').find((l) => l.startsWith('gateway_entity_cache_hits_total{service="governance"}'));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('entity cache and authorization', () => {
  it('never serves a signed-in no-role caller’s cached entity to an anonymous caller', async () => {
    // Until the cache is live (its invalidation consumer joined) nothing is cached: wait for a hit.
    const members = await eventually('the operator served from the cache for the no-role caller', async () => {
      const first = await gql<{ facility: { operator: { boardMembers: { id: string }[] } } }>(QUERY, {}, { as: NO_ROLE });
      if (first.errors) throw new Error(JSON.stringify(first.errors));
      const hits = await governanceHits();
      const again = await gql<{ facility: { operator: { boardMembers: { id: string }[] } } }>(QUERY, {}, { as: NO_ROLE });
      return (await governanceHits()) > hits ? again.data?.facility.operator.boardMembers : undefined;
    });
    expect(members.length).toBeGreaterThan(0);
    const anonymous = await gql<{ facility: { operator: { boardMembers: unknown } | null } | null }>(QUERY, {}, { as: 'anonymous' });
    expect((anonymous.errors ?? []).map((e) => e.extensions?.code)).toContain('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous.data ?? null)).not.toContain(members[0]?.id ?? 'no member');
  });
});
