/** The budgets subgraph: schema.graphql → resolvers → models + DataLoaders → events. */
import { keepReference, PermanentEventError, type DomainEvent, type ServiceDefinition } from '@pass-graph/platform';
import { dispatchExpenditureId, fiscalYearOf } from './domain';
import { CONSUMES, PUBLISHES, type SubstituteDispatchCompletedData } from './events';
import { createLoaders, type Loaders } from './loaders';
import { createModels, type Models } from './models';
import { createResolvers } from './resolvers';
import type { ServiceRuntime } from '@pass-graph/platform';

/**
 * Charges a completed dispatch to its agency's substitute-dispatch line of that fiscal year.
 * The expenditure id is derived from the dispatch, so a redelivered event hits a duplicate
 * key instead of charging twice; the expenditure and its own event are one insert.
 */
async function chargeDispatch(models: Models, runtime: ServiceRuntime, event: DomainEvent): Promise<void> {
  const d = event.data as SubstituteDispatchCompletedData;
  const fiscalYear = fiscalYearOf(d.endDate);
  const line = await models.BudgetLine.findOne({ agencyId: d.agencyId, fiscalYear, purpose: 'SUBSTITUTE_DISPATCH' }).lean();
  if (!line) throw new PermanentEventError('NO_BUDGET_LINE', `no substitute-dispatch budget line for ${d.agencyId} in ${fiscalYear}`);
  const _id = dispatchExpenditureId(d.dispatchId);
  if (await models.Expenditure.exists({ _id })) return;
  const recorded = runtime.outbox.entry(PUBLISHES.ExpenditureRecorded, {
    expenditureId: _id,
    budgetLineId: line._id,
    agencyId: d.agencyId,
    fiscalYear,
    amountKRW: d.costKRW,
    facilityId: d.facilityId,
    dispatchId: d.dispatchId,
    spentOn: d.endDate,
    causationEventId: event.id,
  });
  try {
    await models.Expenditure.create({
      _id,
      budgetLineId: line._id,
      agencyId: d.agencyId,
      fiscalYear,
      amount: d.costKRW,
      spentOn: d.endDate,
      facilityId: d.facilityId,
      dispatchId: d.dispatchId,
      causationEventId: event.id,
      recordedAt: new Date(),
      _outbox: [recorded],
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 11000) return; // recorded by an earlier delivery
    throw error;
  }
  runtime.publish(models.Expenditure, _id);
}

export const budgets: ServiceDefinition<Loaders> = {
  name: 'budgets',
  setup: (runtime) => {
    const models = createModels(runtime.db);
    return {
      resolvers: createResolvers(models, runtime),
      createLoaders: createLoaders(models),
      aggregates: [models.BudgetLine, models.Expenditure, models.FiscalYearBudget],
      handlers: {
        [CONSUMES.AgencyRegistered]: keepReference(models.KnownAgency, 'agencyId'),
        [CONSUMES.ResolutionAdopted]: keepReference(models.KnownResolution, 'resolutionId'),
        [CONSUMES.SubstituteDispatchCompleted]: (event) => chargeDispatch(models, runtime, event),
      },
    };
  },
};
