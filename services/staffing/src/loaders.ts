import DataLoader from 'dataloader';
import { byIdLoader, groupLoader } from '@pass-graph/platform';
import type { Models } from './models';

/** Active employees per facility: one `$match` + single-`$sum` `$group` (a stage FerretDB v1 gets right). */
function activeHeadcountLoader(models: Models): DataLoader<string, number> {
  return new DataLoader<string, number>(async (facilityIds) => {
    const rows = await models.Employee.aggregate<{ _id: string; n: number }>([
      { $match: { facilityId: { $in: [...facilityIds] }, status: 'ACTIVE' } },
      { $group: { _id: '$facilityId', n: { $sum: 1 } } },
    ]);
    const counts = new Map(rows.map((r) => [r._id, r.n]));
    return facilityIds.map((id) => counts.get(id) ?? 0);
  });
}

export const createLoaders = (models: Models) => () => ({
  knownFacility: byIdLoader(models.KnownFacility),
  worker: byIdLoader(models.SubstituteWorker),
  employee: byIdLoader(models.Employee),
  dispatch: byIdLoader(models.SubstituteDispatch),
  dispatchesByFacility: groupLoader(models.SubstituteDispatch, 'facilityId'),
  plansByFacility: groupLoader(models.HeadcountPlan, 'facilityId', { year: -1 }),
  activeHeadcount: activeHeadcountLoader(models),
});
export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
