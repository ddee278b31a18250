import { byIdLoader, groupLoader } from '@pass-graph/platform';
import type { Models } from './models';

export const createLoaders = (models: Models) => () => ({
  provider: byIdLoader(models.Provider),
  consultant: byIdLoader(models.Consultant),
  consultingCase: byIdLoader(models.ConsultingCase),
  inspectionResult: byIdLoader(models.InspectionResult),
  reportedTotals: byIdLoader(models.ReportedInspectionTotals),
  casesByProvider: groupLoader(models.ConsultingCase, 'providerId'),
  casesByConsultant: groupLoader(models.ConsultingCase, 'consultantId'),
});
export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
