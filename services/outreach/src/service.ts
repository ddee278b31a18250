/** The outreach subgraph: schemas/outreach.graphql → resolvers → models + DataLoaders → events. */
import type { ServiceDefinition } from '@pass-graph/platform';
import { createLoaders, type Loaders } from './loaders';
import { createModels } from './models';
import { createResolvers } from './resolvers';

export const outreach: ServiceDefinition<Loaders> = {
  name: 'outreach',
  setup: (runtime) => {
    const models = createModels(runtime.db);
    return {
      resolvers: createResolvers(models, runtime),
      createLoaders: createLoaders(models),
      aggregates: [models.Consortium, models.ProgrammeReport, models.CommunityCentre, models.OutreachVisit, models.PilotProgram],
    };
  },
};
