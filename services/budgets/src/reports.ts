/**
 * Read-side reports over an agency's year, computed in TypeScript from plain finds (FerretDB v1's `$group` with
 * several accumulators is wrong): program budgets by team and funding source with execution, execution by month,
 * the 산출내역 validation report (stated vs computed) and the year-over-year comparison of account trees.
 */
import { checkId, checkInt, unwrap } from '@pass-graph/platform';
import {
  checkItem,
  formulaOf,
  monthlyExecution,
  sharesOf,
  splitByShares,
  UNBUDGETED_REASONS,
  type FundingSource,
  type UnbudgetedReason,
} from './domain';
import { accountTree, budgetId, flatten, totals, type AccountEntry, type FiscalYearModels } from './fiscal-year';
import type { SubgraphContext } from '@pass-graph/platform';
import type { Loaders } from './loaders';
import type { BudgetLineDoc, Models, UnbudgetedExecutionDoc } from './models';

type Ctx = SubgraphContext<Loaders>;

const rate = (executed: number, amount: number): number => (amount === 0 ? 0 : executed / amount);

export interface ProgramBudgetSummary {
  lineCount: number;
  total: number;
  executed: number;
  executionRate: number;
  byTeam: { team: string | null; lineCount: number; amount: number; executed: number; executionRate: number; share: number }[];
  byFundingSource: { source: FundingSource; amount: number; executed: number; share: number }[];
  byMonth: { month: string; executed: number; cumulative: number; cumulativeRate: number }[];
}

/**
 * Totals by team and by 재원. A line's amount and its executions are split by its funding shares in whole won
 * (e.g. 50/50 국비/시비), so every breakdown adds up to the total exactly.
 */
export function summarizePrograms(
  lines: BudgetLineDoc[],
  executions: { budgetLineId: string; amount: number; spentOn: string }[],
): ProgramBudgetSummary {
  const executedBy = new Map<string, number>();
  for (const e of executions) executedBy.set(e.budgetLineId, (executedBy.get(e.budgetLineId) ?? 0) + e.amount);
  const total = lines.reduce((s, l) => s + l.amount, 0);
  const executed = lines.reduce((s, l) => s + (executedBy.get(l._id) ?? 0), 0);

  const teams = new Map<string | null, { lineCount: number; amount: number; executed: number }>();
  const sources = new Map<FundingSource, { amount: number; executed: number }>();
  for (const l of lines) {
    const team = l.team ?? null;
    const t = teams.get(team) ?? { lineCount: 0, amount: 0, executed: 0 };
    teams.set(team, { lineCount: t.lineCount + 1, amount: t.amount + l.amount, executed: t.executed + (executedBy.get(l._id) ?? 0) });
    const shares = sharesOf(l);
    const spent = splitByShares(executedBy.get(l._id) ?? 0, shares);
    splitByShares(l.amount, shares).forEach((part, i) => {
      const s = sources.get(part.source) ?? { amount: 0, executed: 0 };
      sources.set(part.source, { amount: s.amount + part.amount, executed: s.executed + (spent[i]?.amount ?? 0) });
    });
  }
  const lineIds = new Set(lines.map((l) => l._id));
  return {
    lineCount: lines.length,
    total,
    executed,
    executionRate: rate(executed, total),
    byTeam: [...teams.entries()]
      .map(([team, t]) => ({ team, ...t, executionRate: rate(t.executed, t.amount), share: rate(t.amount, total) }))
      .sort((a, b) => b.amount - a.amount || String(a.team).localeCompare(String(b.team))),
    byFundingSource: [...sources.entries()]
      .map(([source, s]) => ({ source, ...s, share: rate(s.amount, total) }))
      .sort((a, b) => b.amount - a.amount || a.source.localeCompare(b.source)),
    byMonth: monthlyExecution(
      total,
      executions.filter((e) => lineIds.has(e.budgetLineId)),
    ),
  };
}

export interface ValidationReport {
  lineCount: number;
  itemCount: number;
  statedTotal: number;
  mismatches: {
    budgetLineId: string;
    programCode: string;
    seq: number;
    description: string;
    formula: string;
    stated: number;
    computed: number;
    difference: number;
  }[];
  linesNotMatchingItems: string[];
}

