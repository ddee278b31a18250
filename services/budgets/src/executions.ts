/**
 * Executions (집행): posting an amount against a budget line, from other services' events or from a voucher.
 *
 * Every posting runs under the line's lock (FerretDB v1 does not isolate concurrent writes), reads what the line
 * has executed so far and applies the overrun rule (`decidePosting`): within budget → posted; beyond it → posted
 * and flagged when the line allows 전용, otherwise refused. A posted execution and its events are one insert
 * (outbox); a refused event-fed attempt is kept as a RejectedExecution carrying its BudgetLineOverrun event.
 * Ids are derived from the causing fact (`executionId`), so a redelivered event finds its execution (or its
 * rejection, or its 미편성 record) and does nothing: at most one execution per fact. A cost of a year with a budget
 * that no line pays is recorded 미편성 (UnbudgetedExecution), never dead-lettered. Where the agency keeps a
 * fiscal-year budget for the year, nothing is posted unless one is APPROVED (`budgetStanding`): an event-fed cost is
 * recorded 미편성 (BUDGET_NOT_APPROVED / BUDGET_CLOSED), a voucher or a settlement answers CONFLICT with that reason.
 */
import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import {
  all,
  badInput,
  checkDate,
  checkId,
  checkInt,
  checkText,
  conflict,
  notFound,
  PermanentEventError,
  unwrap,
  withDocument,
  type DomainEvent,
} from '@pass-graph/platform';
import {
  allowanceNeedsScopedLine,
  attendanceAllowance,
  decidePosting,
  executionId,
  fiscalYearOf,
  paysAllowance,
  pickLine,
  type BudgetPurpose,
  type ExecutionSource,
  type UnbudgetedReason,
} from './domain';
import type {
  CareVisitDeliveredData,
  ConsultingSessionHeldData,
  InspectionCompletedData,
  MeetingHeldData,
  SubstituteDispatchCompletedData,
} from '@pass-graph/contracts';
import { budgetStanding, type BudgetStanding } from './fiscal-year';
import type { BudgetLineDoc, BudgetModels, ExpenditureDoc } from './models';
import { findCardInForce, RATE, rateOf } from './rate-card';

export interface PostingRequest {
  source: ExecutionSource;
  sourceId: string;
  amount: number;
  spentOn: string;
  payee: string | null;
  facilityId?: string | null;
  dispatchId?: string | null;
  consultingCaseId?: string | null;
  causationEventId: string | null;
}

type NotInForce = Extract<BudgetStanding, { inForce: false }>;

export type PostingResult =
  | { outcome: 'POSTED'; execution: ExpenditureDoc }
  | { outcome: 'REJECTED'; remaining: number }
  | { outcome: 'ALREADY_APPLIED' }
  /** The agency's fiscal-year budget of the line's year is not approved (or closed): nothing posted. */
  | { outcome: 'NOT_IN_FORCE'; standing: NotInForce };

/** The standing of an agency's year (see `budgetStanding`), read from its fiscal-year budgets. */
export async function standingOf(models: BudgetModels, agencyId: string, year: number): Promise<BudgetStanding> {
  return budgetStanding(await models.FiscalYearBudget.find({ agencyId, year }, { _id: 1, status: 1, version: 1, revisionNo: 1 }).lean());
}

/** CONFLICT for a voucher or a settlement in a year whose budget is not in force. */
export const notInForce = (s: NotInForce, agencyId: string, year: number) =>
  conflict(
    s.reason === 'BUDGET_CLOSED'
      ? `the ${year} budget of ${agencyId} is closed (${s.budgetId}): nothing more is executed in that year`
      : `the ${year} budget of ${agencyId} is ${s.status} (${s.budgetId}): nothing is executed before the board approves it`,
    { reason: s.reason, budgetId: s.budgetId, status: s.status },
  );

/**
 * Posts (or refuses) one execution against a line; `recordRejection` keeps a refused attempt (event-fed);
 * `settlingUnbudgeted`: the fact is a 미편성 record being assigned to this line (its record does not count as applied).
 */
