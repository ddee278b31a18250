/**
 * Two processes of staffing, budgets and care-services on one database and one consumer group: concurrent
 * mutations on the same aggregates through both, concurrent (and duplicated) events into their consumers, one
 * process SIGKILLed mid-run, the rest on the survivors, then a reconciliation from the databases and Kafka:
 * no lost update, no duplicated effect, every event applied once, no rule broken, every outbox drained.
 * With per-process locks only (FerretDB v1 isolates nothing) the races below break it in practically every run.
 */
import type { ServiceName } from '@pass-graph/platform';
import { envelope, eventually, ok, sendAtOnce } from './support/client';
import {
  direct,
  firstProcess,
  isOk,
  killReplica,
  outcome,
  reason,
  startReplica,
  stopReplica,
  type Replica,
  type Reply,
} from './support/replicas';
import { writeReport } from './reliability/reconcile';
import { Databases, headerOf, lag, readAll, timeUntil, type TopicMessage } from './reliability/harness';

const AGENCY = 'jeonbuk-pass';
const PROVIDER = 'jb-provider-namwon-01';

// staffing: every step of a dispatch sent to both processes at once (each with its own worker for the match).
const DISPATCHES = 10;
const REQUEST = `mutation($input: RequestSubstituteDispatchInput!) { requestSubstituteDispatch(input: $input) { id } }`;
const REGISTER_WORKER = `mutation($input: RegisterSubstituteWorkerInput!) { registerSubstituteWorker(input: $input) { id } }`;
const MATCH = `mutation($id: ID!, $w: ID!) { matchSubstituteDispatch(id: $id, workerId: $w) { id status } }`;
const START = `mutation($id: ID!) { startSubstituteDispatch(id: $id) { id status } }`;
const COMPLETE = `mutation($id: ID!) { completeSubstituteDispatch(id: $id) { id status } }`;
const STEP_EVENTS = ['Requested', 'Matched', 'Started', 'Completed'].map((s) => `pass.staffing.SubstituteDispatch${s}.v1`);

// budgets, vouchers: lines of 1,800,000원 take three vouchers of 600,000원; each process sends four to every line
// (line 0 allows 전용 and takes all eight).
const VOUCHER_LINES = 6;
const VOUCHER_KRW = 600_000;
const FITS = 3;
const LINE_KRW = FITS * VOUCHER_KRW;
const VOUCHERS_PER_PROCESS = 4;
const REGISTER_LINE = `mutation($input: RegisterBudgetLineInput!) { registerBudgetLine(input: $input) { id } }`;
const VOUCHER = `mutation($input: PostExecutionInput!) { postExecution(input: $input) { id amount } }`;

// budgets, events: completions of 600,000원 injected for a substitute-dispatch line per year that takes one.
const EVENT_YEARS = [2027, 2028, 2029, 2032, 2033];
const FACTS_PER_YEAR = 8;
const EVENT_LINE_KRW = VOUCHER_KRW;

// care-services: recipients with 48 of their 72 emergency-care hours used; four 24-hour visits race for the rest.
const RECIPIENTS = 5;
const REGISTER_RECIPIENT = `mutation($input: RegisterCareRecipientInput!) { registerCareRecipient(input: $input) { id } }`;
const MOVE = `mutation($id: ID!, $s: CareRecipientStatus!, $on: Date!) { moveCareRecipient(id: $id, status: $s, on: $on) { status } }`;
const VISIT = `mutation($input: RecordCareVisitInput!) { recordCareVisit(input: $input) { id hours } }`;
const ECW = 'replicas-ecw';
const CAP_HOURS = 72;

/** A one-day dispatch of the provider, paid by the agency (no facility's dispatch list grows). */
const dispatchInput = (day: string) => ({
  providerId: PROVIDER,
  agencyId: AGENCY,
  reason: 'SICK_LEAVE',
  absentRole: 'CARE_WORKER',
  requestedOn: day,
  startDate: day,
  endDate: day,
  dailyRate: 76_960,
});

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const pad = (n: number): string => String(n).padStart(2, '0');