/** 산출내역 checked line by line: items whose unit price × quantities is not the printed amount, and lines whose items do not add up. */
/** The report as the resolvers see it: with the agency it was asked for. */
export type ValidationReportView = ValidationReport & { agencyId: string };

export function validationReport(lines: BudgetLineDoc[]): ValidationReport {
  const mismatches: ValidationReport['mismatches'] = [];
  for (const l of lines)
    for (const i of l.items ?? []) {
      const c = checkItem(i);
      if (c.matchesStated === false && c.computed !== null)
        mismatches.push({
          budgetLineId: l._id,
          programCode: l.programCode,
          seq: i.seq,
          description: i.description,
          formula: formulaOf(i.factors),
          stated: i.stated,
          computed: c.computed,
          difference: i.stated - c.computed,
        });
    }
  return {
    lineCount: lines.length,
    itemCount: lines.reduce((s, l) => s + (l.items ?? []).length, 0),
    statedTotal: lines.reduce((s, l) => s + l.amount, 0),
    mismatches,
    linesNotMatchingItems: lines
      .filter((l) => (l.items ?? []).length > 0 && (l.items ?? []).reduce((s, i) => s + i.stated, 0) !== l.amount)
      .map((l) => l._id),
  };
}

/** 미편성 집행 of a year: how many, the known amounts' total, and how many have no amount (NO_RATE), by reason. */
export function summarizeUnbudgeted(rows: { amount: number | null; reason: UnbudgetedReason }[]): {
  count: number;
  total: number;
  unpricedCount: number;
  byReason: { reason: UnbudgetedReason; count: number; amount: number }[];
} {
  const byReason = new Map<UnbudgetedReason, { count: number; amount: number }>();
  for (const r of rows) {
    const b = byReason.get(r.reason) ?? { count: 0, amount: 0 };
    byReason.set(r.reason, { count: b.count + 1, amount: b.amount + (r.amount ?? 0) });
  }
  return {
    count: rows.length,
    total: rows.reduce((s, r) => s + (r.amount ?? 0), 0),
    unpricedCount: rows.filter((r) => r.amount === null).length,
    byReason: UNBUDGETED_REASONS.filter((reason) => byReason.has(reason)).map((reason) => ({ reason, ...byReason.get(reason)! })),
  };
}

export interface AccountChange {
  code: string;
  parentCode: string | null;
  side: string;
  name: string;
  fromAmount: number;
  toAmount: number;
  change: number;
  /** change / fromAmount; null when the account had nothing the year before. */
  changeRate: number | null;
  reportedChange: number | null;
  changeMatchesReported: boolean | null;
}

/** 증감 account by account between two years' trees (an account missing in one year counts as 0 there). */
export function compareBudgets(
  from: AccountEntry[],
  to: AccountEntry[],
): { accounts: AccountChange[]; revenueChange: number; expenditureChange: number } {
  const fromTree = unwrap(accountTree(from));
  const toTree = unwrap(accountTree(to));
  const fromAmounts = new Map(flatten(fromTree).map((n) => [n.code, n.amount]));
  const parents = new Map([...from, ...to].map((a) => [a.code, a.parentCode]));
  const seen = new Set<string>();
  const accounts: AccountChange[] = [];
  const add = (code: string, name: string, side: string, toAmount: number, reportedChange: number | null) => {
    seen.add(code);
    const fromAmount = fromAmounts.get(code) ?? 0;
    const change = toAmount - fromAmount;
    accounts.push({
      code,
      parentCode: parents.get(code) ?? null,
      side,
      name,
      fromAmount,
      toAmount,
      change,
      changeRate: fromAmount === 0 ? null : change / fromAmount,
      reportedChange,
      changeMatchesReported: reportedChange === null ? null : reportedChange === change,
    });
  };
  for (const n of flatten(toTree)) add(n.code, n.name, n.side, n.amount, n.reportedChange);
  for (const n of flatten(fromTree)) if (!seen.has(n.code)) add(n.code, n.name, n.side, 0, null);
  const a = totals(fromTree);
  const b = totals(toTree);
  return { accounts, revenueChange: b.revenue - a.revenue, expenditureChange: b.expenditure - a.expenditure };
}

