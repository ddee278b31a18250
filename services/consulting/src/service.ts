/** The consulting subgraph: schema.graphql → resolvers → models + DataLoaders → events. */
import { CONSUMES, type Consumed, type Published } from './contract';
import type { ServiceDefinition } from '@pass-graph/platform';
import { createLoaders, type Loaders } from './loaders';
import { createModels } from './models';
import { createResolvers } from './resolvers';

export const consulting: ServiceDefinition<Loaders, Published, Consumed> = {
  name: 'consulting',
  consumes: CONSUMES,
  setup: (runtime) => {
    const models = createModels(runtime.db);
    return {
      resolvers: createResolvers(models, runtime),
      createLoaders: createLoaders(models),
      aggregates: [
        models.Provider,
        models.Consultant,
        models.ConsultingProgram,
        models.ConsultingCase,
        models.InspectionResult,
        models.ReportedInspectionTotals,
        models.Inspection,
        models.SatisfactionSurvey,
        models.ProviderTraining,
        models.OnlineInquiry,
      ],
      // No handlers: consulting consumes nothing, so it serves and accepts writes while Kafka is down (outbox).
    };
  },
};
