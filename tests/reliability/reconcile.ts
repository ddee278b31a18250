/**
 * Reconciliation: what the gateway accepted against what is on the topics and in the read models.
 * - every accepted dispatch step has its event on `staffing.substitute-dispatch` exactly once in effect
 *   (one distinct event id per dispatch and step; redeliveries of the same id are allowed and counted);
 * - budgets' executions from dispatches equal a fresh replay of that topic from offset 0 through the
 *   consumer's own rules (`pickLine`), folded here in the test;
 * - cross-service totals: budgets' executions for the load's dispatches = staffing's completed dispatches × cost,
 *   and governance's KPI facts count the same dispatches.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EventCatalog } from '../../packages/platform/src/events/catalog';
import { fromKafkaMessage } from '../../packages/platform/src/events/envelope';
import { pickLine } from '../../services/budgets/src/domain';
import {
  EVENT_OF,
  headerOf,
  injectedEventIds,
  readAll,
  STEPS,
  type Databases,
  type DispatchRecord,
  type Step,
  type TopicMessage,
} from './harness';

const catalog = EventCatalog.load(path.resolve(__dirname, '..', '..', 'schemas', 'events'));
const ORDER = ['REQUESTED', 'MATCHED', 'DISPATCHED', 'COMPLETED'];

export interface EventCheck {
  /** Steps the ledger or staffing's database says happened, each needing one event. */
  expected: number;
  found: number;
  /** `dispatch step` with no event. */
  missing: string[];
  /** `dispatch step` with more than one distinct event id: a mutation published twice. */
  duplicated: string[];
  /** Accepted answers whose event does not carry the request's id. */
  requestIdMismatch: string[];
  /** Messages that repeat an event id already on the topic (at least once on the wire; harmless). */
  redeliveries: number;
  /** Outbox entries still pending in staffing's database. */
  pendingInOutbox: number;
}

/** Indexes a topic by `subject|type` → distinct event ids and their request ids. */
function indexEvents(messages: TopicMessage[]) {
  const ids = new Map<string, Set<string>>();
  const requestIds = new Map<string, Set<string>>();
  const seen = new Set<string>();
  let redeliveries = 0;
  for (const { message } of messages) {
    const id = headerOf(message, 'ce_id') ?? '';
    if (injectedEventIds.has(id)) continue; // the suite's own duplicates (fault e)
    if (seen.has(id)) redeliveries++;
    seen.add(id);
    const key = `${headerOf(message, 'ce_subject')}|${headerOf(message, 'ce_type')}`;
    if (!ids.has(key)) ids.set(key, new Set());
    ids.get(key)?.add(id);
    const rid = headerOf(message, 'ce_requestid');
    if (rid) {
      if (!requestIds.has(key)) requestIds.set(key, new Set());
      requestIds.get(key)?.add(rid);
    }
  }
  return { ids, requestIds, redeliveries };
}

/** Every step of these dispatches (accepted, or reached according to staffing's database) is published exactly once. */
export async function checkDispatchEvents(dbs: Databases, records: DispatchRecord[], messages?: TopicMessage[]): Promise<EventCheck> {
  const all = messages ?? (await readAll('staffing.substitute-dispatch'));
  const { ids, requestIds, redeliveries } = indexEvents(all);
  const docs = await dbs
    .collection('staffing', 'substitute_dispatches')
    .find({ _id: { $in: records.map((r) => r.id) } }, { projection: { status: 1, _outbox: 1 } })
    .toArray();
  const status = new Map(docs.map((d) => [d._id, String(d['status'])]));
  const pendingInOutbox = docs.reduce((n, d) => n + ((d['_outbox'] as unknown[] | undefined)?.length ?? 0), 0);
  const out: EventCheck = { expected: 0, found: 0, missing: [], duplicated: [], requestIdMismatch: [], redeliveries, pendingInOutbox };
  for (const r of records) {
    const reached = ORDER.indexOf(status.get(r.id) ?? '');
    for (const [i, step] of STEPS.entries()) {
      const accepted = r.steps[step as Step];
      if (!accepted && i > reached) continue;
      out.expected++;
      const key = `${r.id}|${EVENT_OF[step]}`;
      const n = ids.get(key)?.size ?? 0;
      if (n === 0) out.missing.push(`${r.id} ${step}`);
      else out.found++;
      if (n > 1) out.duplicated.push(`${r.id} ${step} (${n} event ids)`);
      if (accepted?.requestId && n > 0 && !requestIds.get(key)?.has(accepted.requestId)) out.requestIdMismatch.push(`${r.id} ${step}`);
      if (accepted && i > reached) out.missing.push(`${r.id} ${step} accepted but staffing says ${status.get(r.id) ?? 'no such dispatch'}`);
    }
  }
  return out;
}

export interface ExecutionCheck {
  completed: number;
  executions: number;
  /** Completed dispatches without an execution (lost). */
  missing: string[];
  wrongAmount: string[];
  /** Executions announced by more than one distinct ExecutionPosted event (applied twice). */
  postedTwice: string[];
  /** Completed dispatches governance's KPI does not count. */
  kpiMissing: string[];
  costTotal: number;
  executedTotal: number;
}

