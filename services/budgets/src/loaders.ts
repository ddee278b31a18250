import DataLoader from 'dataloader';
import { byIdLoader, groupLoader, trusted } from '@pass-graph/platform';
import type { BudgetModels as Models, ExpenditureDoc } from './models';

/** Expenditures of dispatches, by dispatch id: one query per request. */
function byDispatchLoader(models: Models): DataLoader<string, ExpenditureDoc | null> {
  return new DataLoader(async (dispatchIds) => {
    const rows = await models.Expenditure.find({ dispatchId: trusted({ $in: [...dispatchIds] }) }).lean();
    const map = new Map(rows.map((r) => [r.dispatchId, r]));
    return dispatchIds.map((id) => map.get(id) ?? null);
  });
}

export const createLoaders = (models: Models) => () => ({
  budgetLine: byIdLoader(models.BudgetLine),
  expenditure: byIdLoader(models.Expenditure),
  expendituresByLine: groupLoader(models.Expenditure, 'budgetLineId'),
  expendituresByFacility: groupLoader(models.Expenditure, 'facilityId'),
  expenditureByDispatch: byDispatchLoader(models),
  expendituresByCase: groupLoader(models.Expenditure, 'consultingCaseId'),
  unbudgetedByCase: groupLoader(models.UnbudgetedExecution, 'consultingCaseId'),
  unbudgetedByFacility: groupLoader(models.UnbudgetedExecution, 'facilityId'),
  rejectedByLine: groupLoader(models.RejectedExecution, 'budgetLineId'),
});
export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
