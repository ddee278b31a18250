import { ANONYMOUS, type Caller } from '@pass-graph/platform';
import {
  DEFAULT_SLA_DAYS,
  answeredWithinSla,
  canReadInquiryText,
  checkInquiryConsultant,
  isOverdue,
  slaSummary,
  validateInquiry,
} from './inquiries';
import { INQUIRIES } from './seed';

const fieldOf = (r: { ok: boolean; error?: { extensions: Record<string, unknown> } }): unknown =>
  r.ok ? 'OK' : r.error?.extensions['field'];
const caller = (roles: Caller['roles']): Caller => ({ ...ANONYMOUS, subject: 'u1', roles });

describe('online inquiries (온라인 상담창구)', () => {
  const input = INQUIRIES[0]!.input;

  it('sets the due date from the service level (7 days by default)', () => {
    expect(DEFAULT_SLA_DAYS).toBe(7);
    expect(validateInquiry(input)).toMatchObject({ ok: true, value: { dueOn: '2023-04-17', slaDays: 7 } });
    expect(validateInquiry({ ...input, slaDays: 3 })).toMatchObject({ ok: true, value: { dueOn: '2023-04-13' } });
    expect(fieldOf(validateInquiry({ ...input, slaDays: 0 }))).toBe('slaDays');
    expect(fieldOf(validateInquiry({ ...input, question: ' ' }))).toBe('question');
  });

  it('assigns a consultant appointed that day in the topic’s field', () => {
    const c = { _id: 'c', fields: ['LABOR' as const], appointedFrom: '2023-02-01', appointedUntil: '2023-12-31' };
    expect(checkInquiryConsultant(c, 'LABOR', '2023-04-11').ok).toBe(true);
    expect(fieldOf(checkInquiryConsultant(c, 'TAX', '2023-04-11'))).toBe('consultantId');
    expect(fieldOf(checkInquiryConsultant(c, 'LABOR', '2024-01-02'))).toBe('consultantId');
  });

  it('measures answers against the due date', () => {
    expect(answeredWithinSla({ dueOn: '2023-04-17', answeredOn: '2023-04-17' })).toBe(true);
    expect(answeredWithinSla({ dueOn: '2023-04-17', answeredOn: '2023-04-18' })).toBe(false);
    expect(answeredWithinSla({ dueOn: '2023-04-17', answeredOn: null })).toBeNull();
    expect(isOverdue({ dueOn: '2023-04-17', answeredOn: null }, '2023-04-18')).toBe(true);
    expect(isOverdue({ dueOn: '2023-04-17', answeredOn: null }, '2023-04-17')).toBe(false);
    expect(
      slaSummary(
        [
          { dueOn: '2023-04-17', answeredOn: '2023-04-14' },
          { dueOn: '2023-04-17', answeredOn: '2023-04-20' },
          { dueOn: '2023-05-09', answeredOn: null },
          { dueOn: '2023-06-09', answeredOn: null },
        ],
        '2023-06-01',
      ),
    ).toEqual({ submitted: 4, answered: 2, answeredWithinSla: 1, open: 2, overdue: 1, slaRate: 0.5 });
    expect(slaSummary([], '2023-06-01').slaRate).toBeNull();
  });

  it('shows question and answer text to consultants and administrators only', () => {
    expect(canReadInquiryText(ANONYMOUS)).toBe(false);
    expect(canReadInquiryText(caller(['care-worker', 'data-analyst']))).toBe(false);
    expect(canReadInquiryText(caller(['consultant']))).toBe(true);
    expect(canReadInquiryText(caller(['admin']))).toBe(true);
  });
});
