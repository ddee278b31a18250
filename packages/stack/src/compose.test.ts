import path from 'node:path';
import { checkComposition } from './compose';

const schemasDir = path.resolve(__dirname, '..', '..', '..', 'schemas');

describe('supergraph composition', () => {
  it('composes without errors, the checked-in supergraph is current, and every hint is accepted', () => {
    const check = checkComposition(schemasDir);
    expect(check.unacceptedHints).toEqual([]);
    if (check.stale) throw new Error('schemas/supergraph.graphql is stale: run `npm run compose`');
    expect(check.stale).toBe(false);
  });
});
