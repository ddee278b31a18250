/** The staffing subgraph: schema.graphql → resolvers → models + DataLoaders → events. */
import { keepReference, loadPiiKeyring, type ServiceDefinition } from '@pass-graph/platform';
import { CONSUMES, type EntrustmentEndedData, type EntrustmentStartedData, type ResolutionAdoptedData } from './events';
import { applyPersonnelActions, endFacilityEmployment, openHeadcount } from './workforce';
import { createLoaders, type Loaders } from './loaders';
import { createModels } from './models';
import { createResolvers } from './resolvers';

export const staffing: ServiceDefinition<Loaders> = {
  name: 'staffing',
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
        [CONSUMES.AgencyRegistered]: keepReference(models.KnownAgency, 'agencyId'),
        [CONSUMES.OrgUnitRegistered]: keepReference(models.KnownOrgUnit, 'orgUnitId'),
        [CONSUMES.FacilityRegistered]: keepReference(models.KnownFacility, 'facilityId'),
        [CONSUMES.ProviderRegistered]: keepReference(models.KnownProvider, 'providerId'),
        [CONSUMES.FacilityEntrustmentStarted]: async (event) => {
          const e = event.data as EntrustmentStartedData;
          if (e.authorisedStaff === null) return;
          await openHeadcount(models, runtime, {
            agencyId: e.agencyId,
            facilityId: e.facilityId,
            year: Number(e.entrustmentStart.slice(0, 4)),
            authorised: e.authorisedStaff,
          });
        },
        [CONSUMES.ResolutionAdopted]: (event) => applyPersonnelActions(models, runtime, event.data as ResolutionAdoptedData),
        [CONSUMES.FacilityEntrustmentEnded]: async (event) => {
          const e = event.data as EntrustmentEndedData;
          await endFacilityEmployment(models, runtime, e.facilityId, e.endedOn);
        },
      },
    };
  },
};
