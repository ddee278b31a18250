/** Data access: budgets' mongoose models, on its own database. */
import type { AgencyRegisteredData } from '@pass-graph/contracts';
import { Schema, type Connection, type Model } from 'mongoose';
import { outboxPlugin, referenceModel, type ReferenceDoc } from '@pass-graph/platform';
import { createFiscalYearModels, type FiscalYearModels } from './fiscal-year';
import { createRateCardModels, type RateCardModels } from './rate-card';
import type { BudgetPurpose, ExecutionSource, FundingSource, FundingShare, UnbudgetedReason } from './domain';

export interface BudgetLineDoc {
  _id: string;
  agencyId: string;
  fiscalYear: number;
  programCode: string;
  name: string;
  fundingSource: FundingSource;
  purpose: BudgetPurpose;
  /** 원 */
  amount: number;
  /** 산출내역 (calculation lines) as printed. */
  items: BudgetLineItem[];
  /** Keys (consulting programme, care service type) the line funds; empty: any of its purpose. Missing on old rows. */
  purposeScope?: string[];
  /** 전용 allowed. */
  transfersAllowed?: boolean;
  team?: string | null;
  fundingShares?: FundingShare[];
}

export interface BudgetLineItem {
  seq: number;
  category: string;
  description: string;
  /** Unit price first (천원), then the quantities with their units. */
  factors: { value: number; unit: string }[];
  /** 원, as printed. */
  stated: number;
  note: string | null;
}

export interface ExpenditureDoc {
  _id: string;
  budgetLineId: string;
  agencyId: string;
  fiscalYear: number;
  /** 원 */
  amount: number;
  spentOn: string;
  facilityId: string | null;
  dispatchId: string | null;
  causationEventId: string | null;
  recordedAt: Date;
  /** What caused it; rows written before executions had sources are dispatches. */
  source?: ExecutionSource;
  /** The dispatch, session, visit, meeting or voucher number. */
  sourceId?: string;
  /** Who is paid: an id for event-fed executions (consultants, care worker, committee), the payee as entered for vouchers. */
  payee?: string | null;
  consultingCaseId?: string | null;
  /** Posted beyond the line's budget under 전용. */
  exceededLine?: boolean;
}

/** An event-fed execution the overrun rule refused: kept (with its BudgetLineOverrun event), never posted. */
export interface RejectedExecutionDoc {
  _id: string;
  budgetLineId: string;
  agencyId: string;
  fiscalYear: number;
  amount: number;
  /** The line's remaining budget when it was refused. */
  remaining: number;
  spentOn: string;
  source: ExecutionSource;
  sourceId: string;
  causationEventId: string | null;
  attemptedAt: Date;
}

/**
 * 미편성 집행 (unbudgeted execution): an event-fed cost of a year with a budget that no line of it pays. Recorded
 * (same id as the execution it would have been), reported, never posted against a line.
 */
export interface UnbudgetedExecutionDoc {
  _id: string;
  agencyId: string;
  fiscalYear: number;
  /** The purpose and key (programme, committee kind, service type) a line was looked for. */
  purpose: BudgetPurpose;
  key: string | null;
  reason: UnbudgetedReason;
  /** The lines that could pay it (AMBIGUOUS_BUDGET_LINE). */
  candidateLineIds: string[];
  /** 원; null when the rate card prices none (NO_RATE). */
  amount: number | null;
  spentOn: string;
  source: ExecutionSource;
  sourceId: string;
  payee: string | null;
  consultingCaseId: string | null;
  facilityId: string | null;
  causationEventId: string | null;
  recordedAt: Date;
}

