/**
 * Process control of the broker and the database, for the few tests whose scenario is stopping one of them
 * (tests/events.test.ts "keeps accepting mutations while Kafka is down", tests/consumer-database-outage.test.ts,
 * the faults (a) Kafka SIGKILL and (c) FerretDB SIGKILL of tests/reliability). Everything else in the suite needs only addresses
 * (`KAFKA_BROKERS`, `MONGODB_URI`), so it runs against any broker and database.
 * This checkout's own part (global-setup records which it started): its process. A part given by address:
 * the command in `PASS_TEST_KAFKA_CONTROL` / `PASS_TEST_DATABASE_CONTROL` (`{action}` = stop|kill|start),
 * e.g. `npm run --silent infra -- kafka {action}` or `docker compose {action} mongo`. Neither: the test fails
 * at once with a message naming the variable (an integration test never skips). packages/stack/src/part-control.ts.
 */
import { partControl as control, type Part, type PartControl } from '../../packages/stack/src/part-control';
import { testEnv } from './env';

export function partControl(part: Part): PartControl {
  const env = testEnv();
  return part === 'kafka'
    ? control('kafka', { local: env.infraManaged, where: env.kafkaBrokers.join(',') })
    : control('database', { local: env.databaseManaged ?? false, where: env.mongodbUri });
}
