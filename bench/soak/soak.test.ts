/**
 * Soak: the seven reliability faults in a loop, under the same steady load, until SOAK_SECONDS (default 600)
 * are spent (a round that has started is finished, so SOAK_SECONDS=1 is one round), then the reconciliation over everything accepted.
 * Run it with `npm run soak` (SOAK_SECONDS=1800 npm run soak for longer); the report is printed and written
 * to .infra/soak-report.json.
 */
import { Databases } from '../../tests/reliability/harness';
import { FAULTS, type FaultContext, type FaultResult } from '../../tests/reliability/faults';
import { reconcile, report } from '../../tests/reliability/run';

const SOAK_SECONDS = Number(process.env['SOAK_SECONDS'] ?? 600);

describe('soak', () => {
  it(`runs the faults in a loop for ${SOAK_SECONDS}s and reconciles`, async () => {
    const startedAt = Date.now();
    const deadline = startedAt + SOAK_SECONDS * 1000;
    const dbs = await Databases.open();
    const results: FaultResult[] = [];
    try {
      for (let round = 1; Date.now() < deadline; round++) {
        for (const fault of FAULTS) {
          const ctx: FaultContext = { dbs, round, timing: { before: 5, during: 15, after: 5 } };
          const result = await fault(ctx);
          results.push(result);
          console.log(
            `round ${round} ${result.fault}: ${result.load.requests} requests, ${result.load.mutations.accepted} accepted, ` +
              `recovery ${(result.recoveryMs / 1000).toFixed(1)}s, settle ${(result.settleMs / 1000).toFixed(1)}s`,
          );
        }
      }
      const rec = await reconcile(dbs);
      console.log(report('soak-report', results, rec, startedAt));
      expect(rec.firstMismatch).toBeNull();
      expect(rec.pass).toBe(true);
    } finally {
      await dbs.close();
    }
  });
});
