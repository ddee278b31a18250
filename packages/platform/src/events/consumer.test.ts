import { duplicateKeyIndexes, heartbeatInterval, insertIgnoringDuplicates, retryDelay } from './consumer';

describe('retryDelay', () => {
  it('doubles from the base delay and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((a) => retryDelay(a, 250, 30_000))).toEqual([
      250, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
    expect(retryDelay(10_000, 250, 30_000)).toBe(30_000);
  });

  it('never waits less than the base delay, and stays finite for any attempt', () => {
    expect(retryDelay(0, 250, 30_000)).toBe(250);
    expect(retryDelay(-3, 250, 30_000)).toBe(250);
    // The exponent stops at 30: 2^30 × 1 ms is below an uncapped maximum, 2^31 would not be.
    expect(retryDelay(40, 1, Number.MAX_SAFE_INTEGER)).toBe(2 ** 30);
    expect(retryDelay(31, 1, Number.MAX_SAFE_INTEGER)).toBe(2 ** 30);
    expect(retryDelay(30, 1, Number.MAX_SAFE_INTEGER)).toBe(2 ** 29);
  });
});

describe('heartbeatInterval', () => {
  it('a third of the session timeout, at most 1 s', () => {
    expect(heartbeatInterval(15_000)).toBe(1_000);
    expect(heartbeatInterval(3_000)).toBe(1_000);
    expect(heartbeatInterval(2_999)).toBe(999);
    expect(heartbeatInterval(1_000)).toBe(333);
  });
});

describe('duplicateKeyIndexes: what an unordered insertMany refused as duplicates', () => {
  it('the indexes of the duplicate-key write errors', () => {
    expect(
      duplicateKeyIndexes({
        writeErrors: [
          { code: 11000, index: 2 },
          { code: 11000, index: 5 },
        ],
      }),
    ).toEqual([2, 5]);
    expect(duplicateKeyIndexes({ writeErrors: { code: 11000, index: 3 } })).toEqual([3]);
    // A single insert's duplicate key: no write errors, the code on the error itself.
    expect(duplicateKeyIndexes({ code: 11000 })).toEqual([-1]);
  });

  it('null when anything else went wrong', () => {
    expect(
      duplicateKeyIndexes({
        writeErrors: [
          { code: 11000, index: 2 },
          { code: 121, index: 3 },
        ],
      }),
    ).toBeNull();
    expect(duplicateKeyIndexes({ writeErrors: [] })).toBeNull();
    expect(duplicateKeyIndexes({ code: 121 })).toBeNull();
    expect(duplicateKeyIndexes(new Error('connection reset'))).toBeNull();
  });
});

describe('insertIgnoringDuplicates', () => {
  const collection = (fail?: unknown) => {
    const calls: unknown[][] = [];
    return {
      calls,
      insertMany: async (docs: { _id: string }[], options: { ordered: false }) => {
        calls.push([docs, options]);
        if (fail) throw fail;
      },
    };
  };

  it('inserts unordered, and does not call the database for nothing', async () => {
    const c = collection();
    await insertIgnoringDuplicates(c, []);
    expect(c.calls).toEqual([]);
    await insertIgnoringDuplicates(c, [{ _id: 'a' }]);
    expect(c.calls).toEqual([[[{ _id: 'a' }], { ordered: false }]]);
  });

  it('a duplicate key is the no-op of an upsert; any other error is thrown', async () => {
    await expect(
      insertIgnoringDuplicates(collection({ writeErrors: [{ code: 11000, index: 0 }] }), [{ _id: 'a' }]),
    ).resolves.toBeUndefined();
    const other = new Error('not primary');
    await expect(insertIgnoringDuplicates(collection(other), [{ _id: 'a' }])).rejects.toBe(other);
  });
});
