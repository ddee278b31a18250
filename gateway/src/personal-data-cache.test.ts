import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS_IDENTITY } from '@pass-graph/platform';
import { EntityCache } from './entity-cache';
import { cachedEntities, type GatewayContext } from './gateway';

/** A subgraph response holding a full personal-data read (extensions.personalDataRead) is never cached. */
describe('entity cache and personal data', () => {
  const representations = [{ __typename: 'Facility', id: 'f1' }];
  const options = {
    request: {
      query:
        'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Facility { staff { nodes { name } } } } }',
      variables: { representations },
    },
    context: { requestId: 'r1', identity: { ...ANONYMOUS_IDENTITY, subject: 'hr1', roles: ['hr'] } },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
  const fresh = (): EntityCache => {
    const cache = new EntityCache({ maxEntries: 100, maxAgeMs: 60_000, settleMs: 0, types: new Set(['Facility']) });
    cache.setLive(true);
    return cache;
  };
  const subgraph = (personal: boolean) => {
    let calls = 0;
    const fetch = async () => {
      calls += 1;
      return {
        data: { _entities: [{ staff: { nodes: [{ name: '탁*온' }] } }] },
        ...(personal ? { extensions: { personalDataRead: true } } : {}),
      };
    };
    return { fetch, calls: () => calls };
  };

  it('stores an ordinary entity result and serves it again without a fetch', async () => {
    const cache = fresh();
    const s = subgraph(false);
    await cachedEntities(cache, 'staffing', options, representations, s.fetch);
    const again = await cachedEntities(cache, 'staffing', options, representations, s.fetch);
    expect(s.calls()).toBe(1);
    expect(cache.size).toBe(1);
    expect(again.data).toEqual({ _entities: [{ staff: { nodes: [{ name: '탁*온' }] } }] });
  });

  it('never stores a result the subgraph marked as a personal-data read: every read reaches it (and its audit)', async () => {
    const cache = fresh();
    const s = subgraph(true);
    await cachedEntities(cache, 'staffing', options, representations, s.fetch);
    await cachedEntities(cache, 'staffing', options, representations, s.fetch);
    expect(s.calls()).toBe(2);
    expect(cache.size).toBe(0);
  });
});