const BudgetLineSchema = new Schema<BudgetLineDoc>(
  {
    _id: String,
    agencyId: { type: String, required: true },
    fiscalYear: { type: Number, required: true },
    programCode: { type: String, required: true },
    name: { type: String, required: true },
    fundingSource: { type: String, required: true },
    purpose: { type: String, required: true },
    amount: { type: Number, required: true },
    purposeScope: { type: [String], default: [] },
    transfersAllowed: { type: Boolean, default: false },
    team: { type: String, default: null },
    fundingShares: {
      type: [new Schema({ source: { type: String, required: true }, percent: { type: Number, required: true } }, { _id: false })],
      default: [],
    },
    items: {
      type: [
        new Schema<BudgetLineItem>(
          {
            seq: { type: Number, required: true },
            category: { type: String, required: true },
            description: { type: String, required: true },
            factors: {
              type: [new Schema({ value: { type: Number, required: true }, unit: { type: String, required: true } }, { _id: false })],
              default: [],
            },
            stated: { type: Number, required: true },
            note: { type: String, default: null },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
  },
  { collection: 'budget_lines', versionKey: false },
);
// budgetLines and the programme report (agency + year, `_id` order); the execution rule's lines of a purpose.
BudgetLineSchema.index({ agencyId: 1, fiscalYear: 1, _id: 1 });
BudgetLineSchema.plugin(outboxPlugin);

const ExpenditureSchema = new Schema<ExpenditureDoc>(
  {
    _id: String,
    budgetLineId: { type: String, required: true },
    agencyId: { type: String, required: true },
    fiscalYear: { type: Number, required: true },
    amount: { type: Number, required: true },
    spentOn: { type: String, required: true },
    facilityId: { type: String, default: null },
    dispatchId: { type: String, default: null },
    causationEventId: { type: String, default: null },
    recordedAt: { type: Date, required: true },
    source: { type: String, default: 'DISPATCH' },
    sourceId: { type: String },
    payee: { type: String, default: null },
    consultingCaseId: { type: String, default: null },
    exceededLine: { type: Boolean, default: false },
  },
  { collection: 'expenditures', versionKey: false },
);
// Loaders (by line, facility, dispatch, case) and the overrun rule's executions of a line.
ExpenditureSchema.index({ budgetLineId: 1, _id: 1 });
ExpenditureSchema.index({ facilityId: 1, _id: 1 });
ExpenditureSchema.index({ dispatchId: 1 });
ExpenditureSchema.index({ consultingCaseId: 1, _id: 1 });
ExpenditureSchema.index({ agencyId: 1, fiscalYear: 1 });
ExpenditureSchema.plugin(outboxPlugin);

const RejectedExecutionSchema = new Schema<RejectedExecutionDoc>(
  {
    _id: String,
    budgetLineId: { type: String, required: true },
    agencyId: { type: String, required: true },
    fiscalYear: { type: Number, required: true },
    amount: { type: Number, required: true },
    remaining: { type: Number, required: true },
    spentOn: { type: String, required: true },
    source: { type: String, required: true },
    sourceId: { type: String, required: true },
    causationEventId: { type: String, default: null },
    attemptedAt: { type: Date, required: true },
  },
  { collection: 'rejected_executions', versionKey: false },
);
RejectedExecutionSchema.index({ budgetLineId: 1, _id: 1 });
RejectedExecutionSchema.plugin(outboxPlugin);

const UnbudgetedExecutionSchema = new Schema<UnbudgetedExecutionDoc>(
  {
    _id: String,
    agencyId: { type: String, required: true },
    fiscalYear: { type: Number, required: true },
    purpose: { type: String, required: true },
    key: { type: String, default: null },
    reason: { type: String, required: true },
    candidateLineIds: { type: [String], default: [] },
    amount: { type: Number, default: null },
    spentOn: { type: String, required: true },
    source: { type: String, required: true },
    sourceId: { type: String, required: true },
    payee: { type: String, default: null },
    consultingCaseId: { type: String, default: null },
    facilityId: { type: String, default: null },
    causationEventId: { type: String, default: null },
    recordedAt: { type: Date, required: true },
  },
  { collection: 'unbudgeted_executions', versionKey: false },
);
UnbudgetedExecutionSchema.index({ consultingCaseId: 1, _id: 1 });
UnbudgetedExecutionSchema.index({ facilityId: 1, _id: 1 });
UnbudgetedExecutionSchema.index({ agencyId: 1, fiscalYear: 1, spentOn: 1, _id: 1 });

export type BudgetModels = Models & FiscalYearModels & RateCardModels;

export interface Models {
  BudgetLine: Model<BudgetLineDoc>;
  Expenditure: Model<ExpenditureDoc>;
  RejectedExecution: Model<RejectedExecutionDoc>;
  UnbudgetedExecution: Model<UnbudgetedExecutionDoc>;
  /** Governance's agencies, kept from its events. */
  KnownAgency: Model<ReferenceDoc<AgencyRegisteredData>>;
}

export const createModels = (db: Connection): BudgetModels => ({
  ...createFiscalYearModels(db),
  ...createRateCardModels(db),
  BudgetLine: db.model<BudgetLineDoc>('BudgetLine', BudgetLineSchema),
  Expenditure: db.model<ExpenditureDoc>('Expenditure', ExpenditureSchema),
  RejectedExecution: db.model<RejectedExecutionDoc>('RejectedExecution', RejectedExecutionSchema),
  UnbudgetedExecution: db.model<UnbudgetedExecutionDoc>('UnbudgetedExecution', UnbudgetedExecutionSchema),
  KnownAgency: referenceModel<AgencyRegisteredData>(db, 'agencies'),
});
