import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BudgetErratumDoc as BudgetErratumDocModel } from '../errata';
import type { FiscalYearBudgetDoc as FiscalYearBudgetDocModel } from '../fiscal-year';
import type { BudgetLineDoc as BudgetLineDocModel, ExpenditureDoc as ExpenditureDocModel, RejectedExecutionDoc as RejectedExecutionDocModel, UnbudgetedExecutionDoc as UnbudgetedExecutionDocModel, BudgetLineItem as BudgetLineItemModel } from '../models';
import type { RateCardDoc as RateCardDocModel, Rate as RateModel } from '../rate-card';
import type { ValidationReportView as ValidationReportViewModel } from '../reports';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An ISO-8601 instant in UTC. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Money in integer Korean won (원). */
  KRW: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** 증감 (change) of one account between two years. */
export type AccountChange = {
  __typename?: 'AccountChange';
  change: Scalars['KRW']['output'];
  changeMatchesReported?: Maybe<Scalars['Boolean']['output']>;
  /** change / fromAmount; null when the account had nothing in the earlier year. */
  changeRate?: Maybe<Scalars['Float']['output']>;
  code: Scalars['String']['output'];
  fromAmount: Scalars['KRW']['output'];
  name: Scalars['String']['output'];
  parentCode?: Maybe<Scalars['String']['output']>;
  /** 증감 as printed (consecutive years only). */
  reportedChange?: Maybe<Scalars['KRW']['output']>;
  side: BudgetSide;
  toAmount: Scalars['KRW']['output'];
};

export type Agency = {
  __typename?: 'Agency';
  id: Scalars['ID']['output'];
};

export type BudgetAccount = {
  __typename?: 'BudgetAccount';
  amount: Scalars['KRW']['output'];
  amountThousandKRW: Scalars['Float']['output'];
  /** 증감 computed against the previous year's budget; null without one. */
  change?: Maybe<Scalars['KRW']['output']>;
  changeMatchesReported?: Maybe<Scalars['Boolean']['output']>;
  /** The printed 증감 against the computed one: MATCHES, CORRECTED (by an erratum, to the computed value) or MISMATCH; null without both. */
  changeStatus?: Maybe<ReportedChangeStatus>;
  code: Scalars['String']['output'];
  /** The erratum (정오표) that corrected this account's printed 증감, if one was filed. */
  erratum?: Maybe<BudgetErratum>;
  name: Scalars['String']['output'];
  parentCode?: Maybe<Scalars['String']['output']>;
  /** 증감 as printed in the source. */
  reportedChange?: Maybe<Scalars['KRW']['output']>;
  side: BudgetSide;
};

export type BudgetAccountInput = {
  /** Leaves only, in 천원 as printed. */
  amountThousandKRW: InputMaybe<Scalars['Int']['input']>;
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  parentCode: InputMaybe<Scalars['String']['input']>;
  /** 증감 as printed, in 천원 (negative for △). */
  reportedChangeThousandKRW: InputMaybe<Scalars['Int']['input']>;
  side: BudgetSide;
};

export type BudgetComparison = {
  __typename?: 'BudgetComparison';
  /** Every account of either year in the later year's tree order. */
  accounts: Array<AccountChange>;
  agency: Agency;
  expenditureChange: Scalars['KRW']['output'];
  fromYear: Scalars['Int']['output'];
  revenueChange: Scalars['KRW']['output'];
  toYear: Scalars['Int']['output'];
};

/** 정오표 (erratum): a printed figure the author corrected, with the date it was filed. */
export type BudgetErratum = {
  __typename?: 'BudgetErratum';
  /** As corrected. */
  after: Scalars['KRW']['output'];
  afterThousandKRW: Scalars['Float']['output'];
  /** As printed before the correction. */
  before: Scalars['KRW']['output'];
  beforeThousandKRW: Scalars['Float']['output'];
  code: Scalars['String']['output'];
  field: ErratumField;
  filedOn: Scalars['Date']['output'];
  source: Scalars['String']['output'];
};

export type BudgetErratumInput = {
  afterThousandKRW: Scalars['Int']['input'];
  beforeThousandKRW: Scalars['Int']['input'];
  /** Account code, e.g. R1. */
  code: Scalars['String']['input'];
  field: InputMaybe<ErratumField>;
  /** The date of the 정오표. */
  filedOn: Scalars['Date']['input'];
  source: Scalars['String']['input'];
};

