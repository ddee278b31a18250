/** The care-services subgraph: schema.graphql → resolvers → models + DataLoaders → events. */
import { keepReference, type ServiceDefinition } from '@pass-graph/platform';
import { CONSUMES } from './events';
import { createLoaders, type Loaders } from './loaders';
import { createModels } from './models';
import { createResolvers } from './resolvers';

export const careServices: ServiceDefinition<Loaders> = {
  name: 'care-services',
  setup: (runtime) => {
    const models = createModels(runtime.db);
    return {
      resolvers: createResolvers(models, runtime),
      createLoaders: createLoaders(models),
      aggregates: [models.Facility],
      handlers: {
        [CONSUMES.AgencyRegistered]: keepReference(models.KnownAgency, 'agencyId'),
        [CONSUMES.DistrictRegistered]: keepReference(models.KnownDistrict, 'name'),
      },
    };
  },
};
