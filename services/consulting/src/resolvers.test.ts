/**
 * The write path of the case lifecycle against recording fakes: the state guard sits in the update
 * filter, the events ride in the same write, and a session's fee is computed from the consultants' rate.
 */
import { configureLeases, type ServiceRuntime } from '@pass-graph/platform';
import { createResolvers } from './resolvers';

// Fakes, not a database: the cross-process lease is tested against the real one (tests/leases.test.ts).
beforeAll(() => configureLeases({ enabled: false }));
afterAll(() => configureLeases({ enabled: true }));
import type { ConsultantDoc, ConsultingCaseDoc, Models } from './models';

const applied: ConsultingCaseDoc = {
  _id: 'jb-case-2023-003',
  providerId: 'jb-provider-iksan-01',
  district: '익산시',
  programId: 'jeonbuk-small-facility',
  agencyId: 'jeonbuk-pass',
  program: 'SMALL_FACILITY',
  topics: ['ACCOUNTING', 'SOCIAL_WORK_PRACTICE'],
  mode: 'VISIT',
  status: 'APPLIED',
  consultantIds: [],
  requestedOn: '2023-07-10',
  acceptedOn: null,
  startedOn: null,
  completedOn: null,
  monitoringFrom: null,
  closedOn: null,
  declinedOn: null,
  declineReason: null,
  sessions: [],
  resultReport: null,
  monitoringNote: null,
  satisfactionScore: null,
  updatedAt: new Date('2023-07-10T00:00:00Z'),
};
const consultant = (id: string, hourlyFee = 100_000): ConsultantDoc => ({
  _id: id,
  name: id,
  fields: ['TAX_ACCOUNTING', 'SOCIAL_WORK_PRACTICE'],
  appointedFrom: '2023-02-01',
  appointedUntil: '2023-12-31',
  hourlyFee,
  source: null,
  appointedAt: new Date(),
});
const consultants = [consultant('c1'), consultant('c2'), consultant('c3', 150_000)];
const inProgress: ConsultingCaseDoc = {
  ...applied,
  status: 'IN_PROGRESS',
  consultantIds: ['c1', 'c2', 'c3'],
  acceptedOn: '2023-08-01',
  startedOn: '2023-08-16',
};

type Update = { $set: Record<string, unknown>; $push: Record<string, { $each?: { type: string; data: Record<string, unknown> }[] }> };
type Call = { filter: Record<string, unknown>; update: Update };

function harness(stored: ConsultingCaseDoc) {
  const calls: Call[] = [];
  const published: string[] = [];
  let current = { ...stored };
  const query = <T>(value: () => T) => ({ lean: () => ({ exec: async () => value() }) });
  const ConsultingCase = {
    findById: (id: string) => query(() => (id === current._id ? current : null)),
    findOneAndUpdate: (filter: Record<string, unknown>, update: Update) =>
      query(() => {
        calls.push({ filter, update });
        if (filter['_id'] !== current._id || filter['status'] !== current.status) return null;
        const sessions = update.$push['sessions'] ? [...current.sessions, update.$push['sessions'] as never] : current.sessions;
        current = { ...current, ...update.$set, sessions } as ConsultingCaseDoc;
        return current;
      }),
    db: { name: 'test' },
    collection: { collectionName: 'consulting_cases' },
    modelName: 'ConsultingCase',
  };
  const models = { ConsultingCase } as unknown as Models;
  const runtime = {
    outbox: {
      entry: (type: string, data: Record<string, unknown>) => ({ id: 'evt', type, topic: 't', subject: 's', time: '', data }),
      push: (...entries: unknown[]) => ({ _outbox: { $each: entries } }),
    },
    publish: (_model: unknown, id: string) => published.push(id),
  } as unknown as ServiceRuntime;
  const loader = <T extends { _id: string }>(docs: () => T[]) => ({
    load: async (id: string) => docs().find((d) => d._id === id) ?? null,
    clear() {
      return this;
    },
    prime() {
      return this;
    },
  });
  const ctx = { loaders: { consultingCase: loader(() => [current]), consultant: loader(() => consultants) } };
  const mutation = createResolvers(models, runtime)['Mutation'] as Record<string, (p: unknown, a: unknown, c: unknown) => Promise<unknown>>;
  const run = (name: string, args: Record<string, unknown>) => mutation[name]!(undefined, args, ctx);
  return { run, calls, published, current: () => current };
}

const codeOf = async (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => 'OK',
    (e: { extensions?: Record<string, unknown> }) => e.extensions?.['code'],
  );
const eventsOf = (c: Call) => (c.update.$push['_outbox']?.$each ?? []).map((e) => e.type);

