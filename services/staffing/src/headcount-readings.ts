/**
 * How the fixtures read the Seoul 2019 정원/현원 table (seed 000 L196–219) where the print is uncertain, and the
 * table's printed snapshot. These are facts about the document, not records HR keeps, so they live here and are
 * joined to the rows on read (ids of the governance data-quality register in `dataQualityFindingIds`).
 *
 * - The table is dated 2019.8.19; 현원 in the graph counts the employees active at the year's end (today for the
 *   current year) or at `asOf`. Asked `asOf: "2019-08-19"`, it answers the printed 89.
 * - "※파견공무원 3명 포함": three seconded civil servants are among the 89; the document does not say in which rows,
 *   so no employee is marked as one.
 */
import type { Grade, JobFamily } from './domain';

export interface ReportedHeadcountDoc {
  agencyId: string;
  year: number;
  asOf: string;
  authorised: number;
  actual: number;
  /** 파견공무원 included in `actual`. */
  secondedCivilServants: number;
  source: string;
  dataQualityFindingIds: string[];
}

export const REPORTED_HEADCOUNTS: ReportedHeadcountDoc[] = [
  {
    agencyId: 'seoul-pass',
    year: 2019,
    asOf: '2019-08-19',
    authorised: 572,
    actual: 89,
    secondedCivilServants: 3,
    source: '000 L196–219 (인력: 정원 572명 / 현원 89명 ※파견공무원 3명 포함, 2019. 8. 19. 기준)',
    dataQualityFindingIds: ['DQ-000-3'],
  },
];

export interface RowReading {
  agencyId: string;
  year: number;
  jobFamily: JobFamily;
  grade: Grade;
  reading: string;
  dataQualityFindingIds: string[];
}

const seoul2019 = (jobFamily: JobFamily, grade: Grade, reading: string, ids: string[]): RowReading => ({
  agencyId: 'seoul-pass',
  year: 2019,
  jobFamily,
  grade,
  reading,
  dataQualityFindingIds: ids,
});

export const ROW_READINGS: RowReading[] = [
  seoul2019('SERVICE_SUPPORT', 'NA', '나급 filed under 서비스지원; the column could belong to 전문서비스 (the header is ambiguous).', [
    'DQ-000-4',
  ]),
  seoul2019('CHILDCARE', 'GRADE_4', '현원 1: the 16 printed values read left to right; round 1 hired an 어린이집 원장.', ['DQ-000-3']),
  seoul2019('CHILDCARE', 'GRADE_5', '현원 1: the 16 printed values read left to right; round 1 hired an 어린이집 교사.', ['DQ-000-3']),
  seoul2019('CHILDCARE', 'GRADE_6', '현원 printed "-": no one.', ['DQ-000-3']),
  seoul2019('TECHNICAL', 'DA', '현원 has no cell (16 values for 17 columns): read as no one.', ['DQ-000-3']),
];

export const readingOf = (row: {
  agencyId: string;
  year: number;
  facilityId: string | null;
  jobFamily: string | null;
  grade: string | null;
}) =>
  row.facilityId === null
    ? (ROW_READINGS.find(
        (r) => r.agencyId === row.agencyId && r.year === row.year && r.jobFamily === row.jobFamily && r.grade === row.grade,
      ) ?? null)
    : null;

export const reportedHeadcountOf = (agencyId: string, year: number) =>
  REPORTED_HEADCOUNTS.find((r) => r.agencyId === agencyId && r.year === year) ?? null;
