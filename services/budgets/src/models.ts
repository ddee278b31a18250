/** Data access: budgets' mongoose models, on its own database. */
import { Schema, type Connection, type Model } from 'mongoose';
import { outboxPlugin, referenceModel, type ReferenceDoc } from '@pass-graph/platform';
import { createFiscalYearModels, type FiscalYearModels } from './fiscal-year';
import { createRateCardModels, type RateCardModels } from './rate-card';
import type { BudgetPurpose, FundingSource } from './domain';

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
  },
  { collection: 'expenditures', versionKey: false },
);
ExpenditureSchema.plugin(outboxPlugin);

export type BudgetModels = Models & FiscalYearModels & RateCardModels;

export interface Models {
  BudgetLine: Model<BudgetLineDoc>;
  Expenditure: Model<ExpenditureDoc>;
  /** Governance's agencies, kept from its events. */
  KnownAgency: Model<ReferenceDoc>;
}

export const createModels = (db: Connection): BudgetModels => ({
  ...createFiscalYearModels(db),
  ...createRateCardModels(db),
  BudgetLine: db.model<BudgetLineDoc>('BudgetLine', BudgetLineSchema),
  Expenditure: db.model<ExpenditureDoc>('Expenditure', ExpenditureSchema),
  KnownAgency: referenceModel(db, 'agencies'),
});