export type BudgetFactor = {
  __typename?: 'BudgetFactor';
  /** 천원 for the unit price; 명, 회, 곳, 월, 식, 건 … for quantities. */
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type BudgetFactorInput = {
  unit: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

/** 재원 분담 (funding share) of a line. */
export type BudgetFundingShare = {
  __typename?: 'BudgetFundingShare';
  /** In 원; the shares' amounts add up to the line's (the won left by rounding go to the largest share). */
  amount: Scalars['KRW']['output'];
  percent: Scalars['Int']['output'];
  source: FundingSource;
};

export type BudgetFundingShareInput = {
  percent: Scalars['Int']['input'];
  source: FundingSource;
};

/** 사업별 소요예산 (program budget line) of one agency's fiscal year (회계연도). */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  agency: Agency;
  /** 예산액 (budgeted amount) in 원. */
  amount: Scalars['KRW']['output'];
  /** The same in 천원, for display as printed. */
  amountThousandKRW: Scalars['Float']['output'];
  /** The governance business-plan item this line funds (same id). */
  businessPlanItem: BusinessPlanItem;
  /** 집행액 (executed): the sum of the line's expenditures. */
  executed: Scalars['KRW']['output'];
  /** 집행 by month of the fiscal year (months without executions omitted), with the cumulative rate. */
  executionByMonth: Array<MonthlyExecution>;
  /** 집행률 (execution rate), executed / amount. */
  executionRate: Scalars['Float']['output'];
  expenditures: ExpenditureConnection;
  fiscalYear: Scalars['Int']['output'];
  /** Shares per 재원; a line with one source is 100% that source. Amounts add up to the line's. */
  fundingShares: Array<BudgetFundingShare>;
  /** 재원 (funding source). */
  fundingSource: FundingSource;
  id: Scalars['ID']['output'];
  /** 산출내역 (calculation lines) as printed, each with its computed amount and a flag where they differ. */
  items: Array<BudgetLineItem>;
  itemsMatchLine?: Maybe<Scalars['Boolean']['output']>;
  /** Sum of the items' stated amounts; compare with amount. */
  itemsStatedTotal: Scalars['KRW']['output'];
  name: Scalars['String']['output'];
  /** True when executions exceed the budget (possible only under 전용). */
  overspent: Scalars['Boolean']['output'];
  /** 사업 코드 as printed in the plan, e.g. S12. */
  programCode: Scalars['String']['output'];
  purpose: BudgetPurpose;
  /** Consulting programmes or care service types the line funds (e.g. STAGED); empty: any of its purpose. */
  purposeScope: Array<Scalars['String']['output']>;
  /** Event-fed executions the overrun rule refused (never posted). */
  rejectedExecutions: RejectedExecutionConnection;
  /** 잔액 (remaining): amount − executed; negative when overspent. */
  remaining: Scalars['KRW']['output'];
  /** 담당 팀 (owner team) as printed in the plan. */
  team?: Maybe<Scalars['String']['output']>;
  /** 전용 (transfer) allowed: an execution beyond the budget is posted and flagged instead of rejected. */
  transfersAllowed: Scalars['Boolean']['output'];
};


/** 사업별 소요예산 (program budget line) of one agency's fiscal year (회계연도). */
export type BudgetLineExpendituresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 사업별 소요예산 (program budget line) of one agency's fiscal year (회계연도). */
export type BudgetLineRejectedExecutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type BudgetLineConnection = {
  __typename?: 'BudgetLineConnection';
  edges: Array<BudgetLineEdge>;
  nodes: Array<BudgetLine>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BudgetLineEdge = {
  __typename?: 'BudgetLineEdge';
  cursor: Scalars['String']['output'];
  node: BudgetLine;
};

/** 산출내역 (calculation line): unit price × quantities, with the amount as printed. */
export type BudgetLineItem = {
  __typename?: 'BudgetLineItem';
  /** 세목/항목 as printed. */
  category: Scalars['String']['output'];
  /** Unit price × quantities; null for a lump sum. */
  computed?: Maybe<Scalars['KRW']['output']>;
  description: Scalars['String']['output'];
  factors: Array<BudgetFactor>;
  /** e.g. "100천원 × 9명 × 5회"; empty for a lump sum. */
  formula: Scalars['String']['output'];
  /** False where the printed amount differs from the computation (kept, not fixed). */
  matchesStated?: Maybe<Scalars['Boolean']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  seq: Scalars['Int']['output'];
  /** As printed. */
  stated: Scalars['KRW']['output'];
  statedThousandKRW: Scalars['Float']['output'];
};

export type BudgetLineItemInput = {
  category: Scalars['String']['input'];
  description: Scalars['String']['input'];
  factors: Array<BudgetFactorInput>;
  note: InputMaybe<Scalars['String']['input']>;
  seq: Scalars['Int']['input'];
  statedThousandKRW: Scalars['Float']['input'];
};

export type BudgetPurpose =
  /** 돌봄 제공 (care provision): delivered care visits are posted here. */
  | 'CARE_PROVISION'
  /** 위원회 참석수당 (committee attendance allowances): paying committees' meetings are posted here. */
  | 'COMMITTEE_ALLOWANCE'
  /** 컨설팅 (consulting): consulting sessions' fees are posted here. */
  | 'CONSULTING'
  /** Any other program. */
  | 'GENERAL'
  /** 안전점검 (safety inspections, P7): the agency's own safety inspections' 안전점검수당 are posted here. */
  | 'SAFETY_INSPECTION'
  /** 대체인력 파견 (substitute-worker dispatch): completed dispatches are charged here. */
  | 'SUBSTITUTE_DISPATCH';

export type BudgetSide =
  /** 지출 (expenditure) */
  | 'EXPENDITURE'
  /** 수입 (revenue) */
  | 'REVENUE';

export type BudgetStatus =
  /** 승인 (approved) */
  | 'APPROVED'
  /** 마감 (closed) */
  | 'CLOSED'
  /** 편성 중 (draft) */
  | 'DRAFT'
  /** 제출 (submitted) */
  | 'SUBMITTED';

export type BudgetTotals = {
  __typename?: 'BudgetTotals';
  balanced: Scalars['Boolean']['output'];
  expenditure: Scalars['KRW']['output'];
  revenue: Scalars['KRW']['output'];
};

export type BudgetVersion =
  /** 본예산 (original) */
  | 'ORIGINAL'
  /** 수정예산 (revised) */
  | 'REVISED';

export type BusinessPlanItem = {
  __typename?: 'BusinessPlanItem';
  /** 예산액 (budget) of the item's line in 원; null for 비예산 items. */
  budget?: Maybe<Scalars['KRW']['output']>;
  /** 집행률 (execution rate) of the item's line; null for 비예산 items. */
  budgetExecutionRate?: Maybe<Scalars['Float']['output']>;
  /** The item's program budget line (its id is the item's id), with execution; null for 비예산 items. */
  budgetLine?: Maybe<BudgetLine>;
  id: Scalars['ID']['output'];
};

export type ConsultingCase = {
  __typename?: 'ConsultingCase';
  /** 컨설팅 수당 (consulting fees) posted for the case's sessions. */
  fees: ConsultingFees;
  id: Scalars['ID']['output'];
};

export type ConsultingFees = {
  __typename?: 'ConsultingFees';
  executions: Array<Expenditure>;
  /** Fees posted against a budget line. */
  posted: Scalars['KRW']['output'];
  sessionCount: Scalars['Int']['output'];
  /** All the case's session fees: posted plus unbudgeted. */
  total: Scalars['KRW']['output'];
  unbudgeted: Array<UnbudgetedExecution>;
  /** Fees recorded 미편성 (no line pays the case's programme that year). */
  unbudgetedTotal: Scalars['KRW']['output'];
};

export type DraftBudgetInput = {
  agencyId: Scalars['ID']['input'];
  revisedOn: InputMaybe<Scalars['Date']['input']>;
  version: BudgetVersion;
  year: Scalars['Int']['input'];
};

export type ErratumField =
  /** 증감 (year-over-year change). */
  | 'CHANGE';

export type ExecutionBySource = {
  __typename?: 'ExecutionBySource';
  amount: Scalars['KRW']['output'];
  count: Scalars['Int']['output'];
  source: ExecutionSource;
};

export type ExecutionSource =
  /** 돌봄 제공 (delivered care visit) */
  | 'CARE_VISIT'
  /** 컨설팅 회차 (consulting session) */
  | 'CONSULTING_SESSION'
  /** 대체인력 파견 완료 (completed dispatch) */
  | 'DISPATCH'
  /** 위원회 참석수당 (meeting attendance allowance) */
  | 'MEETING_ALLOWANCE'
  /** 안전점검수당 (a P7 safety inspection's fee) */
  | 'SAFETY_INSPECTION'
  /** 지출결의 (voucher) */
  | 'VOUCHER';

/**
 * 집행 (execution) against a budget line: a completed dispatch, a consulting session's fee, a delivered care visit, a
 * committee meeting's attendance allowance, a safety inspection's fee or a voucher. The id is derived from the fact
 * (dispatch:…, consulting:…, care:…, meeting:…, inspection:…, voucher:…): at most one per fact. Where the agency keeps a
 * fiscal-year budget for the year, nothing is posted unless one is APPROVED (event-fed costs are recorded 미편성 instead).
 */
export type Expenditure = {
  __typename?: 'Expenditure';
  amount: Scalars['KRW']['output'];
  budgetLine: BudgetLine;
  /** The consulting case whose session this fee is. */
  consultingCase?: Maybe<ConsultingCase>;
  /** The dispatch whose cost this is. */
  dispatch?: Maybe<SubstituteDispatch>;
  /** Posted beyond the line's budget under 전용. */
  exceededLine: Scalars['Boolean']['output'];
  /** The demand facility, for substitute-dispatch costs. */
  facility?: Maybe<Facility>;
  id: Scalars['ID']['output'];
  /** Who is paid: ids for event-fed executions (consultants, care worker, committee), as entered for vouchers. */
  payee?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  source: ExecutionSource;
  /** The dispatch, session, visit, meeting or voucher number it came from. */
  sourceId: Scalars['ID']['output'];
  spentOn: Scalars['Date']['output'];
};

export type ExpenditureConnection = {
  __typename?: 'ExpenditureConnection';
  edges: Array<ExpenditureEdge>;
  nodes: Array<Expenditure>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ExpenditureEdge = {
  __typename?: 'ExpenditureEdge';
  cursor: Scalars['String']['output'];
  node: Expenditure;
};

export type Facility = {
  __typename?: 'Facility';
  /** 집행 (execution) charged for this facility in a fiscal year (all years when omitted): substitute-dispatch costs and delivered care visits by source, and the 미편성 (unbudgeted) ones apart. */
  execution: FacilityExecution;
  id: Scalars['ID']['output'];
  /** 대체인력 파견 비용 (substitute-dispatch spending) charged for this facility in a fiscal year (all years when omitted). */
  substituteSpend: SubstituteSpend;
};


export type FacilityExecutionArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
};


export type FacilitySubstituteSpendArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
};

export type FacilityExecution = {
  __typename?: 'FacilityExecution';
  /** Posted against budget lines. */
  amount: Scalars['KRW']['output'];
  bySource: Array<ExecutionBySource>;
  count: Scalars['Int']['output'];
  fiscalYear?: Maybe<Scalars['Int']['output']>;
  /** Recorded 미편성 (known amounts). */
  unbudgetedAmount: Scalars['KRW']['output'];
  unbudgetedCount: Scalars['Int']['output'];
};

/** 회계연도 예산 (fiscal-year budget). */
export type FiscalYearBudget = {
  __typename?: 'FiscalYearBudget';
  /** Every account (과목) in tree order; parents' amounts are the sums of their children. */
  accounts: Array<BudgetAccount>;
  agency: Agency;
  approvedByResolutionId?: Maybe<Scalars['ID']['output']>;
  /** 정오표 (errata) filed for this budget's printed figures, in filing order. */
  errata: Array<BudgetErratum>;
  id: Scalars['ID']['output'];
  /** 수정 (revision) date. */
  revisedOn?: Maybe<Scalars['Date']['output']>;
  /** 차수 of a 수정예산 (1 = 1차 추경, 2 = 2차 …); null for the original. */
  revisionNo?: Maybe<Scalars['Int']['output']>;
  status: BudgetStatus;
  totals: BudgetTotals;
  version: BudgetVersion;
  year: Scalars['Int']['output'];
};

export type FundingSource =
  /** 시비 (metropolitan city) */
  | 'CITY'
  /** 시군비/구비 (city, county or district) */
  | 'CITY_COUNTY'
  /** 출연금 (contribution) */
  | 'CONTRIBUTION'
  /** 국비 (national) */
  | 'NATIONAL'
  /** 국비매칭 (national-funds matching) */
  | 'NATIONAL_MATCHING'
  /** 자체수입 (own revenue) */
  | 'OWN_REVENUE'
  /** 도비 (provincial) */
  | 'PROVINCIAL'
  /** 특별회계 (special account) */
  | 'SPECIAL_ACCOUNT'
  /** 재원 미기재 (the plan names no source) */
  | 'UNSPECIFIED';

export type FundingSourceBudget = {
  __typename?: 'FundingSourceBudget';
  amount: Scalars['KRW']['output'];
  executed: Scalars['KRW']['output'];
  /** amount / the year's total */
  share: Scalars['Float']['output'];
  source: FundingSource;
};

/** 월별 집행 (execution of one month). */
export type MonthlyExecution = {
  __typename?: 'MonthlyExecution';
  cumulative: Scalars['KRW']['output'];
  /** cumulative / budget */
  cumulativeRate: Scalars['Float']['output'];
  executed: Scalars['KRW']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** SUBMITTED → APPROVED by an adopted board resolution of the same agency; revenue must equal expenditure (CONFLICT UNBALANCED). Approving a revision publishes BudgetRevised. */
  approveBudget: FiscalYearBudget;
  /** Settles a 미편성 (unbudgeted) execution against a line of its agency and year (전용, 예비비 …): posted under the overrun rule like a voucher (CONFLICT OVERRUN), keeping its source and id; it leaves the unbudgeted report. CONFLICT UNPRICED for one without an amount; CONFLICT BUDGET_NOT_APPROVED or BUDGET_CLOSED while the year's fiscal-year budget is not in force. */
  assignUnbudgetedExecution: Expenditure;
  /** APPROVED → CLOSED. */
  closeBudget: FiscalYearBudget;
  /** Drafts a budget; a REVISED one (수정예산) is the next numbered revision (1차, 2차 …) and starts from the latest budget of the year, which must be approved (CONFLICT ORIGINAL_NOT_APPROVED or PREVIOUS_REVISION_NOT_APPROVED otherwise). */
  draftBudget: FiscalYearBudget;
  /** Files an erratum (정오표) correcting a printed 증감 of an account, with its date: `before` must be the printed figure; once per account (CONFLICT ALREADY_CORRECTED). Allowed in any status: it corrects the document, not the budget. */
  fileBudgetErratum: FiscalYearBudget;
  /** Posts a voucher (지출결의) against a line; beyond the budget of a line without 전용: CONFLICT reason OVERRUN with remaining. Where the agency keeps a fiscal-year budget for the line's year, only while one is APPROVED: CONFLICT reason BUDGET_NOT_APPROVED (only drafted or submitted) or BUDGET_CLOSED, with budgetId and status. */
  postExecution: Expenditure;
  /** Registers a program budget line; amounts are entered in 천원 as printed and stored in 원. */
  registerBudgetLine: BudgetLine;
  /** Sets a leaf or parent account of a DRAFT; parents carry no amount (theirs is computed). */
  setBudgetAccount: FiscalYearBudget;
  /** Replaces a budget line's 산출내역. */
  setBudgetLineItems: BudgetLine;
  /** Allows or forbids 전용 (transfer) on a line: with it, an execution beyond the budget is posted and the line flagged overspent. */
  setBudgetLineTransfers: BudgetLine;
  /** Sets the rate card taking effect in a year (replacing that year's card; other years' cards stay). */
  setRateCard: RateCard;
  /** DRAFT → SUBMITTED. */
  submitBudget: FiscalYearBudget;
};


export type MutationApproveBudgetArgs = {
  id: Scalars['ID']['input'];
  resolutionId: Scalars['ID']['input'];
};


export type MutationAssignUnbudgetedExecutionArgs = {
  budgetLineId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCloseBudgetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDraftBudgetArgs = {
  input: DraftBudgetInput;
};


export type MutationFileBudgetErratumArgs = {
  budgetId: Scalars['ID']['input'];
  erratum: BudgetErratumInput;
};


export type MutationPostExecutionArgs = {
  input: PostExecutionInput;
};


export type MutationRegisterBudgetLineArgs = {
  input: RegisterBudgetLineInput;
};


export type MutationSetBudgetAccountArgs = {
  account: BudgetAccountInput;
  budgetId: Scalars['ID']['input'];
};


export type MutationSetBudgetLineItemsArgs = {
  budgetLineId: Scalars['ID']['input'];
  items: Array<BudgetLineItemInput>;
};


export type MutationSetBudgetLineTransfersArgs = {
  allowed: Scalars['Boolean']['input'];
  budgetLineId: Scalars['ID']['input'];
};


export type MutationSetRateCardArgs = {
  input: RateCardInput;
};


export type MutationSubmitBudgetArgs = {
  id: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PostExecutionInput = {
  amount: Scalars['KRW']['input'];
  budgetLineId: Scalars['ID']['input'];
  payee: Scalars['String']['input'];
  spentOn: Scalars['Date']['input'];
  /** 전표번호 (voucher number): a voucher posts once. */
  voucherNo: Scalars['ID']['input'];
};

export type ProgramBudgetSummary = {
  __typename?: 'ProgramBudgetSummary';
  agency: Agency;
  byFundingSource: Array<FundingSourceBudget>;
  /** 월별 집행 (execution by month) over all the year's lines. */
  byMonth: Array<MonthlyExecution>;
  byTeam: Array<TeamBudget>;
  executed: Scalars['KRW']['output'];
  executionRate: Scalars['Float']['output'];
  fiscalYear: Scalars['Int']['output'];
  lineCount: Scalars['Int']['output'];
  total: Scalars['KRW']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** 전년 대비 증감 (year-over-year change) of the original budgets' account trees; null unless both years have a budget. */
  budgetComparison?: Maybe<BudgetComparison>;
  budgetLine?: Maybe<BudgetLine>;
  /** Budget lines in id order, optionally of one agency and fiscal year. */
  budgetLines: BudgetLineConnection;
  /** 산출내역 검증 (validation report): items whose unit price × quantities differs from the printed amount, and lines whose items do not add up. */
  budgetValidationReport: ValidationReport;
  /** 회계연도 예산 (fiscal-year budget) of an agency, ORIGINAL unless a version is given; REVISED is the latest 수정예산 unless a revisionNo (1차 = 1) is given. */
  fiscalYearBudget?: Maybe<FiscalYearBudget>;
  /** An agency's budgets of a year in order: 본예산, then 1차, 2차 … 수정예산. */
  fiscalYearBudgets: Array<FiscalYearBudget>;
  /** 사업별 소요예산 (program budgets) of an agency's year by team and by 재원 (funding source, split by each line's shares), with execution and execution by month. */
  programBudgets: ProgramBudgetSummary;
  /** 단가표 (rate card) of an agency in force in a year: the newest card whose year is at most that year. */
  rateCard?: Maybe<RateCard>;
  /** 미편성 집행 (unbudgeted executions) of an agency's year: event-fed costs that no budget line of the year pays (or several could, or the rate card prices none), recorded and flagged here instead of posted. */
  unbudgetedExecutions: UnbudgetedExecutionReport;
};


export type QueryBudgetComparisonArgs = {
  agencyId: Scalars['ID']['input'];
  fromYear: Scalars['Int']['input'];
  toYear: Scalars['Int']['input'];
};


export type QueryBudgetLineArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBudgetLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBudgetValidationReportArgs = {
  agencyId: Scalars['ID']['input'];
  fiscalYear: Scalars['Int']['input'];
};


export type QueryFiscalYearBudgetArgs = {
  agencyId: Scalars['ID']['input'];
  revisionNo?: InputMaybe<Scalars['Int']['input']>;
  version?: InputMaybe<BudgetVersion>;
  year: Scalars['Int']['input'];
};


export type QueryFiscalYearBudgetsArgs = {
  agencyId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryProgramBudgetsArgs = {
  agencyId: Scalars['ID']['input'];
  fiscalYear: Scalars['Int']['input'];
};


export type QueryRateCardArgs = {
  agencyId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryUnbudgetedExecutionsArgs = {
  agencyId: Scalars['ID']['input'];
  fiscalYear: Scalars['Int']['input'];
};

/** 단가 (unit price). */
export type Rate = {
  __typename?: 'Rate';
  /** COMMITTEE_ATTENDANCE, CONSULTING_HOURLY, CARE_VISIT, … */
  code: Scalars['String']['output'];
  /** As printed, e.g. 위원회 참석수당. */
  name: Scalars['String']['output'];
  /** What one unit is, e.g. 인·회 (per person per meeting). */
  per: Scalars['String']['output'];
  /** Where the source prints it, e.g. 003 L1315. */
  source?: Maybe<Scalars['String']['output']>;
  unitPrice: Scalars['KRW']['output'];
  unitPriceThousandKRW: Scalars['Float']['output'];
};

/** 단가표 (rate card): reusable unit prices, versioned by the year a card takes effect. */
export type RateCard = {
  __typename?: 'RateCard';
  agency: Agency;
  id: Scalars['ID']['output'];
  rate?: Maybe<Rate>;
  rates: Array<Rate>;
  /** The year the card takes effect; it stays in force until a later year's card. */
  year: Scalars['Int']['output'];
};


/** 단가표 (rate card): reusable unit prices, versioned by the year a card takes effect. */
export type RateCardRateArgs = {
  code: Scalars['String']['input'];
};

export type RateCardInput = {
  agencyId: Scalars['ID']['input'];
  rates: Array<RateInput>;
  year: Scalars['Int']['input'];
};

export type RateInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  per: Scalars['String']['input'];
  source: InputMaybe<Scalars['String']['input']>;
  /** In 천원 as printed. */
  unitPriceThousandKRW: Scalars['Int']['input'];
};

export type RegisterBudgetLineInput = {
  agencyId: Scalars['ID']['input'];
  /** Amount as printed, in 천원 (integer). */
  amountThousandKRW: Scalars['Int']['input'];
  fiscalYear: Scalars['Int']['input'];
  /** Omitted: 100% fundingSource. */
  fundingShares: InputMaybe<Array<BudgetFundingShareInput>>;
  fundingSource: FundingSource;
  /** Stable id, e.g. jeonbuk-2023-S12. */
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  programCode: Scalars['String']['input'];
  purpose: BudgetPurpose;
  purposeScope: InputMaybe<Array<Scalars['String']['input']>>;
  team: InputMaybe<Scalars['String']['input']>;
  transfersAllowed: InputMaybe<Scalars['Boolean']['input']>;
};

/** 초과 집행 시도 (overrun attempt) refused by the overrun rule. */
export type RejectedExecution = {
  __typename?: 'RejectedExecution';
  amount: Scalars['KRW']['output'];
  attemptedAt: Scalars['DateTime']['output'];
  budgetLine: BudgetLine;
  id: Scalars['ID']['output'];
  /** The line's remaining budget when refused. */
  remaining: Scalars['KRW']['output'];
  source: ExecutionSource;
  sourceId: Scalars['ID']['output'];
  spentOn: Scalars['Date']['output'];
};

export type RejectedExecutionConnection = {
  __typename?: 'RejectedExecutionConnection';
  edges: Array<RejectedExecutionEdge>;
  nodes: Array<RejectedExecution>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RejectedExecutionEdge = {
  __typename?: 'RejectedExecutionEdge';
  cursor: Scalars['String']['output'];
  node: RejectedExecution;
};

export type ReportedChangeStatus =
  /** 정정: an erratum corrected the printed 증감 to the computed one. */
  | 'CORRECTED'
  /** 일치: the printed 증감 equals the computed one. */
  | 'MATCHES'
  /** 불일치: the printed 증감 differs and no erratum corrected it. */
  | 'MISMATCH';

export type SubstituteDispatch = {
  __typename?: 'SubstituteDispatch';
  /** The expenditure recorded for the dispatch once it completed; null before. */
  expenditure?: Maybe<Expenditure>;
  id: Scalars['ID']['output'];
};

export type SubstituteSpend = {
  __typename?: 'SubstituteSpend';
  amount: Scalars['KRW']['output'];
  dispatchCount: Scalars['Int']['output'];
  fiscalYear?: Maybe<Scalars['Int']['output']>;
};

export type TeamBudget = {
  __typename?: 'TeamBudget';
  amount: Scalars['KRW']['output'];
  executed: Scalars['KRW']['output'];
  executionRate: Scalars['Float']['output'];
  lineCount: Scalars['Int']['output'];
  /** amount / the year's total */
  share: Scalars['Float']['output'];
  /** 담당 팀; null for lines without one. */
  team?: Maybe<Scalars['String']['output']>;
};

export type UnbudgetedByReason = {
  __typename?: 'UnbudgetedByReason';
  amount: Scalars['KRW']['output'];
  count: Scalars['Int']['output'];
  reason: UnbudgetedReason;
};

/** 미편성 집행 (unbudgeted execution): a real cost of a year with a budget that no line of it pays; recorded once per fact (same id as the execution it would have been), never posted against a line nor dead-lettered. */
export type UnbudgetedExecution = {
  __typename?: 'UnbudgetedExecution';
  agency: Agency;
  /** In 원; null when the rate card prices none (NO_RATE). */
  amount?: Maybe<Scalars['KRW']['output']>;
  /** The lines that could pay it (AMBIGUOUS_BUDGET_LINE), or the line whose rate is missing (NO_RATE). */
  candidateLines: Array<BudgetLine>;
  consultingCase?: Maybe<ConsultingCase>;
  facility?: Maybe<Facility>;
  fiscalYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The programme, committee kind or care service type, e.g. LABOR or HUMAN_RIGHTS. */
  key?: Maybe<Scalars['String']['output']>;
  /** Who is to be paid (ids: consultants, care worker, committee). */
  payee?: Maybe<Scalars['String']['output']>;
  /** The purpose a line was looked for. */
  purpose: BudgetPurpose;
  reason: UnbudgetedReason;
  recordedAt: Scalars['DateTime']['output'];
  source: ExecutionSource;
  sourceId: Scalars['ID']['output'];
  spentOn: Scalars['Date']['output'];
};

/** 미편성 집행 of a year, flagged for finance. */
export type UnbudgetedExecutionReport = {
  __typename?: 'UnbudgetedExecutionReport';
  agency: Agency;
  byReason: Array<UnbudgetedByReason>;
  count: Scalars['Int']['output'];
  executions: Array<UnbudgetedExecution>;
  fiscalYear: Scalars['Int']['output'];
  /** Sum of the known amounts. */
  total: Scalars['KRW']['output'];
  /** How many have no amount (NO_RATE). */
  unpricedCount: Scalars['Int']['output'];
};

export type UnbudgetedReason =
  /** Several lines could pay it and none is named for it */
  | 'AMBIGUOUS_BUDGET_LINE'
  /** 예산 마감: the agency's fiscal-year budget of that year is closed */
  | 'BUDGET_CLOSED'
  /** 예산 미성립: the agency's fiscal-year budget of that year is drafted or submitted but not yet approved by the board */
  | 'BUDGET_NOT_APPROVED'
  /** 미편성: the year's budget has no line for this cost */
  | 'NO_BUDGET_LINE'
  /** 단가 미정: the rate card in force prices no such cost, so the amount is unknown */
  | 'NO_RATE';

/** 산출 불일치 (an item whose printed amount is not its computation); kept as printed. */
export type ValidationMismatch = {
  __typename?: 'ValidationMismatch';
  budgetLine: BudgetLine;
  computed: Scalars['KRW']['output'];
  description: Scalars['String']['output'];
  /** stated − computed */
  difference: Scalars['KRW']['output'];
  formula: Scalars['String']['output'];
  programCode: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
  stated: Scalars['KRW']['output'];
};

export type ValidationReport = {
  __typename?: 'ValidationReport';
  agency: Agency;
  fiscalYear: Scalars['Int']['output'];
  itemCount: Scalars['Int']['output'];
  lineCount: Scalars['Int']['output'];
  linesNotMatchingItems: Array<BudgetLine>;
  mismatches: Array<ValidationMismatch>;
  statedTotal: Scalars['KRW']['output'];
};



export type ResolverTypeWrapper<T> = unknown;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  BudgetLine: BudgetLine;
  BusinessPlanItem: BusinessPlanItem;
  ConsultingCase: ConsultingCase;
  Expenditure: Expenditure;
  Facility: Facility;
  SubstituteDispatch: SubstituteDispatch;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  BudgetLine:
    ( { __typename: 'BudgetLine' }
    & GraphQLRecursivePick<FederationTypes['BudgetLine'], {"id":true}> );
  BusinessPlanItem:
    ( { __typename: 'BusinessPlanItem' }
    & GraphQLRecursivePick<FederationTypes['BusinessPlanItem'], {"id":true}> );
  ConsultingCase:
    ( { __typename: 'ConsultingCase' }
    & GraphQLRecursivePick<FederationTypes['ConsultingCase'], {"id":true}> );
  Expenditure:
    ( { __typename: 'Expenditure' }
    & GraphQLRecursivePick<FederationTypes['Expenditure'], {"id":true}> );
  Facility:
    ( { __typename: 'Facility' }
    & GraphQLRecursivePick<FederationTypes['Facility'], {"id":true}> );
  SubstituteDispatch:
    ( { __typename: 'SubstituteDispatch' }
    & GraphQLRecursivePick<FederationTypes['SubstituteDispatch'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountChange: ResolverTypeWrapper<AccountChange>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Agency: ResolverTypeWrapper<Agency>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BudgetAccount: ResolverTypeWrapper<Omit<BudgetAccount, 'erratum'> & { erratum?: Maybe<ResolversTypes['BudgetErratum']> }>;
  BudgetAccountInput: BudgetAccountInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BudgetComparison: ResolverTypeWrapper<Omit<BudgetComparison, 'agency'> & { agencyId: string }>;
  BudgetErratum: ResolverTypeWrapper<BudgetErratumDocModel>;
  BudgetErratumInput: BudgetErratumInput;
  BudgetFactor: ResolverTypeWrapper<BudgetFactor>;
  BudgetFactorInput: BudgetFactorInput;
  BudgetFundingShare: ResolverTypeWrapper<BudgetFundingShare>;
  BudgetFundingShareInput: BudgetFundingShareInput;
  BudgetLine: ResolverTypeWrapper<BudgetLineDocModel>;
  BudgetLineConnection: ResolverTypeWrapper<Omit<BudgetLineConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['BudgetLineEdge']>, nodes: Array<ResolversTypes['BudgetLine']> }>;
  BudgetLineEdge: ResolverTypeWrapper<Omit<BudgetLineEdge, 'node'> & { node: ResolversTypes['BudgetLine'] }>;
  BudgetLineItem: ResolverTypeWrapper<BudgetLineItemModel>;
  BudgetLineItemInput: BudgetLineItemInput;
  BudgetPurpose: BudgetPurpose;
  BudgetSide: BudgetSide;
  BudgetStatus: BudgetStatus;
  BudgetTotals: ResolverTypeWrapper<BudgetTotals>;
  BudgetVersion: BudgetVersion;
  BusinessPlanItem: ResolverTypeWrapper<Omit<BusinessPlanItem, 'budgetLine'> & { budgetLine?: Maybe<ResolversTypes['BudgetLine']> }>;
  ConsultingCase: ResolverTypeWrapper<Omit<ConsultingCase, 'fees'> & { fees: ResolversTypes['ConsultingFees'] }>;
  ConsultingFees: ResolverTypeWrapper<Omit<ConsultingFees, 'executions' | 'unbudgeted'> & { executions: Array<ResolversTypes['Expenditure']>, unbudgeted: Array<ResolversTypes['UnbudgetedExecution']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DraftBudgetInput: DraftBudgetInput;
  ErratumField: ErratumField;
  ExecutionBySource: ResolverTypeWrapper<ExecutionBySource>;
  ExecutionSource: ExecutionSource;
  Expenditure: ResolverTypeWrapper<ExpenditureDocModel>;
  ExpenditureConnection: ResolverTypeWrapper<Omit<ExpenditureConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ExpenditureEdge']>, nodes: Array<ResolversTypes['Expenditure']> }>;
  ExpenditureEdge: ResolverTypeWrapper<Omit<ExpenditureEdge, 'node'> & { node: ResolversTypes['Expenditure'] }>;
  Facility: ResolverTypeWrapper<Facility>;
  FacilityExecution: ResolverTypeWrapper<FacilityExecution>;
  FiscalYearBudget: ResolverTypeWrapper<FiscalYearBudgetDocModel>;
  FundingSource: FundingSource;
  FundingSourceBudget: ResolverTypeWrapper<FundingSourceBudget>;
  KRW: ResolverTypeWrapper<Scalars['KRW']['output']>;
  MonthlyExecution: ResolverTypeWrapper<MonthlyExecution>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PostExecutionInput: PostExecutionInput;
  ProgramBudgetSummary: ResolverTypeWrapper<Omit<ProgramBudgetSummary, 'agency'> & { agencyId: string }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rate: ResolverTypeWrapper<RateModel>;
  RateCard: ResolverTypeWrapper<RateCardDocModel>;
  RateCardInput: RateCardInput;
  RateInput: RateInput;
  RegisterBudgetLineInput: RegisterBudgetLineInput;
  RejectedExecution: ResolverTypeWrapper<RejectedExecutionDocModel>;
  RejectedExecutionConnection: ResolverTypeWrapper<Omit<RejectedExecutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RejectedExecutionEdge']>, nodes: Array<ResolversTypes['RejectedExecution']> }>;
  RejectedExecutionEdge: ResolverTypeWrapper<Omit<RejectedExecutionEdge, 'node'> & { node: ResolversTypes['RejectedExecution'] }>;
  ReportedChangeStatus: ReportedChangeStatus;
  SubstituteDispatch: ResolverTypeWrapper<Omit<SubstituteDispatch, 'expenditure'> & { expenditure?: Maybe<ResolversTypes['Expenditure']> }>;
  SubstituteSpend: ResolverTypeWrapper<SubstituteSpend>;
  TeamBudget: ResolverTypeWrapper<TeamBudget>;
  UnbudgetedByReason: ResolverTypeWrapper<UnbudgetedByReason>;
  UnbudgetedExecution: ResolverTypeWrapper<UnbudgetedExecutionDocModel>;
  UnbudgetedExecutionReport: ResolverTypeWrapper<Omit<UnbudgetedExecutionReport, 'agency'> & { agencyId: string }>;
  UnbudgetedReason: UnbudgetedReason;
  ValidationMismatch: ResolverTypeWrapper<Omit<ValidationMismatch, 'budgetLine'> & { budgetLineId: string }>;
  ValidationReport: ResolverTypeWrapper<ValidationReportViewModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountChange: AccountChange;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  Agency: Agency;
  ID: Scalars['ID']['output'];
  BudgetAccount: Omit<BudgetAccount, 'erratum'> & { erratum?: Maybe<ResolversParentTypes['BudgetErratum']> };
  BudgetAccountInput: BudgetAccountInput;
  Int: Scalars['Int']['output'];
  BudgetComparison: Omit<BudgetComparison, 'agency'> & { agencyId: string };
  BudgetErratum: BudgetErratumDocModel;
  BudgetErratumInput: BudgetErratumInput;
  BudgetFactor: BudgetFactor;
  BudgetFactorInput: BudgetFactorInput;
  BudgetFundingShare: BudgetFundingShare;
  BudgetFundingShareInput: BudgetFundingShareInput;
  BudgetLine: BudgetLineDocModel;
  BudgetLineConnection: Omit<BudgetLineConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['BudgetLineEdge']>, nodes: Array<ResolversParentTypes['BudgetLine']> };
  BudgetLineEdge: Omit<BudgetLineEdge, 'node'> & { node: ResolversParentTypes['BudgetLine'] };
  BudgetLineItem: BudgetLineItemModel;
  BudgetLineItemInput: BudgetLineItemInput;
  BudgetTotals: BudgetTotals;
  BusinessPlanItem: Omit<BusinessPlanItem, 'budgetLine'> & { budgetLine?: Maybe<ResolversParentTypes['BudgetLine']> } | FederationReferenceTypes['BusinessPlanItem'];
  ConsultingCase: Omit<ConsultingCase, 'fees'> & { fees: ResolversParentTypes['ConsultingFees'] } | FederationReferenceTypes['ConsultingCase'];
  ConsultingFees: Omit<ConsultingFees, 'executions' | 'unbudgeted'> & { executions: Array<ResolversParentTypes['Expenditure']>, unbudgeted: Array<ResolversParentTypes['UnbudgetedExecution']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DraftBudgetInput: DraftBudgetInput;
  ExecutionBySource: ExecutionBySource;
  Expenditure: ExpenditureDocModel;
  ExpenditureConnection: Omit<ExpenditureConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ExpenditureEdge']>, nodes: Array<ResolversParentTypes['Expenditure']> };
  ExpenditureEdge: Omit<ExpenditureEdge, 'node'> & { node: ResolversParentTypes['Expenditure'] };
  Facility: Facility | FederationReferenceTypes['Facility'];
  FacilityExecution: FacilityExecution;
  FiscalYearBudget: FiscalYearBudgetDocModel;
  FundingSourceBudget: FundingSourceBudget;
  KRW: Scalars['KRW']['output'];
  MonthlyExecution: MonthlyExecution;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PostExecutionInput: PostExecutionInput;
  ProgramBudgetSummary: Omit<ProgramBudgetSummary, 'agency'> & { agencyId: string };
  Query: Record<PropertyKey, never>;
  Rate: RateModel;
  RateCard: RateCardDocModel;
  RateCardInput: RateCardInput;
  RateInput: RateInput;
  RegisterBudgetLineInput: RegisterBudgetLineInput;
  RejectedExecution: RejectedExecutionDocModel;
  RejectedExecutionConnection: Omit<RejectedExecutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RejectedExecutionEdge']>, nodes: Array<ResolversParentTypes['RejectedExecution']> };
  RejectedExecutionEdge: Omit<RejectedExecutionEdge, 'node'> & { node: ResolversParentTypes['RejectedExecution'] };
  SubstituteDispatch: Omit<SubstituteDispatch, 'expenditure'> & { expenditure?: Maybe<ResolversParentTypes['Expenditure']> } | FederationReferenceTypes['SubstituteDispatch'];
  SubstituteSpend: SubstituteSpend;
  TeamBudget: TeamBudget;
  UnbudgetedByReason: UnbudgetedByReason;
  UnbudgetedExecution: UnbudgetedExecutionDocModel;
  UnbudgetedExecutionReport: Omit<UnbudgetedExecutionReport, 'agency'> & { agencyId: string };
  ValidationMismatch: Omit<ValidationMismatch, 'budgetLine'> & { budgetLineId: string };
  ValidationReport: ValidationReportViewModel;
  String: Scalars['String']['output'];
};

export type AuthDirectiveArgs = {
  requires?: Maybe<Array<Scalars['String']['input']>>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = any, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = any, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccountChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['AccountChange'] = ResolversParentTypes['AccountChange']> = {
  change?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  changeMatchesReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  changeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromAmount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedChange?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  side?: Resolver<ResolversTypes['BudgetSide'], ParentType, ContextType>;
  toAmount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
};

export type AgencyResolvers<ContextType = any, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type BudgetAccountResolvers<ContextType = any, ParentType extends ResolversParentTypes['BudgetAccount'] = ResolversParentTypes['BudgetAccount']> = {
  amount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  amountThousandKRW?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  changeMatchesReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  changeStatus?: Resolver<Maybe<ResolversTypes['ReportedChangeStatus']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  erratum?: Resolver<Maybe<ResolversTypes['BudgetErratum']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedChange?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  side?: Resolver<ResolversTypes['BudgetSide'], ParentType, ContextType>;
};

export type BudgetComparisonResolvers<ContextType = any, ParentType extends ResolversParentTypes['BudgetComparison'] = ResolversParentTypes['BudgetComparison']> = {
  accounts?: Resolver<Array<ResolversTypes['AccountChange']>, ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  expenditureChange?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revenueChange?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  toYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BudgetErratumResolvers<ContextType = any, ParentType extends ResolversParentTypes['BudgetErratum'] = ResolversParentTypes['BudgetErratum']> = {
  after?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  afterThousandKRW?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  beforeThousandKRW?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['ErratumField'], ParentType, ContextType>;
  filedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BudgetFactorResolvers<ContextType = any, ParentType extends ResolversParentTypes['BudgetFactor'] = ResolversParentTypes['BudgetFactor']> = {
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type BudgetFundingShareResolvers<ContextType = any, ParentType extends ResolversParentTypes['BudgetFundingShare'] = ResolversParentTypes['BudgetFundingShare']> = {
  amount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FundingSource'], ParentType, ContextType>;
};

export type BudgetLineResolvers<ContextType = any, ParentType extends ResolversParentTypes['BudgetLine'] = ResolversParentTypes['BudgetLine'], FederationReferenceType extends FederationReferenceTypes['BudgetLine'] = FederationReferenceTypes['BudgetLine']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BudgetLine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  amountThousandKRW?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  businessPlanItem?: Resolver<ResolversTypes['BusinessPlanItem'], ParentType, ContextType>;
  executed?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  executionByMonth?: Resolver<Array<ResolversTypes['MonthlyExecution']>, ParentType, ContextType>;
  executionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expenditures?: Resolver<ResolversTypes['ExpenditureConnection'], ParentType, ContextType, RequireFields<BudgetLineExpendituresArgs, 'first'>>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fundingShares?: Resolver<Array<ResolversTypes['BudgetFundingShare']>, ParentType, ContextType>;
  fundingSource?: Resolver<ResolversTypes['FundingSource'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['BudgetLineItem']>, ParentType, ContextType>;
  itemsMatchLine?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  itemsStatedTotal?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overspent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  programCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['BudgetPurpose'], ParentType, ContextType>;
  purposeScope?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rejectedExecutions?: Resolver<ResolversTypes['RejectedExecutionConnection'], ParentType, ContextType, RequireFields<BudgetLineRejectedExecutionsArgs, 'first'>>;
  remaining?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transfersAllowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type BudgetLineConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['BudgetLineConnection'] = ResolversParentTypes['BudgetLineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BudgetLineEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['BudgetLine']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BudgetLineEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['BudgetLineEdge'] = ResolversParentTypes['BudgetLineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType>;
};

export type BudgetLineItemResolvers<ContextType = any, ParentType extends ResolversParentTypes['BudgetLineItem'] = ResolversParentTypes['BudgetLineItem']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  computed?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['BudgetFactor']>, ParentType, ContextType>;
  formula?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchesStated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stated?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  statedThousandKRW?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type BudgetTotalsResolvers<ContextType = any, ParentType extends ResolversParentTypes['BudgetTotals'] = ResolversParentTypes['BudgetTotals']> = {
  balanced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expenditure?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
};

export type BusinessPlanItemResolvers<ContextType = any, ParentType extends ResolversParentTypes['BusinessPlanItem'] = ResolversParentTypes['BusinessPlanItem'], FederationReferenceType extends FederationReferenceTypes['BusinessPlanItem'] = FederationReferenceTypes['BusinessPlanItem']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BusinessPlanItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  budgetExecutionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  budgetLine?: Resolver<Maybe<ResolversTypes['BudgetLine']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ConsultingCaseResolvers<ContextType = any, ParentType extends ResolversParentTypes['ConsultingCase'] = ResolversParentTypes['ConsultingCase'], FederationReferenceType extends FederationReferenceTypes['ConsultingCase'] = FederationReferenceTypes['ConsultingCase']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ConsultingCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fees?: Resolver<ResolversTypes['ConsultingFees'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ConsultingFeesResolvers<ContextType = any, ParentType extends ResolversParentTypes['ConsultingFees'] = ResolversParentTypes['ConsultingFees']> = {
  executions?: Resolver<Array<ResolversTypes['Expenditure']>, ParentType, ContextType>;
  posted?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  sessionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  unbudgeted?: Resolver<Array<ResolversTypes['UnbudgetedExecution']>, ParentType, ContextType>;
  unbudgetedTotal?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExecutionBySourceResolvers<ContextType = any, ParentType extends ResolversParentTypes['ExecutionBySource'] = ResolversParentTypes['ExecutionBySource']> = {
  amount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ExecutionSource'], ParentType, ContextType>;
};

export type ExpenditureResolvers<ContextType = any, ParentType extends ResolversParentTypes['Expenditure'] = ResolversParentTypes['Expenditure'], FederationReferenceType extends FederationReferenceTypes['Expenditure'] = FederationReferenceTypes['Expenditure']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Expenditure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  budgetLine?: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType>;
  consultingCase?: Resolver<Maybe<ResolversTypes['ConsultingCase']>, ParentType, ContextType>;
  dispatch?: Resolver<Maybe<ResolversTypes['SubstituteDispatch']>, ParentType, ContextType>;
  exceededLine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payee?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ExecutionSource'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  spentOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ExpenditureConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['ExpenditureConnection'] = ResolversParentTypes['ExpenditureConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ExpenditureEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Expenditure']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExpenditureEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['ExpenditureEdge'] = ResolversParentTypes['ExpenditureEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Expenditure'], ParentType, ContextType>;
};

export type FacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility'], FederationReferenceType extends FederationReferenceTypes['Facility'] = FederationReferenceTypes['Facility']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Facility']> | FederationReferenceType, FederationReferenceType, ContextType>;
  execution?: Resolver<ResolversTypes['FacilityExecution'], ParentType, ContextType, FacilityExecutionArgs>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  substituteSpend?: Resolver<ResolversTypes['SubstituteSpend'], ParentType, ContextType, FacilitySubstituteSpendArgs>;
};

export type FacilityExecutionResolvers<ContextType = any, ParentType extends ResolversParentTypes['FacilityExecution'] = ResolversParentTypes['FacilityExecution']> = {
  amount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  bySource?: Resolver<Array<ResolversTypes['ExecutionBySource']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fiscalYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unbudgetedAmount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  unbudgetedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FiscalYearBudgetResolvers<ContextType = any, ParentType extends ResolversParentTypes['FiscalYearBudget'] = ResolversParentTypes['FiscalYearBudget']> = {
  accounts?: Resolver<Array<ResolversTypes['BudgetAccount']>, ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  approvedByResolutionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errata?: Resolver<Array<ResolversTypes['BudgetErratum']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revisedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  revisionNo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BudgetStatus'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['BudgetTotals'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['BudgetVersion'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundingSourceBudgetResolvers<ContextType = any, ParentType extends ResolversParentTypes['FundingSourceBudget'] = ResolversParentTypes['FundingSourceBudget']> = {
  amount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  executed?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FundingSource'], ParentType, ContextType>;
};

export interface KrwScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['KRW'], any> {
  name: 'KRW';
}

export type MonthlyExecutionResolvers<ContextType = any, ParentType extends ResolversParentTypes['MonthlyExecution'] = ResolversParentTypes['MonthlyExecution']> = {
  cumulative?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  cumulativeRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  executed?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveBudget: Resolver<ResolversTypes['FiscalYearBudget'], ParentType, ContextType, RequireFields<MutationApproveBudgetArgs, 'id' | 'resolutionId'>>;
  assignUnbudgetedExecution: Resolver<ResolversTypes['Expenditure'], ParentType, ContextType, RequireFields<MutationAssignUnbudgetedExecutionArgs, 'budgetLineId' | 'id'>>;
  closeBudget: Resolver<ResolversTypes['FiscalYearBudget'], ParentType, ContextType, RequireFields<MutationCloseBudgetArgs, 'id'>>;
  draftBudget: Resolver<ResolversTypes['FiscalYearBudget'], ParentType, ContextType, RequireFields<MutationDraftBudgetArgs, 'input'>>;
  fileBudgetErratum: Resolver<ResolversTypes['FiscalYearBudget'], ParentType, ContextType, RequireFields<MutationFileBudgetErratumArgs, 'budgetId' | 'erratum'>>;
  postExecution: Resolver<ResolversTypes['Expenditure'], ParentType, ContextType, RequireFields<MutationPostExecutionArgs, 'input'>>;
  registerBudgetLine: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType, RequireFields<MutationRegisterBudgetLineArgs, 'input'>>;
  setBudgetAccount: Resolver<ResolversTypes['FiscalYearBudget'], ParentType, ContextType, RequireFields<MutationSetBudgetAccountArgs, 'account' | 'budgetId'>>;
  setBudgetLineItems: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType, RequireFields<MutationSetBudgetLineItemsArgs, 'budgetLineId' | 'items'>>;
  setBudgetLineTransfers: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType, RequireFields<MutationSetBudgetLineTransfersArgs, 'allowed' | 'budgetLineId'>>;
  setRateCard: Resolver<ResolversTypes['RateCard'], ParentType, ContextType, RequireFields<MutationSetRateCardArgs, 'input'>>;
  submitBudget: Resolver<ResolversTypes['FiscalYearBudget'], ParentType, ContextType, RequireFields<MutationSubmitBudgetArgs, 'id'>>;
};

export type PageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProgramBudgetSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProgramBudgetSummary'] = ResolversParentTypes['ProgramBudgetSummary']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  byFundingSource?: Resolver<Array<ResolversTypes['FundingSourceBudget']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthlyExecution']>, ParentType, ContextType>;
  byTeam?: Resolver<Array<ResolversTypes['TeamBudget']>, ParentType, ContextType>;
  executed?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  executionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  budgetComparison: Resolver<Maybe<ResolversTypes['BudgetComparison']>, ParentType, ContextType, RequireFields<QueryBudgetComparisonArgs, 'agencyId' | 'fromYear' | 'toYear'>>;
  budgetLine: Resolver<Maybe<ResolversTypes['BudgetLine']>, ParentType, ContextType, RequireFields<QueryBudgetLineArgs, 'id'>>;
  budgetLines: Resolver<ResolversTypes['BudgetLineConnection'], ParentType, ContextType, RequireFields<QueryBudgetLinesArgs, 'first'>>;
  budgetValidationReport: Resolver<ResolversTypes['ValidationReport'], ParentType, ContextType, RequireFields<QueryBudgetValidationReportArgs, 'agencyId' | 'fiscalYear'>>;
  fiscalYearBudget: Resolver<Maybe<ResolversTypes['FiscalYearBudget']>, ParentType, ContextType, RequireFields<QueryFiscalYearBudgetArgs, 'agencyId' | 'year'>>;
  fiscalYearBudgets: Resolver<Array<ResolversTypes['FiscalYearBudget']>, ParentType, ContextType, RequireFields<QueryFiscalYearBudgetsArgs, 'agencyId' | 'year'>>;
  programBudgets: Resolver<ResolversTypes['ProgramBudgetSummary'], ParentType, ContextType, RequireFields<QueryProgramBudgetsArgs, 'agencyId' | 'fiscalYear'>>;
  rateCard: Resolver<Maybe<ResolversTypes['RateCard']>, ParentType, ContextType, RequireFields<QueryRateCardArgs, 'agencyId' | 'year'>>;
  unbudgetedExecutions: Resolver<ResolversTypes['UnbudgetedExecutionReport'], ParentType, ContextType, RequireFields<QueryUnbudgetedExecutionsArgs, 'agencyId' | 'fiscalYear'>>;
};

export type RateResolvers<ContextType = any, ParentType extends ResolversParentTypes['Rate'] = ResolversParentTypes['Rate']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  per?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  unitPriceThousandKRW?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RateCardResolvers<ContextType = any, ParentType extends ResolversParentTypes['RateCard'] = ResolversParentTypes['RateCard']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Rate']>, ParentType, ContextType, RequireFields<RateCardRateArgs, 'code'>>;
  rates?: Resolver<Array<ResolversTypes['Rate']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RejectedExecutionResolvers<ContextType = any, ParentType extends ResolversParentTypes['RejectedExecution'] = ResolversParentTypes['RejectedExecution']> = {
  amount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  attemptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  budgetLine?: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ExecutionSource'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  spentOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type RejectedExecutionConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['RejectedExecutionConnection'] = ResolversParentTypes['RejectedExecutionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RejectedExecutionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RejectedExecution']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RejectedExecutionEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['RejectedExecutionEdge'] = ResolversParentTypes['RejectedExecutionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RejectedExecution'], ParentType, ContextType>;
};

export type SubstituteDispatchResolvers<ContextType = any, ParentType extends ResolversParentTypes['SubstituteDispatch'] = ResolversParentTypes['SubstituteDispatch'], FederationReferenceType extends FederationReferenceTypes['SubstituteDispatch'] = FederationReferenceTypes['SubstituteDispatch']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SubstituteDispatch']> | FederationReferenceType, FederationReferenceType, ContextType>;
  expenditure?: Resolver<Maybe<ResolversTypes['Expenditure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SubstituteSpendResolvers<ContextType = any, ParentType extends ResolversParentTypes['SubstituteSpend'] = ResolversParentTypes['SubstituteSpend']> = {
  amount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  dispatchCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fiscalYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TeamBudgetResolvers<ContextType = any, ParentType extends ResolversParentTypes['TeamBudget'] = ResolversParentTypes['TeamBudget']> = {
  amount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  executed?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  executionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UnbudgetedByReasonResolvers<ContextType = any, ParentType extends ResolversParentTypes['UnbudgetedByReason'] = ResolversParentTypes['UnbudgetedByReason']> = {
  amount?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['UnbudgetedReason'], ParentType, ContextType>;
};

export type UnbudgetedExecutionResolvers<ContextType = any, ParentType extends ResolversParentTypes['UnbudgetedExecution'] = ResolversParentTypes['UnbudgetedExecution']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  candidateLines?: Resolver<Array<ResolversTypes['BudgetLine']>, ParentType, ContextType>;
  consultingCase?: Resolver<Maybe<ResolversTypes['ConsultingCase']>, ParentType, ContextType>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payee?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['BudgetPurpose'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['UnbudgetedReason'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ExecutionSource'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  spentOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type UnbudgetedExecutionReportResolvers<ContextType = any, ParentType extends ResolversParentTypes['UnbudgetedExecutionReport'] = ResolversParentTypes['UnbudgetedExecutionReport']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  byReason?: Resolver<Array<ResolversTypes['UnbudgetedByReason']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  executions?: Resolver<Array<ResolversTypes['UnbudgetedExecution']>, ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  unpricedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ValidationMismatchResolvers<ContextType = any, ParentType extends ResolversParentTypes['ValidationMismatch'] = ResolversParentTypes['ValidationMismatch']> = {
  budgetLine?: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType>;
  computed?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  difference?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  formula?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stated?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
};

export type ValidationReportResolvers<ContextType = any, ParentType extends ResolversParentTypes['ValidationReport'] = ResolversParentTypes['ValidationReport']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linesNotMatchingItems?: Resolver<Array<ResolversTypes['BudgetLine']>, ParentType, ContextType>;
  mismatches?: Resolver<Array<ResolversTypes['ValidationMismatch']>, ParentType, ContextType>;
  statedTotal?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
};

export type Resolvers<ContextType = any> = {
  AccountChange?: AccountChangeResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  BudgetAccount?: BudgetAccountResolvers<ContextType>;
  BudgetComparison?: BudgetComparisonResolvers<ContextType>;
  BudgetErratum?: BudgetErratumResolvers<ContextType>;
  BudgetFactor?: BudgetFactorResolvers<ContextType>;
  BudgetFundingShare?: BudgetFundingShareResolvers<ContextType>;
  BudgetLine?: BudgetLineResolvers<ContextType>;
  BudgetLineConnection?: BudgetLineConnectionResolvers<ContextType>;
  BudgetLineEdge?: BudgetLineEdgeResolvers<ContextType>;
  BudgetLineItem?: BudgetLineItemResolvers<ContextType>;
  BudgetTotals?: BudgetTotalsResolvers<ContextType>;
  BusinessPlanItem?: BusinessPlanItemResolvers<ContextType>;
  ConsultingCase?: ConsultingCaseResolvers<ContextType>;
  ConsultingFees?: ConsultingFeesResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  ExecutionBySource?: ExecutionBySourceResolvers<ContextType>;
  Expenditure?: ExpenditureResolvers<ContextType>;
  ExpenditureConnection?: ExpenditureConnectionResolvers<ContextType>;
  ExpenditureEdge?: ExpenditureEdgeResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  FacilityExecution?: FacilityExecutionResolvers<ContextType>;
  FiscalYearBudget?: FiscalYearBudgetResolvers<ContextType>;
  FundingSourceBudget?: FundingSourceBudgetResolvers<ContextType>;
  KRW?: GraphQLScalarType;
  MonthlyExecution?: MonthlyExecutionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProgramBudgetSummary?: ProgramBudgetSummaryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rate?: RateResolvers<ContextType>;
  RateCard?: RateCardResolvers<ContextType>;
  RejectedExecution?: RejectedExecutionResolvers<ContextType>;
  RejectedExecutionConnection?: RejectedExecutionConnectionResolvers<ContextType>;
  RejectedExecutionEdge?: RejectedExecutionEdgeResolvers<ContextType>;
  SubstituteDispatch?: SubstituteDispatchResolvers<ContextType>;
  SubstituteSpend?: SubstituteSpendResolvers<ContextType>;
  TeamBudget?: TeamBudgetResolvers<ContextType>;
  UnbudgetedByReason?: UnbudgetedByReasonResolvers<ContextType>;
  UnbudgetedExecution?: UnbudgetedExecutionResolvers<ContextType>;
  UnbudgetedExecutionReport?: UnbudgetedExecutionReportResolvers<ContextType>;
  ValidationMismatch?: ValidationMismatchResolvers<ContextType>;
  ValidationReport?: ValidationReportResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = any> = {
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
};
