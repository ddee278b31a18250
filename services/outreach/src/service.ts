/** The outreach subgraph: schemas/outreach.graphql → resolvers → models + DataLoaders → events. */
import { CONSUMES, type Consumed, type Published } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import type { ServiceDefinition } from '@pass-graph/platform';
import { applyCareOutcome, onReceived, onResolved } from './referrals';
import { createLoaders, type Loaders } from './loaders';
import { createModels } from './models';
import { createResolvers } from './resolvers';
import { checkHouseholdIds } from './domain';

export const outreach: ServiceDefinition<Loaders, Published, Consumed> = {
  name: 'outreach',
  consumes: CONSUMES,
  setup: (runtime) => {
    checkHouseholdIds(!runtime.config.switchedOff.has('personal-data-checks'));
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
        [EventTypes.CareRequestReceived]: (event) => applyCareOutcome(models.Referral, event.data, onReceived),
        [EventTypes.CareRequestResolved]: (event) => applyCareOutcome(models.Referral, event.data, onResolved),
      },
    };
  },
};
