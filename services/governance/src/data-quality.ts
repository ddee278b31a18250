/**
 * DataQualityFinding (데이터 품질 점검 결과): the register of places where a source document disagrees with
 * itself, is incomplete or garbled, and how the graph reads it. The findings are facts about the five public
 * source documents, so they are fixtures in code (`src/data-quality/seed-00n.ts`, one file per document),
 * checked by `checkFinding` when the module loads, and served read-only; no collection, no events.
 *
 * Numbers are as the document prints them, in the finding's `unit`, except money: amounts printed in 천원
 * are given in integer 원 (conventions.md), so `unit` is then '원'.
 */
import { badInput, checkPage, encodeCursor, err, ok, unwrap, type PageArgs, type Result } from '@pass-graph/platform';

export const DATA_QUALITY_STATUSES = ['OPEN', 'CORRECTED', 'READ_AS'] as const;
export type DataQualityStatus = (typeof DATA_QUALITY_STATUSES)[number];

export const SOURCE_DOCUMENTS = {
  '000': { file: '000_7b39e0e9b3c833fc.txt', title: '서울특별시 사회서비스원 주요업무보고 (2019), with the 정오표 of 2019-08-30' },
  '001': { file: '001_77ba2a9d94ee0534.txt', title: '서울특별시 지역사회서비스 지원단 민간위탁 동의안 검토보고서 (2021.6.16)' },
  '002': { file: '002_762a784a400bc303.txt', title: '복지서비스 전달체계 시범운영 추진계획 (서울시, 2013.1, approved 2013.2.4)' },
  '003': { file: '003_daafdbdea9eec6d2.txt', title: '2023년 전라북도사회서비스원 연간수정사업계획서 (2023.10)' },
  '004': { file: '004_8c65554353c80af2.txt', title: '2019 우리동네 나눔반장 결과보고 (서울시사회적경제지원센터, 2020.01.29)' },
} as const;
export type SourceDocumentId = keyof typeof SOURCE_DOCUMENTS;
export const SOURCE_DOCUMENT_IDS = Object.keys(SOURCE_DOCUMENTS) as SourceDocumentId[];

/** Where the graph shows the finding: a service, a type, optionally one entity and field. */
export interface DataQualityLocation {
  service: 'governance' | 'staffing' | 'budgets' | 'care-services' | 'consulting' | 'outreach';
  entityType: string;
  entityId?: string;
  field?: string;
}

/** An erratum (정오표) or other later correction issued by the document's author. */
export interface DataQualityCorrection {
  source: string;
  correctedOn: string;
  /** The corrected value, in the finding's unit. */
  value: number | null;
}

export interface DataQualityFindingDoc {
  /** DQ-<document>-<n>, e.g. DQ-000-7. */
  _id: string;
  document: SourceDocumentId;
  /** Line references of the raw text, e.g. 'L587–593'. */
  lines: string[];
  description: string;
  /** The figure as printed, when the finding is about a number. */
  printedValue?: number | null;
  /** The figure computed from its parts (or read from elsewhere in the document). */
  computedValue?: number | null;
  unit?: string | null;
  /** The printed text, when the finding is about words (a typo, a label, a conflicting statement). */
  printedText?: string | null;
  status: DataQualityStatus;
  correction?: DataQualityCorrection | null;
  /** How the fixtures read it (READ_AS), or why it stays open (OPEN). */
  reading: string;
  shownBy: DataQualityLocation[];
}

