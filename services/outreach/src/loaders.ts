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
  visitsByDistrict: groupLoader(models.OutreachVisit, 'district'),
  visitsByHousehold: groupLoader(models.OutreachVisit, 'householdId'),
  referral: byIdLoader(models.Referral),
  referralsByVisit: groupLoader(models.Referral, 'visitId'),
  referralsByCase: groupLoader(models.Referral, 'caseId'),
  referralsByHousehold: groupLoader(models.Referral, 'householdId'),
  referralsByDistrict: groupLoader(models.Referral, 'district'),
  case: byIdLoader(models.Case),
  humanRightsCase: byIdLoader(models.HumanRightsCase),
  campaign: byIdLoader(models.Campaign),
  casesByHousehold: groupLoader(models.Case, 'householdId'),
  participationsByDistrict: participationsByDistrictLoader(models),
  publicPrivateCouncil: byIdLoader(models.PublicPrivateCouncil),
  councilsByDistrict: groupLoader(models.PublicPrivateCouncil, 'district'),
  networkMeeting: byIdLoader(models.NetworkMeeting),
  meetingsByCouncil: groupLoader(models.NetworkMeeting, 'councilId'),
  communityVolunteer: byIdLoader(models.CommunityVolunteer),
  visitsByVolunteer: groupLoader(models.OutreachVisit, 'volunteerId'),
});
export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
