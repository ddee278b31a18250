/**
 * 온라인 상담창구 (online inquiry desk, P1, 003 L2434–2436): a question posted on the homepage board is
 * assigned to a consultant of the matching field and answered. Rules, free of I/O.
 */
import {
  addDays,
  all,
  badInput,
  checkDate,
  checkId,
  checkInt,
  checkText,
  err,
  hasRole,
  ok,
  type Caller,
  type Result,
} from '@pass-graph/platform';
import { isAppointedOn, type ConsultantField } from './domain';

/** 노무, 법률, 세무 (003 §3.5). */
export const INQUIRY_TOPICS = ['LABOR', 'LEGAL', 'TAX'] as const;
export type InquiryTopic = (typeof INQUIRY_TOPICS)[number];
export const INQUIRY_FIELD: Record<InquiryTopic, ConsultantField> = { LABOR: 'LABOR', LEGAL: 'LAW', TAX: 'TAX_ACCOUNTING' };

export const INQUIRY_STATUSES = ['SUBMITTED', 'ASSIGNED', 'ANSWERED'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];
export const INQUIRY_TRANSITIONS: Record<InquiryStatus, readonly InquiryStatus[]> = {
  SUBMITTED: ['ASSIGNED'],
  ASSIGNED: ['ANSWERED'],
  ANSWERED: [],
};

/** The plan sets no answer deadline; 7 days is our default service level (inferred), overridable per inquiry. */
export const DEFAULT_SLA_DAYS = 7;

export interface SubmitInquiryInput {
  id: string;
  providerId?: string | null;
  topic: InquiryTopic;
  question: string;
  submittedOn: string;
  slaDays?: number | null;
}

export interface ValidInquiry {
  id: string;
  providerId: string | null;
  topic: InquiryTopic;
  question: string;
  submittedOn: string;
  slaDays: number;
  dueOn: string;
}

export function validateInquiry(input: SubmitInquiryInput): Result<ValidInquiry> {
  const v = all({
    id: checkId(input.id),
    providerId: input.providerId == null ? ok(null) : checkId(input.providerId, 'providerId'),
    question: checkText(input.question, 'question', 2000),
    submittedOn: checkDate(input.submittedOn, 'submittedOn'),
    slaDays: checkInt(input.slaDays ?? DEFAULT_SLA_DAYS, 'slaDays', 1, 60),
  });
  if (!v.ok) return v;
  return ok({ ...v.value, topic: input.topic, dueOn: addDays(v.value.submittedOn, v.value.slaDays) });
}

/** The consultant answering must be appointed that day and work in the topic's field. */
export function checkInquiryConsultant(
  consultant: { _id: string; fields: readonly ConsultantField[]; appointedFrom: string; appointedUntil: string | null },
  topic: InquiryTopic,
  on: string,
): Result<string> {
  if (!isAppointedOn(consultant, on))
    return err(badInput(`consultant "${consultant._id}" is not appointed (위촉) on ${on}`, 'consultantId'));
  if (!consultant.fields.includes(INQUIRY_FIELD[topic]))
    return err(badInput(`consultant "${consultant._id}" does not work in ${INQUIRY_FIELD[topic]}`, 'consultantId'));
  return ok(consultant._id);
}

/** Answered on or before the due date; null while unanswered. */
export const answeredWithinSla = (i: { dueOn: string; answeredOn: string | null }): boolean | null =>
  i.answeredOn == null ? null : i.answeredOn <= i.dueOn;

/** Unanswered after its due date as of a day. */
export const isOverdue = (i: { dueOn: string; answeredOn: string | null }, asOf: string): boolean => i.answeredOn == null && asOf > i.dueOn;

export interface SlaSummary {
  submitted: number;
  answered: number;
  answeredWithinSla: number;
  open: number;
  overdue: number;
  /** answeredWithinSla / answered; null before any answer. */
  slaRate: number | null;
}

export function slaSummary(inquiries: readonly { dueOn: string; answeredOn: string | null }[], asOf: string): SlaSummary {
  const answered = inquiries.filter((i) => i.answeredOn != null);
  const within = answered.filter((i) => answeredWithinSla(i) === true).length;
  return {
    submitted: inquiries.length,
    answered: answered.length,
    answeredWithinSla: within,
    open: inquiries.length - answered.length,
    overdue: inquiries.filter((i) => isOverdue(i, asOf)).length,
    slaRate: answered.length > 0 ? within / answered.length : null,
  };
}

/** Questions and answers may describe people: only consultants and administrators read their text. */
export const canReadInquiryText = (caller: Caller): boolean => hasRole(caller, 'consultant', 'admin');
