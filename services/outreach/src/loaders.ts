import { byIdLoader, groupLoader } from '@pass-graph/platform';
import type { Models } from './models';

export const createLoaders = (models: Models) => () => ({
  consortium: byIdLoader(models.Consortium),
  communityCentre: byIdLoader(models.CommunityCentre),
  outreachVisit: byIdLoader(models.OutreachVisit),
  programmeReport: byIdLoader(models.ProgrammeReport),
  visitsByCentre: groupLoader(models.OutreachVisit, 'communityCentreId'),
});
export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
