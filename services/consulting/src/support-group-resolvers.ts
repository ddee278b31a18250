/** Read-only resolvers of the support group (`Query.supportGroup` and its fields), over the printed report. */
import { budgetView, currentStage, viewLine, type DevelopedService, type LifecycleStep } from './support-group';
import { DEVELOPED_SERVICES, EVALUATIONS, SUPPORT_GROUP, SUPPORT_GROUP_BUDGET, WORK_PROGRAMME } from './support-group-report';

export type SupportGroupDoc = typeof SUPPORT_GROUP;
export type DevelopedServiceDoc = DevelopedService;
export type DevelopedServiceStepDoc = LifecycleStep;

export const supportGroupResolvers = {
  Query: {
    supportGroup: (): SupportGroupDoc => SUPPORT_GROUP,
  },
  SupportGroup: {
    runByAgency: () => false,
    budget: () => budgetView(SUPPORT_GROUP_BUDGET.fiscalYear, SUPPORT_GROUP_BUDGET.reported, SUPPORT_GROUP_BUDGET.shares),
    workProgramme: (_: SupportGroupDoc, args: { year?: number | null }) =>
      WORK_PROGRAMME.filter((y) => args.year == null || y.year === args.year).map((y) => ({
        year: y.year,
        periodEnd: y.periodEnd,
        partial: y.partial,
        items: y.lines.map(viewLine),
      })),
    evaluations: (_: SupportGroupDoc, args: { year?: number | null }) =>
      EVALUATIONS.filter((e) => args.year == null || e.year === args.year),
    developedServices: (): DevelopedServiceDoc[] => DEVELOPED_SERVICES,
  },
  DevelopedService: {
    stage: (s: DevelopedServiceDoc) => {
      const r = currentStage(s);
      return r.ok ? r.value : null;
    },
  },
  DevelopedServiceStep: {
    change: (s: DevelopedServiceStepDoc) => s.change,
    district: (s: DevelopedServiceStepDoc) => (s.district === null ? null : { name: s.district }),
  },
};
