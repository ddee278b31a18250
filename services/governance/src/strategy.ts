/**
 * Strategy tree and performance indicators.
 *
 * Vision (비전, with its 경영목표) → StrategicTask (전략과제) → PracticeProject (실천과제) →
 * BusinessPlanItem (세부사업, e.g. S12). PerformanceIndicators (성과지표) carry a target; those
 * with a `source` get their actual from other services' events: each event becomes a *fact*
 * keyed by what it counts (a dispatch, a facility, a training session), so a redelivered or
 * re-published event never counts twice and a replay from offset 0 rebuilds the same actuals.
 */
import type { Runtime } from './contract';
import { EventTypes, type EventsIn } from '@pass-graph/contracts';
import {
  all,
  badInput,
  checkEnum,
  checkId,
  checkInt,
  checkText,
  err,
  insertAggregate,
  notFound,
  ok,
  aggregateSchema,
  unwrap,
  type DomainEvent,
  type EventHandlers,
  type Result,
  type SubgraphContext,
} from '@pass-graph/platform';
import type DataLoader from 'dataloader';
import { Schema, type Connection } from 'mongoose';

export const NODE_KINDS = ['VISION', 'TASK', 'PROJECT'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
const PARENT_KIND: Record<NodeKind, NodeKind | null> = { VISION: null, TASK: 'VISION', PROJECT: 'TASK' };

/** Where an indicator's actual comes from. */
export const KPI_SOURCES = ['DISPATCHES_COMPLETED', 'FACILITIES_ENTRUSTED', 'TRAINING_SESSIONS', 'STAGED_CONSULTING_CASES'] as const;
export type KpiSource = (typeof KPI_SOURCES)[number];

export interface StrategyNodeDoc {
  _id: string;
  agencyId: string;
  year: number;
  kind: NodeKind;
  parentId: string | null;
  order: number;
  title: string;
  /** 경영목표, for a VISION. */
  goal: string | null;
}

export interface PlanItemDoc {
  _id: string;
  agencyId: string;
  year: number;
  code: string;
  title: string;
  titleEn: string | null;
  team: string;
  projectId: string | null;
  nonBudget: boolean;
  /** 천원 as printed; budgets owns the money, this is the plan's own figure. */
  statedBudgetThousandKRW: number | null;
  fundingNote: string | null;
}

export interface IndicatorDoc {
  _id: string;
  agencyId: string;
  /** The business-plan item the indicator measures, when one does. */
  planItemId: string | null;
  year: number;
  category: string;
  name: string;
  measure: string;
  target: number;
  unit: string;
  source: KpiSource | null;
}

export interface KpiFactDoc {
  /** `<source>:<key>`: one fact per thing counted. */
  _id: string;
  source: KpiSource;
  /** Null when the event names no agency (consulting): resolved at read time from the provider's district. */
  agencyId: string | null;
  providerId: string | null;
  year: number;
  month: number;
  causationEventId: string;
}

// ---------------------------------------------------------------- rules

export interface KpiActual {
  actual: number;
  achievementRate: number;
  byMonth: { month: number; count: number }[];
}

export function kpiActual(target: number, facts: Pick<KpiFactDoc, 'month'>[]): KpiActual {
  const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, count: facts.filter((f) => f.month === i + 1).length }));
  return { actual: facts.length, achievementRate: target > 0 ? facts.length / target : 0, byMonth };
}

/** The event types a KPI source counts (see `factOf`). */
export const KPI_EVENTS = [
  EventTypes.SubstituteDispatchCompleted,
  EventTypes.ConsultingCaseClosed,
  EventTypes.FacilityEntrustmentStarted,
  EventTypes.TrainingCompleted,
] as const;
type KpiEvents = EventsIn<typeof KPI_EVENTS>;
/** A consumed event a KPI source counts, its payload typed by its type. */
export type KpiEvent = { [K in keyof KpiEvents]: Pick<DomainEvent<KpiEvents[K]>, 'id' | 'data'> & { type: K } }[keyof KpiEvents];

