/** The staffing subgraph: schema.graphql → resolvers → models + DataLoaders → events. */
import { keepReference, type ServiceDefinition } from '@pass-graph/platform';
import { CONSUMES } from './events';
import { createLoaders, type Loaders } from './loaders';
import { createModels } from './models';
import { createResolvers } from './resolvers';

export const staffing: ServiceDefinition<Loaders> = {
  name: 'staffing',
  setup: (runtime) => {
    const models = createModels(runtime.db);
    return {
      resolvers: createResolvers(models, runtime),
      createLoaders: createLoaders(models),
      aggregates: [
        models.HeadcountPlan,
        models.HeadcountTarget,
        models.Employee,
        models.Evaluation,
        models.TrainingCourse,
        models.TrainingRecord,
        models.SubstituteWorker,
        models.EmergencyCareWorker,
        models.DispatchTarget,
        models.SubstituteDispatch,
      ],
      handlers: {
        [CONSUMES.AgencyRegistered]: keepReference(models.KnownAgency, 'agencyId'),
        [CONSUMES.FacilityRegistered]: keepReference(models.KnownFacility, 'facilityId'),
        [CONSUMES.ProviderRegistered]: keepReference(models.KnownProvider, 'providerId'),
      },
    };
  },
};
