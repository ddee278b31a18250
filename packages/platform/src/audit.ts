/**
 * The audit trail: every mutation and every read of personal data, with who (subject and
 * roles), what, when and the request id. Each record is written to the service's own
 * `_audit` collection with its event in the outbox, so the relay publishes it to the
 * append-only `<namespace>.audit.trail` topic even if Kafka was down when it happened.
 * Governance keeps the topic as a read model that admins query.
 */
import { randomUUID } from 'node:crypto';
import type { Connection, Model } from 'mongoose';
import type { Caller } from './caller';
import type { EventCatalog } from './events/catalog';
import { EventPayloadError, aggregateSchema, type OutboxEntry } from './events/outbox';
import type { Logger } from './logger';
import { requestScope } from './request-scope';

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

export class AuditTrail {
  readonly model: Model<{ _id: string }>;

  constructor(
    db: Connection,
    private readonly service: string,
    private readonly catalog: EventCatalog,
    private readonly publish: (model: Model<{ _id: string }>, id: string) => void,
    private readonly log: Logger,
  ) {
    this.model = db.model<{ _id: string }>('AuditRecord', aggregateSchema('_audit', { record: { type: Object, required: true } }));
  }

  /** Records one entry; never fails the request it describes (a failure is logged loudly). */
  async record(caller: Caller, entry: Pick<AuditRecord, 'action' | 'operation' | 'targetIds' | 'outcome' | 'errorCodes'>): Promise<void> {
    const requestId = requestScope.getStore()?.requestId ?? null;
    const record: AuditRecord = {
      auditId: randomUUID(),
      service: this.service,
      ...entry,
      targetIds: entry.targetIds.slice(0, 100),
      subject: caller.subject,
      roles: [...caller.roles],
      requestId,
      at: new Date().toISOString(),
    };
    const problems = this.catalog.check(AUDIT_EVENT, record);
    if (problems) throw new EventPayloadError(`${AUDIT_EVENT}: ${problems}`);
    const event: OutboxEntry = {
      id: randomUUID(),
      type: AUDIT_EVENT,
      topic: this.catalog.get(AUDIT_EVENT)?.topic ?? 'audit.trail',
      subject: record.auditId,
      time: record.at,
      ...(requestId ? { requestid: requestId } : {}),
      data: record as unknown as Record<string, unknown>,
    };
    try {
      await this.model.create({ _id: record.auditId, record, _outbox: [event] });
      this.publish(this.model, record.auditId);
    } catch (error) {
      this.log.error({ err: error, operation: entry.operation, requestId }, 'audit record could not be written');
    }
  }
}
