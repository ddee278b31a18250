import { exclusive } from './locks';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('exclusive', () => {
  it('serialises calls with the same key and keeps their order', async () => {
    const log: string[] = [];
    const job = (name: string, ms: number) => async () => {
      log.push(`${name}:start`);
      await tick(ms);
      log.push(`${name}:end`);
      return name;
    };
    const results = await Promise.all([exclusive('a', job('1', 20)), exclusive('a', job('2', 1)), exclusive('a', job('3', 5))]);
    expect(results).toEqual(['1', '2', '3']);
    expect(log).toEqual(['1:start', '1:end', '2:start', '2:end', '3:start', '3:end']);
  });

  it('lets different keys run concurrently and survives a failing call', async () => {
    const log: string[] = [];
    const slow = exclusive('x', async () => {
      await tick(20);
      log.push('x');
    });
    const fast = exclusive('y', async () => {
      log.push('y');
    });
    await Promise.all([slow, fast]);
    expect(log).toEqual(['y', 'x']);
    await expect(exclusive('z', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(exclusive('z', async () => 'after')).resolves.toBe('after');
  });
});