/** Turns a consumed event into the fact it contributes, or null when it counts towards nothing. */
export function factOf(event: KpiEvent): Omit<KpiFactDoc, 'causationEventId'> | null {
  const at = (date: string) => ({ year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) });
  switch (event.type) {
    case EventTypes.SubstituteDispatchCompleted: {
      const d = event.data;
      return {
        _id: `DISPATCHES_COMPLETED:${d.dispatchId}`,
        source: 'DISPATCHES_COMPLETED',
        agencyId: d.agencyId,
        providerId: null,
        ...at(d.endDate),
      };
    }
    case EventTypes.ConsultingCaseClosed: {
      const d = event.data;
      // A staged case counts once it is closed after its monitoring; a declined one never does.
      if (d.program !== 'STAGED' || d.outcome !== 'CLOSED') return null;
      return {
        _id: `STAGED_CONSULTING_CASES:${d.caseId}`,
        source: 'STAGED_CONSULTING_CASES',
        agencyId: null,
        providerId: d.providerId,
        ...at(d.closedOn),
      };
    }
    case EventTypes.FacilityEntrustmentStarted: {
      const d = event.data;
      return {
        _id: `FACILITIES_ENTRUSTED:${d.facilityId}`,
        source: 'FACILITIES_ENTRUSTED',
        agencyId: d.agencyId,
        providerId: null,
        ...at(d.entrustmentStart),
      };
    }
    case EventTypes.TrainingCompleted: {
      const d = event.data;
      // A session is a course held on a day, however many attend it.
      return {
        _id: `TRAINING_SESSIONS:${d.agencyId}:${d.courseId}:${d.completedOn}`,
        source: 'TRAINING_SESSIONS',
        agencyId: d.agencyId,
        providerId: null,
        ...at(d.completedOn),
      };
    }
    default:
      return null;
  }
}

export interface StrategyNodeInput {
  id: string;
  agencyId: string;
  year: number;
  kind: NodeKind;
  parentId?: string | null;
  order: number;
  title: string;
  goal?: string | null;
}

export function validateNode(
  input: StrategyNodeInput,
  parent: Pick<StrategyNodeDoc, 'kind' | 'agencyId' | 'year'> | null,
): Result<StrategyNodeDoc> {
  const v = all({
    id: checkId(input.id),
    agencyId: checkId(input.agencyId, 'agencyId'),
    year: checkInt(input.year, 'year', 2000, 2100),
    kind: checkEnum(input.kind, NODE_KINDS, 'kind'),
    order: checkInt(input.order, 'order', 1, 100),
    title: checkText(input.title, 'title', 200),
    goal: input.goal == null ? ok(null) : checkText(input.goal, 'goal', 200),
  });
  if (!v.ok) return v;
  const wanted = PARENT_KIND[v.value.kind];
  if (wanted === null && input.parentId != null) return err(badInput('a VISION has no parent', 'parentId'));
  if (wanted !== null && (parent === null || parent.kind !== wanted))
    return err(badInput(`a ${v.value.kind} hangs under a ${wanted}`, 'parentId'));
  if (parent && (parent.agencyId !== v.value.agencyId || parent.year !== v.value.year))
    return err(badInput('the parent belongs to another plan', 'parentId'));
  if (v.value.kind !== 'VISION' && v.value.goal !== null) return err(badInput('only a VISION carries a goal', 'goal'));
  const { id, ...rest } = v.value;
  return ok({ _id: id, ...rest, parentId: input.parentId ?? null });
}

// ---------------------------------------------------------------- data access

export function createStrategyModels(db: Connection) {
  const str = { type: String, required: true };
  const optStr = { type: String, default: null };
  const num = { type: Number, required: true };
  return {
    StrategyNode: db.model<StrategyNodeDoc>(
      'StrategyNode',
      aggregateSchema<StrategyNodeDoc>(
        'strategy_nodes',
        {
          agencyId: str,
          year: num,
          kind: str,
          parentId: optStr,
          order: num,
          title: str,
          goal: optStr,
        },
        {
          indexes: [
            { parentId: 1, _id: 1 },
            { agencyId: 1, year: 1, _id: 1 },
          ],
        },
      ),
    ),
    PlanItem: db.model<PlanItemDoc>(
      'PlanItem',
      aggregateSchema<PlanItemDoc>(
        'plan_items',
        {
          agencyId: str,
          year: num,
          code: str,
          title: str,
          titleEn: optStr,
          team: str,
          projectId: optStr,
          nonBudget: { type: Boolean, required: true },
          statedBudgetThousandKRW: { type: Number, default: null },
          fundingNote: optStr,
        },
        {
          indexes: [
            { projectId: 1, _id: 1 },
            { agencyId: 1, year: 1, _id: 1 },
          ],
        },
      ),
    ),
    Indicator: db.model<IndicatorDoc>(
      'Indicator',
      aggregateSchema<IndicatorDoc>(
        'indicators',
        {
          agencyId: str,
          planItemId: optStr,
          year: num,
          category: str,
          name: str,
          measure: str,
          target: num,
          unit: str,
          source: optStr,
        },
        {
          indexes: [
            { planItemId: 1, _id: 1 },
            { agencyId: 1, year: 1, _id: 1 },
          ],
        },
      ),
    ),
    KpiFact: db.model<KpiFactDoc>(
      'KpiFact',
      aggregateSchema<KpiFactDoc>(
        'kpi_facts',
        { source: str, agencyId: optStr, providerId: optStr, year: num, month: num, causationEventId: str },
        { outbox: false, indexes: [{ source: 1, _id: 1 }] },
      ),
    ),
  };
}
export type StrategyModels = ReturnType<typeof createStrategyModels>;

