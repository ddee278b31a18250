/** The staffing subgraph: schema.graphql → resolvers → models + DataLoaders → events. */
import type { DomainEvent, ServiceDefinition } from '@pass-graph/platform';
import { CONSUMES, type FacilityRegisteredData } from './events';
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
      aggregates: [models.HeadcountPlan, models.Employee, models.SubstituteWorker, models.SubstituteDispatch],
      handlers: {
        // An upsert of the same facts: applying it twice changes nothing.
        [CONSUMES.FacilityRegistered]: async (event: DomainEvent) => {
          const f = event.data as FacilityRegisteredData;
          await models.KnownFacility.updateOne(
            { _id: f.facilityId },
            { $set: { agencyId: f.operatorId, name: f.name, district: f.district, sourceEventId: event.id } },
            { upsert: true },
          );
        },
      },
    };
  },
};
