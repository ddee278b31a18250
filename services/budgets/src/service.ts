/** The budgets subgraph: schema.graphql → resolvers → models + DataLoaders → events. */
import { CONSUMES, type Consumed, type Published } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import { keepReference, type ServiceDefinition } from '@pass-graph/platform';
import { executionHandlers } from './executions';
import { createLoaders, type Loaders } from './loaders';
import { createModels } from './models';
import { createResolvers } from './resolvers';

export const budgets: ServiceDefinition<Loaders, Published, Consumed> = {
  name: 'budgets',
  consumes: CONSUMES,
  setup: (runtime) => {
    const models = createModels(runtime.db);
    const executions = executionHandlers(models, runtime);
    return {
      resolvers: createResolvers(models, runtime),
      createLoaders: createLoaders(models),
      aggregates: [models.BudgetLine, models.Expenditure, models.RejectedExecution, models.FiscalYearBudget],
      handlers: {
        [EventTypes.AgencyRegistered]: keepReference(models.KnownAgency, 'agencyId'),
        [EventTypes.ResolutionAdopted]: keepReference(models.KnownResolution, 'resolutionId'),
        // Each posts at most one execution per fact (dispatch, session, visit, meeting), under the overrun rule.
        [EventTypes.SubstituteDispatchCompleted]: executions.dispatchCompleted,
        [EventTypes.ConsultingSessionHeld]: executions.consultingSessionHeld,
        [EventTypes.CareVisitDelivered]: executions.careVisitDelivered,
        [EventTypes.MeetingHeld]: executions.meetingHeld,
        [EventTypes.InspectionCompleted]: executions.inspectionCompleted,
      },
    };
  },
};
