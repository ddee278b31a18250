import { createLogger } from '../logger';
import { SubBatchWatch } from './sub-batch-watch';

const log = createLogger('budgets', 'silent');

function watch(heartbeat: () => Promise<void>, running = () => true): SubBatchWatch {
  return new SubBatchWatch({ heartbeat, heartbeatIntervalMs: 1_000, maxMs: 3_000, running, log, topic: 't', partition: 0 });
}

/** A kafkajs protocol error as its heartbeat throws it. */
const protocolError = (type: string): Error => Object.assign(new Error(type), { type });

describe('SubBatchWatch', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('heartbeats while the handlers run, and no more once stopped', async () => {
    const heartbeat = jest.fn(() => Promise.resolve());
    const w = watch(heartbeat);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(heartbeat).toHaveBeenCalledTimes(20); // every half interval; kafkajs sends what is due
    w.stop();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(heartbeat).toHaveBeenCalledTimes(20);
  });

  it('lets the first event start whatever the time, the next ones until the bound', async () => {
    const w = watch(() => Promise.resolve());
    await jest.advanceTimersByTimeAsync(4_000);
    expect(w.startNext()).toBeNull(); // progress: the first one always starts
    expect(w.startNext()).toBe('time');
    w.stop();
    const fresh = watch(() => Promise.resolve());
    expect([fresh.startNext(), fresh.startNext()]).toEqual([null, null]);
    await jest.advanceTimersByTimeAsync(3_000);
    expect(fresh.startNext()).toBe('time');
    fresh.stop();
  });

  it('stops starting events when a heartbeat says the group rebalances, not on other failures', async () => {
    const errors = [protocolError('REQUEST_TIMED_OUT'), protocolError('REBALANCE_IN_PROGRESS')];
    const w = watch(() => Promise.reject(errors.shift() ?? new Error('no more')));
    expect(w.startNext()).toBeNull();
    await jest.advanceTimersByTimeAsync(500);
    expect(w.startNext()).toBeNull(); // a timed-out heartbeat is tried again
    await jest.advanceTimersByTimeAsync(500);
    expect(w.startNext()).toBe('rebalance');
    w.stop();
  });

  it('stops starting events when the consumer stops', () => {
    let running = true;
    const w = watch(
      () => Promise.resolve(),
      () => running,
    );
    expect(w.startNext()).toBeNull();
    running = false;
    expect(w.startNext()).toBe('stopping');
    w.stop();
  });
});
