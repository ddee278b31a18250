import { byIdLoader, groupLoader } from '@pass-graph/platform';
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
  factsBySource: groupLoader(models.KpiFact, 'source'),
});
export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
