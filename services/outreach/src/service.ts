/** The outreach subgraph: schemas/outreach.graphql → resolvers → models + DataLoaders → events. */
import type { ServiceDefinition } from '@pass-graph/platform';
import { CONSUMES } from './events';
import { applyCareOutcome, onReceived, onResolved, type CareRequestReceivedData, type CareRequestResolvedData } from './referrals';
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
      aggregates: [
        models.Consortium,
        models.ProgrammeReport,
        models.CommunityCentre,
        models.OutreachVisit,
        models.PilotProgram,
        models.Referral,
        models.Case,
        models.HumanRightsCase,
        models.Campaign,
        models.PublicPrivateCouncil,
        models.NetworkMeeting,
        models.CommunityVolunteer,
      ],
      // care-services' answers to our referrals close the loop (idempotent; unknown referral ids are dead-lettered).
      handlers: {
        [CONSUMES.CareRequestReceived]: (event) => applyCareOutcome(models.Referral, event.data as CareRequestReceivedData, onReceived),
        [CONSUMES.CareRequestResolved]: (event) => applyCareOutcome(models.Referral, event.data as CareRequestResolvedData, onResolved),
      },
    };
  },
};
