/**
 * Sanctions reconciliation: the published district table (inspectionResults, 001 L150–186) against the recorded
 * inspections' findings (inspectionActions). The table holds aggregates only; recorded inspections are synthetic
 * records that should re-aggregate to it. Free of I/O.
 */
import { totalCases, type InspectionCounts } from './inspections';

/**
 * RECONCILED: every count and amount of the recorded findings equals the printed row.
 * PARTIAL: some printed sanctions have no recorded finding yet, and no figure exceeds the print.
 * EXCEEDS_PRINTED: a recorded count or amount is above the printed one (or the table has no row for the district).
 * NOT_RECORDED: the table prints sanctions for the district but no finding is recorded.
 */
export type SanctionReconciliationStatus = 'RECONCILED' | 'PARTIAL' | 'EXCEEDS_PRINTED' | 'NOT_RECORDED';

const FIELDS = ['cautionCount', 'warningCount', 'surchargeCount', 'surchargeAmount', 'clawbackCount', 'clawbackAmount'] as const;

export const ZERO_COUNTS: InspectionCounts = {
  cautionCount: 0,
  warningCount: 0,
  surchargeCount: 0,
  surchargeAmount: 0,
  clawbackCount: 0,
  clawbackAmount: 0,
};

const pick = (c: InspectionCounts): InspectionCounts => {
  const out = { ...ZERO_COUNTS };
  for (const f of FIELDS) out[f] = c[f];
  return out;
};

export interface CountsWithTotal extends InspectionCounts {
  totalCases: number;
}

const withTotal = (c: InspectionCounts): CountsWithTotal => ({ ...pick(c), totalCases: totalCases(c) });

export function reconciliationStatus(printed: InspectionCounts | null, recorded: InspectionCounts): SanctionReconciliationStatus {
  const p = printed ?? ZERO_COUNTS;
  if (FIELDS.some((f) => recorded[f] > p[f])) return 'EXCEEDS_PRINTED';
  if (FIELDS.every((f) => recorded[f] === p[f])) return 'RECONCILED';
  return totalCases(recorded) === 0 ? 'NOT_RECORDED' : 'PARTIAL';
}

export interface DistrictSanctionReconciliationDoc {
  district: string;
  /** The printed row's counts and amounts; null when the table has no row for the district. */
  printed: CountsWithTotal | null;
  /** 계 as printed (null for "-" or no row). */
  reportedTotalCases: number | null;
  /** Whether the printed 계 equals the printed counts (DQ-001-1…3); null without a row. */
  printedRowMatchesReported: boolean | null;
  recordedInspectionCount: number;
  recorded: CountsWithTotal;
  /** printed − recorded per field; negative where the records exceed the print. */
  difference: CountsWithTotal;
  status: SanctionReconciliationStatus;
}

export interface SanctionReconciliationDoc {
  year: number;
  districts: DistrictSanctionReconciliationDoc[];
  printedTotals: CountsWithTotal;
  recordedTotals: CountsWithTotal;
  reconciledDistricts: number;
  /** Districts whose printed row shows sanctions or whose records exceed it but do not reconcile. */
  unreconciledDistricts: string[];
}

type PrintedRow = InspectionCounts & { district: string; reportedTotalCases: number | null };
type RecordedRow = { district: string; inspectionCount: number; actions: InspectionCounts };

const sum = (rows: readonly InspectionCounts[]): CountsWithTotal => {
  const out = { ...ZERO_COUNTS };
  for (const r of rows) for (const f of FIELDS) out[f] += r[f];
  return withTotal(out);
};

/** One row per district of the table or the records, in name order (ko collation, as inspectionResults). */
export function reconcileSanctions(
  year: number,
  printedRows: readonly PrintedRow[],
  recordedRows: readonly RecordedRow[],
): SanctionReconciliationDoc {
  const printedBy = new Map(printedRows.map((r) => [r.district, r]));
  const recordedBy = new Map(recordedRows.map((r) => [r.district, r]));
  const names = [...new Set([...printedBy.keys(), ...recordedBy.keys()])].sort((a, b) => a.localeCompare(b, 'ko'));
  const districts = names.map((district): DistrictSanctionReconciliationDoc => {
    const p = printedBy.get(district) ?? null;
    const r = recordedBy.get(district);
    const recorded = withTotal(r?.actions ?? ZERO_COUNTS);
    const printed = p ? withTotal(p) : null;
    const difference = { ...ZERO_COUNTS };
    for (const f of FIELDS) difference[f] = (printed?.[f] ?? 0) - recorded[f];
    return {
      district,
      printed,
      reportedTotalCases: p?.reportedTotalCases ?? null,
      printedRowMatchesReported: p ? (p.reportedTotalCases ?? 0) === totalCases(p) : null,
      recordedInspectionCount: r?.inspectionCount ?? 0,
      recorded,
      difference: { ...difference, totalCases: (printed?.totalCases ?? 0) - recorded.totalCases },
      status: reconciliationStatus(printed, recorded),
    };
  });
  return {
    year,
    districts,
    printedTotals: sum(printedRows),
    recordedTotals: sum(recordedRows.map((r) => r.actions)),
    reconciledDistricts: districts.filter((d) => d.status === 'RECONCILED').length,
    unreconciledDistricts: districts.filter((d) => d.status !== 'RECONCILED').map((d) => d.district),
  };
}
