/** The governance subgraph: schema.graphql → resolvers → models + DataLoaders → events. */
import { CONSUMES, type Consumed, type Published } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import { keepReference, type ServiceDefinition, type SubgraphContext } from '@pass-graph/platform';
import type { GraphQLFieldResolver } from 'graphql';
import { auditEntryModel, auditHandlers, auditTrail, sweepAuditTrail, type AuditTrailArgs } from './audit-trail';
import { createLoaders, type Loaders } from './loaders';
import { createModels } from './models';
import type { QueryResolvers } from './generated/graphql';
import { createResolvers } from './resolvers';
import { kpiHandlers } from './strategy';

export const governance: ServiceDefinition<Loaders, Published, Consumed> = {
  name: 'governance',
  consumes: CONSUMES,
  setup: (runtime) => {
    const models = createModels(runtime.db);
    const auditEntries = auditEntryModel(runtime.db);
    const resolvers = createResolvers(models, runtime);
    return {
      resolvers: {
        ...resolvers,
        Query: {
          ...(resolvers['Query'] as Record<string, GraphQLFieldResolver<unknown, unknown>>),
          auditTrail: ((_: unknown, args: AuditTrailArgs) => auditTrail(auditEntries, args)) satisfies QueryResolvers<
            SubgraphContext<Loaders>
          >['auditTrail'],
        },
      },
      createLoaders: createLoaders(models),
      aggregates: [
        models.Agency,
        models.District,
        models.BoardMember,
        models.OrgUnit,
        models.Committee,
        models.Meeting,
        models.Resolution,
        models.StrategyNode,
        models.PlanItem,
        models.Indicator,
        models.Regulation,
        models.Audit,
        models.OutsourcingContract,
      ],
      // KPI actuals are fed by other services' events (see strategy.ts).
      handlers: {
        ...kpiHandlers(models),
        ...auditHandlers(auditEntries),
        [EventTypes.ProviderRegistered]: keepReference(models.KnownProvider, 'providerId'),
      },
      sweep: () => sweepAuditTrail(auditEntries, runtime.config.auditRetentionDays),
    };
  },
};
