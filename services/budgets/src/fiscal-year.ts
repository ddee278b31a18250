/**
 * FiscalYearBudget (회계연도 예산): an agency's budget of a year and version, its account tree
 * (수입/지출 과목) and its lifecycle DRAFT → SUBMITTED → APPROVED (by an adopted board resolution) → CLOSED.
 *
 * Only leaf accounts carry amounts (integer 원, entered in 천원 as printed); every parent's amount is
 * the sum of its children, computed on read. Year-over-year change (증감) is computed against the
 * previous year's budget; where the source prints a different 증감 it is kept as `reportedChange`
 * beside the computed one and flagged, never corrected (seed 000 DQ-000-1, DQ-000-2).
 */
import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import {
  all,
  badInput,
  checkDate,
  checkEnum,
  checkId,
  checkInt,
  checkText,
  conflict,
  err,
  insertAggregate,
  invalidTransition,
  notFound,
  ok,
  outboxPlugin,
  referenceModel,
  unwrap,
  withDocument,
  type ReferenceDoc,
  type Result,
} from '@pass-graph/platform';
import { Schema, type Connection } from 'mongoose';
import { thousandToKRW } from './domain';
import { changeStatus, checkErratum, validateErratum, type BudgetErratumDoc, type BudgetErratumInput } from './errata';

export const SIDES = ['REVENUE', 'EXPENDITURE'] as const;
export type Side = (typeof SIDES)[number];
export const VERSIONS = ['ORIGINAL', 'REVISED'] as const;
export type BudgetStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'CLOSED';

export interface AccountEntry {
  code: string;
  parentCode: string | null;
  side: Side;
  name: string;
  /** 원; leaves only. */
  amount: number | null;
  /** 증감 as printed (원), when the source prints one. */
  reportedChange: number | null;
}

export interface FiscalYearBudgetDoc {
  _id: string;
  agencyId: string;
  year: number;
  version: (typeof VERSIONS)[number];
  /** 1차, 2차 … 수정예산 (추경); null for the original. Missing on revisions stored before numbering: 1. */
  revisionNo?: number | null;
  revisedOn: string | null;
  status: BudgetStatus;
  approvedByResolutionId: string | null;
  accounts: AccountEntry[];
  /** 정오표: corrections of printed figures, with their dates (missing on budgets stored before errata). */
  errata?: BudgetErratumDoc[];
}

// ---------------------------------------------------------------- rules

export interface AccountNode {
  code: string;
  name: string;
  side: Side;
  amount: number;
  children: AccountNode[];
  reportedChange: number | null;
}

/** Builds the tree; a parent's amount is the sum of its children. Fails on an unknown parent or a cycle. */
export function accountTree(accounts: AccountEntry[]): Result<AccountNode[]> {
  const byCode = new Map(accounts.map((a) => [a.code, a]));
  for (const a of accounts)
    if (a.parentCode !== null && !byCode.has(a.parentCode))
      return err(badInput(`account ${a.code}: no parent ${a.parentCode}`, 'parentCode'));
  const build = (a: AccountEntry, depth: number): AccountNode => {
    if (depth > 10) throw new Error('account tree too deep');
    const children = accounts.filter((c) => c.parentCode === a.code).map((c) => build(c, depth + 1));
    const amount = children.length > 0 ? children.reduce((s, c) => s + c.amount, 0) : (a.amount ?? 0);
    return { code: a.code, name: a.name, side: a.side, amount, children, reportedChange: a.reportedChange };
  };
  return ok(accounts.filter((a) => a.parentCode === null).map((a) => build(a, 0)));
}

export const flatten = (nodes: AccountNode[]): AccountNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

export function totals(tree: AccountNode[]): { revenue: number; expenditure: number; balanced: boolean } {
  const revenue = tree.filter((n) => n.side === 'REVENUE').reduce((s, n) => s + n.amount, 0);
  const expenditure = tree.filter((n) => n.side === 'EXPENDITURE').reduce((s, n) => s + n.amount, 0);
  return { revenue, expenditure, balanced: revenue === expenditure };
}