const ID = /^DQ-(\d{3})-([1-9]\d*)$/;
const LINE = /^L\d+(–\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The register's rules: the id names the document; numbers come in pairs with a unit; CORRECTED needs a dated correction. */
export function checkFinding(f: DataQualityFindingDoc): Result<DataQualityFindingDoc> {
  const m = ID.exec(f._id);
  if (!m || m[1] !== f.document) return err(badInput(`${f._id}: the id must read DQ-${f.document}-<n>`, 'id'));
  if (f.lines.length === 0 || !f.lines.every((l) => LINE.test(l)))
    return err(badInput(`${f._id}: lines must read L<n> or L<n>–<m>`, 'lines'));
  if (!f.description.trim() || !f.reading.trim()) return err(badInput(`${f._id}: description and reading are required`, 'description'));
  const hasPrinted = f.printedValue != null;
  const hasComputed = f.computedValue != null;
  if ((hasPrinted || hasComputed) && !f.unit) return err(badInput(`${f._id}: a number needs its unit`, 'unit'));
  if (f.status === 'CORRECTED') {
    if (!f.correction || !DATE.test(f.correction.correctedOn))
      return err(badInput(`${f._id}: a CORRECTED finding needs its correction and date`, 'correction'));
    if (hasComputed && f.correction.value !== f.computedValue)
      return err(badInput(`${f._id}: the correction must give the computed value`, 'correction'));
  } else if (f.correction) return err(badInput(`${f._id}: only a CORRECTED finding has a correction`, 'correction'));
  if (f.shownBy.length === 0) return err(badInput(`${f._id}: say where the graph shows it`, 'shownBy'));
  return ok(f);
}

/** computed − printed, when both are numbers. */
export const difference = (f: DataQualityFindingDoc): number | null =>
  f.printedValue != null && f.computedValue != null ? Math.round((f.computedValue - f.printedValue) * 1000) / 1000 : null;

/** True when the print disagrees with the computed figure (null when the finding is not about a pair of numbers). */
export const disagrees = (f: DataQualityFindingDoc): boolean | null => {
  const d = difference(f);
  return d === null ? null : d !== 0;
};

/** Register order: by document, then by number (DQ-000-2 before DQ-000-10). */
export function byRegisterOrder(a: DataQualityFindingDoc, b: DataQualityFindingDoc): number {
  const n = (f: DataQualityFindingDoc) => Number(ID.exec(f._id)?.[2] ?? 0);
  return a.document.localeCompare(b.document) || n(a) - n(b);
}

/** Builds the register: every finding checked, ids unique and numbered 1…n without gaps per document. */
export function buildRegister(findings: DataQualityFindingDoc[]): Result<DataQualityFindingDoc[]> {
  const seen = new Set<string>();
  for (const f of findings) {
    const c = checkFinding(f);
    if (!c.ok) return c;
    if (seen.has(f._id)) return err(badInput(`${f._id} is registered twice`, 'id'));
    seen.add(f._id);
  }
  const sorted = [...findings].sort(byRegisterOrder);
  for (const doc of SOURCE_DOCUMENT_IDS) {
    const ofDoc = sorted.filter((f) => f.document === doc);
    const gap = ofDoc.findIndex((f, i) => f._id !== `DQ-${doc}-${i + 1}`);
    if (gap >= 0) return err(badInput(`DQ-${doc}-${gap + 1} is missing from the register`, 'id'));
  }
  return ok(sorted);
}

export interface FindingFilter {
  document?: string | null;
  status?: DataQualityStatus | null;
  service?: string | null;
}

export function checkFilter(args: FindingFilter): Result<FindingFilter> {
  if (args.document != null && !SOURCE_DOCUMENT_IDS.includes(args.document as SourceDocumentId))
    return err(badInput(`document must be one of ${SOURCE_DOCUMENT_IDS.join(', ')}`, 'document'));
  if (args.status != null && !DATA_QUALITY_STATUSES.includes(args.status))
    return err(badInput(`status must be one of ${DATA_QUALITY_STATUSES.join(', ')}`, 'status'));
  return ok(args);
}

export const matches = (f: DataQualityFindingDoc, filter: FindingFilter): boolean =>
  (filter.document == null || f.document === filter.document) &&
  (filter.status == null || f.status === filter.status) &&
  (filter.service == null || f.shownBy.some((s) => s.service === filter.service));

/** A Relay page over the register in register order; the cursor is the finding id. */
export function pageOfFindings(items: DataQualityFindingDoc[], args: PageArgs) {
  const { first, afterId } = unwrap(checkPage(args));
  let start = 0;
  if (afterId !== null) {
    const at = items.findIndex((f) => f._id === afterId);
    if (at < 0) throw badInput('after is not a cursor of this list', 'after');
    start = at + 1;
  }
  const nodes = items.slice(start, start + first);
  const last = nodes[nodes.length - 1];
  return {
    edges: nodes.map((node) => ({ cursor: encodeCursor(node._id), node })),
    nodes,
    pageInfo: { hasNextPage: start + first < items.length, endCursor: last ? encodeCursor(last._id) : null },
    totalCount: items.length,
  };
}
