/** The staffing subgraph: schema.graphql → resolvers → models + DataLoaders → events. */
import { CONSUMES, type Consumed, type Published } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import { keepReference, loadPiiKeyring, type ServiceDefinition } from '@pass-graph/platform';
import { applyPersonnelActions, endFacilityEmployment, openHeadcount } from './workforce';
import { createLoaders, type Loaders } from './loaders';
import { createModels } from './models';
import { createResolvers } from './resolvers';

export const staffing: ServiceDefinition<Loaders, Published, Consumed> = {
  name: 'staffing',
  consumes: CONSUMES,
  setup: (runtime) => {
    const models = createModels(runtime.db);
    // Employees' and substitute workers' personal data: the platform keyring (PII_KEYS, config.ts).
    const keys = loadPiiKeyring(process.env, runtime.config.production);
    if (keys.development) runtime.log.warn('PII_KEYS is not set: staff personal data is encrypted with the public development key');
    return {
      resolvers: createResolvers(models, runtime, keys),
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
        [EventTypes.AgencyRegistered]: keepReference(models.KnownAgency, 'agencyId'),
        [EventTypes.OrgUnitRegistered]: keepReference(models.KnownOrgUnit, 'orgUnitId'),
        [EventTypes.FacilityRegistered]: keepReference(models.KnownFacility, 'facilityId'),
        [EventTypes.ProviderRegistered]: keepReference(models.KnownProvider, 'providerId'),
        [EventTypes.FacilityEntrustmentStarted]: async (event) => {
          const e = event.data;
          if (e.authorisedStaff === null) return;
          await openHeadcount(models, runtime, {
            agencyId: e.agencyId,
            facilityId: e.facilityId,
            year: Number(e.entrustmentStart.slice(0, 4)),
            authorised: e.authorisedStaff,
          });
        },
        [EventTypes.ResolutionAdopted]: (event) => applyPersonnelActions(models, runtime, event.data),
        [EventTypes.FacilityEntrustmentEnded]: async (event) => {
          const e = event.data;
          await endFacilityEmployment(models, runtime, e.facilityId, e.endedOn);
        },
      },
    };
  },
};
