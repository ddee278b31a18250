import { repoRoot } from './paths';
import { runSchemaCheck } from './schema-check';

describe('npm run schema:check', () => {
  it('passes on this repository against HEAD', async () => {
    const result = await runSchemaCheck(repoRoot, 'HEAD');
    if (!result.ok) throw new Error(result.report);
    expect(result.eventBreaks).toEqual([]);
    expect(result.report).toMatch(/^schema check against [0-9a-f]{12}/);
  });
});
