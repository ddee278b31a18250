import { byIdLoader, groupLoader } from '@pass-graph/platform';
import type { Models } from './models';

/** A fresh set per request: one query per entity type and relation, whatever the list size. */
export const createLoaders = (models: Models) => () => ({
  knownFacility: byIdLoader(models.KnownFacility),
  knownProvider: byIdLoader(models.KnownProvider),
  worker: byIdLoader(models.SubstituteWorker),
  employee: byIdLoader(models.Employee),
  dispatch: byIdLoader(models.SubstituteDispatch),
  course: byIdLoader(models.TrainingCourse),
  emergencyWorker: byIdLoader(models.EmergencyCareWorker),
  dispatchesByFacility: groupLoader(models.SubstituteDispatch, 'facilityId'),
  plansByFacility: groupLoader(models.HeadcountPlan, 'facilityId', { year: -1 }),
  employeesByFacility: groupLoader(models.Employee, 'facilityId'),
  trainingByEmployee: groupLoader(models.TrainingRecord, 'employeeId', { completedOn: 1 }),
  evaluationsByEmployee: groupLoader(models.Evaluation, 'employeeId', { year: 1 }),
});
export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