export const BUDGET_TRANSITIONS: Record<'submit' | 'approve' | 'close', { from: BudgetStatus; to: BudgetStatus }> = {
  submit: { from: 'DRAFT', to: 'SUBMITTED' },
  approve: { from: 'SUBMITTED', to: 'APPROVED' },
  close: { from: 'APPROVED', to: 'CLOSED' },
};

/**
 * Whether an agency's year has a budget in force for executions (집행), from its fiscal-year budgets:
 * - no fiscal-year budget kept for the year (the Jeonbuk 2023 plan prints no account tree): the year's program lines
 *   are the authority, as before;
 * - at least one APPROVED budget (본예산 or a 수정예산): in force;
 * - otherwise, when one was CLOSED (결산 마감): the year is closed, nothing more is executed;
 * - otherwise (only DRAFT or SUBMITTED: 예산 미성립): nothing is executed before the board approves it.
 * A refused event-fed cost is recorded 미편성 with the reason; a voucher answers CONFLICT with it.
 */
export type BudgetStanding =
  | { inForce: true; budgetId: string | null }
  | { inForce: false; reason: 'BUDGET_NOT_APPROVED' | 'BUDGET_CLOSED'; budgetId: string; status: BudgetStatus };

export function budgetStanding(budgets: Pick<FiscalYearBudgetDoc, '_id' | 'status' | 'version' | 'revisionNo'>[]): BudgetStanding {
  const ordered = versionsInOrder(budgets);
  if (ordered.length === 0) return { inForce: true, budgetId: null };
  const latest = (status: BudgetStatus) => ordered.filter((b) => b.status === status).pop();
  const approved = latest('APPROVED');
  if (approved) return { inForce: true, budgetId: approved._id };
  const closed = latest('CLOSED');
  if (closed) return { inForce: false, reason: 'BUDGET_CLOSED', budgetId: closed._id, status: 'CLOSED' };
  const last = ordered[ordered.length - 1]!;
  return { inForce: false, reason: 'BUDGET_NOT_APPROVED', budgetId: last._id, status: last.status };
}

export interface AccountInput {
  code: string;
  parentCode?: string | null;
  side: Side;
  name: string;
  amountThousandKRW?: number | null;
  reportedChangeThousandKRW?: number | null;
}

export function validateAccount(input: AccountInput): Result<AccountEntry> {
  const v = all({
    code: /^[A-Z][0-9A-Z-]{0,15}$/.test(input.code) ? ok(input.code) : err(badInput('code is an account code such as E3-2', 'code')),
    side: checkEnum(input.side, SIDES, 'side'),
    name: checkText(input.name, 'name', 60),
    amount: input.amountThousandKRW == null ? ok(null) : checkInt(input.amountThousandKRW, 'amountThousandKRW', 0, 1_000_000_000),
    reportedChange:
      input.reportedChangeThousandKRW == null
        ? ok(null)
        : checkInt(input.reportedChangeThousandKRW, 'reportedChangeThousandKRW', -1_000_000_000, 1_000_000_000),
  });
  if (!v.ok) return v;
  const parentCode = input.parentCode ?? null;
  if (parentCode === v.value.code) return err(badInput('an account is not its own parent', 'parentCode'));
  return ok({
    code: v.value.code,
    parentCode,
    side: v.value.side,
    name: v.value.name,
    amount: v.value.amount === null ? null : thousandToKRW(v.value.amount),
    reportedChange: v.value.reportedChange === null ? null : thousandToKRW(v.value.reportedChange),
  });
}

// ---------------------------------------------------------------- data access

