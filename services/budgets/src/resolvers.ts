import {
  checkId,
  checkInt,
  checkPage,
  conflict,
  notFound,
  DateScalar,
  DateTimeScalar,
  pageOfLoaded,
  KRWScalar,
  paginate,
  unwrap,
  type PageArgs,
  type ServiceRuntime,
  type SubgraphContext,
} from '@pass-graph/platform';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { FilterQuery } from 'mongoose';
import { execution, krwToThousand, thousandToKRW, validateBudgetLine, type RegisterBudgetLineInput } from './domain';
import { PUBLISHES } from './events';
import type { Loaders } from './loaders';
import type { BudgetLineDoc, BudgetModels as Models, ExpenditureDoc } from './models';
import { fiscalYearResolvers } from './fiscal-year';

type Ctx = SubgraphContext<Loaders>;

export function createResolvers(models: Models, runtime: ServiceRuntime): GraphQLResolverMap<Ctx> {
  const { BudgetLine } = models;
  const executionOf = async (line: BudgetLineDoc, ctx: Ctx) => execution(line.amount, await ctx.loaders.expendituresByLine.load(line._id));
  const fiscal = fiscalYearResolvers(models, runtime, async (id) => (await models.KnownAgency.exists({ _id: id })) !== null);
  return {
    KRW: KRWScalar,
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Query: {
      ...fiscal.Query,
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
      registerBudgetLine: async (_: unknown, args: { input: RegisterBudgetLineInput }) => {
        const v = unwrap(validateBudgetLine(args.input));
        const { fundingSource, purpose } = args.input;
        if (await BudgetLine.exists({ _id: v.id })) throw conflict(`budget line "${v.id}" already exists`, { id: v.id });
        if (!(await models.KnownAgency.exists({ _id: v.agencyId }))) throw notFound('Agency', v.agencyId);
        const amount = thousandToKRW(v.amountThousandKRW);
        const event = runtime.outbox.entry(PUBLISHES.BudgetLineRegistered, {
          budgetLineId: v.id,
          agencyId: v.agencyId,
          fiscalYear: v.fiscalYear,
          programCode: v.programCode,
          fundingSource,
          amountKRW: amount,
          purpose,
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
          _outbox: [event],
        });
        runtime.publish(BudgetLine, v.id);
        return doc.toObject();
      },
    },
    FiscalYearBudget: fiscal.FiscalYearBudget,
    BudgetLine: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.budgetLine.load(ref.id),
      id: (l: BudgetLineDoc) => l._id,
      agency: (l: BudgetLineDoc) => ({ id: l.agencyId }),
      businessPlanItem: (l: BudgetLineDoc) => ({ id: l._id }),
      amountThousandKRW: (l: BudgetLineDoc) => krwToThousand(l.amount),
      executed: async (l: BudgetLineDoc, _: unknown, ctx: Ctx) => (await executionOf(l, ctx)).executed,
      remaining: async (l: BudgetLineDoc, _: unknown, ctx: Ctx) => (await executionOf(l, ctx)).remaining,
      executionRate: async (l: BudgetLineDoc, _: unknown, ctx: Ctx) => (await executionOf(l, ctx)).executionRate,
      expenditures: async (l: BudgetLineDoc, args: PageArgs, ctx: Ctx) =>
        pageOfLoaded(await ctx.loaders.expendituresByLine.load(l._id), args),
    },
    Expenditure: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.expenditure.load(ref.id),
      id: (e: ExpenditureDoc) => e._id,
      budgetLine: (e: ExpenditureDoc, _: unknown, ctx: Ctx) => ctx.loaders.budgetLine.load(e.budgetLineId),
      facility: (e: ExpenditureDoc) => (e.facilityId ? { id: e.facilityId } : null),
      dispatch: (e: ExpenditureDoc) => (e.dispatchId ? { id: e.dispatchId } : null),
    },
    Facility: {
      substituteSpend: async (f: { id: string }, args: { fiscalYear?: number | null }, ctx: Ctx) => {
        const rows = (await ctx.loaders.expendituresByFacility.load(f.id)).filter(
          (e) => e.dispatchId !== null && (args.fiscalYear == null || e.fiscalYear === args.fiscalYear),
        );
        return { fiscalYear: args.fiscalYear ?? null, amount: rows.reduce((s, e) => s + e.amount, 0), dispatchCount: rows.length };
      },
    },
    BusinessPlanItem: {
      budgetLine: (item: { id: string }, _: unknown, ctx: Ctx) => ctx.loaders.budgetLine.load(item.id),
    },
    SubstituteDispatch: {
      expenditure: (d: { id: string }, _: unknown, ctx: Ctx) => ctx.loaders.expenditureByDispatch.load(d.id),
    },
  };
}
