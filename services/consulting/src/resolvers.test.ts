/**
 * The write path of the case lifecycle against recording fakes: the state guard sits in the
 * update filter, the event rides in the same write, and a lost race answers CONFLICT (INVALID_TRANSITION).
 */
import type { ServiceRuntime } from '@pass-graph/platform';
import { createResolvers } from './resolvers';
import type { ConsultantDoc, ConsultingCaseDoc, Models } from './models';

const requested: ConsultingCaseDoc = {
  _id: 'jb-case-2023-001',
  providerId: 'jb-provider-jeonju-01',
  program: 'STAGED',
  topics: ['ACCOUNTING', 'RECRUITMENT'],
  status: 'REQUESTED',
  consultantId: null,
  hourlyFee: null,
  requestedOn: '2023-03-06',
  assignedOn: null,
  startedOn: null,
  completedOn: null,
  cancelledOn: null,
  cancellationReason: null,
  hours: null,
  fee: null,
  updatedAt: new Date('2023-03-06T00:00:00Z'),
};
const consultant: ConsultantDoc = {
  _id: 'jb-consultant-tax-01',
  name: '컨설턴트 나',
  fields: ['TAX_ACCOUNTING'],
  appointedFrom: '2023-02-01',
  appointedUntil: '2023-12-31',
  hourlyFee: 100_000,
  source: null,
  appointedAt: new Date(),
};

type Call = {
  filter: Record<string, unknown>;
  update: { $set: Record<string, unknown>; $push: { _outbox: { $each: { type: string; data: Record<string, unknown> }[] } } };
};

function harness(stored: ConsultingCaseDoc, opts: { loseRace?: boolean } = {}) {
  const calls: Call[] = [];
  const published: string[] = [];
  let current = { ...stored };
  const query = <T>(value: () => T) => ({ lean: () => ({ exec: async () => value() }) });
  const ConsultingCase = {
    findOneAndUpdate: (filter: Record<string, unknown>, update: Call['update']) =>
      query(() => {
        calls.push({ filter, update });
        if (opts.loseRace || filter['_id'] !== current._id || filter['status'] !== current.status) return null;
        current = { ...current, ...update.$set } as ConsultingCaseDoc;
        return current;
      }),
    findById: () => query(() => (opts.loseRace ? { ...current, status: 'CANCELLED' } : current)),
  };
  const models = { ConsultingCase } as unknown as Models;
  const runtime = {
    outbox: {
      entry: (type: string, data: Record<string, unknown>) => ({
        id: 'evt',
        type,
        topic: 'consulting.consulting-case',
        subject: String(data['caseId']),
        time: '',
        data,
      }),
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
  const ctx = { loaders: { consultingCase: loader(() => [current]), consultant: loader(() => [consultant]) } };
  const mutation = createResolvers(models, runtime)['Mutation'] as Record<
    string,
    (p: unknown, a: unknown, c: unknown) => Promise<ConsultingCaseDoc>
  >;
  const run = (name: string, args: Record<string, unknown>) => mutation[name]!(undefined, args, ctx);
  return {
    run,
    calls,
    published,
    get current() {
      return current;
    },
  };
}

const codeOf = async (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => 'OK',
    (e: { extensions?: Record<string, unknown> }) => e.extensions?.['code'],
  );

describe('case transitions (write path)', () => {
  it('guards the write with the status it read and pushes the event in the same update', async () => {
    const h = harness(requested);
    const doc = await h.run('assignConsultant', { id: requested._id, consultantId: consultant._id, assignedOn: '2023-03-13' });
    expect(h.calls).toHaveLength(1);
    expect(h.calls[0]!.filter).toEqual({ _id: requested._id, status: 'REQUESTED' });
    expect(h.calls[0]!.update.$set).toMatchObject({
      status: 'ASSIGNED',
      consultantId: consultant._id,
      hourlyFee: 100_000,
      assignedOn: '2023-03-13',
    });
    expect(h.calls[0]!.update.$push._outbox.$each.map((e) => e.type)).toEqual(['pass.consulting.ConsultingCaseAssigned.v1']);
    expect(doc.status).toBe('ASSIGNED');
    expect(h.published).toEqual([requested._id]);
  });

  it('computes the fee on completion from the hourly fee fixed at assignment', async () => {
    const h = harness({
      ...requested,
      status: 'IN_PROGRESS',
      consultantId: consultant._id,
      hourlyFee: 100_000,
      assignedOn: '2023-03-13',
      startedOn: '2023-03-20',
    });
    const doc = await h.run('completeConsulting', { id: requested._id, hours: 3, completedOn: '2023-04-14' });
    expect(doc).toMatchObject({ status: 'COMPLETED', hours: 3, fee: 300_000, completedOn: '2023-04-14' });
    expect(h.calls[0]!.update.$push._outbox.$each[0]!.data).toMatchObject({ hours: 3, hourlyFee: 100_000, fee: 300_000 });
  });

  it('answers CONFLICT (INVALID_TRANSITION) without writing when the step is illegal', async () => {
    const h = harness({ ...requested, status: 'COMPLETED' });
    expect(await codeOf(h.run('cancelConsulting', { id: requested._id, reason: '철회', cancelledOn: '2023-05-01' }))).toBe('CONFLICT');
    expect(await codeOf(h.run('startConsulting', { id: requested._id, startedOn: '2023-05-01' }))).toBe('CONFLICT');
    expect(h.calls).toHaveLength(0);
    expect(h.published).toEqual([]);
  });

  it('answers CONFLICT (INVALID_TRANSITION) when a concurrent request changed the status first', async () => {
    const h = harness(requested, { loseRace: true });
    const err = await h
      .run('cancelConsulting', { id: requested._id, reason: '철회', cancelledOn: '2023-03-07' })
      .catch((e: { extensions: Record<string, unknown> }) => e);
    expect(h.calls).toHaveLength(1);
    expect((err as { extensions: Record<string, unknown> }).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
      from: 'CANCELLED',
      to: 'CANCELLED',
    });
    expect(h.published).toEqual([]);
  });

  it('checks inputs before writing: unknown case, consultant not appointed, early dates', async () => {
    const h = harness(requested);
    expect(await codeOf(h.run('startConsulting', { id: 'no-such-case', startedOn: '2023-05-01' }))).toBe('NOT_FOUND');
    expect(await codeOf(h.run('assignConsultant', { id: requested._id, consultantId: consultant._id, assignedOn: '2024-01-02' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await codeOf(h.run('assignConsultant', { id: requested._id, consultantId: consultant._id, assignedOn: '2023-03-01' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await codeOf(h.run('assignConsultant', { id: '{"$ne":1}', consultantId: consultant._id, assignedOn: '2023-03-13' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(h.calls).toHaveLength(0);
  });
});
