import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import {
  all,
  badInput,
  checkEnum,
  checkId,
  checkText,
  notFound,
  withDocument,
  checkInt,
  checkPage,
  conflict,
  DateScalar,
  DateTimeScalar,
  pageOfLoaded,
  KRWScalar,
  paginate,
  unwrap,
  type PageArgs,
  type SubgraphContext,
} from '@pass-graph/platform';
import type { GraphQLResolverMap } from '@pass-graph/platform';
import type { Resolvers } from './generated/graphql';
import type { FilterQuery } from 'mongoose';
import {
  checkItem,
  execution,
  executionBySource,
  formulaOf,
  FUNDING_SOURCES,
  krwToThousand,
  monthlyExecution,
  PURPOSES,
  sharesOf,
  splitByShares,
  thousandToKRW,
  validateBudgetLine,
  type RegisterBudgetLineInput,
} from './domain';
import { assignUnbudgeted, postVoucher, type VoucherInput } from './executions';
import type { Loaders } from './loaders';
import type { BudgetLineDoc, BudgetLineItem, BudgetModels as Models, ExpenditureDoc, RejectedExecutionDoc } from './models';
import { fiscalYearResolvers } from './fiscal-year';
import { rateCardResolvers } from './rate-card';
import { reportResolvers } from './reports';

type Ctx = SubgraphContext<Loaders>;
/** Checked against the SDL (`npm run codegen`): every root field needs a resolver, fields and arguments must exist. */
type ServiceResolvers = Resolvers<Ctx> & Required<Pick<Resolvers<Ctx>, 'Query' | 'Mutation'>>;

