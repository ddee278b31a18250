/**
 * `npm run new-subgraph -- <name>`: a new subgraph wired like the six others (package, tsconfig, src files,
 * SDL with one owned entity), plus the registration steps it does not make itself (they edit shared lists
 * that other teams change too, so a person applies them; see printInstructions).
 */
import fs from 'node:fs';
import path from 'node:path';

export const NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export interface Names {
  /** kebab-case service name: `volunteering`, `home-repair` */
  service: string;
  /** PascalCase type prefix: `Volunteering`, `HomeRepair` */
  pascal: string;
  /** camelCase field prefix: `volunteering`, `homeRepair` */
  camel: string;
  /** env prefix: `VOLUNTEERING`, `HOME_REPAIR` */
  env: string;
}

export function namesOf(service: string): Names {
  const parts = service.split('-');
  const pascal = parts.map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
  return { service, pascal, camel: pascal[0]!.toLowerCase() + pascal.slice(1), env: parts.join('_').toUpperCase() };
}

/** Every file of the scaffold, by path relative to the repo root. */
export function scaffoldFiles(n: Names): Record<string, string> {
  const entity = `${n.pascal}Item`;
  const dir = `services/${n.service}`;
  return {
    [`schemas/${n.service}.graphql`]: sdl(n, entity),
    [`${dir}/package.json`]: `${JSON.stringify(
      {
        name: `@pass-graph/${n.service}`,
        version: '0.1.0',
        private: true,
        description: `PASS Graph ${n.service} subgraph`,
        main: 'dist/main.js',
        scripts: { build: 'tsc -b', lint: 'tsc -p tsconfig.json --noEmit', start: 'node dist/main.js', test: 'jest --passWithNoTests' },
        dependencies: {
          '@pass-graph/contracts': '0.1.0',
          '@pass-graph/platform': '0.1.0',
          dataloader: '^2.2.3',
          graphql: '^16.11.0',
          mongoose: '^8.24.10',
        },
      },
      null,
      2,
    )}\n`,
    [`${dir}/tsconfig.json`]: `{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "rootDir": "src", "outDir": "dist" },
  "include": ["src"],
  "exclude": ["src/**/*.test.ts"],
  "references": [{ "path": "../../packages/contracts" }, { "path": "../../packages/platform" }]
}
`,
    [`${dir}/README.md`]: readme(n, entity),
    [`${dir}/src/main.ts`]: `import { runSubgraph } from '@pass-graph/platform';
import { ${n.camel} } from './service';

runSubgraph(${n.camel});
`,
    [`${dir}/src/contract.ts`]: `/**
 * ${n.service}'s event contract. \`CONSUMES\` is the list of event types its handler map (service.ts) handles, one
 * handler each: the compiler holds the map to it, start-up checks it again, and the event catalog (packages/devtools)
 * reads it from here. Nothing here starts or connects anything.
 */
import { type EventsIn, type EventsOf } from '@pass-graph/contracts';
import type { ServiceRuntime } from '@pass-graph/platform';

/** Add \`EventTypes.<Event>\` here and its handler in service.ts together. */
export const CONSUMES = [] as const;

/** Type → payload of what ${n.service} consumes: the handler map's shape. */
export type Consumed = EventsIn<typeof CONSUMES>;
/** Type → payload of what ${n.service} publishes: what its outbox accepts. */
export type Published = EventsOf<'${n.service}'>;
/** The runtime ${n.service}'s modules get: its outbox is typed by \`Published\`. */
export type Runtime = ServiceRuntime<Published>;
`,
    [`${dir}/src/service.ts`]: `/** The ${n.service} subgraph: schema.graphql → resolvers → models + DataLoaders → events. */
import type { ServiceDefinition } from '@pass-graph/platform';
import { CONSUMES, type Consumed, type Published } from './contract';
import { createLoaders, type Loaders } from './loaders';
import { createModels } from './models';
import { createResolvers } from './resolvers';

export const ${n.camel}: ServiceDefinition<Loaders, Published, Consumed> = {
  name: '${n.service}',
  consumes: CONSUMES,
  setup: (runtime) => {
    const models = createModels(runtime.db);
    return {
      resolvers: createResolvers(models, runtime),
      createLoaders: createLoaders(models),
      aggregates: [models.${entity}],
      handlers: {},
    };
  },
};
`,
    [`${dir}/src/models.ts`]: `/** Data access: the service's mongoose models, on its own database. */
import { Schema, type Connection, type Model } from 'mongoose';
import { outboxPlugin } from '@pass-graph/platform';

export interface ${entity}Doc {
  _id: string;
  agencyId: string;
  title: string;
  registeredAt: Date;
}

const ${entity}Schema = new Schema<${entity}Doc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    title: { type: String, required: true },
    registeredAt: { type: Date, required: true },
  },
  { collection: '${n.camel}Items', versionKey: false },
);
${entity}Schema.index({ agencyId: 1, _id: 1 });
${entity}Schema.plugin(outboxPlugin);

export interface Models {
  ${entity}: Model<${entity}Doc>;
}

export const createModels = (db: Connection): Models => ({
  ${entity}: db.model<${entity}Doc>('${entity}', ${entity}Schema),
});
`,
    [`${dir}/src/loaders.ts`]: `import { byIdLoader } from '@pass-graph/platform';
import type { Models } from './models';

export const createLoaders = (models: Models) => () => ({
  ${n.camel}Item: byIdLoader(models.${entity}),
});
export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
`,
    [`${dir}/src/domain.ts`]: `/** The rules of ${n.service}, pure (no I/O): tested beside in domain.test.ts. */
import { all, badInput, checkId, checkText, err, ok, type Result } from '@pass-graph/platform';

export interface Register${entity}Input {
  id: string;
  agencyId: string;
  title: string;
}

export type Valid${entity} = Register${entity}Input;

export function validate${entity}(input: Register${entity}Input): Result<Valid${entity}> {
  const checked = all({ id: checkId(input.id), agencyId: checkId(input.agencyId, 'agencyId'), title: checkText(input.title, 'title', 200) });
  if (!checked.ok) return checked;
  const title = checked.value.title.trim();
  if (title === '') return err(badInput('title must not be blank', 'title'));
  return ok({ ...checked.value, title });
}
`,
    [`${dir}/src/domain.test.ts`]: `import { validate${entity} } from './domain';

describe('validate${entity}', () => {
  it('accepts a well-formed item and trims its title', () => {
    expect(validate${entity}({ id: '${n.service}-1', agencyId: 'seoul-pass', title: '  첫 항목 ' })).toEqual({
      ok: true,
      value: { id: '${n.service}-1', agencyId: 'seoul-pass', title: '첫 항목' },
    });
  });

  it('refuses a blank title with BAD_USER_INPUT', () => {
    const r = validate${entity}({ id: '${n.service}-1', agencyId: 'seoul-pass', title: '   ' });
    expect(r.ok ? null : r.error.extensions['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses a malformed id', () => {
    expect(validate${entity}({ id: 'not an id!', agencyId: 'seoul-pass', title: 'x' }).ok).toBe(false);
  });
});
`,
    [`${dir}/src/events.ts`]: `/** The payloads ${n.service} publishes (typed by their schemas in schemas/events/, through @pass-graph/contracts). */
import type { ${entity}RegisteredData } from '@pass-graph/contracts';
import type { Valid${entity} } from './domain';

export const ${n.camel}ItemRegistered = (i: Valid${entity}): ${entity}RegisteredData => ({ itemId: i.id, agencyId: i.agencyId });
`,
    [`${dir}/src/resolvers.ts`]: `import { EventTypes } from '@pass-graph/contracts';
import { checkId, conflict, unwrap, type SubgraphContext } from '@pass-graph/platform';
import type { GraphQLResolverMap } from '@pass-graph/platform';
import type { Runtime } from './contract';
import { validate${entity}, type Register${entity}Input } from './domain';
import { ${n.camel}ItemRegistered } from './events';
import type { Resolvers } from './generated/graphql';
import type { Loaders } from './loaders';
import type { ${entity}Doc, Models } from './models';

type Ctx = SubgraphContext<Loaders>;
/** Checked against the SDL (\`npm run codegen\`): every root field needs a resolver, fields and arguments must exist. */
type ServiceResolvers = Resolvers<Ctx> & Required<Pick<Resolvers<Ctx>, 'Query' | 'Mutation'>>;

export function createResolvers(models: Models, runtime: Runtime): GraphQLResolverMap<Ctx> {
  return {
    Query: {
      ${n.camel}Item: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.${n.camel}Item.load(unwrap(checkId(args.id))),
      ${n.camel}Items: (_: unknown, args: { agencyId: string }) =>
        models.${entity}.find({ agencyId: unwrap(checkId(args.agencyId, 'agencyId')) }).sort({ _id: 1 }).limit(100).lean<${entity}Doc[]>().exec(),
    },
    Mutation: {
      register${entity}: async (_: unknown, args: { input: Register${entity}Input }) => {
        const item = unwrap(validate${entity}(args.input));
        if (await models.${entity}.exists({ _id: item.id })) throw conflict(\`item "\${item.id}" is already registered\`, { id: item.id });
        const event = runtime.outbox.entry(EventTypes.${entity}Registered, ${n.camel}ItemRegistered(item));
        const { id, ...fields } = item;
        const doc = await models.${entity}.create({ _id: id, ...fields, registeredAt: new Date(), _outbox: [event] });
        runtime.publish(models.${entity}, id);
        return doc.toObject();
      },
    },
    ${entity}: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.${n.camel}Item.load(ref.id),
      id: (i: ${entity}Doc) => i._id,
      agency: (i: ${entity}Doc) => ({ id: i.agencyId }),
    },
  } satisfies ServiceResolvers;
}
`,
    [`${dir}/src/seed.ts`]: `/** Fixtures sent through the gateway by \`npm run seed\` (idempotent: CONFLICT on a rerun is expected). */
import type { SeedStep } from '@pass-graph/platform';

const REGISTER = \`mutation ($input: Register${entity}Input!) { register${entity}(input: $input) { id } }\`;

export const seedSteps: SeedStep[] = [
  { label: '${n.service} item 1', query: REGISTER, variables: { input: { id: '${n.service}-1', agencyId: 'seoul-pass', title: '첫 항목' } } },
];
`,
  };
}

