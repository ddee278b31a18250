import path from 'node:path';
import mongoose from 'mongoose';
import { AUDIT_EVENT, AuditTrail } from './audit';
import { ANONYMOUS, type Caller } from './caller';
import { EventCatalog } from './events/catalog';

const catalog = EventCatalog.load(path.resolve(__dirname, '..', '..', '..', 'schemas', 'events'));
const trail = new AuditTrail(mongoose.createConnection(), 'care-services', catalog, () => undefined);
const manager: Caller = { ...ANONYMOUS, subject: 'manager-1', roles: ['care-manager'] };

describe('AuditTrail', () => {
  it('records a read of many ids in records of at most 100 ids, one coordinate each', () => {
    const ids = Array.from({ length: 250 }, (_, i) => `r-${i}`);
    const entries = AuditTrail.readsOf(
      new Map([
        ['CareRecipient.personalData', new Set(ids)],
        ['Employee.personalData', new Set(['e-1'])],
      ]),
    );
    expect(entries.map((e) => [e.operation, e.targetIds.length])).toEqual([
      ['CareRecipient.personalData', 100],
      ['CareRecipient.personalData', 100],
      ['CareRecipient.personalData', 50],
      ['Employee.personalData', 1],
    ]);
    expect(entries.flatMap((e) => (e.operation === 'CareRecipient.personalData' ? e.targetIds : []))).toEqual(ids);
  });

  it("builds a mutation's event once, from the first document written, the same for every later write", () => {
    const audit = trail.forMutation(manager, 'Mutation.moveCareRecipient');
    const first = audit.entry('rcp-1');
    expect(audit.entry('other-document')).toBe(first);
    expect(first).toMatchObject({ type: AUDIT_EVENT, topic: 'audit.trail', subject: (first.data as { auditId: string }).auditId });
    expect(first.data).toMatchObject({
      service: 'care-services',
      action: 'MUTATION',
      operation: 'Mutation.moveCareRecipient',
      targetIds: ['rcp-1'],
      subject: 'manager-1',
      roles: ['care-manager'],
      outcome: 'OK',
    });
    expect(audit.committed).toBe(false);
  });
});
