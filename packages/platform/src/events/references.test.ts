import type { Model } from 'mongoose';
import type { DomainEvent } from './envelope';
import { keepReference, notNewerThan, type ReferenceDoc } from './references';

type Data = { name: string; shortName?: string };
const event = (id: string, name: unknown, time: string, shortName?: string): DomainEvent<Data> =>
  ({
    id,
    type: 'pass.governance.DistrictRegistered.v1',
    source: '/pass-graph/governance',
    subject: String(name),
    time,
    specversion: '1.0',
    datacontenttype: 'application/json',
    data: { name, ...(shortName ? { shortName } : {}) },
  }) as DomainEvent<Data>;

/** A collection that records what it was asked and refuses what the test tells it to. */
function fakeModel(refuse: { insertOne?: unknown; insertMany?: unknown } = {}) {
  const calls: [string, ...unknown[]][] = [];
  const collection = {
    insertOne: async (doc: unknown) => {
      calls.push(['insertOne', doc]);
      if (refuse.insertOne) throw refuse.insertOne;
    },
    insertMany: async (docs: unknown[], options: unknown) => {
      calls.push(['insertMany', docs, options]);
      if (refuse.insertMany) throw refuse.insertMany;
    },
    updateOne: async (filter: unknown, update: unknown) => {
      calls.push(['updateOne', filter, update]);
    },
  };
  return { calls, model: { collection } as unknown as Model<ReferenceDoc<Data>> };
}

const T1 = '2025-03-01T00:00:00.000Z';
const T2 = '2025-03-02T00:00:00.000Z';
const duplicate = (...indexes: number[]) => ({ code: 11000, writeErrors: indexes.map((index) => ({ code: 11000, index })) });

describe('notNewerThan', () => {
  it('lets an event write a document that holds nothing newer, or no time at all', () => {
    const time = new Date(T1);
    expect(notNewerThan('마포구', time)).toEqual({
      _id: '마포구',
      $or: [{ eventTime: { $lte: time } }, { eventTime: { $exists: false } }],
    });
  });
});

describe('keepReference: one event', () => {
  it('inserts the payload under its key, with the event id and time', async () => {
    const { calls, model } = fakeModel();
    await keepReference(model, 'name')(event('e1', '마포구', T1));
    expect(calls).toEqual([['insertOne', { _id: '마포구', data: { name: '마포구' }, sourceEventId: 'e1', eventTime: new Date(T1) }]]);
  });

  it('a key already known is replaced unless it holds newer data', async () => {
    const { calls, model } = fakeModel({ insertOne: { code: 11000 } });
    await keepReference(model, 'name')(event('e2', '마포구', T2, '마포'));
    expect(calls[1]).toEqual([
      'updateOne',
      notNewerThan('마포구', new Date(T2)),
      { $set: { data: { name: '마포구', shortName: '마포' }, sourceEventId: 'e2', eventTime: new Date(T2) } },
    ]);
    expect(calls).toHaveLength(2);
  });

  it('any other write error is thrown; a payload without a string key is refused', async () => {
    const down = new Error('connection reset');
    await expect(keepReference(fakeModel({ insertOne: down }).model, 'name')(event('e1', '마포구', T1))).rejects.toBe(down);
    const { calls, model } = fakeModel();
    await expect(keepReference(model, 'name')(event('e1', 7, T1))).rejects.toThrow(
      'pass.governance.DistrictRegistered.v1: name is not a string',
    );
    expect(calls).toEqual([]);
  });
});

describe('keepReference: a list of events', () => {
  it('inserts the last event of each key in one unordered insertMany', async () => {
    const { calls, model } = fakeModel();
    await keepReference(model, 'name').many!([
      event('e1', '마포구', T1),
      event('e2', '노원구', T1),
      event('e3', '마포구', T2, '마포'),
      event('e4', '노원구', T1, '노원'), // same time: the later one counts
    ]);
    expect(calls).toEqual([
      [
        'insertMany',
        [
          { _id: '마포구', data: { name: '마포구', shortName: '마포' }, sourceEventId: 'e3', eventTime: new Date(T2) },
          { _id: '노원구', data: { name: '노원구', shortName: '노원' }, sourceEventId: 'e4', eventTime: new Date(T1) },
        ],
        { ordered: false },
      ],
    ]);
  });

  it('an older event after a newer one of the same key does not count', async () => {
    const { calls, model } = fakeModel();
    await keepReference(model, 'name').many!([event('e3', '마포구', T2), event('e1', '마포구', T1)]);
    expect((calls[0]?.[1] as { sourceEventId: string }[]).map((d) => d.sourceEventId)).toEqual(['e3']);
  });

  it('updates only the keys the insert refused as known', async () => {
    const { calls, model } = fakeModel({ insertMany: duplicate(1) });
    await keepReference(model, 'name').many!([event('e1', '마포구', T1), event('e2', '노원구', T2)]);
    expect(calls.slice(1)).toEqual([
      [
        'updateOne',
        notNewerThan('노원구', new Date(T2)),
        { $set: { data: { name: '노원구' }, sourceEventId: 'e2', eventTime: new Date(T2) } },
      ],
    ]);
  });

  it('throws any other failure, and a refusal it cannot place', async () => {
    const down = new Error('connection reset');
    await expect(keepReference(fakeModel({ insertMany: down }).model, 'name').many!([event('e1', '마포구', T1)])).rejects.toBe(down);
    const misplaced = duplicate(3);
    const { calls, model } = fakeModel({ insertMany: misplaced });
    await expect(keepReference(model, 'name').many!([event('e1', '마포구', T1)])).rejects.toBe(misplaced);
    expect(calls).toHaveLength(1);
    // One refusal it can place and one it cannot: nothing is updated, the error is thrown.
    const partly = duplicate(0, 3);
    const second = fakeModel({ insertMany: partly });
    await expect(keepReference(second.model, 'name').many!([event('e1', '마포구', T1)])).rejects.toBe(partly);
    expect(second.calls.map(([call]) => call)).toEqual(['insertMany']);
  });
});
