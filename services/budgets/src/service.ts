/** The budgets subgraph: schema.graphql → resolvers → models + DataLoaders → events. */
import { keepReference, type ServiceDefinition } from '@pass-graph/platform';
import { CONSUMES } from './events';
import { executionHandlers } from './executions';
import { createLoaders, type Loaders } from './loaders';
import { createModels } from './models';
import { createResolvers } from './resolvers';

export const budgets: ServiceDefinition<Loaders> = {
  name: 'budgets',
  setup: (runtime) => {
    const models = createModels(runtime.db);
    const executions = executionHandlers(models, runtime);
    return {
      resolvers: createResolvers(models, runtime),
      createLoaders: createLoaders(models),
      aggregates: [models.BudgetLine, models.Expenditure, models.RejectedExecution, models.FiscalYearBudget],
      handlers: {
        [CONSUMES.AgencyRegistered]: keepReference(models.KnownAgency, 'agencyId'),
        [CONSUMES.ResolutionAdopted]: keepReference(models.KnownResolution, 'resolutionId'),
        // Each posts at most one execution per fact (dispatch, session, visit, meeting), under the overrun rule.
        [CONSUMES.SubstituteDispatchCompleted]: executions.dispatchCompleted,
        [CONSUMES.ConsultingSessionHeld]: executions.consultingSessionHeld,
        [CONSUMES.CareVisitDelivered]: executions.careVisitDelivered,
        [CONSUMES.MeetingHeld]: executions.meetingHeld,
        [CONSUMES.InspectionCompleted]: executions.inspectionCompleted,
      },
    };
  },
};