/** The two processes of each service: the platform's own (the gateway routes to it) and the replica. */
const PROCESSES = ['first', 'replica'] as const;

/** One mutation as the ledger keeps it: which process, what it answered (and, after a lost answer, the retry's). */
interface Sent {
  id: string;
  via: (typeof PROCESSES)[number];
  reply: Reply<unknown>;
  retry?: Reply<unknown>;
}

/** Distinct event ids of one event type per value of a payload field (the aggregate or fact it is about). */
function eventIds(messages: TopicMessage[], type: string, field: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { message } of messages) {
    if (headerOf(message, 'ce_type') !== type) continue;
    const about = String((JSON.parse(message.value?.toString() ?? '{}') as Record<string, unknown>)[field]);
    const ids = out.get(about) ?? new Set<string>();
    ids.add(headerOf(message, 'ce_id') ?? '?');
    out.set(about, ids);
  }
  return out;
}
const count = (ids: Map<string, Set<string>>, about: string): number => ids.get(about)?.size ?? 0;

describe('two processes of a service on one database and one consumer group', () => {
  const replicas = new Map<ServiceName, Replica>();
  let dbs: Databases;

  beforeAll(async () => {
    dbs = await Databases.open();
  });

  afterAll(async () => {
    // The extra processes go whatever happened (a killed one is only forgotten).
    await Promise.all([...replicas.values()].map(stopReplica));
    await dbs?.close();
  });

  it('loses no update, duplicates no effect and breaks no rule, with one process SIGKILLed mid-run', async () => {
    const t0 = Date.now();
    const problems: string[] = [];

    // ------------------------------------------------------------ fixtures, through the gateway (one process each)
    const dispatchIds = range(DISPATCHES).map((i) => `replicas-d-${i}`);
    const workerOf = (i: number, side: 'a' | 'b'): string => `replicas-w-${i}-${side}`;
    await Promise.all(
      PROCESSES.map((via, i) =>
        ok(REQUEST, { input: { ...dispatchInput(`2023-08-${pad(i + 1)}`), id: `replicas-warm-${via}` } }).then(() =>
          ok(REGISTER_WORKER, {
            input: { id: `replicas-w-warm-${via}`, alias: `복제 예열 ${i}`, jobType: 'CARE', residenceDistrict: '장수군' },
          }),
        ),
      ),
    );
    await Promise.all(
      range(DISPATCHES).map(async (i) => {
        for (const side of ['a', 'b'] as const)
          await ok(REGISTER_WORKER, {
            input: { id: workerOf(i, side), alias: `복제 ${i}${side}`, jobType: 'CARE', residenceDistrict: '장수군' },
          });
        await ok(REQUEST, { input: { ...dispatchInput(`2023-07-${pad(i + 1)}`), id: dispatchIds[i] } });
      }),
    );
    const voucherLines = range(VOUCHER_LINES).map((i) => `replicas-voucher-line-${i}`);
    const eventLines = EVENT_YEARS.map((y) => `replicas-dispatch-line-${y}`);
    const line = (id: string, fiscalYear: number, programCode: string, purpose: string, transfersAllowed: boolean, amount = LINE_KRW) =>
      ok(REGISTER_LINE, {
        input: {
          id,
          agencyId: AGENCY,
          fiscalYear,
          programCode,
          name: `복제 시험 ${programCode}`,
          fundingSource: 'UNSPECIFIED',
          purpose,
          amountThousandKRW: amount / 1000,
          transfersAllowed,
        },
      });
    await Promise.all([
      ...voucherLines.map((id, i) => line(id, 2026, `RV${i}`, 'GENERAL', i === 0)),
      line('replicas-voucher-line-warm', 2026, 'RVW', 'GENERAL', true),
      ...EVENT_YEARS.map((y, i) => line(eventLines[i] as string, y, `RD${y}`, 'SUBSTITUTE_DISPATCH', false, EVENT_LINE_KRW)),
    ]);
    await ok(`mutation($input: RegisterEmergencyCareWorkerInput!) { registerEmergencyCareWorker(input: $input) { id } }`, {
      input: { id: ECW, alias: '복제 긴급', districts: ['전주시'] },
    });
    const recipientIds = range(RECIPIENTS).map((i) => `replicas-rcp-${i}`);
    const WARM_RECIPIENT = 'replicas-rcp-warm';
    const visitInput = (id: string, recipientId: string, deliveredOn: string) => ({
      input: { id, recipientId, workerIds: [ECW], serviceType: 'EMERGENCY_CARE', activities: ['HOUSEWORK'], deliveredOn, hours: 24 },
    });
    await Promise.all(
      [...recipientIds, WARM_RECIPIENT].map(async (id, i) => {
        await ok(REGISTER_RECIPIENT, {
          input: {
            id,
            facilityId: 'jeonbuk-hcc-jeonbuk',
            district: '전주시',
            name: '복제가상',
            birthDate: `1938-01-${pad(i + 1)}`,
            residentRegistrationNumber: `3801${pad(i + 1)}-1990${String(i).padStart(3, '0')}`,
            household: 'LIVING_ALONE',
            eligibilityReasons: ['SUDDEN_CRISIS'],
            identifiedOn: '2023-09-28',
          },
        });
        for (const [s, on] of [
          ['SCREENED', '2023-09-29'],
          ['SELECTED', '2023-09-30'],
          ['RECEIVING', '2023-09-30'],
        ])
          await ok(MOVE, { id, s, on });
        if (id === WARM_RECIPIENT) return;
        // Care-services learns of the pool worker from staffing's event: the first visit waits for it.
        await eventually(`${id}'s first visit`, () => ok(VISIT, visitInput(`${id}-v1`, id, '2023-10-01')), 60_000);
        await ok(VISIT, visitInput(`${id}-v2`, id, '2023-10-02'));
      }),
    );
    const fixturesMs = Date.now() - t0;

    // ------------------------------------------------------------ the second processes
    const t1 = Date.now();
    await Promise.all((['staffing', 'budgets', 'care-services'] as const).map(async (s) => replicas.set(s, await startReplica(s))));
    const replicasMs = Date.now() - t1;
    const port = (service: ServiceName, via: Sent['via']): number =>
      via === 'first' ? firstProcess(service).port : (replicas.get(service) as Replica).port;

    // Warm-up: each process serves each kind of mutation once, on aggregates of its own, so that a new process's
    // first (slow) requests do not keep it out of the races below.
    const must = async (what: string, reply: Promise<Reply<unknown>>): Promise<void> => {
      const r = await reply;
      if (r.kind !== 'OK') throw new Error(`warm-up ${what}: ${outcome(r)} ${r.kind === 'ERROR' ? r.message : r.reason}`);
    };
    await Promise.all(
      PROCESSES.map(async (via, i) => {
        const d = `replicas-warm-${via}`;
        await must('match', direct(port('staffing', via), MATCH, { id: d, w: `replicas-w-warm-${via}` }));
        await must('start', direct(port('staffing', via), START, { id: d }));
        await must('complete', direct(port('staffing', via), COMPLETE, { id: d }));
        await must(
          'voucher',
          direct(port('budgets', via), VOUCHER, {
            input: {
              budgetLineId: 'replicas-voucher-line-warm',
              voucherNo: `replicas-warm-${via}`,
              amount: 1_000,
              spentOn: '2026-03-02',
              payee: '예열',
            },
          }),
        );
        await must(
          'visit',
          direct(port('care-services', via), VISIT, visitInput(`${WARM_RECIPIENT}-${via}`, WARM_RECIPIENT, `2023-10-0${i + 1}`)),
        );
      }),
    );

    // ------------------------------------------------------------ phase 1: everything at once, through both
    const t2 = Date.now();
    // Completions for each year's line, keyed by dispatch (so both processes' partitions get some), one delivered
    // twice and one repeated under a new envelope id.
    const facts = EVENT_YEARS.flatMap((year) =>
      range(FACTS_PER_YEAR).map((i) => {
        const day = `${year}-01-${pad(i + 1)}`;
        const dispatchId = `replicas-fact-${year}-${i}`;
        const data = {
          dispatchId,
          facilityId: null,
          providerId: PROVIDER,
          agencyId: AGENCY,
          workerId: 'replicas-fact-worker',
          startDate: day,
          endDate: day,
          days: 1,
          dailyRateKRW: VOUCHER_KRW,
          costKRW: VOUCHER_KRW,
          completedAt: `${day}T09:00:00.000Z`,
        };
        return { year, dispatchId, message: envelope('staffing', STEP_EVENTS[3] as string, dispatchId, data), data };
      }),
    );
    const injectedIds = new Set(facts.map((f) => f.message.headers.ce_id));
    const again = (f: (typeof facts)[number]) => {
      const m = envelope('staffing', STEP_EVENTS[3] as string, f.dispatchId, f.data);
      injectedIds.add(m.headers.ce_id);
      return m;
    };
    const firstOfYear = facts.filter((_, i) => i % FACTS_PER_YEAR === 0);
    const secondOfYear = facts.filter((_, i) => i % FACTS_PER_YEAR === 1);
    // All in one produce request, before the HTTP races: both processes' consumers get their share at once.
    await sendAtOnce(
      'staffing.substitute-dispatch',
      ...facts.map((f) => f.message),
      ...firstOfYear.map((f) => f.message),
      ...secondOfYear.map(again),
    );

    const races = new Map<string, Record<string, Sent[]>>(); // dispatch → step → both answers
    const staffingRaces = Promise.all(
      dispatchIds.map(async (id, i) => {
        const steps: Record<string, Sent[]> = {};
        races.set(id, steps);
        for (const [step, query] of [
          ['match', MATCH],
          ['start', START],
          ['complete', COMPLETE],
        ] as const) {
          steps[step] = await Promise.all(
            PROCESSES.map(async (via) => ({
              id,
              via,
              reply: await direct(port('staffing', via), query, { id, w: workerOf(i, via === 'first' ? 'a' : 'b') }),
            })),
          );
          if (!steps[step]?.some((s) => isOk(s.reply))) break; // nobody won: reported below
        }
      }),
    );

    const vouchers: (Sent & { line: string; lineIndex: number })[] = [];
    let replicaAnswers = 0;
    let killedAt = 0;
    const budgetsReplica = replicas.get('budgets') as Replica;
    // SIGKILL the budgets replica once it has answered half its vouchers: the rest of its requests (and the events it
    // was consuming) are cut off mid-flight.
    const killSoon = (): void => {
      if (killedAt === 0 && replicaAnswers >= (VOUCHER_LINES * VOUCHERS_PER_PROCESS) / 2) {
        killedAt = Date.now();
        killReplica(budgetsReplica);
      }
    };
    // Every voucher at once: each process queues its four per line back to back, so both post until the line is full.
    const voucherWave = Promise.all(
      voucherLines.flatMap((lineId, lineIndex) =>
        PROCESSES.flatMap((via) =>
          range(VOUCHERS_PER_PROCESS).map(async (k) => {
            const voucherNo = `replicas-v-${lineIndex}-${via}-${k}`;
            const reply = await direct(port('budgets', via), VOUCHER, {
              input: { budgetLineId: lineId, voucherNo, amount: VOUCHER_KRW, spentOn: '2026-03-02', payee: '복제 시험' },
            });
            vouchers.push({ id: voucherNo, via, reply, line: lineId, lineIndex });
            if (via === 'replica' && reply.kind !== 'NO_ANSWER') replicaAnswers++;
            killSoon();
          }),
        ),
      ),
    );

    const visits: (Sent & { recipientId: string })[] = [];
    const careRaces = Promise.all(
      recipientIds.flatMap((recipientId) =>
        PROCESSES.map(async (via) => {
          for (const k of [0, 1]) {
            const id = `${recipientId}-${via}-${k}`;
            const day = `2023-10-${pad(3 + (via === 'first' ? 0 : 2) + k)}`;
            visits.push({ id, via, recipientId, reply: await direct(port('care-services', via), VISIT, visitInput(id, recipientId, day)) });
          }
        }),
      ),
    );

    await Promise.all([staffingRaces, voucherWave, careRaces]);
    if (killedAt === 0) {
      killedAt = Date.now(); // the wave ended before four answers (should not happen): kill it now all the same
      killReplica(budgetsReplica);
    }
    const phase1Ms = Date.now() - t2;

    // ------------------------------------------------------------ phase 2: the survivors
    const t3 = Date.now();
    // A lost answer may hide a posted voucher: the retry through the survivor says which (already posted, or not).
    await Promise.all(
      vouchers
        .filter((x) => x.reply.kind === 'NO_ANSWER')
        .map(async (v) => {
          v.retry = await direct(port('budgets', 'first'), VOUCHER, {
            input: { budgetLineId: v.line, voucherNo: v.id, amount: VOUCHER_KRW, spentOn: '2026-03-02', payee: '복제 시험' },
          });
        }),
    );
    // The same facts again: one event id redelivered, one fact under a new id; the survivor takes them all.
    await sendAtOnce('staffing.substitute-dispatch', ...secondOfYear.map((f) => f.message), ...firstOfYear.map(again));

    // Settled: every outbox empty (the dead process's too: the survivors' relays sweep them) and no consumer behind.
    const outboxes: [ServiceName, string][] = [
      ['staffing', 'substitute_dispatches'],
      ['budgets', 'expenditures'],
      ['budgets', 'rejected_executions'],
      ['care-services', 'care_visits'],
      ['staffing', '_audit'],
      ['budgets', '_audit'],
      ['care-services', '_audit'],
    ];
    let pending = '';
    const settleMs = await timeUntil(
      'outboxes drained and consumers caught up',
      async () => {
        const backlog = await dbs.outboxBacklog(outboxes);
        pending = `backlog ${backlog}`;
        return backlog === 0 && (await lag()) === 0;
      },
      120_000,
      500,
    ).catch((error: unknown) => {
      throw new Error(`${String(error)} (${pending}): ${problems.join('; ')}`);
    });
    const phase2Ms = Date.now() - t3 - settleMs;

    // ------------------------------------------------------------ reconciliation
    // staffing: each step won by exactly one process, the other refused; one event per step; the winner's worker.
    const dispatchTopic = await readAll('staffing.substitute-dispatch');
    const dispatchEvents = new Map(STEP_EVENTS.map((type) => [type, eventIds(dispatchTopic, type, 'dispatchId')]));
    const dispatchDocs = new Map(
      (
        await dbs
          .collection('staffing', 'substitute_dispatches')
          .find({ _id: { $in: dispatchIds } })
          .toArray()
      ).map((d) => [d._id, d]),
    );
    let doubleWins = 0;
    for (const [i, id] of dispatchIds.entries()) {
      const steps = races.get(id) ?? {};
      for (const step of ['match', 'start', 'complete']) {
        const answers = steps[step] ?? [];
        const winners = answers.filter((s) => isOk(s.reply));
        const losers = answers.filter((s) => !isOk(s.reply));
        if (winners.length !== 1) {
          if (winners.length > 1) doubleWins++;
          problems.push(
            `${id} ${step}: ${winners.length} processes applied it (${answers.map((s) => `${s.via} ${outcome(s.reply)}`).join(', ')})`,
          );
        }
        for (const l of losers)
          if (l.reply.kind !== 'ERROR' || l.reply.code !== 'CONFLICT')
            problems.push(`${id} ${step} via ${l.via}: ${outcome(l.reply)} instead of CONFLICT`);
      }
      const matchWinner = (steps['match'] ?? []).find((s) => isOk(s.reply));
      const doc = dispatchDocs.get(id);
      if (doc?.['status'] !== 'COMPLETED') problems.push(`${id} is ${String(doc?.['status'])}, not COMPLETED`);
      if (matchWinner && doc?.['workerId'] !== workerOf(i, matchWinner.via === 'first' ? 'a' : 'b'))
        problems.push(`${id} has worker ${String(doc?.['workerId'])}, but the match accepted was ${matchWinner.via}'s`);
      for (const type of STEP_EVENTS) {
        const n = count(dispatchEvents.get(type) ?? new Map(), id);
        if (n !== 1) problems.push(`${id}: ${n} ${type} events (event ids), not 1`);
      }
    }

    // budgets, vouchers: a line without 전용 never beyond its amount; every accepted voucher posted, nothing else.
    const executionTopic = await readAll('budgets.execution');
    const postedEvents = eventIds(executionTopic, 'pass.budgets.ExecutionPosted.v1', 'executionId');
    const expenditures = await dbs
      .collection('budgets', 'expenditures')
      .find({ budgetLineId: { $in: [...voucherLines, ...eventLines] } })
      .toArray();
    let overrunLines = 0;
    for (const [lineIndex, lineId] of voucherLines.entries()) {
      const posted = expenditures.filter((e) => e['budgetLineId'] === lineId);
      const total = posted.reduce((s, e) => s + Number(e['amount']), 0);
      const sent = vouchers.filter((v) => v.line === lineId);
      const applied = sent.filter(
        (v) => isOk(v.reply) || isOk(v.retry) || (v.retry?.kind === 'ERROR' && v.retry.code === 'CONFLICT' && !reason(v.retry)),
      );
      const refused = sent.filter((v) => !applied.includes(v));
      for (const v of refused) {
        const last = v.retry ?? v.reply;
        if (reason(last) !== 'OVERRUN') problems.push(`voucher ${v.id}: ${outcome(v.reply)} then ${outcome(v.retry)}`);
      }
      const want = applied.map((v) => `voucher:${v.id}`).sort();
      const got = posted.map((e) => e._id).sort();
      if (JSON.stringify(want) !== JSON.stringify(got)) problems.push(`${lineId}: accepted ${want.join(',')} but posted ${got.join(',')}`);
      if (lineIndex === 0) {
        if (applied.length !== 2 * VOUCHERS_PER_PROCESS)
          problems.push(`${lineId} allows 전용: ${applied.length} of ${2 * VOUCHERS_PER_PROCESS} vouchers posted`);
      } else if (total > LINE_KRW) {
        overrunLines++;
        problems.push(`${lineId}: ${total}원 posted on a line of ${LINE_KRW}원 without 전용 (${posted.length} vouchers)`);
      } else if (posted.length !== FITS) problems.push(`${lineId}: ${posted.length} vouchers posted, not ${FITS}`);
      for (const e of posted) {
        const n = count(postedEvents, e._id);
        if (n !== 1) problems.push(`${e._id}: ${n} ExecutionPosted events, not 1`);
      }
    }

    // budgets, events: each fact applied once — posted or refused, never both, never twice — one posted per line.
    const rejected = await dbs
      .collection('budgets', 'rejected_executions')
      .find({ budgetLineId: { $in: eventLines } })
      .toArray();
    const overrunTopic = await readAll('budgets.budget-line');
    const overrunEvents = eventIds(overrunTopic, 'pass.budgets.BudgetLineOverrun.v1', 'executionId');
    for (const [y, year] of EVENT_YEARS.entries()) {
      const lineId = eventLines[y] as string;
      const posted = expenditures.filter((e) => e['budgetLineId'] === lineId);
      const total = posted.reduce((s, e) => s + Number(e['amount']), 0);
      if (total > EVENT_LINE_KRW) {
        overrunLines++;
        problems.push(
          `${lineId}: ${total}원 posted from events on a line of ${EVENT_LINE_KRW}원 without 전용 (${posted.length} completions)`,
        );
      } else if (posted.length !== 1) problems.push(`${lineId}: ${posted.length} completions posted, not 1`);
      for (const f of facts.filter((x) => x.year === year)) {
        const id = `dispatch:${f.dispatchId}`;
        const records = posted.filter((e) => e._id === id).length + rejected.filter((r) => r._id === id).length;
        if (records !== 1) problems.push(`${f.dispatchId}: ${records} records (posted + refused), not 1`);
        const events = count(postedEvents, id) + count(overrunEvents, id);
        if (events !== 1) problems.push(`${f.dispatchId}: ${events} ExecutionPosted/BudgetLineOverrun events, not 1`);
      }
    }

    // care-services: never beyond 72 hours, every accepted visit recorded (and nothing else), one event each.
    const visitTopic = await readAll('care-services.care-visit');
    const visitEvents = eventIds(visitTopic, 'pass.care-services.CareVisitDelivered.v1', 'visitId');
    const visitDocs = await dbs
      .collection('care-services', 'care_visits')
      .find({ recipientId: { $in: recipientIds } })
      .toArray();
    let capsBroken = 0;
    for (const recipientId of recipientIds) {
      const docs = visitDocs.filter((d) => d['recipientId'] === recipientId);
      const hours = docs.reduce((s, d) => s + Number(d['hours']), 0);
      const raced = visits.filter((v) => v.recipientId === recipientId);
      for (const v of raced.filter((x) => !isOk(x.reply)))
        if (reason(v.reply) !== 'CAP_EXCEEDED') problems.push(`visit ${v.id}: ${outcome(v.reply)}`);
      const want = [`${recipientId}-v1`, `${recipientId}-v2`, ...raced.filter((v) => isOk(v.reply)).map((v) => v.id)].sort();
      const got = docs.map((d) => d._id).sort();
      if (JSON.stringify(want) !== JSON.stringify(got))
        problems.push(`${recipientId}: accepted ${want.join(',')} but recorded ${got.join(',')}`);
      if (hours > CAP_HOURS) {
        capsBroken++;
        problems.push(`${recipientId}: ${hours} emergency-care hours recorded, the cap is ${CAP_HOURS}`);
      }
      for (const d of docs) {
        const n = count(visitEvents, d._id);
        if (n !== 1) problems.push(`visit ${d._id}: ${n} CareVisitDelivered events, not 1`);
      }
    }

    const report = {
      at: new Date().toISOString(),
      leases: process.env['PASS_LEASES'] ?? 'default',
      ms: { fixtures: fixturesMs, replicas: replicasMs, phase1: phase1Ms, phase2: phase2Ms, settle: settleMs, total: Date.now() - t0 },
      staffing: { dispatches: DISPATCHES, racedSteps: DISPATCHES * 3, doubleWins },
      budgets: {
        vouchers: vouchers.length,
        accepted: vouchers.filter((v) => isOk(v.reply)).length,
        noAnswer: vouchers.filter((v) => v.reply.kind === 'NO_ANSWER').length,
        retried: vouchers.filter((v) => v.retry).map((v) => `${v.id} ${outcome(v.retry)}`),
        injectedEvents: injectedIds.size,
        eventLines: EVENT_YEARS.length,
        killedAfterMs: killedAt - t2,
      },
      careServices: { visits: visits.length, accepted: visits.filter((v) => isOk(v.reply)).length, capsBroken },
      overrunLines,
      problems,
    };
    writeReport('replicas-report', report);
    console.log(`replicas: ${JSON.stringify({ ...report, problems: problems.length })}\n${problems.slice(0, 40).join('\n')}`);
    expect(problems).toEqual([]);
  }, 240_000);
});