// ---------------------------------------------------------------- graph

export function reportResolvers(models: Models & FiscalYearModels) {
  const linesOf = (agencyId: string, fiscalYear: number) =>
    models.BudgetLine.find({
      agencyId: unwrap(checkId(agencyId, 'agencyId')),
      fiscalYear: unwrap(checkInt(fiscalYear, 'fiscalYear', 2000, 2100)),
    })
      .sort({ _id: 1 })
      .lean()
      .exec();
  return {
    Query: {
      programBudgets: async (_: unknown, args: { agencyId: string; fiscalYear: number }) => {
        const lines = await linesOf(args.agencyId, args.fiscalYear);
        const executions = await models.Expenditure.find({ agencyId: args.agencyId, fiscalYear: args.fiscalYear }).lean();
        return { agencyId: args.agencyId, fiscalYear: args.fiscalYear, ...summarizePrograms(lines, executions) };
      },
      unbudgetedExecutions: async (_: unknown, args: { agencyId: string; fiscalYear: number }) => {
        const agencyId = unwrap(checkId(args.agencyId, 'agencyId'));
        const fiscalYear = unwrap(checkInt(args.fiscalYear, 'fiscalYear', 2000, 2100));
        const rows = await models.UnbudgetedExecution.find({ agencyId, fiscalYear }).sort({ spentOn: 1, _id: 1 }).lean();
        return { agencyId, fiscalYear, ...summarizeUnbudgeted(rows), executions: rows };
      },
      budgetValidationReport: async (_: unknown, args: { agencyId: string; fiscalYear: number }) => ({
        agencyId: args.agencyId,
        fiscalYear: args.fiscalYear,
        ...validationReport(await linesOf(args.agencyId, args.fiscalYear)),
      }),
      budgetComparison: async (_: unknown, args: { agencyId: string; fromYear: number; toYear: number }) => {
        const agencyId = unwrap(checkId(args.agencyId, 'agencyId'));
        const fromYear = unwrap(checkInt(args.fromYear, 'fromYear', 2000, 2100));
        const toYear = unwrap(checkInt(args.toYear, 'toYear', 2000, 2100));
        const [from, to] = await Promise.all([
          models.FiscalYearBudget.findById(budgetId(agencyId, fromYear, 'ORIGINAL')).lean(),
          models.FiscalYearBudget.findById(budgetId(agencyId, toYear, 'ORIGINAL')).lean(),
        ]);
        if (!from || !to) return null;
        // A printed 증감 is kept against the previous year only; between other years it is not comparable.
        const toAccounts = toYear === fromYear + 1 ? to.accounts : to.accounts.map((a) => ({ ...a, reportedChange: null }));
        return { agencyId, fromYear, toYear, ...compareBudgets(from.accounts, toAccounts) };
      },
    },
    UnbudgetedExecutionReport: {
      agency: (r: { agencyId: string }) => ({ id: r.agencyId }),
    },
    UnbudgetedExecution: {
      id: (u: UnbudgetedExecutionDoc) => u._id,
      agency: (u: UnbudgetedExecutionDoc) => ({ id: u.agencyId }),
      candidateLines: (u: UnbudgetedExecutionDoc, _: unknown, ctx: Ctx) => ctx.loaders.budgetLine.loadMany(u.candidateLineIds ?? []),
      consultingCase: (u: UnbudgetedExecutionDoc) => (u.consultingCaseId ? { id: u.consultingCaseId } : null),
      facility: (u: UnbudgetedExecutionDoc) => (u.facilityId ? { id: u.facilityId } : null),
    },
    ValidationReport: {
      agency: (r: { agencyId: string }) => ({ id: r.agencyId }),
      linesNotMatchingItems: (r: ValidationReport, _: unknown, ctx: Ctx) => ctx.loaders.budgetLine.loadMany(r.linesNotMatchingItems),
    },
    ValidationMismatch: {
      budgetLine: (m: { budgetLineId: string }, _: unknown, ctx: Ctx) => ctx.loaders.budgetLine.load(m.budgetLineId),
    },
  };
}