/** budgets and governance against staffing for these dispatches: exactly one execution (and KPI fact) per completed one. */
export async function checkExecutions(dbs: Databases, records: DispatchRecord[]): Promise<ExecutionCheck> {
  const completedDocs = await dbs
    .collection('staffing', 'substitute_dispatches')
    .find({ _id: { $in: records.map((r) => r.id) }, status: 'COMPLETED' }, { projection: { cost: 1 } })
    .toArray();
  const cost = new Map(completedDocs.map((d) => [d._id, Number(d['cost'])]));
  const ids = [...cost.keys()].map((id) => `dispatch:${id}`);
  const [posted, rejected, kpi] = await Promise.all([
    dbs
      .collection('budgets', 'expenditures')
      .find({ _id: { $in: ids } })
      .toArray(),
    dbs
      .collection('budgets', 'rejected_executions')
      .find({ _id: { $in: ids } })
      .toArray(),
    dbs
      .collection('governance', 'kpi_facts')
      .find({ _id: { $in: [...cost.keys()].map((id) => `DISPATCHES_COMPLETED:${id}`) } }, { projection: { _id: 1 } })
      .toArray(),
  ]);
  const executed = new Map([...posted, ...rejected].map((e) => [String(e._id).slice('dispatch:'.length), Number(e['amount'])]));
  const counted = new Set(kpi.map((k) => String(k._id).slice('DISPATCHES_COMPLETED:'.length)));
  const events = await readAll('budgets.execution');
  const postedIds = new Map<string, Set<string>>();
  for (const { message } of events) {
    if (headerOf(message, 'ce_type') !== 'pass.budgets.ExecutionPosted.v1') continue;
    const subject = headerOf(message, 'ce_subject') ?? '';
    if (!postedIds.has(subject)) postedIds.set(subject, new Set());
    postedIds.get(subject)?.add(headerOf(message, 'ce_id') ?? '');
  }
  const out: ExecutionCheck = {
    completed: cost.size,
    executions: executed.size,
    missing: [],
    wrongAmount: [],
    postedTwice: [],
    kpiMissing: [],
    costTotal: [...cost.values()].reduce((s, c) => s + c, 0),
    executedTotal: [...executed.values()].reduce((s, c) => s + c, 0),
  };
  for (const [id, c] of cost) {
    const amount = executed.get(id);
    if (amount === undefined) out.missing.push(id);
    else if (amount !== c) out.wrongAmount.push(`${id}: ${amount} ≠ ${c}`);
    if ((postedIds.get(`dispatch:${id}`)?.size ?? 0) > 1) out.postedTwice.push(id);
    if (!counted.has(id)) out.kpiMissing.push(id);
  }
  return out;
}

export interface ReplayCheck {
  events: number;
  expected: number;
  actual: number;
  mismatches: string[];
}

/**
 * Replays `staffing.substitute-dispatch` from offset 0 into a fresh fold with budgets' rules — first valid
 * SubstituteDispatchCompleted per dispatch, on the one substitute-dispatch line of its agency and year, zero
 * amounts post nothing — and compares it with budgets' read model (posted and refused executions from dispatches).
 */
export async function replayExecutions(dbs: Databases): Promise<ReplayCheck> {
  const messages = await readAll('staffing.substitute-dispatch');
  const lines = (await dbs.collection('budgets', 'budget_lines').find({ purpose: 'SUBSTITUTE_DISPATCH' }).toArray()) as unknown as {
    _id: string;
    agencyId: string;
    fiscalYear: number;
    purposeScope?: string[];
  }[];
  const expected = new Map<string, number>();
  const seen = new Set<string>();
  for (const { message } of messages) {
    const decoded = fromKafkaMessage(message, catalog);
    if (!decoded.ok || decoded.event.type !== EVENT_OF.complete || seen.has(decoded.event.id)) continue;
    seen.add(decoded.event.id);
    const d = decoded.event.data as { dispatchId: string; agencyId: string; endDate: string; costKRW: number };
    const id = `dispatch:${d.dispatchId}`;
    if (expected.has(id) || d.costKRW === 0) continue;
    const year = Number(d.endDate.slice(0, 4));
    if (
      !pickLine(
        lines.filter((l) => l.agencyId === d.agencyId && l.fiscalYear === year),
        null,
      ).ok
    )
      continue; // dead-lettered
    expected.set(id, d.costKRW);
  }
  const [posted, rejected] = await Promise.all([
    dbs
      .collection('budgets', 'expenditures')
      .find({ source: 'DISPATCH' }, { projection: { amount: 1 } })
      .toArray(),
    dbs
      .collection('budgets', 'rejected_executions')
      .find({ source: 'DISPATCH' }, { projection: { amount: 1 } })
      .toArray(),
  ]);
  const actual = new Map([...posted, ...rejected].map((e) => [String(e._id), Number(e['amount'])]));
  const mismatches: string[] = [];
  for (const [id, amount] of expected) {
    if (!actual.has(id)) mismatches.push(`${id}: replay posts ${amount}, budgets has nothing`);
    else if (actual.get(id) !== amount) mismatches.push(`${id}: replay posts ${amount}, budgets ${actual.get(id)}`);
  }
  for (const [id, amount] of actual) if (!expected.has(id)) mismatches.push(`${id}: budgets has ${amount}, the replay nothing`);
  return { events: messages.length, expected: expected.size, actual: actual.size, mismatches };
}

/** Writes the run's report as JSON beside the logs and returns its path. */
export function writeReport(name: string, report: unknown): string {
  const file = path.resolve(__dirname, '..', '..', '.infra', `${name}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(report, null, 2));
  return file;
}
