/**
 * Parent side of the load generator (bench/lib/loadgen-child.mjs): one long-lived child process,
 * jobs sent over IPC. While a job's measured phase runs, the watched processes' CPU and peak RSS
 * are read from /proc and the requested Prometheus counters are read before and after.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { counter, watchProcesses } from './common.mjs';

const childFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'loadgen-child.mjs');

export function startLoadGenerator() {
  const child = fork(childFile, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let nextId = 1;
  const pending = new Map();
  child.on('message', (msg) => pending.get(msg.id)?.(msg));
  child.on('exit', (code) => {
    for (const handler of pending.values()) handler({ error: `load generator exited (${code})` });
  });

  /**
   * Runs one job. `watch`: { name: pid } to measure; `counters`: { name: [metricsUrl, metric, match] }
   * read as deltas over the measured phase (a few requests of the warm-up's tail may land in it).
   */
  async function run(job, { watch = {}, counters = {} } = {}) {
    const id = nextId++;
    let stopWatch = null;
    let before = null;
    const readCounters = async () =>
      Object.fromEntries(await Promise.all(Object.entries(counters).map(async ([n, args]) => [n, await counter(...args)])));
    const done = new Promise((resolve, reject) => {
      pending.set(id, (msg) => {
        if (msg.phase === 'measuring') {
          stopWatch = watchProcesses(watch);
          before = readCounters();
          return;
        }
        pending.delete(id);
        if (msg.error) reject(new Error(msg.error));
        else resolve(msg.result);
      });
    });
    child.send({ id, job });
    const result = await done;
    const processes = stopWatch ? stopWatch() : {};
    const b = await before;
    const a = await readCounters();
    const deltas = Object.fromEntries(Object.keys(counters).map((n) => [n, a[n] - (b?.[n] ?? 0)]));
    return { ...result, processes, counters: deltas };
  }

  return { run, stop: () => child.kill('SIGTERM') };
}
