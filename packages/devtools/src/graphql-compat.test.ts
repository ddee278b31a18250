import { failing, formatReport, graphqlChanges, parseAllowList } from './graphql-compat';

const BEFORE = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
scalar KRW
type Query {
  substituteDispatch(id: ID!): SubstituteDispatch
}
"""대체인력 파견 (substitute-worker dispatch)"""
type SubstituteDispatch @key(fields: "id") {
  id: ID!
  cost: KRW!
  status: DispatchStatus!
}
enum DispatchStatus { REQUESTED MATCHED COMPLETED }
`;

const FILE = 'schemas/staffing.graphql';

describe('GraphQL breaking-change check', () => {
  it('finds nothing between identical schemas and nothing to compare for a new file', async () => {
    expect(await graphqlChanges(FILE, BEFORE, BEFORE)).toEqual([]);
    expect(await graphqlChanges(FILE, null, BEFORE)).toEqual([]);
  });

  it('classifies a removed field as BREAKING, a new enum value as DANGEROUS and a new field as SAFE', async () => {
    const after = BEFORE.replace('  cost: KRW!\n', '  days: Int\n').replace('COMPLETED', 'COMPLETED CANCELLED');
    const changes = await graphqlChanges(FILE, BEFORE, after);
    const by = (level: string): string[] => changes.filter((c) => c.level === level).map((c) => c.path);
    expect(by('BREAKING')).toEqual(['SubstituteDispatch.cost']);
    expect(by('DANGEROUS')).toEqual(['DispatchStatus.CANCELLED']);
    expect(by('SAFE')).toContain('SubstituteDispatch.days');
    expect(failing(changes).map((c) => c.path)).toEqual(['SubstituteDispatch.cost']);
    const report = formatReport(changes);
    expect(report.split('\n')[0]).toBe(FILE);
    expect(report).toMatch(/^ {2}BREAKING +SubstituteDispatch\.cost +Field 'cost' was removed/m);
  });

  it('treats a required argument and a nullable→non-null argument as BREAKING', async () => {
    const after = BEFORE.replace('substituteDispatch(id: ID!)', 'substituteDispatch(id: ID!, asOf: String!)');
    expect(failing(await graphqlChanges(FILE, BEFORE, after)).map((c) => c.type)).toEqual(['FIELD_ARGUMENT_ADDED']);
  });

  it('accepts a BREAKING change listed with a reason in the allow file, for that file and path only', async () => {
    const after = BEFORE.replace('  cost: KRW!\n', '');
    const allowed = parseAllowList({ allowed: [{ file: FILE, path: 'SubstituteDispatch.cost', reason: 'no client reads it yet' }] });
    const changes = await graphqlChanges(FILE, BEFORE, after, allowed);
    expect(failing(changes)).toEqual([]);
    expect(formatReport(changes)).toContain('ALLOWED');
    const elsewhere = await graphqlChanges('schemas/supergraph.graphql', BEFORE, after, allowed);
    expect(failing(elsewhere)).toHaveLength(1);
  });

  it('rejects an allow entry without a reason, and counts a removed file as BREAKING', async () => {
    expect(() => parseAllowList({ allowed: [{ file: FILE, path: 'X.y' }] })).toThrow(/"reason" is required/);
    expect(failing(await graphqlChanges(FILE, BEFORE, null)).map((c) => c.type)).toEqual(['SCHEMA_FILE_REMOVED']);
  });
});
