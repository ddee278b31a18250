/**
 * GraphQL Code Generator config (`npm run codegen`, `npm run codegen -- --check`):
 * typed resolver maps per subgraph, typed client operations for front-end teams.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { Kind, parse, printSchema } from 'graphql';

export const SERVICES = ['governance', 'staffing', 'budgets', 'care-services', 'consulting', 'outreach'] as const;

/** Object types of a subgraph SDL (mappers are only meaningful for those). */
function objectTypes(sdl: string): string[] {
  return parse(sdl)
    .definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .map((d) => d.name.value);
}

/**
 * `<Type>Doc` interfaces exported by a service's source files: the shape its resolvers really
 * receive as parent (a lean mongoose document), so field resolvers are checked against it.
 */
function docMappers(service: string): Record<string, string> {
  const dir = join(__dirname, 'services', service, 'src');
  const types = new Set(objectTypes(readFileSync(join(__dirname, 'schemas', `${service}.graphql`), 'utf8')));
  const mappers: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const match of source.matchAll(/^export (?:interface|type) ([A-Z]\w*)Doc\b/gm)) {
      const type = match[1]!;
      if (types.has(type) && !(type in mappers)) mappers[type] = `../${file.replace(/\.ts$/, '')}#${type}Doc`;
    }
  }
  return mappers;
}

/**
 * Parents whose type is not named `<Type>Doc`: a domain type, or the GraphQL shape with the foreign
 * key the resolver follows instead of the entity (inline mappers are written into the generated file).
 */
const withKey = (type: string, fields: string, key: string): string => `Omit<${type}, ${fields}> & ${key}`;
const EXTRA_MAPPERS: Record<string, Record<string, string>> = {
  governance: {
    Vision: '../strategy#StrategyNodeDoc',
    StrategicTask: '../strategy#StrategyNodeDoc',
    PracticeProject: '../strategy#StrategyNodeDoc',
    BusinessPlanItem: '../strategy#PlanItemDoc',
    PerformanceIndicator: '../strategy#IndicatorDoc',
    StrategyTree: withKey('StrategyTree', "'agency'", '{ agencyId: string }'),
  },
  staffing: {
    DispatchProgress: withKey('DispatchProgress', "'agency'", '{ agencyId: string }'),
    RecruitmentYear: withKey(
      'RecruitmentYear',
      "'agency' | 'rounds'",
      "{ agencyId: string; rounds: import('../recruitment').RecruitmentRoundDoc[] }",
    ),
  },
  budgets: {
    ValidationReport: '../reports#ValidationReportView',
    ValidationMismatch: withKey('ValidationMismatch', "'budgetLine'", '{ budgetLineId: string }'),
    ProgramBudgetSummary: withKey('ProgramBudgetSummary', "'agency'", '{ agencyId: string }'),
    BudgetComparison: withKey('BudgetComparison', "'agency'", '{ agencyId: string }'),
    UnbudgetedExecutionReport: withKey('UnbudgetedExecutionReport', "'agency'", '{ agencyId: string }'),
    Rate: '../rate-card#Rate',
    BudgetLineItem: '../models#BudgetLineItem',
  },
  'care-services': {
    CarePlan: withKey('CarePlan', "'facility'", '{ facilityId: string | null }'),
    DailyCareReport: withKey('DailyCareReport', "'facility'", '{ facility: { id: string } | null }'),
    CareSatisfactionSurvey: '../models#SatisfactionSurveyDoc',
    CareDemand: '../feeds#CareDemand',
    CarePartnerProgress: withKey('CarePartnerProgress', "'agency'", '{ agencyId: string }'),
    CallCentreDistrictCount: withKey('CallCentreDistrictCount', "'district'", '{ district: string }'),
  },
  consulting: {
    ProviderOrganization: '../models#ProviderDoc',
    ConsultantFeeRow: withKey('ConsultantFeeRow', "'consultant'", '{ consultantId: string }'),
    ConsultingSession: '../resolvers#SessionView',
    DistrictActions: withKey('DistrictActions', "'district'", '{ district: string }'),
  },
  outreach: {
    PilotParticipation: '../pilot#ParticipationView',
    CampaignPosting: '../campaigns#Posting',
    NeighbourhoodCareConsortium: '../models#ConsortiumDoc',
    ProgrammeDeliveryReport: '../models#ProgrammeReportDoc',
    DistrictServiceSupply: '../domain#DistrictServiceSupply',
    DistrictDeliverySummary: withKey('DistrictDeliverySummary', "'district'", '{ district: string }'),
  },
};

const serviceOutput = (service: string): CodegenConfig['generates'][string] => ({
  schema: `schemas/${service}.graphql`,
  plugins: ['typescript', 'typescript-resolvers'],
  config: {
    federation: true,
    useTypeImports: true,
    enumsAsTypes: true,
    avoidOptionals: { query: true, mutation: true, defaultValue: true, inputValue: true },
    // A mapper may share its GraphQL type's name (Rate, BudgetLineItem): imported as `<Name>Model`.
    mapperTypeSuffix: 'Model',
    scalars: { Date: 'string', DateTime: 'Date | string', KRW: 'number' },
    // Return values are not checked (see README): parents and arguments are.
    resolverTypeWrapperSignature: 'unknown',
    inputMaybeValue: 'T',
    mappers: { ...docMappers(service), ...EXTRA_MAPPERS[service] },
  },
});

/** The graph clients see: the supergraph without join/link machinery and @inaccessible elements. */
function apiSchema(): string {
  const supergraph = Supergraph.build(readFileSync(join(__dirname, 'schemas', 'supergraph.graphql'), 'utf8'));
  return printSchema(supergraph.apiSchema().toGraphQLJSSchema());
}

/** TypedDocumentNodes (+ result and variables types) for the operations the gateway IDE ships. */
const clientOutput: CodegenConfig['generates'][string] = {
  schema: apiSchema(),
  documents: 'gateway/assets/examples/*.graphql',
  plugins: ['typescript-operations', 'typed-document-node'],
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { Date: 'string', DateTime: 'string', KRW: 'number' },
  },
};

const config: CodegenConfig = {
  generates: {
    ...Object.fromEntries(SERVICES.map((s) => [`services/${s}/src/generated/graphql.ts`, serviceOutput(s)])),
    'packages/client/src/generated/operations.ts': clientOutput,
  },
};
export default config;