export function postExecution(
  models: BudgetModels,
  runtime: Runtime,
  line: BudgetLineDoc,
  req: PostingRequest,
  recordRejection: boolean,
  settlingUnbudgeted = false,
): Promise<PostingResult> {
  const { Expenditure, RejectedExecution, BudgetLine } = models;
  const { outbox, publish } = runtime;
  const _id = executionId(req.source, req.sourceId);
  return withDocument(BudgetLine, line._id, async () => {
    if (await alreadyApplied(models, _id, settlingUnbudgeted)) return { outcome: 'ALREADY_APPLIED' as const };
    // The line as it is now: its 전용 flag may have changed since the caller read it.
    line = (await BudgetLine.findById(line._id).lean()) ?? line;
    // No execution in a year whose fiscal-year budget is kept but not approved (or already closed).
    const standing = await standingOf(models, line.agencyId, line.fiscalYear);
    if (!standing.inForce) return { outcome: 'NOT_IN_FORCE' as const, standing };
    const executed = (await Expenditure.find({ budgetLineId: line._id }, { amount: 1 }).lean()).reduce((s, e) => s + e.amount, 0);
    const decision = decidePosting({ amount: line.amount, transfersAllowed: line.transfersAllowed ?? false }, executed, req.amount);
    const overrun = (outcome: 'REJECTED' | 'POSTED_BY_TRANSFER') =>
      outbox.entry(EventTypes.BudgetLineOverrun, {
        budgetLineId: line._id,
        executionId: _id,
        agencyId: line.agencyId,
        fiscalYear: line.fiscalYear,
        amountKRW: req.amount,
        remainingKRW: decision.remaining,
        outcome,
        source: req.source,
        sourceId: req.sourceId,
        attemptedOn: req.spentOn,
        causationEventId: req.causationEventId,
      });

    if (decision.outcome === 'REJECT') {
      if (recordRejection) {
        await RejectedExecution.create({
          _id,
          budgetLineId: line._id,
          agencyId: line.agencyId,
          fiscalYear: line.fiscalYear,
          amount: req.amount,
          remaining: decision.remaining,
          spentOn: req.spentOn,
          source: req.source,
          sourceId: req.sourceId,
          causationEventId: req.causationEventId,
          attemptedAt: new Date(),
          _outbox: [overrun('REJECTED')],
        });
        publish(RejectedExecution, _id);
      }
      return { outcome: 'REJECTED' as const, remaining: decision.remaining };
    }

    const exceededLine = decision.outcome === 'POST_OVER_BY_TRANSFER';
    const doc: ExpenditureDoc = {
      _id,
      budgetLineId: line._id,
      agencyId: line.agencyId,
      fiscalYear: line.fiscalYear,
      amount: req.amount,
      spentOn: req.spentOn,
      facilityId: req.facilityId ?? null,
      dispatchId: req.dispatchId ?? null,
      causationEventId: req.causationEventId,
      recordedAt: new Date(),
      source: req.source,
      sourceId: req.sourceId,
      payee: req.payee,
      consultingCaseId: req.consultingCaseId ?? null,
      exceededLine,
    };
    const events = [
      outbox.entry(EventTypes.ExecutionPosted, {
        executionId: _id,
        budgetLineId: line._id,
        agencyId: line.agencyId,
        fiscalYear: line.fiscalYear,
        programCode: line.programCode,
        amountKRW: req.amount,
        spentOn: req.spentOn,
        source: req.source,
        sourceId: req.sourceId,
        consultingCaseId: doc.consultingCaseId ?? null,
        facilityId: doc.facilityId,
        exceededLine,
        remainingKRW: decision.remaining - req.amount,
        causationEventId: req.causationEventId,
      }),
      ...(exceededLine ? [overrun('POSTED_BY_TRANSFER')] : []),
      // Kept for the dispatch charges it always described (budgets.expenditure); ExecutionPosted supersedes it.
      ...(req.source === 'DISPATCH'
        ? [
            outbox.entry(EventTypes.ExpenditureRecorded, {
              expenditureId: _id,
              budgetLineId: line._id,
              agencyId: line.agencyId,
              fiscalYear: line.fiscalYear,
              amountKRW: req.amount,
              facilityId: doc.facilityId,
              dispatchId: doc.dispatchId,
              spentOn: req.spentOn,
              causationEventId: req.causationEventId,
            }),
          ]
        : []),
    ];
    try {
      await Expenditure.create({ ...doc, _outbox: events });
    } catch (error) {
      if ((error as { code?: unknown }).code === 11000) return { outcome: 'ALREADY_APPLIED' as const };
      throw error;
    }
    publish(Expenditure, _id);
    return { outcome: 'POSTED' as const, execution: doc };
  });
}

/** Where an event-fed execution goes: a line, or 미편성 (unbudgeted) with the reason. */
type Destination = { line: BudgetLineDoc } | { line: null; reason: 'NO_BUDGET_LINE' | 'AMBIGUOUS_BUDGET_LINE'; candidates: string[] };

/**
 * The line an event-fed execution goes to among the agency's lines of that year and purpose. A year in which the
 * agency has no budget line at all is not loaded yet: dead letter NO_BUDGET_LINE (redrive once it is). A year with
 * a budget but no (or several) lines for this cost: 미편성, recorded and reported.
 */
