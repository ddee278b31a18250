/**
 * A reliability run: faults in order under load, then the reconciliation and its report.
 * The short suite runs each fault once; the soak (bench/soak) repeats them until its time is up.
 */
import { expectedDeadLetters, ledger, readAll, headerOf, type Databases } from './harness';
import type { FaultResult } from './faults';
import { checkDispatchEvents, checkExecutions, replayExecutions, writeReport } from './reconcile';

export interface Reconciliation {
  pass: boolean;
  firstMismatch: string | null;
  dispatches: number;
  stepsAccepted: number;
  events: { expected: number; found: number; missing: number; duplicated: number; redeliveries: number };
  executions: { completed: number; executed: number; costTotalKRW: number; executedTotalKRW: number; kpiFacts: number };
  replay: { events: number; expected: number; actual: number; mismatches: number };
  deadLettered: Record<string, number>;
}

/** `since`: the run's start; dead letters of earlier tests in the same namespace are not the run's. */
export async function reconcile(dbs: Databases, since = 0): Promise<Reconciliation> {
  const records = [...ledger.values()];
  const topicMessages = await readAll('staffing.substitute-dispatch');
  const [events, exec, replay] = [
    await checkDispatchEvents(dbs, records, topicMessages),
    await checkExecutions(dbs, records),
    await replayExecutions(dbs),
  ];
  // Every dead letter of the run must be one the suite caused on purpose (fault e), each exactly once.
  const deadLettered: Record<string, number> = {};
  const unexpectedDeadLetters: string[] = [];
  const seen = new Map<string, number>();
  for (const service of ['budgets', 'governance', 'staffing', 'care-services', 'consulting', 'outreach']) {
    for (const { message } of await readAll(`dlq.${service}`)) {
      if (Date.parse(headerOf(message, 'dlq_failed_at') ?? '') < since) continue;
      const code = headerOf(message, 'dlq_error_code') ?? '?';
      deadLettered[`${service}:${code}`] = (deadLettered[`${service}:${code}`] ?? 0) + 1;
      const id = `${service}:${message.key?.toString() ?? ''}`;
      seen.set(id, (seen.get(id) ?? 0) + 1);
      if (expectedDeadLetters.get(id) !== code)
        unexpectedDeadLetters.push(`${id} ${code}: ${headerOf(message, 'dlq_error_message') ?? ''}`);
    }
  }
  const deadLetterMismatches = [
    ...unexpectedDeadLetters.map((m) => `dead-lettered though nothing was wrong with it: ${m}`),
    ...[...expectedDeadLetters.keys()]
      .filter((id) => seen.get(id) !== 1)
      .map((id) => `dead-lettered ${seen.get(id) ?? 0}× (expected once): ${id}`),
  ];
  const mismatches = [
    ...events.missing.map((m) => `event missing: ${m}`),
    ...events.duplicated.map((m) => `event published twice: ${m}`),
    ...events.requestIdMismatch.map((m) => `event without the accepting request's id: ${m}`),
    ...exec.missing.map((m) => `no execution for completed dispatch ${m}`),
    ...exec.wrongAmount.map((m) => `execution amount: ${m}`),
    ...exec.postedTwice.map((m) => `execution posted twice: ${m}`),
    ...exec.kpiMissing.map((m) => `governance KPI misses dispatch ${m}`),
    ...replay.mismatches.map((m) => `replay: ${m}`),
    ...deadLetterMismatches,
    ...(exec.executedTotal !== exec.costTotal ? [`budgets executed ${exec.executedTotal}원 ≠ staffing completed ${exec.costTotal}원`] : []),
  ];
  return {
    pass: mismatches.length === 0,
    firstMismatch: mismatches[0] ?? null,
    dispatches: records.length,
    stepsAccepted: records.reduce((n, r) => n + Object.keys(r.steps).length, 0),
    events: {
      expected: events.expected,
      found: events.found,
      missing: events.missing.length,
      duplicated: events.duplicated.length,
      redeliveries: events.redeliveries,
    },
    executions: {
      completed: exec.completed,
      executed: exec.executions,
      costTotalKRW: exec.costTotal,
      executedTotalKRW: exec.executedTotal,
      kpiFacts: exec.completed - exec.kpiMissing.length,
    },
    replay: { events: replay.events, expected: replay.expected, actual: replay.actual, mismatches: replay.mismatches.length },
    deadLettered,
  };
}

/** A plain summary of the run (printed) and the same as JSON in `.infra/<name>.json`. */
export function report(name: string, faults: FaultResult[], rec: Reconciliation, startedAt: number): string {
  const requests = faults.reduce((n, f) => n + f.load.requests, 0);
  const byOutcome: Record<string, number> = {};
  for (const f of faults) for (const [k, v] of Object.entries(f.load.byOutcome)) byOutcome[k] = (byOutcome[k] ?? 0) + v;
  const accepted = faults.reduce((n, f) => n + f.load.mutations.accepted, 0);
  const lines = [
    `${name}: ${faults.length} faults in ${((Date.now() - startedAt) / 1000).toFixed(0)}s, ${requests} requests, ${accepted} mutations accepted`,
    ...faults.map(
      (f) =>
        `  ${f.fault.padEnd(27)} ${String(f.load.requests).padStart(5)} req  ${String(f.load.mutations.accepted).padStart(4)} accepted  ` +
        `recovery ${(f.recoveryMs / 1000).toFixed(1)}s  settle ${(f.settleMs / 1000).toFixed(1)}s  max backlog ${f.maxOutboxBacklog}`,
    ),
    `  answers: ${Object.entries(byOutcome)
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `  events: ${rec.events.found}/${rec.events.expected} steps published, lost ${rec.events.missing}, duplicated ${rec.events.duplicated}, redelivered ${rec.events.redeliveries}`,
    `  budgets: ${rec.executions.executed} executions for ${rec.executions.completed} completed dispatches, ${rec.executions.executedTotalKRW}원 vs ${rec.executions.costTotalKRW}원; governance KPI counts ${rec.executions.kpiFacts}`,
    `  replay from offset 0: ${rec.replay.events} messages → ${rec.replay.expected} executions, budgets has ${rec.replay.actual}, ${rec.replay.mismatches} mismatches`,
    `  dead-lettered: ${JSON.stringify(rec.deadLettered)}`,
    `  reconciliation ${rec.pass ? 'PASS' : `FAIL (first mismatch: ${rec.firstMismatch})`}`,
  ];
  const file = writeReport(name, { faults, byOutcome, reconciliation: rec, requests, mutationsAccepted: accepted });
  return `${lines.join('\n')}\n  report: ${file}`;
}
