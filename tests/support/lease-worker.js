/**
 * A separate OS process that read-modify-writes one counter document under `withDocument`
 * (tests/leases.test.ts runs two of it against the same database). Plain JS on the built platform,
 * so it starts in a fraction of a second. argv: uri db rounds parallel leases(on|off)
 */
const mongoose = require('mongoose');
const { withDocument, configureLeases } = require('../../packages/platform/dist');

async function main() {
  const [uri, dbName, rounds, parallel, leases] = process.argv.slice(2);
  configureLeases({ enabled: leases === 'on', ttlMs: 5_000, graceMs: 2_000, waitMs: 60_000 });
  const db = await mongoose.createConnection(uri, { dbName, retryWrites: false }).asPromise();
  const Counter = db.model(
    'Counter',
    new mongoose.Schema({ _id: String, n: Number, log: [String] }, { collection: 'counters', versionKey: false }),
  );
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < Number(rounds)) {
      const i = next++;
      await withDocument(Counter, 'c', async () => {
        const doc = await Counter.findById('c').lean();
        // Read, think, write: the window in which an unguarded writer elsewhere loses this update.
        // scenario: the window an unguarded writer elsewhere would slip into
        await new Promise((r) => setTimeout(r, 2));
        await Counter.updateOne({ _id: 'c' }, { $set: { n: doc.n + 1, log: [...doc.log, `${process.pid}:${i}`] } });
      });
      done++;
    }
  };
  await Promise.all(Array.from({ length: Number(parallel) }, lane));
  process.stdout.write(JSON.stringify({ done }));
  await db.close();
}
main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
