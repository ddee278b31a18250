import DataLoader from 'dataloader';
import { byIdLoader, groupLoader, trusted } from '@pass-graph/platform';
import type { GovernanceModels as Models } from './models';

export const createLoaders = (models: Models) => () => ({
  agency: byIdLoader(models.Agency),
  /** Keyed by the full Korean name (the District `_id`). */
  district: byIdLoader(models.District),
  boardMember: byIdLoader(models.BoardMember),
  /** Every member (past and present) of each agency's board, for `Agency.boardMembers`. */
  boardMembersByAgency: groupLoader(models.BoardMember, 'agencyId'),
  orgUnit: byIdLoader(models.OrgUnit),
  orgUnitsByAgency: groupLoader(models.OrgUnit, 'agencyId'),
  committee: byIdLoader(models.Committee),
  meetingsByCommittee: groupLoader(models.Meeting, 'committeeId', { heldOn: 1 }),
  resolutionsByMeeting: groupLoader(models.Resolution, 'meetingId'),
  strategyNode: byIdLoader(models.StrategyNode),
  nodesByParent: groupLoader(models.StrategyNode, 'parentId'),
  planItem: byIdLoader(models.PlanItem),
  planItemsByProject: groupLoader(models.PlanItem, 'projectId'),
  indicator: byIdLoader(models.Indicator),
  indicatorsByPlanItem: groupLoader(models.Indicator, 'planItemId'),
  factsBySource: groupLoader(models.KpiFact, 'source'),
  knownProvider: byIdLoader(models.KnownProvider),
  agencyRegion: new DataLoader<string, string | null>(async (ids) => {
    const agencies = await models.Agency.find({ _id: trusted({ $in: [...ids] }) }, { region: 1 }).lean();
    const byId = new Map(agencies.map((a) => [a._id, a.region]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
});
export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