export function createFiscalYearModels(db: Connection) {
  const str = { type: String, required: true };
  const account = new Schema<AccountEntry>(
    {
      code: str,
      parentCode: { type: String, default: null },
      side: str,
      name: str,
      amount: { type: Number, default: null },
      reportedChange: { type: Number, default: null },
    },
    { _id: false },
  );
  const schema = new Schema<FiscalYearBudgetDoc>(
    {
      _id: str,
      agencyId: str,
      year: { type: Number, required: true },
      version: str,
      revisionNo: { type: Number, default: null },
      revisedOn: { type: String, default: null },
      status: str,
      approvedByResolutionId: { type: String, default: null },
      accounts: { type: [account], default: [] },
      errata: {
        type: [
          new Schema<BudgetErratumDoc>(
            {
              code: str,
              field: str,
              before: { type: Number, required: true },
              after: { type: Number, required: true },
              filedOn: str,
              source: str,
            },
            { _id: false },
          ),
        ],
        default: [],
      },
    },
    { collection: 'fiscal_year_budgets', versionKey: false },
  );
  // The versions of an agency's year: read by every execution (budget standing) and every budget mutation.
  schema.index({ agencyId: 1, year: 1 });
  schema.plugin(outboxPlugin);
  return {
    FiscalYearBudget: db.model<FiscalYearBudgetDoc>('FiscalYearBudget', schema),
    /** Governance's adopted resolutions (board approvals), kept from ResolutionAdopted. */
    KnownResolution: referenceModel<{ resolutionId: string; agencyId: string; committeeKind: string; decidedOn: string }>(
      db,
      'resolutions',
    ),
  };
}
export type FiscalYearModels = ReturnType<typeof createFiscalYearModels>;

// ---------------------------------------------------------------- graph

/**
 * `agency:year:ORIGINAL`; the 1차 수정예산 keeps the id it had before revisions were numbered
 * (`agency:year:REVISED`), later ones are `agency:year:REVISED-2`, `-3` ….
 */
export const budgetId = (agencyId: string, year: number, version: string, revisionNo: number | null = null): string =>
  `${agencyId}:${year}:${version}${version === 'REVISED' && revisionNo !== null && revisionNo > 1 ? `-${revisionNo}` : ''}`;

export const revisionNoOf = (b: Pick<FiscalYearBudgetDoc, 'version' | 'revisionNo'>): number | null =>
  b.version === 'REVISED' ? (b.revisionNo ?? 1) : null;

/** The budgets of an agency's year in order: the original, then 1차, 2차 … 수정예산. */
export const versionsInOrder = <T extends Pick<FiscalYearBudgetDoc, 'version' | 'revisionNo'>>(budgets: T[]): T[] =>
  [...budgets].sort((a, b) => (revisionNoOf(a) ?? 0) - (revisionNoOf(b) ?? 0));

/**
 * What a new 수정예산 derives from: the latest budget of the year, which must be approved (or closed). Answers the
 * base and the new revision's number, or why not.
 */
export function nextRevision(budgets: FiscalYearBudgetDoc[], revisedOn: string): Result<{ base: FiscalYearBudgetDoc; revisionNo: number }> {
  const ordered = versionsInOrder(budgets);
  const base = ordered[ordered.length - 1];
  if (!base || ordered[0]!.version !== 'ORIGINAL') return err(badInput('a revision needs the original budget of its year', 'version'));
  if (base.status !== 'APPROVED' && base.status !== 'CLOSED')
    return err(
      base.version === 'ORIGINAL'
        ? conflict(`the ${base.year} original is ${base.status}: a revision derives from an approved original`, {
            reason: 'ORIGINAL_NOT_APPROVED',
          })
        : conflict(`the ${revisionNoOf(base)}차 수정예산 is ${base.status}: the next revision derives from it once approved`, {
            reason: 'PREVIOUS_REVISION_NOT_APPROVED',
            budgetId: base._id,
          }),
    );
  if (base.revisedOn !== null && revisedOn < base.revisedOn)
    return err(badInput(`revisedOn precedes the ${revisionNoOf(base)}차 수정예산's date ${base.revisedOn}`, 'revisedOn'));
  return ok({ base, revisionNo: (revisionNoOf(base) ?? 0) + 1 });
}

