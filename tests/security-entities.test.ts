/**
 * The authorization matrix through the side door: every entity type of every subgraph, every field
 * with a policy (from the SDL's @auth/@public, so a new field cannot be forgotten), read through
 * `_entities` straight at the subgraph with the gateway's signed identity of each role and of nobody.
 * A gateway query plan reaches these fields only this way, and so would anyone holding the internal
 * secret: the subgraph itself must refuse, whatever path the query took.
 *
 * Each entity type needs one real representation (SAMPLES): an entity that does not resolve would
 * never run its field resolvers and prove nothing, so an administrator must get each sample back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { getNamedType, isLeafType, isNonNullType, isObjectType, isUnionType, parse, type GraphQLField } from 'graphql';
import { authorizationTable, ROLES, SERVICE_NAMES, type Identity, type Policy } from '@pass-graph/platform';
import { allowed, askSubgraph, dummy, pool, SCOPED_CALLERS } from './support/authz-probe';
import type { As } from './support/client';

/** One resolvable representation per entity type name (the same in every subgraph that resolves it). */
const SAMPLES: Record<string, Record<string, string>> = {
  Agency: { id: 'jeonbuk-pass' },
  BoardMember: { id: 'seoul-pass-board-01' },
  BudgetLine: { id: 'jeonbuk-2023-P7' },
  BusinessPlanItem: { id: 'jb-2023-bp-M1' },
  CareRecipient: { id: 'jb-rcp-0001' },
  CareRequest: { id: 'seoul-sos-req-0001' },
  CareVisit: { id: 'jb-visit-0001' },
  Case: { id: 'synthetic-case-2013-002' },
  CommunityCentre: { id: 'dong-nowon-sanggye1' },
  CommunityVolunteer: { id: 'vol-nowon-sanggye1-01' },
  Complaint: { id: 'jb-cmp-0001' },
  Consultant: { id: 'jb-consultant-labor-01' },
  ConsultingCase: { id: 'jb-case-2023-001' },
  District: { name: '마포구' },
  EmergencyCareWorker: { id: 'jb-ecw-01' },
  Employee: { id: 'seoul-emp-0021' },
  Expenditure: { id: 'dispatch:jb-2023-disp-001' },
  Facility: { id: 'jeonbuk-hcc-jeonbuk' },
  Household: { id: 'HH-SYN001' },
  Inspection: { id: 'jb-safety-2023-001' },
  OnlineInquiry: { id: 'jb-inquiry-2023-001' },
  OutreachVisit: { id: 'synthetic-visit-2013-001' },
  ProviderOrganization: { id: 'jb-provider-jeonju-01' },
  Referral: { id: 'synthetic-ref-2013-001' },
  SubstituteDispatch: { id: 'jb-2023-disp-001' },
  SubstituteWorker: { id: 'jb-sub-01' },
};

interface FieldProbe {
  alias: string;
  field: GraphQLField<unknown, unknown>;
  coordinate: string;
  policy: Policy;
}

interface EntityProbe {
  service: string;
  typename: string;
  representation: Record<string, string>;
  fields: FieldProbe[];
}

const schemasDir = path.resolve(__dirname, '..', 'schemas');

const protectedPolicy = (p: Policy): boolean => p.kind === 'roles' || p.kind === 'authenticated';

/** Every entity type of every subgraph with its protected fields; types without a sample are returned apart. */
function entityProbes(): { probes: EntityProbe[]; unsampled: string[] } {
  const probes: EntityProbe[] = [];
  const unsampled: string[] = [];
  for (const service of SERVICE_NAMES) {
    const schema = buildSubgraphSchema([{ typeDefs: parse(fs.readFileSync(path.join(schemasDir, `${service}.graphql`), 'utf8')) }]);
    const policies = new Map(authorizationTable(schema).map((e) => [e.coordinate, e.policy]));
    const entityUnion = schema.getType('_Entity');
    if (!isUnionType(entityUnion)) continue;
    for (const type of entityUnion.getTypes()) {
      if (!isObjectType(type)) continue;
      const fields = Object.values(type.getFields())
        .map((field, i) => ({
          alias: `f${i}`,
          field,
          coordinate: `${type.name}.${field.name}`,
          policy: policies.get(`${type.name}.${field.name}`),
        }))
        .filter((f): f is FieldProbe => f.policy !== undefined && protectedPolicy(f.policy));
      if (fields.length === 0) continue;
      const representation = SAMPLES[type.name];
      if (!representation) unsampled.push(`${service}:${type.name}`);
      else probes.push({ service, typename: type.name, representation, fields });
    }
  }
  return { probes, unsampled };
}

