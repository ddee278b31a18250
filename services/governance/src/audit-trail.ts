/**
 * 감사 기록 (audit trail): the read model of `<ns>.audit.trail`, which every service writes
 * for each mutation and each read of personal data. Kept in time order (`_id` starts with the
 * instant) so the newest page is one indexed range; idempotent under redelivery (upsert by id).
 * Only admins read it (`@auth(requires: ["admin"])` in the schema). Entries older than AUDIT_RETENTION_DAYS
 * are deleted by the periodic retention sweep.
 */
import { Schema, type Connection, type FilterQuery, type Model } from 'mongoose';
import { EventTypes, type AuditRecordedData, type EventsIn } from '@pass-graph/contracts';
import { checkPage, metrics, paginate, trusted, unwrap, type EventHandlers, type PageArgs } from '@pass-graph/platform';

export interface AuditEntryDoc extends AuditRecordedData {
  _id: string;
}

export function auditEntryModel(db: Connection): Model<AuditEntryDoc> {
  const schema = new Schema<AuditEntryDoc>(
    {
      _id: String,
      auditId: String,
      service: String,
      action: String,
      operation: String,
      targetIds: [String],
      subject: { type: String, default: null },
      roles: [String],
      outcome: String,
      errorCodes: [String],
      requestId: { type: String, default: null },
      at: String,
    },
    { collection: 'audit_trail', versionKey: false },
  );
  schema.index({ subject: 1, _id: 1 });
  return db.model<AuditEntryDoc>('AuditEntry', schema);
}

const AUDIT_EVENTS = [EventTypes.AuditRecorded] as const;

export const auditHandlers = (model: Model<AuditEntryDoc>): EventHandlers<EventsIn<typeof AUDIT_EVENTS>> => ({
  [EventTypes.AuditRecorded]: async (event) => {
    const record = event.data;
    await model.updateOne({ _id: `${record.at}_${record.auditId}` }, { $set: record }, { upsert: true });
  },
});

/** Deletes entries older than `days` (the id starts with the instant: one range of the primary index). */
export async function sweepAuditTrail(model: Model<AuditEntryDoc>, days: number): Promise<number> {
  const before = new Date(Date.now() - days * 86_400_000).toISOString();
  const { deletedCount } = await model.deleteMany({ _id: trusted({ $lt: before }) });
  if (deletedCount > 0)
    metrics.inc('audit_records_expired_total', 'Audit records deleted by the retention sweep', { store: 'audit_trail' }, deletedCount);
  return deletedCount;
}

export interface AuditTrailArgs extends PageArgs {
  subject?: string | null;
  service?: string | null;
  action?: string | null;
}

export function auditTrail(model: Model<AuditEntryDoc>, args: AuditTrailArgs) {
  const filter: FilterQuery<AuditEntryDoc> = {};
  if (args.subject) filter.subject = args.subject;
  if (args.service) filter.service = args.service;
  if (args.action) filter.action = args.action;
  return paginate(model, filter, unwrap(checkPage(args)));
}