function sdl(n: Names, entity: string): string {
  return `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

"""
Who may read a type or field: a signed-in caller holding one of the roles (any signed-in caller when omitted). Enforced by the platform in this subgraph.
"""
directive @auth(requires: [String!]) on OBJECT | FIELD_DEFINITION
"""
Readable by anonymous callers too.
"""
directive @public on OBJECT | FIELD_DEFINITION

"""
An ISO-8601 instant in UTC.
"""
scalar DateTime

type Query {
  ${n.camel}Item(id: ID!): ${entity} @auth
  ${n.camel}Items(agencyId: ID!): [${entity}!]! @auth
}

type Mutation {
  register${entity}(input: Register${entity}Input!): ${entity}! @auth(requires: ["admin"])
}

"""
The entity ${n.service} owns (rename it to the domain's own word).
"""
type ${entity} @key(fields: "id") @auth {
  id: ID!
  agency: Agency!
  title: String!
  registeredAt: DateTime!
}

type Agency @key(fields: "id", resolvable: false) {
  id: ID!
}

input Register${entity}Input {
  id: ID!
  agencyId: ID!
  title: String!
}
`;
}

function readme(n: Names, entity: string): string {
  return `# ${n.service} subgraph

Scaffolded by \`npm run new-subgraph -- ${n.service}\`. Owns **${entity}** (\`schemas/${n.service}.graphql\`), keyed by \`id\`
and referring to governance's \`Agency\`. Layout as in every subgraph: \`src/service.ts\` (wiring), \`src/resolvers.ts\`
(typed with \`src/generated/graphql.ts\` from \`npm run codegen\`), \`src/models.ts\` + \`src/loaders.ts\`, rules in
\`src/domain.ts\` with \`src/domain.test.ts\`, \`src/contract.ts\` (events consumed, typed outbox) and \`src/events.ts\`
(payloads), fixtures in \`src/seed.ts\`.

Run: \`npx jest --selectProjects unit services/${n.service}\`; the service starts with the platform (\`npm start\`) once
it is registered (the steps \`new-subgraph\` printed). It builds once its event's JSON Schema exists
(\`schemas/events/pass.${n.service}.${entity}Registered.v1.json\`): \`npm run build\` generates \`EventTypes.${entity}Registered\` and
\`${entity}RegisteredData\` from it (@pass-graph/contracts); then \`npm run catalog\`.

Resolver parents are mapped to \`${entity}Doc\` (codegen's \`<Type>Doc\` convention).
`;
}

