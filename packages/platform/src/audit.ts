/**
 * The audit trail: every mutation and every read of personal data, with who (subject and
 * roles), what, when and the request id, published to the append-only `<namespace>.audit.trail`
 * topic through the outbox (so even if Kafka was down when it happened). Governance keeps the
 * topic as a read model that admins query. The record cannot be skipped:
 * - a mutation's record rides in the `_outbox` of each aggregate write the mutation makes until one
 *   has committed (`forMutation` below, `outboxPlugin`): the state change and its audit record
 *   commit together or not at all (two writes in flight may both carry it: one event id, applied once). A mutation that wrote no aggregate (refused, or nothing
 *   to change) gets a record of its own in the service's `_audit` collection afterwards;
 * - a read of personal data is recorded in `_audit` (one insert for the whole request) before the
 *   response leaves the subgraph; if that write fails, the response carries no data, only an error.
 */
import { randomUUID } from 'node:crypto';
import type { Connection, Model } from 'mongoose';
import type { Caller } from './caller';
import type { EventCatalog } from './events/catalog';
import { EventPayloadError, aggregateSchema, type OutboxEntry } from './events/outbox';
import { metrics } from './metrics';
import { requestScope, type MutationAudit } from './request-scope';

export const AUDIT_EVENT = 'pass.audit.AuditRecorded.v1';

export type AuditAction = 'MUTATION' | 'PII_READ';

export interface AuditRecord {
  auditId: string;
  service: string;
  action: AuditAction;
  /** Schema coordinate: `Mutation.dispatchSubstitute`, `CareRecipient.name`. */
  operation: string;
  /** Ids of what was read or changed (never personal data). */
  targetIds: string[];
  subject: string | null;
  roles: string[];
  outcome: 'OK' | 'ERROR';
  errorCodes: string[];
  requestId: string | null;
  at: string;
}

export type AuditEntry = Pick<AuditRecord, 'action' | 'operation' | 'targetIds' | 'outcome' | 'errorCodes'>;

/** Ids per record (the event schema's bound). */
const MAX_TARGETS = 100;

export class AuditTrail {
  readonly model: Model<{ _id: string }>;

  constructor(
    db: Connection,
    private readonly service: string,
    private readonly catalog: EventCatalog,
    private readonly publish: (model: Model<{ _id: string }>, id: string) => void,
  ) {
    this.model = db.model<{ _id: string }>(
      'AuditRecord',
      // `at` (top level, a date) is what the retention sweep selects by: a range FerretDB pushes down to the index.
      aggregateSchema('_audit', { record: { type: Object, required: true }, at: { type: Date } }, { indexes: [{ at: 1 }] }),
    );
  }

  /** The record and its outbox event (validated: an invalid record is a programming error and throws). */
  event(caller: Caller, entry: AuditEntry): OutboxEntry {
    const requestId = requestScope.getStore()?.requestId ?? null;
    const record: AuditRecord = {
      auditId: randomUUID(),
      service: this.service,
      ...entry,
      targetIds: entry.targetIds.slice(0, MAX_TARGETS),
      subject: caller.subject,
      roles: [...caller.roles],
      requestId,
      at: new Date().toISOString(),
    };
    const problems = this.catalog.check(AUDIT_EVENT, record);
    if (problems) throw new EventPayloadError(`${AUDIT_EVENT}: ${problems}`);
    return {
      id: randomUUID(),
      type: AUDIT_EVENT,
      topic: this.catalog.get(AUDIT_EVENT)?.topic ?? 'audit.trail',
      subject: record.auditId,
      time: record.at,
      ...(requestId ? { requestid: requestId } : {}),
      data: record as unknown as Record<string, unknown>,
    };
  }

  /** The audit record a mutation field's writes carry (see the header); one per field and request. */
  forMutation(caller: Caller, operation: string): MutationAudit {
    const audit: MutationAudit = {
      committed: false,
      entry: (targetId) =>
        (audit.event ??= this.event(caller, {
          action: 'MUTATION',
          operation,
          targetIds: targetId ? [targetId] : [],
          outcome: 'OK',
          errorCodes: [],
        })),
    };
    return audit;
  }

  /** Writes records in one insert (each in its own `_audit` document with its event) and publishes them; throws when it fails. */
  async record(caller: Caller, ...entries: AuditEntry[]): Promise<void> {
    const events = entries.map((e) => this.event(caller, e));
    await this.model.insertMany(
      events.map((event) => ({ _id: event.subject, record: event.data, at: new Date(event.time), _outbox: [event] })),
    );
    for (const event of events) this.publish(this.model, event.subject);
  }

  /** The records of personal data read in full: one per coordinate and up to MAX_TARGETS ids. */
  static readsOf(reads: ReadonlyMap<string, ReadonlySet<string>>): AuditEntry[] {
    return [...reads].flatMap(([operation, ids]) => {
      const all = [...ids];
      const chunks: AuditEntry[] = [];
      for (let i = 0; i < all.length; i += MAX_TARGETS)
        chunks.push({ action: 'PII_READ', operation, targetIds: all.slice(i, i + MAX_TARGETS), outcome: 'OK', errorCodes: [] });
      return chunks;
    });
  }

  /** Deletes records older than `days` whose event is published (FerretDB has no TTL index); returns how many. */
  async sweep(days: number): Promise<number> {
    const before = new Date(Date.now() - days * 86_400_000);
    const { deletedCount } = await this.model.collection.deleteMany({ at: { $lt: before }, _pending: false });
    if (deletedCount > 0)
      metrics.inc('audit_records_expired_total', 'Audit records deleted by the retention sweep', { store: '_audit' }, deletedCount);
    return deletedCount;
  }
}
