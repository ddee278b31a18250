import { createHash } from 'node:crypto';
import { allowlisted } from './allowlist';

const sha = (q: string): string => createHash('sha256').update(q, 'utf8').digest('hex');

describe('persisted-query allowlist', () => {
  const query = 'query Facilities { facilities(first: 5) { nodes { id } } }';
  const list = new Set([sha(query)]);

  it('lets everything through without an allowlist', () => {
    expect(allowlisted({ query: '{ anything }' }, null)).toBeNull();
  });

  it('runs a listed query text or persisted-query hash, and refuses anything else with OPERATION_NOT_ALLOWED', () => {
    expect(allowlisted({ query }, list)).toBeNull();
    expect(allowlisted({ extensions: { persistedQuery: { version: 1, sha256Hash: sha(query) } } }, list)).toBeNull();
    for (const body of [{ query: `${query} ` }, { query: '{ __schema { types { name } } }' }, {}, undefined]) {
      expect(allowlisted(body, list)).toMatchObject({ status: 400, code: 'OPERATION_NOT_ALLOWED' });
    }
  });
});