/** One handler for every event type a KPI source counts; the fact's id makes it idempotent. */
export function kpiHandlers(models: StrategyModels): EventHandlers<KpiEvents> {
  const record = async (event: KpiEvent): Promise<void> => {
    const fact = factOf(event);
    if (!fact) return;
    await models.KpiFact.updateOne({ _id: fact._id }, { $setOnInsert: { ...fact, causationEventId: event.id } }, { upsert: true });
  };
  return {
    [EventTypes.SubstituteDispatchCompleted]: (e) => record({ ...e, type: EventTypes.SubstituteDispatchCompleted }),
    [EventTypes.FacilityEntrustmentStarted]: (e) => record({ ...e, type: EventTypes.FacilityEntrustmentStarted }),
    [EventTypes.TrainingCompleted]: (e) => record({ ...e, type: EventTypes.TrainingCompleted }),
    [EventTypes.ConsultingCaseClosed]: (e) => record({ ...e, type: EventTypes.ConsultingCaseClosed }),
  };
}

// ---------------------------------------------------------------- graph

interface StrategyLoaders {
  agency: DataLoader<string, unknown>;
  strategyNode: DataLoader<string, StrategyNodeDoc | null>;
  nodesByParent: DataLoader<string, StrategyNodeDoc[]>;
  planItem: DataLoader<string, PlanItemDoc | null>;
  planItemsByProject: DataLoader<string, PlanItemDoc[]>;
  factsBySource: DataLoader<string, KpiFactDoc[]>;
  indicator: DataLoader<string, IndicatorDoc | null>;
  indicatorsByPlanItem: DataLoader<string, IndicatorDoc[]>;
  /** Consulting's providers (district) and governance's districts (province) and agencies (region). */
  knownProvider: DataLoader<string, { data: { district: string } } | null>;
  district: DataLoader<string, { province: string } | null>;
  agencyRegion: DataLoader<string, string | null>;
}

