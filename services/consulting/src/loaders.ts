import DataLoader from 'dataloader';
import { byIdLoader, groupLoader, trusted } from '@pass-graph/platform';
import type { ConsultingCaseDoc, Models } from './models';

/** Cases per consultant: `consultantIds` is an array, so one `$in` and the grouping here. */
const casesByConsultant = (models: Models) =>
  new DataLoader<string, ConsultingCaseDoc[]>(async (ids) => {
    const docs = await models.ConsultingCase.find({ consultantIds: trusted({ $in: [...ids] }) })
      .sort({ _id: 1 })
      .lean<ConsultingCaseDoc[]>()
      .exec();
    return ids.map((id) => docs.filter((d) => d.consultantIds.includes(id)));
  });

export const createLoaders = (models: Models) => () => ({
  provider: byIdLoader(models.Provider),
  consultant: byIdLoader(models.Consultant),
  program: byIdLoader(models.ConsultingProgram),
  consultingCase: byIdLoader(models.ConsultingCase),
  inspection: byIdLoader(models.Inspection),
  inspectionResult: byIdLoader(models.InspectionResult),
  reportedTotals: byIdLoader(models.ReportedInspectionTotals),
  providerTraining: byIdLoader(models.ProviderTraining),
  onlineInquiry: byIdLoader(models.OnlineInquiry),
  casesByProvider: groupLoader(models.ConsultingCase, 'providerId'),
  casesByProgram: groupLoader(models.ConsultingCase, 'programId'),
  casesByConsultant: casesByConsultant(models),
  inspectionsByProvider: groupLoader(models.Inspection, 'providerId'),
});
export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
