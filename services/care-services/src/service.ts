/** The care-services subgraph: schema.graphql → resolvers → models + DataLoaders → events. */
import { CONSUMES, type Consumed, type Published } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import { checkId, keepReference, loadPiiKeyring, PermanentEventError, type ServiceDefinition } from '@pass-graph/platform';
import { receiveCareRequest, requestIdForReferral } from './care';
import { servicesForReferral, type SosService } from './domain';
import { availabilityChanged, dispatchSteps, needsDiscovered } from './feeds';
import { createLoaders, type Loaders } from './loaders';
import { createModels } from './models';
import { createResolvers } from './resolvers';

export const careServices: ServiceDefinition<Loaders, Published, Consumed> = {
  name: 'care-services',
  consumes: CONSUMES,
  setup: (runtime) => {
    const models = createModels(runtime.db);
    // The platform keyring (PII_KEYS, config.ts): refuses the development key in production.
    const keys = loadPiiKeyring(process.env, runtime.config.production);
    if (keys.development)
      runtime.log.warn("PII_KEYS is not set: care recipients' personal data is encrypted with the public development key");
    return {
      resolvers: createResolvers(models, runtime, keys),
      createLoaders: createLoaders(models),
      aggregates: [
        models.Facility,
        models.CareRecipient,
        models.CareRequest,
        models.CareVisit,
        models.Complaint,
        models.SatisfactionSurvey,
      ],
      handlers: {
        [EventTypes.AgencyRegistered]: keepReference(models.KnownAgency, 'agencyId'),
        [EventTypes.DistrictRegistered]: keepReference(models.KnownDistrict, 'name'),
        [EventTypes.EmergencyCareWorkerRegistered]: keepReference(models.KnownWorker, 'workerId'),
        [EventTypes.EmergencyCareWorkerAvailabilityChanged]: availabilityChanged(models),
        ...dispatchSteps(models),
        [EventTypes.NeedsDiscovered]: needsDiscovered(models),
        [EventTypes.ProviderRegistered]: keepReference(models.KnownProvider, 'providerId'),
        [EventTypes.ReferralMade]: async (event) => {
          const r = event.data;
          if (r.target !== 'CARE_SERVICES') return; // referred to another agency: not ours to open
          const id = requestIdForReferral(r.referralId);
          if (!checkId(id).ok)
            throw new PermanentEventError('INVALID_REFERENCE', `referral id "${r.referralId}" cannot key a care request`);
          // One request per referral: a redelivered referral finds its request and changes nothing.
          if (await models.CareRequest.exists({ _id: id })) return;
          await receiveCareRequest(models, runtime, {
            id,
            district: r.district,
            channel: 'REFERRAL',
            requestedServices: servicesForReferral(r.requestedServices as SosService[], r.needs),
            referralId: r.referralId,
            recipientId: null,
            receivedOn: r.referredOn,
          }).catch((error: unknown) => {
            // Two deliveries racing: the loser's insert answers CONFLICT, which means "already opened".
            if ((error as { extensions?: { code?: string } }).extensions?.code === 'CONFLICT') return;
            throw error;
          });
        },
      },
    };
  },
};