describe('case transitions (write path)', () => {
  it('guards the write with the status it read and stores the consultants on acceptance', async () => {
    const h = harness(applied);
    await h.run('acceptConsulting', { id: applied._id, consultantIds: ['c1', 'c2'], acceptedOn: '2023-08-01' });
    expect(h.calls[0]!.filter).toEqual({ _id: applied._id, status: 'APPLIED' });
    expect(h.calls[0]!.update.$set).toMatchObject({ status: 'ACCEPTED', consultantIds: ['c1', 'c2'], acceptedOn: '2023-08-01' });
    expect(eventsOf(h.calls[0]!)).toEqual([]);
  });

  it('records a session with fee = hours × consultants × hourly fee and its ConsultingSessionHeld in the same write', async () => {
    const h = harness(inProgress);
    const s = (await h.run('recordConsultingSession', {
      input: { caseId: inProgress._id, heldOn: '2023-08-23', hours: 2, consultantIds: ['c1', 'c2'] },
    })) as { id: string; fee: number };
    expect(s).toMatchObject({ id: 'jb-case-2023-003-s1', fee: 400_000, hourlyFee: 100_000 });
    expect(h.calls[0]!.filter).toEqual({ _id: inProgress._id, status: 'IN_PROGRESS' });
    expect(h.calls[0]!.update.$push['_outbox']!.$each![0]).toMatchObject({
      type: 'pass.consulting.ConsultingSessionHeld.v1',
      data: { hours: 2, consultantIds: ['c1', 'c2'], hourlyFeeKRW: 100_000, feeKRW: 400_000, programmeCode: 'SMALL_FACILITY' },
    });
    expect(h.published).toEqual([inProgress._id]);
  });

  it('refuses sessions with consultants off the case, with differing rates, or outside IN_PROGRESS', async () => {
    const h = harness({ ...inProgress, consultantIds: ['c1', 'c3'] });
    const session = (ids: string[]) => ({ input: { caseId: inProgress._id, heldOn: '2023-08-23', hours: 2, consultantIds: ids } });
    expect(await codeOf(h.run('recordConsultingSession', session(['c2'])))).toBe('BAD_USER_INPUT');
    expect(await codeOf(h.run('recordConsultingSession', session(['c1', 'c3'])))).toBe('BAD_USER_INPUT');
    expect(await codeOf(harness(applied).run('recordConsultingSession', session(['c1'])))).toBe('CONFLICT');
    expect(h.calls).toHaveLength(0);
  });

  it('completes only after a session, and only with the sessions’ hours', async () => {
    expect(await codeOf(harness(inProgress).run('completeConsulting', { id: inProgress._id, completedOn: '2023-09-01' }))).toBe('CONFLICT');
    const withSession = {
      ...inProgress,
      sessions: [{ id: 's1', heldOn: '2023-08-23', hours: 2, consultantIds: ['c1'], hourlyFee: 100_000, fee: 200_000 }],
    };
    const h = harness(withSession);
    expect(await codeOf(h.run('completeConsulting', { id: inProgress._id, completedOn: '2023-09-01', hours: 3 }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(h.run('completeConsulting', { id: inProgress._id, completedOn: '2023-08-22' }))).toBe('BAD_USER_INPUT');
    await h.run('completeConsulting', { id: inProgress._id, completedOn: '2023-09-01', hours: 2 });
    expect(h.current().status).toBe('COMPLETED');
  });

  it('publishes ConsultingCaseClosed on closing and on declining, with the outcome', async () => {
    const monitoring = { ...inProgress, status: 'MONITORING' as const, monitoringFrom: '2023-10-01' };
    const h = harness(monitoring);
    await h.run('closeConsulting', { id: monitoring._id, closedOn: '2023-11-30', satisfactionScore: 91.5 });
    expect(h.calls[0]!.update.$push['_outbox']!.$each![0]).toMatchObject({
      type: 'pass.consulting.ConsultingCaseClosed.v1',
      data: { outcome: 'CLOSED', closedOn: '2023-11-30', satisfactionScore: 91.5 },
    });
    const d = harness(applied);
    await d.run('declineConsulting', { id: applied._id, reason: '참여 거부', declinedOn: '2023-07-20' });
    expect(d.calls[0]!.update.$push['_outbox']!.$each![0]).toMatchObject({
      data: { outcome: 'DECLINED', declineReason: '참여 거부', sessionCount: 0, feeKRW: 0 },
    });
    expect(d.current()).toMatchObject({ status: 'DECLINED', declinedOn: '2023-07-20' });
  });

  it('answers CONFLICT (INVALID_TRANSITION) without writing when the step is illegal, NOT_FOUND for an unknown case', async () => {
    const h = harness({ ...applied, status: 'COMPLETED' });
    expect(await codeOf(h.run('declineConsulting', { id: applied._id, reason: '철회', declinedOn: '2023-12-01' }))).toBe('CONFLICT');
    expect(await codeOf(h.run('closeConsulting', { id: applied._id, closedOn: '2023-12-01' }))).toBe('CONFLICT');
    expect(await codeOf(h.run('startConsulting', { id: 'no-such-case', startedOn: '2023-05-01' }))).toBe('NOT_FOUND');
    expect(await codeOf(h.run('startConsulting', { id: '{"$ne":1}', startedOn: '2023-05-01' }))).toBe('BAD_USER_INPUT');
    expect(h.calls).toHaveLength(0);
  });
});
