import { byIdLoader, groupLoader } from '@pass-graph/platform';
import type { Models } from './models';
import { participationsByDistrictLoader } from './pilot';

export const createLoaders = (models: Models) => () => ({
  consortium: byIdLoader(models.Consortium),
  communityCentre: byIdLoader(models.CommunityCentre),
  outreachVisit: byIdLoader(models.OutreachVisit),
  programmeReport: byIdLoader(models.ProgrammeReport),
  visitsByCentre: groupLoader(models.OutreachVisit, 'communityCentreId'),
  centresByDistrict: groupLoader(models.CommunityCentre, 'district'),
  pilotProgram: byIdLoader(models.PilotProgram),
  participationsByDistrict: participationsByDistrictLoader(models),
});
export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
