/**
 * One mongoose connection per service, to the service's own database.
 * Works on FerretDB v1 and on MongoDB alike: no multi-document transactions,
 * no change streams, no aggregation beyond `$match/$group(one $sum)/$sort/$limit`.
 */
import mongoose, { type Connection, type Query, type Schema } from 'mongoose';
import { databaseName, type PlatformConfig, type ServiceName } from './config';
import { metrics } from './metrics';
import { unavailable } from './errors';
import { requestScope } from './request-scope';
import { beforeWrite } from './leases';

// Filters built from client input can never smuggle operators ({"$gt": ""}):
// mongoose wraps any `$` key in client-shaped objects with `$eq`. Code that
// needs an operator says so with `trusted(...)`.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', true);

const WRITE_OPS = [
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
  'updateOne',
  'updateMany',
  'replaceOne',
  'deleteOne',
  'deleteMany',
] as const;
const QUERY_OPS = ['find', 'findOne', ...WRITE_OPS, 'countDocuments', 'estimatedDocumentCount', 'distinct'] as const;

function countOperation(): void {
  const scope = requestScope.getStore();
  metrics.inc('db_operations_total', 'Database operations issued', { scope: scope ? 'request' : 'background' });
  if (scope) scope.dbOperations += 1;
}

/** Reads that take `maxTimeMS` on FerretDB v1 and MongoDB alike (FerretDB v1 refuses it on `distinct`). */
const DEADLINE_OPS = ['find', 'findOne', 'countDocuments'] as const;

/**
 * A read for a request whose client has gone is not issued, and every other read of a request gets the
 * time the client still waits as `maxTimeMS`. Writes are never cut short: a mutation completes once started.
 */
function readDeadline(this: Query<unknown, unknown>): void {
  const scope = requestScope.getStore();
  if (!scope) return;
  if (scope.signal?.aborted) {
    metrics.inc('db_reads_skipped_total', 'Database reads not issued because the client had gone');
    throw unavailable('the request was cancelled by its client, so the data');
  }
  if (scope.deadline !== undefined && this.getOptions().maxTimeMS === undefined) this.maxTimeMS(Math.max(1, scope.deadline - Date.now()));
}

/** Counts every database operation, and attributes it to the request being served (for N+1 checks). */
function countingPlugin(schema: Schema): void {
  for (const op of DEADLINE_OPS) schema.pre(op, readDeadline);
  for (const op of QUERY_OPS) schema.pre(op, countOperation);
  schema.pre('aggregate', countOperation);
  schema.pre('insertMany', countOperation);
  schema.pre('save', countOperation);
  schema.pre('bulkWrite', countOperation);
}
mongoose.plugin(countingPlugin);

/**
 * A write made while holding leases first commits them (`leases.ts`): a holder whose lease was taken
 * over while it was paused gets `LeaseLostError` here, and its write never reaches the database.
 */
function leaseFencePlugin(schema: Schema): void {
  for (const op of WRITE_OPS) schema.pre(op, { document: false, query: true }, beforeWrite);
  schema.pre('save', beforeWrite);
  schema.pre('insertMany', beforeWrite);
  schema.pre('bulkWrite', beforeWrite);
}
mongoose.plugin(leaseFencePlugin);

export const trusted = <T>(filter: T): T => mongoose.trusted(filter) as T;

export async function connectDatabase(config: PlatformConfig, service: ServiceName): Promise<Connection> {
  const connection = mongoose.createConnection(config.mongodbUri, {
    dbName: databaseName(config.namespace, service),
    serverSelectionTimeoutMS: 5_000,
    // A database operation that hangs fails instead of holding a document lock (and the outbox) forever.
    socketTimeoutMS: 30_000,
    maxPoolSize: 20,
    // FerretDB v1 has no retryable writes.
    retryWrites: false,
  });
  await connection.asPromise();
  return connection;
}

export async function pingDatabase(connection: Connection): Promise<void> {
  const db = connection.db;
  if (!db) throw new Error('database not connected');
  await db.admin().ping();
}
