/**
 * Data-quality findings of seed 003: the Jeonbuk agency's 2023 revised annual business plan (2023.10). The source
 * brief (seed-003-jeonbuk-annual-plan.md §0) lists its arithmetic anomalies and committee conflicts without ids;
 * they are numbered DQ-003-n here, in the brief's order. Each program total (소요예산) still equals the sum of its
 * stated line amounts. Money in 원 (printed 천원 × 1,000); the budget lines are budgets' `jeonbuk-2023-<code>`.
 */
import type { DataQualityFindingDoc, DataQualityLocation } from '../data-quality';

const T = 1000;
const item = (programCode: string): DataQualityLocation[] => [
  { service: 'budgets', entityType: 'BudgetLine', entityId: `jeonbuk-2023-${programCode}`, field: 'items.matchesStated' },
];

/** A line item whose stated amount differs from unit price × quantities. */
const slip = (n: number, line: string, programCode: string, formula: string, computed: number, stated: number): DataQualityFindingDoc => ({
  _id: `DQ-003-${n}`,
  document: '003',
  lines: [line],
  description: `${programCode} 산출내역: ${formula} = ${computed.toLocaleString('en-US')}천원, stated ${stated.toLocaleString('en-US')}천원.`,
  printedValue: stated * T,
  computedValue: computed * T,
  unit: '원',
  status: 'OPEN',
  reading:
    'Both kept: the item shows stated and computed amounts, matchesStated false; the program total uses the stated amounts, as printed.',
  shownBy: item(programCode),
});

export const SEED_003_FINDINGS: DataQualityFindingDoc[] = [
  {
    _id: 'DQ-003-1',
    document: '003',
    lines: ['L2275'],
    description:
      'S11 산출내역: "1,075,000천원×1식×2회 = 2,150천원": the unit price is printed a thousand times too large (it must be 1,075천원), so the formula gives 2,150,000천원.',
    printedValue: 2_150 * T,
    computedValue: 2_150_000 * T,
    unit: '원',
    status: 'OPEN',
    reading:
      'Kept as printed: the item states 2,150천원 and computes 2,150,000천원 (matchesStated false); the unit price is probably 1,075천원 (원 printed as 천원).',
    shownBy: item('S11'),
  },
  {
    _id: 'DQ-003-2',
    document: '003',
    lines: ['L3958', 'L3957'],
    description:
      'C5 산출내역: "교육수당(4h) 65,000천원×20명": the rate must be 65천원; the 1,840천원 line reconciles as 460 (강사비) + 1,300 (교육수당) + 80 (다과비).',
    printedValue: 1_300 * T,
    computedValue: 1_300_000 * T,
    unit: '원',
    status: 'OPEN',
    reading:
      'Kept as printed: the item states 1,300천원 (its share of the printed 1,840) and computes 65,000 × 20 = 1,300,000천원 (matchesStated false).',
    shownBy: item('C5'),
  },
  {
    _id: 'DQ-003-3',
    document: '003',
    lines: ['L2554'],
    description: 'P3 산출내역: "243.3천원×3곳 = 130천원", but the line total is 730천원 (243.3 × 3 = 729.9).',
    printedValue: 130 * T,
    computedValue: 729_900,
    unit: '원',
    status: 'OPEN',
    reading:
      'The item states the 730천원 of the 금액 column (the program total uses it) and computes 729.9천원 (matchesStated false); the row\'s "=130천원" is recorded here only.',
    shownBy: item('P3'),
  },
  slip(4, 'L3721', 'C2', '4천원×5명×3회', 60, 48),
  slip(5, 'L3722', 'C2', '20천원×3명×55회', 3_300, 3_345),
  slip(6, 'L2187', 'S10', '3,895천원×2', 7_790, 7_789),
  slip(7, 'L2722', 'P5', '491천원×30', 14_730, 14_745),
  slip(8, 'L2723', 'P5', '129천원×20', 2_580, 2_596),
  slip(9, 'L2724', 'P5', '4천원×23×20', 1_840, 1_878),
  slip(10, 'L1998', 'S7', '18천원×2×20', 720, 700),
  slip(11, 'L3862', 'C4', '202천원×52', 10_504, 10_500),
  slip(12, 'L3178', 'P12', '333천원×12', 3_996, 4_000),
  {
    _id: 'DQ-003-13',
    document: '003',
    lines: ['L1315'],
    description:
      'M18 이사회 참석수당: a head-count range "9명~10명" × 5회 at 100천원, stated 4,600천원; no whole head-count gives it (9 → 4,500, 10 → 5,000).',
    printedValue: 4_600 * T,
    unit: '원',
    printedText: '9명~10명',
    status: 'READ_AS',
    reading: 'Read as 9.2 attendees per meeting (46 attendances over 5 meetings), which makes the stated 4,600천원.',
    shownBy: item('M18'),
  },
  {
    _id: 'DQ-003-14',
    document: '003',
    lines: ['L1295', 'L1316'],
    description: '인사위원회: 5회 in the target (L1295), 4회 in the budget (L1316).',
    printedValue: 5,
    computedValue: 4,
    unit: '회',
    status: 'READ_AS',
    reading: 'The committee plans 4 meetings a year, as budgeted (L1316).',
    shownBy: [{ service: 'governance', entityType: 'Committee', entityId: 'jeonbuk-pass-personnel', field: 'plannedMeetingsPerYear' }],
  },
  {
    _id: 'DQ-003-15',
    document: '003',
    lines: ['L706', 'L1298', 'L1318'],
    description: 'ESG경영위원회: 2회 at L706, 1회 at L1298 and L1318.',
    printedValue: 2,
    computedValue: 1,
    unit: '회',
    status: 'READ_AS',
    reading: 'The committee plans 1 meeting a year, as budgeted (L1318).',
    shownBy: [{ service: 'governance', entityType: 'Committee', entityId: 'jeonbuk-pass-esg', field: 'plannedMeetingsPerYear' }],
  },
  {
    _id: 'DQ-003-16',
    document: '003',
    lines: ['L879', 'L1296', 'L912', 'L1336'],
    description: '인권경영위원회: "1회 이상" (L879) vs 2회 (L1296); the Gantt months are Jun/Dec at L912 and May/Dec at L1336.',
    printedText: '1회 이상 / 2회; 6월·12월 / 5월·12월',
    status: 'OPEN',
    reading: 'The committee is not a fixture; the conflict is recorded here only.',
    shownBy: [{ service: 'governance', entityType: 'DataQualityFinding' }],
  },
  {
    _id: 'DQ-003-17',
    document: '003',
    lines: ['L3527'],
    description: "A contact officer's phone extension is 4054 in most places but 4056 at L3527.",
    printedValue: 4056,
    computedValue: 4054,
    unit: '내선',
    status: 'OPEN',
    reading: 'Officers are pseudonymised in fixtures and extensions are not stored; recorded here only.',
    shownBy: [{ service: 'governance', entityType: 'DataQualityFinding' }],
  },
];