async function destinationOf(
  models: BudgetModels,
  agencyId: string,
  fiscalYear: number,
  purpose: BudgetPurpose,
  key: string | null,
  scopedOnly = false,
): Promise<Destination> {
  const lines = await models.BudgetLine.find({ agencyId, fiscalYear, purpose }).lean();
  const picked = pickLine(lines, key, scopedOnly);
  if (picked.ok) return { line: picked.line };
  if (!(await models.BudgetLine.exists({ agencyId, fiscalYear })))
    throw new PermanentEventError(
      'NO_BUDGET_LINE',
      `no ${purpose.toLowerCase().replace(/_/g, '-')} budget line for ${agencyId} in ${fiscalYear}${key ? ` (${key})` : ''}: the agency has no budget lines that year`,
    );
  return { line: null, reason: picked.code, candidates: picked.candidates };
}

/** True when the fact already led somewhere: posted, refused by the overrun rule, or recorded 미편성. */
async function alreadyApplied(models: BudgetModels, id: string, exceptUnbudgeted = false): Promise<boolean> {
  return (
    (await models.Expenditure.exists({ _id: id })) !== null ||
    (await models.RejectedExecution.exists({ _id: id })) !== null ||
    (!exceptUnbudgeted && (await models.UnbudgetedExecution.exists({ _id: id })) !== null)
  );
}

/**
 * assignUnbudgetedExecution: finance settles a 미편성 cost against a line of its agency and year (전용, 예비비 …).
 * It is posted under the overrun rule like a voucher (CONFLICT OVERRUN beyond a line without 전용), keeping its
 * source and id, and its 미편성 record is removed. Posted first, removed second: a retry after a failure in
 * between finds the execution and only removes the record.
 */
export async function assignUnbudgeted(models: BudgetModels, runtime: Runtime, rawId: string, rawLineId: string): Promise<ExpenditureDoc> {
  const id = unwrap(checkId(rawId));
  const lineId = unwrap(checkId(rawLineId, 'budgetLineId'));
  return withDocument(models.UnbudgetedExecution, id, async () => {
    const u = await models.UnbudgetedExecution.findById(id).lean();
    if (!u) throw notFound('UnbudgetedExecution', id);
    const posted = await models.Expenditure.findById(id).lean();
    if (posted) {
      await models.UnbudgetedExecution.deleteOne({ _id: id });
      return posted;
    }
    if (u.amount === null) throw conflict(`${id} has no amount (${u.reason}): set the rate first`, { reason: 'UNPRICED', id });
    const line = await models.BudgetLine.findById(lineId).lean();
    if (!line) throw notFound('BudgetLine', lineId);
    if (line.agencyId !== u.agencyId || line.fiscalYear !== u.fiscalYear)
      throw badInput(`${lineId} is not a line of ${u.agencyId} in ${u.fiscalYear}`, 'budgetLineId');
    const result = await postExecution(
      models,
      runtime,
      line,
      {
        source: u.source,
        sourceId: u.sourceId,
        amount: u.amount,
        spentOn: u.spentOn,
        payee: u.payee,
        facilityId: u.facilityId,
        dispatchId: u.source === 'DISPATCH' ? u.sourceId : null,
        consultingCaseId: u.consultingCaseId,
        causationEventId: u.causationEventId,
      },
      false,
      true,
    );
    if (result.outcome === 'REJECTED')
      throw conflict(`${u.amount}원 exceeds the ${result.remaining}원 left on ${line._id}, which allows no 전용`, {
        reason: 'OVERRUN',
        remaining: result.remaining,
        budgetLineId: line._id,
      });
    if (result.outcome === 'ALREADY_APPLIED') throw conflict(`${id} was already settled`, { id });
    if (result.outcome === 'NOT_IN_FORCE') throw notInForce(result.standing, line.agencyId, line.fiscalYear);
    await models.UnbudgetedExecution.deleteOne({ _id: id });
    return result.execution;
  });
}

export interface UnbudgetedRequest extends Omit<PostingRequest, 'amount' | 'dispatchId'> {
  amount: number | null;
  agencyId: string;
  fiscalYear: number;
  purpose: BudgetPurpose;
  key: string | null;
  reason: UnbudgetedReason;
  candidates: string[];
}

