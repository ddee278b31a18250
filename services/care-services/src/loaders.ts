import { byIdLoader, groupLoader } from '@pass-graph/platform';
import type { Models } from './models';

/** A fresh set per request: one query per entity type and relation, whatever the list size. */
export const createLoaders = (models: Models) => () => ({
  facility: byIdLoader(models.Facility),
  recipient: byIdLoader(models.CareRecipient),
  request: byIdLoader(models.CareRequest),
  visit: byIdLoader(models.CareVisit),
  visitsByRecipient: groupLoader(models.CareVisit, 'recipientId'),
  complaint: byIdLoader(models.Complaint),
  surveysByFacility: groupLoader(models.SatisfactionSurvey, 'facilityId'),
  monitoring: byIdLoader(models.FacilityMonitoring),
  diagnosesByMonitoring: groupLoader(models.OrganizationalDiagnosis, 'monitoringId'),
  dispatchesByFacility: groupLoader(models.FacilityDispatch, 'facilityId'),
});
export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