function render(typename: string, fields: FieldProbe[]): { query: string; variables: Record<string, unknown> } {
  const params: string[] = ['$representations: [_Any!]!'];
  const variables: Record<string, unknown> = {};
  const selections = fields.map((f) => {
    const required = f.field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    for (const a of required) {
      params.push(`$${f.alias}_${a.name}: ${a.type.toString()}`);
      variables[`${f.alias}_${a.name}`] = dummy(a.type);
    }
    const args = required.map((a) => `${a.name}: $${f.alias}_${a.name}`).join(', ');
    const selection = isLeafType(getNamedType(f.field.type)) ? '' : ' { __typename }';
    return `${f.alias}: ${f.field.name}${args ? `(${args})` : ''}${selection}`;
  });
  return {
    query: `query EntityProbe(${params.join(', ')}) { _entities(representations: $representations) { ... on ${typename} { ${selections.join(' ')} } } }`,
    variables,
  };
}

interface Answer {
  data?: { _entities?: (Record<string, unknown> | null)[] } | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; requires?: unknown } }[];
}

async function askEntities(service: string, identity: Identity, query: string, variables: Record<string, unknown>): Promise<Answer> {
  return (await askSubgraph(service, identity, query, variables)).body as Answer;
}

const identityOf = (as: As): Identity =>
  as === 'anonymous'
    ? { subject: null, roles: [], facilityIds: [], districts: [] }
    : { subject: as.subject, roles: as.roles, facilityIds: as.facilities ?? [], districts: as.districts ?? [] };

/** Every role unscoped, a signed-in caller without roles, and scoped callers whose scope holds the samples. */
const callers: As[] = [
  'anonymous',
  ...ROLES.map((role) => ({ subject: `sec-entities-${role}`, roles: [role] })),
  { subject: 'sec-entities-no-role', roles: [] },
  ...SCOPED_CALLERS,
];
const ADMIN: As = { subject: 'sec-entities-admin', roles: ['admin'] };

describe('authorization matrix through _entities (every role × every protected entity field, straight at the subgraphs)', () => {
  const { probes, unsampled } = entityProbes();

  it('has a resolvable sample for every entity type with protected fields, in every subgraph', async () => {
    expect(unsampled).toEqual([]);
    expect(new Set(probes.map((p) => p.service)).size).toBeGreaterThanOrEqual(5);
    const unresolved: string[] = [];
    await pool(probes, 6, async (p) => {
      const r = await askEntities(
        p.service,
        identityOf(ADMIN),
        `query($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }`,
        {
          representations: [{ __typename: p.typename, ...p.representation }],
        },
      );
      if (!r.data?._entities?.[0])
        unresolved.push(`${p.service}:${p.typename} ${JSON.stringify(p.representation)} → ${JSON.stringify(r).slice(0, 200)}`);
    });
    expect(unresolved).toEqual([]);
  });

  it('refuses each denied caller field by field (UNAUTHENTICATED/FORBIDDEN, no value) and never refuses an allowed role', async () => {
    const failures: string[] = [];
    let judged = 0;
    const work: (() => Promise<void>)[] = [];
    for (const as of callers)
      for (const p of probes) {
        // Nullable fields many per request (each fails on its own path); a non-null one alone, since its
        // error nulls the whole entity and would hide the others' errors.
        const nullable = p.fields.filter((f) => !isNonNullType(f.field.type));
        const batches = [nullable, ...p.fields.filter((f) => isNonNullType(f.field.type)).map((f) => [f])].filter((b) => b.length > 0);
        for (const batch of batches)
          work.push(async () => {
            const { query, variables } = render(p.typename, batch);
            const r = await askEntities(p.service, identityOf(as), query, {
              ...variables,
              representations: [{ __typename: p.typename, ...p.representation }],
            });
            const who = as === 'anonymous' ? 'anonymous' : as.subject;
            const entity = r.data?._entities?.[0] ?? null;
            for (const f of batch) {
              judged++;
              // An error on this field, or on the whole entity (a type-level policy refuses the reference).
              const mine = (r.errors ?? []).filter(
                (e) => e.path?.[0] === '_entities' && e.path[1] === 0 && (e.path.length === 2 || e.path[2] === f.alias),
              );
              // A scoped caller whose scope holds the sample must not be refused for its scope either.
              const scoped = as !== 'anonymous' && (as.facilities !== undefined || as.districts !== undefined);
              const roleRefusal = mine.filter(
                (e) =>
                  e.extensions?.code === 'UNAUTHENTICATED' ||
                  (e.extensions?.code === 'FORBIDDEN' && (scoped || e.extensions.requires !== undefined)),
              );
              if (allowed(f.policy, as)) {
                if (roleRefusal.length > 0) failures.push(`${who} refused ${p.service}:${f.coordinate}: ${roleRefusal[0]?.message}`);
              } else {
                const expected = as === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
                const value = entity ? entity[f.alias] : null;
                if (!mine.some((e) => e.extensions?.code === expected) || (value !== null && value !== undefined))
                  failures.push(`${who} not refused ${p.service}:${f.coordinate} (${expected}): ${JSON.stringify(r).slice(0, 300)}`);
              }
            }
          });
      }
    await pool(work, 8, (w) => w());
    expect(failures).toEqual([]);
    // Every caller met every protected field of every sampled entity.
    expect(judged).toBe(callers.length * probes.reduce((n, p) => n + p.fields.length, 0));
  }, 600_000);
});
