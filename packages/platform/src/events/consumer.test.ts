import { retryDelay } from './consumer';

describe('retryDelay', () => {
  it('doubles from the base delay and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((a) => retryDelay(a, 250, 30_000))).toEqual([
      250, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
    expect(retryDelay(10_000, 250, 30_000)).toBe(30_000);
  });
});