/** Records a 미편성 execution once per fact (same id as the execution it would have been). */
export function recordUnbudgeted(models: BudgetModels, req: UnbudgetedRequest): Promise<void> {
  const _id = executionId(req.source, req.sourceId);
  return withDocument(models.UnbudgetedExecution, _id, async () => {
    if (await alreadyApplied(models, _id)) return;
    try {
      await models.UnbudgetedExecution.create({
        _id,
        agencyId: req.agencyId,
        fiscalYear: req.fiscalYear,
        purpose: req.purpose,
        key: req.key,
        reason: req.reason,
        candidateLineIds: req.candidates,
        amount: req.amount,
        spentOn: req.spentOn,
        source: req.source,
        sourceId: req.sourceId,
        payee: req.payee,
        consultingCaseId: req.consultingCaseId ?? null,
        facilityId: req.facilityId ?? null,
        causationEventId: req.causationEventId,
        recordedAt: new Date(),
      });
    } catch (error) {
      if ((error as { code?: unknown }).code !== 11000) throw error;
    }
  });
}

/** Event handlers: each finds its line, computes the amount in integer 원 and posts once per fact. */
export function executionHandlers(models: BudgetModels, runtime: Runtime) {
  /** Posts against the line found, or records the cost 미편성; a fact seen before (whatever became of it) is skipped. */
  // A switch-off test run (PASS_SWITCH_OFF=fact-keys) keys each write by the delivery (its event id) instead
  // of the fact: the same fact published again under a new event id is then posted twice.
  const byDelivery = runtime.config.switchedOff.has('fact-keys');
  const apply = async (
    where: { agencyId: string; fiscalYear: number; purpose: BudgetPurpose; key: string | null; scopedOnly?: boolean },
    fact: Omit<PostingRequest, 'amount'> & { amount: number | null },
  ): Promise<void> => {
    const req = byDelivery ? { ...fact, sourceId: `${fact.sourceId}@${fact.causationEventId}` } : fact;
    // Nothing is paid for a zero amount (e.g. a meeting nobody attended): no execution, nothing to refuse.
    if (req.amount === 0) return;
    if (await alreadyApplied(models, executionId(req.source, req.sourceId))) return;
    const dest = await destinationOf(models, where.agencyId, where.fiscalYear, where.purpose, where.key, where.scopedOnly);
    let standing: BudgetStanding | null = null;
    if (dest.line && req.amount !== null) {
      const result = await postExecution(models, runtime, dest.line, { ...req, amount: req.amount }, true);
      if (result.outcome !== 'NOT_IN_FORCE') return;
      standing = result.standing;
    } else standing = await standingOf(models, where.agencyId, where.fiscalYear);
    const { dispatchId: _dispatch, ...rest } = req;
    await recordUnbudgeted(models, {
      ...rest,
      agencyId: where.agencyId,
      fiscalYear: where.fiscalYear,
      purpose: where.purpose,
      key: where.key,
      // A budget not in force comes first: the line (or its absence) is settled once the budget is approved.
      reason: !standing.inForce ? standing.reason : dest.line ? 'NO_RATE' : dest.reason,
      candidates: dest.line ? [dest.line._id] : dest.candidates,
    });
  };
  return {
    /** A completed dispatch's cost against the agency's substitute-dispatch (특별회계) line of the year it ended. */
    dispatchCompleted: async (event: DomainEvent<SubstituteDispatchCompletedData>) => {
      const d = event.data;
      await apply(
        { agencyId: d.agencyId, fiscalYear: fiscalYearOf(d.endDate), purpose: 'SUBSTITUTE_DISPATCH', key: null },
        {
          source: 'DISPATCH',
          sourceId: d.dispatchId,
          amount: d.costKRW,
          spentOn: d.endDate,
          payee: d.workerId,
          facilityId: d.facilityId,
          dispatchId: d.dispatchId,
          causationEventId: event.id,
        },
      );
    },
    /** A session's fee (hours × consultants × hourly fee, computed by consulting) against its programme's line. */
    consultingSessionHeld: async (event: DomainEvent<ConsultingSessionHeldData>) => {
      const d = event.data;
      await apply(
        { agencyId: d.agencyId, fiscalYear: fiscalYearOf(d.heldOn), purpose: 'CONSULTING', key: d.programmeCode },
        {
          source: 'CONSULTING_SESSION',
          sourceId: d.sessionId,
          amount: d.feeKRW,
          spentOn: d.heldOn,
          payee: d.consultantIds.join(','),
          consultingCaseId: d.caseId,
          causationEventId: event.id,
        },
      );
    },
    /** A delivered visit's amount (돌봄제공단가 pro rata, computed by care-services) against the care-provision line. */
    careVisitDelivered: async (event: DomainEvent<CareVisitDeliveredData>) => {
      const d = event.data;
      await apply(
        { agencyId: d.agencyId, fiscalYear: fiscalYearOf(d.deliveredOn), purpose: 'CARE_PROVISION', key: d.serviceType },
        {
          source: 'CARE_VISIT',
          sourceId: d.visitId,
          amount: d.amountKRW,
          spentOn: d.deliveredOn,
          payee: d.workerId ?? d.facilityId,
          facilityId: d.facilityId,
          causationEventId: event.id,
        },
      );
    },
    /**
     * 안전점검수당 of a P7 safety inspection (the agency's own programme: consulting states the agency) against the
     * agency's safety-inspection line, once per inspection. Inspections without an agency (the Seoul district
     * table's) or without a fee tier pay nothing from budgets.
     */
    inspectionCompleted: async (event: DomainEvent<InspectionCompletedData>) => {
      const d = event.data;
      if (!d.agencyId || d.kind !== 'SAFETY' || d.feeKRW == null) return;
      await apply(
        { agencyId: d.agencyId, fiscalYear: fiscalYearOf(d.inspectedOn), purpose: 'SAFETY_INSPECTION', key: null },
        {
          source: 'SAFETY_INSPECTION',
          sourceId: d.inspectionId,
          amount: d.feeKRW,
          spentOn: d.inspectedOn,
          // The 안전점검단 inspectors who are paid are not named by the event (the site is the source's subject).
          payee: null,
          causationEventId: event.id,
        },
      );
    },
    /** A paying committee's meeting: attendees × 위원회 참석수당 of the rate card in force that year. */
    meetingHeld: async (event: DomainEvent<MeetingHeldData>) => {
      const d = event.data;
      if (!paysAllowance(d.kind)) return;
      const year = fiscalYearOf(d.heldOn);
      const rate = rateOf(await findCardInForce(models, d.agencyId, year), RATE.COMMITTEE_ATTENDANCE);
      await apply(
        {
          agencyId: d.agencyId,
          fiscalYear: year,
          purpose: 'COMMITTEE_ALLOWANCE',
          key: d.kind,
          scopedOnly: allowanceNeedsScopedLine(d.kind),
        },
        {
          source: 'MEETING_ALLOWANCE',
          sourceId: d.meetingId,
          // No rate: the amount is unknown and the allowance is recorded 미편성 (NO_RATE) where a line exists.
          amount: rate ? attendanceAllowance(d.attendees, rate.unitPrice) : d.attendees === 0 ? 0 : null,
          spentOn: d.heldOn,
          payee: d.committeeId,
          causationEventId: event.id,
        },
      );
    },
  };
}