/** The registration steps in shared files, printed rather than edited (see the module comment). */
export function instructions(n: Names, port: number): string[] {
  return [
    `packages/platform/src/config.ts: add '${n.service}' to SERVICE_NAMES and \`'${n.service}': ${port}\` to DEFAULT_PORTS (env ${n.env}_PORT, ${n.env}_URL)`,
    `packages/stack/src/seed.ts: add '${n.service}' to SEED_ORDER (after governance: its fixtures refer to agencies)`,
    `codegen.ts: add '${n.service}' to SERVICES`,
    `docker-compose.yml: add \`${n.service}: { <<: *node, command: node services/${n.service}/dist/main.js }\`, ${n.env}_URL: http://${n.service}:${port}/graphql, and the gateway's depends_on`,
    `schemas/events/pass.${n.service}.${n.pascal}ItemRegistered.v1.json: the event's JSON Schema (copy one of governance's; the build generates its type from it), then npm run catalog`,
    `packages/devtools/package.json: add "@pass-graph/${n.service}": "0.1.0" (the event catalog reads src/contract.ts from its dist); Dockerfile: COPY its package.json`,
    `then: npm install --no-audit --no-fund && npm run compose && npm run codegen && npm run build`,
  ];
}

/** Writes the scaffold under `root`; refuses to overwrite anything. Returns the files written. */
export function scaffold(root: string, service: string): string[] {
  if (!NAME_PATTERN.test(service)) throw new Error(`"${service}" is not a kebab-case name such as home-repair`);
  const files = scaffoldFiles(namesOf(service));
  for (const file of Object.keys(files)) {
    if (fs.existsSync(path.join(root, file))) throw new Error(`${file} already exists`);
  }
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  return Object.keys(files);
}