export function createResolvers(models: Models, runtime: Runtime): GraphQLResolverMap<Ctx> {
  const { BudgetLine } = models;
  const executionOf = async (line: BudgetLineDoc, ctx: Ctx) => execution(line.amount, await ctx.loaders.expendituresByLine.load(line._id));
  const agencyExists = async (id: string) => (await models.KnownAgency.exists({ _id: id })) !== null;
  const fiscal = fiscalYearResolvers(models, runtime, agencyExists);
  const rates = rateCardResolvers(models, agencyExists);
  const reports = reportResolvers(models);
  return {
    KRW: KRWScalar,
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Query: {
      ...fiscal.Query,
      ...rates.Query,
      ...reports.Query,
      budgetLine: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.budgetLine.load(unwrap(checkId(args.id))),
      budgetLines: (_: unknown, args: PageArgs & { agencyId?: string; fiscalYear?: number }) => {
        const filter: FilterQuery<BudgetLineDoc> = {};
        if (args.agencyId) filter.agencyId = unwrap(checkId(args.agencyId, 'agencyId'));
        if (args.fiscalYear != null) filter.fiscalYear = unwrap(checkInt(args.fiscalYear, 'fiscalYear', 2000, 2100));
        return paginate(BudgetLine, filter, unwrap(checkPage(args)));
      },
    },
    Mutation: {
      ...fiscal.Mutation,
      ...rates.Mutation,
      setBudgetLineItems: async (
        _: unknown,
        args: {
          budgetLineId: string;
          items: {
            seq: number;
            category: string;
            description: string;
            factors: { value: number; unit: string }[];
            statedThousandKRW: number;
            note?: string | null;
          }[];
        },
      ) => {
        const id = unwrap(checkId(args.budgetLineId, 'budgetLineId'));
        const items: BudgetLineItem[] = args.items.map((i) => {
          const v = unwrap(
            all({
              seq: checkInt(i.seq, 'seq', 1, 1000),
              category: checkText(i.category, 'category', 60),
              description: checkText(i.description, 'description', 200),
              note: i.note == null ? { ok: true as const, value: null } : checkText(i.note, 'note', 300),
            }),
          );
          for (const f of i.factors) {
            if (!Number.isFinite(f.value) || f.value <= 0) throw badInput('factors are positive numbers', 'factors');
            unwrap(checkText(f.unit, 'factors', 10));
          }
          // 천원 with at most one decimal as printed (243.3천원): exact in integer 원.
          const stated = Math.round(i.statedThousandKRW * 1000);
          if (!Number.isFinite(i.statedThousandKRW) || i.statedThousandKRW < 0 || Math.abs(stated - i.statedThousandKRW * 1000) > 1e-6)
            throw badInput('statedThousandKRW is a non-negative amount in 천원 with at most three decimals', 'statedThousandKRW');
          return { ...v, factors: i.factors.map((f) => ({ value: f.value, unit: f.unit.trim() })), stated };
        });
        if (new Set(items.map((i) => i.seq)).size !== items.length) throw badInput('seq must not repeat', 'seq');
        return withDocument(BudgetLine, id, async () => {
          if (!(await BudgetLine.exists({ _id: id }))) throw notFound('BudgetLine', id);
          return BudgetLine.findOneAndUpdate({ _id: id }, { $set: { items: items.sort((a, b) => a.seq - b.seq) } }, { new: true })
            .lean()
            .exec();
        });
      },
      setBudgetLineTransfers: async (_: unknown, args: { budgetLineId: string; allowed: boolean }) => {
        const id = unwrap(checkId(args.budgetLineId, 'budgetLineId'));
        return withDocument(BudgetLine, id, async () => {
          const updated = await BudgetLine.findOneAndUpdate({ _id: id }, { $set: { transfersAllowed: args.allowed } }, { new: true })
            .lean()
            .exec();
          if (!updated) throw notFound('BudgetLine', id);
          return updated;
        });
      },
      postExecution: (_: unknown, args: { input: VoucherInput }) => postVoucher(models, runtime, args.input),
      assignUnbudgetedExecution: (_: unknown, args: { id: string; budgetLineId: string }) =>
        assignUnbudgeted(models, runtime, args.id, args.budgetLineId),
      registerBudgetLine: async (_: unknown, args: { input: RegisterBudgetLineInput }) => {
        const v = unwrap(validateBudgetLine(args.input));
        const fundingSource = unwrap(checkEnum(args.input.fundingSource, FUNDING_SOURCES, 'fundingSource'));
        const purpose = unwrap(checkEnum(args.input.purpose, PURPOSES, 'purpose'));
        if (await BudgetLine.exists({ _id: v.id })) throw conflict(`budget line "${v.id}" already exists`, { id: v.id });
        if (!(await models.KnownAgency.exists({ _id: v.agencyId }))) throw notFound('Agency', v.agencyId);
        const amount = thousandToKRW(v.amountThousandKRW);
        const event = runtime.outbox.entry(EventTypes.BudgetLineRegistered, {
          budgetLineId: v.id,
          agencyId: v.agencyId,
          fiscalYear: v.fiscalYear,
          programCode: v.programCode,
          fundingSource,
          amountKRW: amount,
          // v1 of the event knows only whether completed dispatches are charged to the line.
          purpose: purpose === 'SUBSTITUTE_DISPATCH' ? purpose : 'GENERAL',
        });
        const doc = await BudgetLine.create({
          _id: v.id,
          agencyId: v.agencyId,
          fiscalYear: v.fiscalYear,
          programCode: v.programCode,
          name: v.name,
          fundingSource,
          purpose,
          amount,
          purposeScope: v.purposeScope,
          transfersAllowed: args.input.transfersAllowed ?? false,
          team: v.team,
          fundingShares: v.fundingShares,
          _outbox: [event],
        });
        runtime.publish(BudgetLine, v.id);
        return doc.toObject();
      },
    },
    FiscalYearBudget: fiscal.FiscalYearBudget,
    BudgetErratum: fiscal.BudgetErratum,
    RateCard: rates.RateCard,
    ValidationReport: reports.ValidationReport,
    UnbudgetedExecutionReport: reports.UnbudgetedExecutionReport,
    UnbudgetedExecution: reports.UnbudgetedExecution,
    ValidationMismatch: reports.ValidationMismatch,
    ProgramBudgetSummary: { agency: (p: { agencyId: string }) => ({ id: p.agencyId }) },
    BudgetComparison: { agency: (p: { agencyId: string }) => ({ id: p.agencyId }) },
    Rate: rates.Rate,
    BudgetLineItem: {
      formula: (i: BudgetLineItem) => formulaOf(i.factors),
      statedThousandKRW: (i: BudgetLineItem) => i.stated / 1000,
      computed: (i: BudgetLineItem) => checkItem(i).computed,
      matchesStated: (i: BudgetLineItem) => checkItem(i).matchesStated,
    },
    BudgetLine: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.budgetLine.load(ref.id),
      id: (l: BudgetLineDoc) => l._id,
      agency: (l: BudgetLineDoc) => ({ id: l.agencyId }),
      businessPlanItem: (l: BudgetLineDoc) => ({ id: l._id }),
      items: (l: BudgetLineDoc) => l.items ?? [],
      itemsStatedTotal: (l: BudgetLineDoc) => (l.items ?? []).reduce((s, i) => s + i.stated, 0),
      itemsMatchLine: (l: BudgetLineDoc) =>
        (l.items ?? []).length === 0 ? null : (l.items ?? []).reduce((s, i) => s + i.stated, 0) === l.amount,
      amountThousandKRW: (l: BudgetLineDoc) => krwToThousand(l.amount),
      executed: async (l: BudgetLineDoc, _: unknown, ctx: Ctx) => (await executionOf(l, ctx)).executed,
      remaining: async (l: BudgetLineDoc, _: unknown, ctx: Ctx) => (await executionOf(l, ctx)).remaining,
      executionRate: async (l: BudgetLineDoc, _: unknown, ctx: Ctx) => (await executionOf(l, ctx)).executionRate,
      expenditures: async (l: BudgetLineDoc, args: PageArgs, ctx: Ctx) =>
        pageOfLoaded(await ctx.loaders.expendituresByLine.load(l._id), args),
      purposeScope: (l: BudgetLineDoc) => l.purposeScope ?? [],
      transfersAllowed: (l: BudgetLineDoc) => l.transfersAllowed ?? false,
      overspent: async (l: BudgetLineDoc, _: unknown, ctx: Ctx) => (await executionOf(l, ctx)).remaining < 0,
      team: (l: BudgetLineDoc) => l.team ?? null,
      fundingShares: (l: BudgetLineDoc) => splitByShares(l.amount, sharesOf(l)),
      rejectedExecutions: async (l: BudgetLineDoc, args: PageArgs, ctx: Ctx) =>
        pageOfLoaded(await ctx.loaders.rejectedByLine.load(l._id), args),
      executionByMonth: async (l: BudgetLineDoc, _: unknown, ctx: Ctx) =>
        monthlyExecution(l.amount, await ctx.loaders.expendituresByLine.load(l._id)),
    },
    RejectedExecution: {
      id: (r: RejectedExecutionDoc) => r._id,
      budgetLine: (r: RejectedExecutionDoc, _: unknown, ctx: Ctx) => ctx.loaders.budgetLine.load(r.budgetLineId),
    },
    ConsultingCase: {
      fees: async (c: { id: string }, _: unknown, ctx: Ctx) => {
        const [executions, unbudgeted] = await Promise.all([
          ctx.loaders.expendituresByCase.load(c.id),
          ctx.loaders.unbudgetedByCase.load(c.id),
        ]);
        const posted = executions.reduce((s, e) => s + e.amount, 0);
        const unbudgetedTotal = unbudgeted.reduce((s, u) => s + (u.amount ?? 0), 0);
        return {
          total: posted + unbudgetedTotal,
          posted,
          unbudgetedTotal,
          sessionCount: executions.length + unbudgeted.length,
          executions,
          unbudgeted,
        };
      },
    },
    Expenditure: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.expenditure.load(ref.id),
      id: (e: ExpenditureDoc) => e._id,
      budgetLine: (e: ExpenditureDoc, _: unknown, ctx: Ctx) => ctx.loaders.budgetLine.load(e.budgetLineId),
      facility: (e: ExpenditureDoc) => (e.facilityId ? { id: e.facilityId } : null),
      dispatch: (e: ExpenditureDoc) => (e.dispatchId ? { id: e.dispatchId } : null),
      // Rows from before executions had sources are dispatch charges.
      source: (e: ExpenditureDoc) => e.source ?? 'DISPATCH',
      sourceId: (e: ExpenditureDoc) => e.sourceId ?? e.dispatchId ?? e._id,
      payee: (e: ExpenditureDoc) => e.payee ?? null,
      exceededLine: (e: ExpenditureDoc) => e.exceededLine ?? false,
      consultingCase: (e: ExpenditureDoc) => (e.consultingCaseId ? { id: e.consultingCaseId } : null),
    },
    Facility: {
      substituteSpend: async (f: { id: string }, args: { fiscalYear?: number | null }, ctx: Ctx) => {
        const rows = (await ctx.loaders.expendituresByFacility.load(f.id)).filter(
          (e) => e.dispatchId !== null && (args.fiscalYear == null || e.fiscalYear === args.fiscalYear),
        );
        return { fiscalYear: args.fiscalYear ?? null, amount: rows.reduce((s, e) => s + e.amount, 0), dispatchCount: rows.length };
      },
      execution: async (f: { id: string }, args: { fiscalYear?: number | null }, ctx: Ctx) => {
        const fiscalYear = args.fiscalYear == null ? null : unwrap(checkInt(args.fiscalYear, 'fiscalYear', 2000, 2100));
        const inYear = <T extends { fiscalYear: number }>(rows: T[]) =>
          rows.filter((r) => fiscalYear === null || r.fiscalYear === fiscalYear);
        const [posted, unbudgeted] = await Promise.all([
          ctx.loaders.expendituresByFacility.load(f.id).then(inYear),
          ctx.loaders.unbudgetedByFacility.load(f.id).then(inYear),
        ]);
        return {
          fiscalYear,
          amount: posted.reduce((s, e) => s + e.amount, 0),
          count: posted.length,
          bySource: executionBySource(posted),
          unbudgetedAmount: unbudgeted.reduce((s, u) => s + (u.amount ?? 0), 0),
          unbudgetedCount: unbudgeted.length,
        };
      },
    },
    BusinessPlanItem: {
      budgetLine: (item: { id: string }, _: unknown, ctx: Ctx) => ctx.loaders.budgetLine.load(item.id),
      budget: async (item: { id: string }, _: unknown, ctx: Ctx) => (await ctx.loaders.budgetLine.load(item.id))?.amount ?? null,
      budgetExecutionRate: async (item: { id: string }, _: unknown, ctx: Ctx) => {
        const l = await ctx.loaders.budgetLine.load(item.id);
        return l ? (await executionOf(l, ctx)).executionRate : null;
      },
    },
    SubstituteDispatch: {
      expenditure: (d: { id: string }, _: unknown, ctx: Ctx) => ctx.loaders.expenditureByDispatch.load(d.id),
    },
  } satisfies ServiceResolvers;
}