export interface VoucherInput {
  budgetLineId: string;
  voucherNo: string;
  amount: number;
  spentOn: string;
  payee: string;
}

/** postExecution: a voucher (지출결의) posted by hand; an overrun answers CONFLICT OVERRUN with the remaining amount. */
export async function postVoucher(models: BudgetModels, runtime: Runtime, input: VoucherInput): Promise<ExpenditureDoc> {
  const v = unwrap(
    all({
      budgetLineId: checkId(input.budgetLineId, 'budgetLineId'),
      voucherNo: checkId(input.voucherNo, 'voucherNo'),
      amount: checkInt(input.amount, 'amount', 1, 1_000_000_000_000),
      spentOn: checkDate(input.spentOn, 'spentOn'),
      payee: checkText(input.payee, 'payee', 100),
    }),
  );
  const line = await models.BudgetLine.findById(v.budgetLineId).lean();
  if (!line) throw notFound('BudgetLine', v.budgetLineId);
  if (fiscalYearOf(v.spentOn) !== line.fiscalYear)
    throw conflict(`spentOn ${v.spentOn} is outside the line's fiscal year ${line.fiscalYear}`, { reason: 'WRONG_FISCAL_YEAR' });
  const result = await postExecution(
    models,
    runtime,
    line,
    { source: 'VOUCHER', sourceId: v.voucherNo, amount: v.amount, spentOn: v.spentOn, payee: v.payee, causationEventId: null },
    false,
  );
  if (result.outcome === 'ALREADY_APPLIED')
    throw conflict(`voucher "${v.voucherNo}" is already posted`, { id: executionId('VOUCHER', v.voucherNo) });
  if (result.outcome === 'NOT_IN_FORCE') throw notInForce(result.standing, line.agencyId, line.fiscalYear);
  if (result.outcome === 'REJECTED')
    throw conflict(`${v.amount}원 exceeds the ${result.remaining}원 left on ${line._id}, which allows no 전용`, {
      reason: 'OVERRUN',
      remaining: result.remaining,
      budgetLineId: line._id,
    });
  return result.execution;
}