export function strategyResolvers<L extends StrategyLoaders>(models: StrategyModels, runtime: Runtime) {
  type Ctx = SubgraphContext<L>;
  const { outbox, publish } = runtime;
  /** A consulting fact belongs to the agency whose region holds the provider's district. */
  const agencyOfFact = async (f: KpiFactDoc, ctx: Ctx): Promise<string | null> => {
    if (f.agencyId != null) return f.agencyId; // a stored null may come back absent
    if (f.providerId == null) return null;
    const provider = await ctx.loaders.knownProvider.load(f.providerId);
    const district = provider ? await ctx.loaders.district.load(provider.data.district) : null;
    return district ? `region:${district.province}` : null;
  };
  const actualOf = async (i: IndicatorDoc, ctx: Ctx): Promise<KpiActual | null> => {
    if (!i.source) return null;
    const region = await ctx.loaders.agencyRegion.load(i.agencyId);
    const facts = (await ctx.loaders.factsBySource.load(i.source)).filter((f) => f.year === i.year);
    const owners = await Promise.all(facts.map((f) => agencyOfFact(f, ctx)));
    return kpiActual(
      i.target,
      facts.filter((_, n) => owners[n] === i.agencyId || owners[n] === `region:${region}`),
    );
  };
  return {
    Query: {
      strategy: async (_: unknown, args: { agencyId: string; year: number }) => {
        const agencyId = unwrap(checkId(args.agencyId, 'agencyId'));
        const year = unwrap(checkInt(args.year, 'year', 2000, 2100));
        const [nodes, items] = await Promise.all([
          models.StrategyNode.find({ agencyId, year }).sort({ _id: 1 }).lean(),
          models.PlanItem.find({ agencyId, year }).sort({ _id: 1 }).lean(),
        ]);
        const visions = nodes.filter((n) => n.kind === 'VISION').sort((a, b) => a.order - b.order);
        return {
          agencyId,
          year,
          visions,
          counts: {
            visions: visions.length,
            goals: new Set(visions.map((v) => v.goal).filter(Boolean)).size,
            strategicTasks: nodes.filter((n) => n.kind === 'TASK').length,
            practiceProjects: nodes.filter((n) => n.kind === 'PROJECT').length,
            businessPlanItems: items.length,
          },
        };
      },
      businessPlanItem: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.planItem.load(unwrap(checkId(args.id))),
      performanceIndicators: (_: unknown, args: { agencyId: string; year: number }) =>
        models.Indicator.find({
          agencyId: unwrap(checkId(args.agencyId, 'agencyId')),
          year: unwrap(checkInt(args.year, 'year', 2000, 2100)),
        })
          .sort({ _id: 1 })
          .lean()
          .exec(),
    },
    Mutation: {
      registerStrategyNode: async (_: unknown, args: { input: StrategyNodeInput }, ctx: Ctx) => {
        const parent =
          args.input.parentId == null ? null : await ctx.loaders.strategyNode.load(unwrap(checkId(args.input.parentId, 'parentId')));
        if (args.input.parentId != null && !parent) throw notFound('StrategyNode', args.input.parentId);
        const node = unwrap(validateNode(args.input, parent));
        if (!(await ctx.loaders.agency.load(node.agencyId))) throw notFound('Agency', node.agencyId);
        const event = outbox.entry(EventTypes.StrategyNodeRegistered, {
          nodeId: node._id,
          agencyId: node.agencyId,
          year: node.year,
          kind: node.kind,
          parentId: node.parentId,
          title: node.title,
        });
        return insertAggregate(models.StrategyNode, node, [event], publish, 'strategy node');
      },
      registerBusinessPlanItem: async (
        _: unknown,
        args: {
          input: {
            id: string;
            agencyId: string;
            year: number;
            code: string;
            title: string;
            titleEn?: string | null;
            team: string;
            projectId?: string | null;
            statedBudgetThousandKRW?: number | null;
            fundingNote?: string | null;
          };
        },
        ctx: Ctx,
      ) => {
        const i = args.input;
        const v = unwrap(
          all({
            id: checkId(i.id),
            agencyId: checkId(i.agencyId, 'agencyId'),
            year: checkInt(i.year, 'year', 2000, 2100),
            code: /^[A-Z]\d{1,2}$/.test(i.code) ? ok(i.code) : err(badInput('code is a plan code such as S12', 'code')),
            title: checkText(i.title, 'title', 200),
            titleEn: i.titleEn == null ? ok(null) : checkText(i.titleEn, 'titleEn', 200),
            team: checkText(i.team, 'team', 60),
            projectId: i.projectId == null ? ok(null) : checkId(i.projectId, 'projectId'),
            statedBudgetThousandKRW:
              i.statedBudgetThousandKRW == null
                ? ok(null)
                : checkInt(i.statedBudgetThousandKRW, 'statedBudgetThousandKRW', 0, 1_000_000_000),
            fundingNote: i.fundingNote == null ? ok(null) : checkText(i.fundingNote, 'fundingNote', 100),
          }),
        );
        if (!(await ctx.loaders.agency.load(v.agencyId))) throw notFound('Agency', v.agencyId);
        if (v.projectId !== null) {
          const project = await ctx.loaders.strategyNode.load(v.projectId);
          if (!project || project.kind !== 'PROJECT') throw notFound('PracticeProject', v.projectId);
        }
        const { id, ...rest } = v;
        const doc = { _id: id, ...rest, nonBudget: v.statedBudgetThousandKRW === null };
        const event = outbox.entry(EventTypes.BusinessPlanItemRegistered, {
          planItemId: id,
          agencyId: v.agencyId,
          year: v.year,
          code: v.code,
          projectId: v.projectId,
          nonBudget: doc.nonBudget,
          statedBudgetThousandKRW: v.statedBudgetThousandKRW,
        });
        return insertAggregate(models.PlanItem, doc, [event], publish, 'business-plan item');
      },
      definePerformanceIndicator: async (
        _: unknown,
        args: {
          input: {
            id: string;
            agencyId: string;
            year: number;
            category: string;
            name: string;
            measure: string;
            target: number;
            unit: string;
            source?: KpiSource | null;
            planItemId?: string | null;
          };
        },
        ctx: Ctx,
      ) => {
        const i = args.input;
        const v = unwrap(
          all({
            id: checkId(i.id),
            agencyId: checkId(i.agencyId, 'agencyId'),
            year: checkInt(i.year, 'year', 2000, 2100),
            category: checkText(i.category, 'category', 100),
            name: checkText(i.name, 'name', 200),
            measure: checkText(i.measure, 'measure', 100),
            unit: checkText(i.unit, 'unit', 20),
            planItemId: i.planItemId == null ? ok(null) : checkId(i.planItemId, 'planItemId'),
          }),
        );
        if (!Number.isFinite(i.target) || i.target <= 0) throw badInput('target must be a positive number', 'target');
        if (!(await ctx.loaders.agency.load(v.agencyId))) throw notFound('Agency', v.agencyId);
        const { id, ...rest } = v;
        if (v.planItemId !== null) {
          const item = await ctx.loaders.planItem.load(v.planItemId);
          if (!item) throw notFound('BusinessPlanItem', v.planItemId);
          if (item.agencyId !== v.agencyId || item.year !== v.year) throw badInput('the plan item belongs to another plan', 'planItemId');
        }
        const doc = { _id: id, ...rest, target: i.target, source: i.source ?? null };
        const event = outbox.entry(EventTypes.PerformanceIndicatorDefined, {
          indicatorId: id,
          agencyId: v.agencyId,
          year: v.year,
          name: v.name,
          target: i.target,
          unit: v.unit,
          source: doc.source,
        });
        return insertAggregate(models.Indicator, doc, [event], publish, 'performance indicator');
      },
    },
    StrategyNode: {
      __resolveType: (n: StrategyNodeDoc) => (n.kind === 'VISION' ? 'Vision' : n.kind === 'TASK' ? 'StrategicTask' : 'PracticeProject'),
    },
    StrategyTree: {
      agency: (t: { agencyId: string }, _: unknown, ctx: Ctx) => ctx.loaders.agency.load(t.agencyId),
    },
    Vision: {
      id: (n: StrategyNodeDoc) => n._id,
      strategicTasks: async (n: StrategyNodeDoc, _: unknown, ctx: Ctx) =>
        (await ctx.loaders.nodesByParent.load(n._id)).sort((a, b) => a.order - b.order),
    },
    StrategicTask: {
      id: (n: StrategyNodeDoc) => n._id,
      practiceProjects: async (n: StrategyNodeDoc, _: unknown, ctx: Ctx) =>
        (await ctx.loaders.nodesByParent.load(n._id)).sort((a, b) => a.order - b.order),
    },
    PracticeProject: {
      id: (n: StrategyNodeDoc) => n._id,
      businessPlanItems: (n: StrategyNodeDoc, _: unknown, ctx: Ctx) => ctx.loaders.planItemsByProject.load(n._id),
    },
    BusinessPlanItem: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.planItem.load(ref.id),
      id: (p: PlanItemDoc) => p._id,
      agency: (p: PlanItemDoc, _: unknown, ctx: Ctx) => ctx.loaders.agency.load(p.agencyId),
      practiceProject: (p: PlanItemDoc, _: unknown, ctx: Ctx) => (p.projectId ? ctx.loaders.strategyNode.load(p.projectId) : null),
      indicators: (p: PlanItemDoc, _: unknown, ctx: Ctx) => ctx.loaders.indicatorsByPlanItem.load(p._id),
    },
    PerformanceIndicator: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.indicator.load(ref.id),
      id: (i: IndicatorDoc) => i._id,
      businessPlanItem: (i: IndicatorDoc, _: unknown, ctx: Ctx) => (i.planItemId ? ctx.loaders.planItem.load(i.planItemId) : null),
      actual: async (i: IndicatorDoc, _: unknown, ctx: Ctx) => (await actualOf(i, ctx))?.actual ?? null,
      achievementRate: async (i: IndicatorDoc, _: unknown, ctx: Ctx) => (await actualOf(i, ctx))?.achievementRate ?? null,
      byMonth: async (i: IndicatorDoc, _: unknown, ctx: Ctx) => (await actualOf(i, ctx))?.byMonth ?? [],
    },
  };
}