export function fiscalYearResolvers(models: FiscalYearModels, runtime: Runtime, agencyExists: (id: string) => Promise<boolean>) {
  const { FiscalYearBudget } = models;
  const { outbox, publish } = runtime;

  const step = (
    rawId: string,
    action: keyof typeof BUDGET_TRANSITIONS,
    check: (b: FiscalYearBudgetDoc) => Promise<Partial<FiscalYearBudgetDoc>>,
  ) => {
    const id = unwrap(checkId(rawId));
    return withDocument(FiscalYearBudget, id, async () => {
      const b = await FiscalYearBudget.findById(id).lean();
      if (!b) throw notFound('FiscalYearBudget', id);
      const { from, to } = BUDGET_TRANSITIONS[action];
      if (b.status !== from) throw invalidTransition('FiscalYearBudget', id, b.status, to);
      const set = await check(b);
      const tree = unwrap(accountTree(b.accounts));
      const t = totals(tree);
      const type =
        action === 'submit' ? EventTypes.BudgetSubmitted : action === 'approve' ? EventTypes.BudgetApproved : EventTypes.BudgetClosed;
      const event = outbox.entry(type, {
        budgetId: id,
        agencyId: b.agencyId,
        year: b.year,
        version: b.version,
        revenueKRW: t.revenue,
        expenditureKRW: t.expenditure,
        resolutionId: set.approvedByResolutionId ?? b.approvedByResolutionId,
      });
      const events = [event];
      if (action === 'approve' && b.version === 'REVISED') {
        const revisionNo = revisionNoOf(b) ?? 1;
        const originalId = budgetId(b.agencyId, b.year, 'ORIGINAL');
        const previousId = revisionNo === 1 ? originalId : budgetId(b.agencyId, b.year, 'REVISED', revisionNo - 1);
        const [original, previous] = await Promise.all([
          FiscalYearBudget.findById(originalId).lean(),
          FiscalYearBudget.findById(previousId).lean(),
        ]);
        const before = totals(unwrap(accountTree(original?.accounts ?? [])));
        const prior = totals(unwrap(accountTree(previous?.accounts ?? [])));
        events.push(
          outbox.entry(EventTypes.BudgetRevised, {
            budgetId: id,
            originalBudgetId: originalId,
            agencyId: b.agencyId,
            year: b.year,
            revisedOn: b.revisedOn!, // approving a revision: check() required its date and resolution
            originalRevenueKRW: before.revenue,
            originalExpenditureKRW: before.expenditure,
            revenueKRW: t.revenue,
            expenditureKRW: t.expenditure,
            resolutionId: set.approvedByResolutionId!,
            revisionNo,
            previousBudgetId: previousId,
            previousRevenueKRW: prior.revenue,
            previousExpenditureKRW: prior.expenditure,
          }),
        );
      }
      const updated = await FiscalYearBudget.findOneAndUpdate(
        { _id: id, status: from },
        { $set: { ...set, status: to }, $push: outbox.push(...events) },
        { new: true },
      ).lean();
      if (!updated) throw conflict(`budget "${id}" was changed concurrently; retry`, { id });
      publish(FiscalYearBudget, id);
      return updated;
    });
  };

  return {
    Query: {
      fiscalYearBudget: async (
        _: unknown,
        args: { agencyId: string; year: number; version?: string | null; revisionNo?: number | null },
      ) => {
        const v = unwrap(
          all({
            agencyId: checkId(args.agencyId, 'agencyId'),
            year: checkInt(args.year, 'year', 2000, 2100),
            version: checkEnum(args.version ?? 'ORIGINAL', VERSIONS, 'version'),
            revisionNo: args.revisionNo == null ? ok(null) : checkInt(args.revisionNo, 'revisionNo', 1, 99),
          }),
        );
        if (v.version === 'ORIGINAL' && v.revisionNo !== null) throw badInput('only a REVISED budget has a revisionNo', 'revisionNo');
        if (v.version === 'ORIGINAL' || v.revisionNo !== null)
          return FiscalYearBudget.findById(budgetId(v.agencyId, v.year, v.version, v.revisionNo))
            .lean()
            .exec();
        // REVISED without a number: the latest revision.
        const revisions = versionsInOrder(await FiscalYearBudget.find({ agencyId: v.agencyId, year: v.year, version: 'REVISED' }).lean());
        return revisions[revisions.length - 1] ?? null;
      },
      fiscalYearBudgets: async (_: unknown, args: { agencyId: string; year: number }) => {
        const agencyId = unwrap(checkId(args.agencyId, 'agencyId'));
        const year = unwrap(checkInt(args.year, 'year', 2000, 2100));
        return versionsInOrder(await FiscalYearBudget.find({ agencyId, year }).lean());
      },
    },
    Mutation: {
      draftBudget: async (
        _: unknown,
        args: { input: { agencyId: string; year: number; version: (typeof VERSIONS)[number]; revisedOn?: string | null } },
      ) => {
        const i = args.input;
        const v = unwrap(
          all({
            agencyId: checkId(i.agencyId, 'agencyId'),
            year: checkInt(i.year, 'year', 2000, 2100),
            version: checkEnum(i.version, VERSIONS, 'version'),
            revisedOn: i.revisedOn == null ? ok(null) : checkDate(i.revisedOn, 'revisedOn'),
          }),
        );
        if ((v.version === 'REVISED') !== (v.revisedOn !== null))
          throw badInput('a revised budget (수정) carries its date; the original does not', 'revisedOn');
        if (!(await agencyExists(v.agencyId))) throw notFound('Agency', v.agencyId);
        // A 수정예산 (1차, 2차 …) starts as a copy of the latest approved budget's accounts (the original for the
        // 1차, the 1차 for the 2차 …), to be changed while it is a DRAFT.
        let accounts: AccountEntry[] = [];
        let revisionNo: number | null = null;
        if (v.version === 'REVISED') {
          const budgets = await FiscalYearBudget.find({ agencyId: v.agencyId, year: v.year }).lean();
          if (!budgets.some((b) => b.version === 'ORIGINAL')) throw notFound('FiscalYearBudget', budgetId(v.agencyId, v.year, 'ORIGINAL'));
          const next = unwrap(nextRevision(budgets, v.revisedOn!));
          accounts = next.base.accounts;
          revisionNo = next.revisionNo;
        }
        const doc: FiscalYearBudgetDoc = {
          _id: budgetId(v.agencyId, v.year, v.version, revisionNo),
          ...v,
          revisionNo,
          status: 'DRAFT',
          approvedByResolutionId: null,
          accounts,
        };
        return insertAggregate(FiscalYearBudget, doc, [], publish, 'fiscal-year budget');
      },
      setBudgetAccount: async (_: unknown, args: { budgetId: string; account: AccountInput }) => {
        const id = unwrap(checkId(args.budgetId, 'budgetId'));
        const account = unwrap(validateAccount(args.account));
        return withDocument(FiscalYearBudget, id, async () => {
          const b = await FiscalYearBudget.findById(id).lean();
          if (!b) throw notFound('FiscalYearBudget', id);
          if (b.status !== 'DRAFT')
            throw conflict(`budget "${id}" is ${b.status}: only a DRAFT's accounts change`, { reason: 'NOT_DRAFT' });
          const accounts = [...b.accounts.filter((a) => a.code !== account.code), account];
          const parent = accounts.find((a) => a.code === account.parentCode);
          if (account.parentCode !== null && !parent) throw notFound('Account', account.parentCode);
          if (parent && parent.side !== account.side) throw badInput('a child account is on its parent’s side', 'side');
          if (parent && parent.amount !== null)
            throw badInput(`account ${parent.code} carries an amount: a parent's amount is computed, never stored`, 'parentCode');
          if (account.amount !== null && accounts.some((a) => a.parentCode === account.code))
            throw badInput(`account ${account.code} has children: its amount is their sum`, 'amountThousandKRW');
          return FiscalYearBudget.findOneAndUpdate({ _id: id }, { $set: { accounts } }, { new: true }).lean().exec();
        });
      },
      fileBudgetErratum: async (_: unknown, args: { budgetId: string; erratum: BudgetErratumInput }) => {
        const id = unwrap(checkId(args.budgetId, 'budgetId'));
        const erratum = unwrap(validateErratum(args.erratum));
        return withDocument(FiscalYearBudget, id, async () => {
          const b = await FiscalYearBudget.findById(id).lean();
          if (!b) throw notFound('FiscalYearBudget', id);
          unwrap(checkErratum(b.accounts, b.errata ?? [], erratum));
          return FiscalYearBudget.findOneAndUpdate({ _id: id }, { $push: { errata: erratum } }, { new: true })
            .lean()
            .exec();
        });
      },
      submitBudget: (_: unknown, args: { id: string }) => step(args.id, 'submit', async () => ({})),
      approveBudget: (_: unknown, args: { id: string; resolutionId: string }) =>
        step(args.id, 'approve', async (b) => {
          const resolutionId = unwrap(checkId(args.resolutionId, 'resolutionId'));
          const r = await models.KnownResolution.findById(resolutionId).lean();
          if (!r) throw notFound('Resolution', resolutionId);
          if (r.data.agencyId !== b.agencyId || r.data.committeeKind !== 'BOARD')
            throw badInput(`resolution "${resolutionId}" is not an adopted board resolution of ${b.agencyId}`, 'resolutionId');
          const t = totals(unwrap(accountTree(b.accounts)));
          if (!t.balanced)
            throw conflict(`revenue ${t.revenue}원 and expenditure ${t.expenditure}원 differ: an approved budget balances`, {
              reason: 'UNBALANCED',
            });
          return { approvedByResolutionId: resolutionId };
        }),
      closeBudget: (_: unknown, args: { id: string }) => step(args.id, 'close', async () => ({})),
    },
    BudgetErratum: {
      beforeThousandKRW: (e: BudgetErratumDoc) => e.before / 1000,
      afterThousandKRW: (e: BudgetErratumDoc) => e.after / 1000,
    },
    FiscalYearBudget: {
      id: (b: FiscalYearBudgetDoc) => b._id,
      agency: (b: FiscalYearBudgetDoc) => ({ id: b.agencyId }),
      revisionNo: (b: FiscalYearBudgetDoc) => revisionNoOf(b),
      errata: (b: FiscalYearBudgetDoc) => b.errata ?? [],
      totals: (b: FiscalYearBudgetDoc) => totals(unwrap(accountTree(b.accounts))),
      accounts: async (b: FiscalYearBudgetDoc) => {
        const tree = unwrap(accountTree(b.accounts));
        // 증감: against the previous year's approved original (or any) budget of the agency.
        const previous = await FiscalYearBudget.findById(budgetId(b.agencyId, b.year - 1, 'ORIGINAL')).lean();
        const prevAmounts = new Map(previous ? flatten(unwrap(accountTree(previous.accounts))).map((n) => [n.code, n.amount]) : []);
        const erratumOf = (code: string): BudgetErratumDoc | null => (b.errata ?? []).find((e) => e.code === code) ?? null;
        return flatten(tree).map((n) => {
          const change = previous ? n.amount - (prevAmounts.get(n.code) ?? 0) : null;
          return {
            code: n.code,
            name: n.name,
            side: n.side,
            parentCode: b.accounts.find((a) => a.code === n.code)?.parentCode ?? null,
            amount: n.amount,
            amountThousandKRW: n.amount / 1000,
            change,
            reportedChange: n.reportedChange,
            changeMatchesReported: n.reportedChange === null || change === null ? null : n.reportedChange === change,
            erratum: erratumOf(n.code),
            changeStatus: changeStatus(n.reportedChange, change, erratumOf(n.code)),
          };
        });
      },
    },
  };
}

export type KnownResolutionDoc = ReferenceDoc<{ resolutionId: string; agencyId: string; committeeKind: string }>;
