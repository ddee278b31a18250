/**
 * Data-quality findings of seed 002: Seoul's 2013 plan for piloting the welfare delivery system
 * (복지서비스 전달체계 시범운영 추진계획; domain brief §3.6, DQ-002-1…8). Money in 원.
 */
import type { DataQualityFindingDoc } from '../data-quality';

const REGISTER_ONLY = [{ service: 'governance', entityType: 'DataQualityFinding' }] as const;

export const SEED_002_FINDINGS: DataQualityFindingDoc[] = [
  {
    _id: 'DQ-002-1',
    document: '002',
    lines: ['L141', 'L168–169'],
    description: 'The 1억원 per-district cap (L141) contradicts the per-track amounts (1.5억–2억 and 1억–1.5억, L168–169).',
    printedValue: 100_000_000,
    computedValue: 200_000_000,
    unit: '원',
    status: 'READ_AS',
    reading: 'The cap is kept as printed (reportedDistrictCapKRW) and not enforced; grants follow the per-track amounts.',
    shownBy: [{ service: 'outreach', entityType: 'PilotProgram', field: 'reportedDistrictCapKRW' }],
  },
  {
    _id: 'DQ-002-2',
    document: '002',
    lines: ['L164', 'L151', 'L168'],
    description: 'The 3억원 total cannot fund about 5 districts at the minimum amounts: 2 × 1.5억 + 2 × 1억 = 5억 > 3억.',
    printedValue: 300_000_000,
    computedValue: 500_000_000,
    unit: '원',
    status: 'READ_AS',
    reading: 'Amounts kept as reported; selected grants must stay within the 3억원 total (BUDGET_EXCEEDED otherwise).',
    shownBy: [{ service: 'outreach', entityType: 'PilotProgram', field: 'totalBudgetKRW' }],
  },
  {
    _id: 'DQ-002-3',
    document: '002',
    lines: ['L101–102'],
    description: 'Typo "유희인력" for 유휴인력 (idle staff).',
    printedText: '유희인력',
    status: 'READ_AS',
    reading: 'Read as 유휴인력.',
    shownBy: [...REGISTER_ONLY],
  },
  {
    _id: 'DQ-002-4',
    document: '002',
    lines: ['L31'],
    description: 'Typo "음브즈만" for 옴부즈만 (ombudsman).',
    printedText: '음브즈만',
    status: 'READ_AS',
    reading: 'Read as 옴부즈만.',
    shownBy: [...REGISTER_ONLY],
  },
  {
    _id: 'DQ-002-5',
    document: '002',
    lines: ['L49'],
    description: '"시방방침" is probably 시장방침 (the mayor\'s directive).',
    printedText: '시방방침',
    status: 'READ_AS',
    reading: 'Read as 시장방침 (inferred).',
    shownBy: [...REGISTER_ONLY],
  },
  {
    _id: 'DQ-002-6',
    document: '002',
    lines: ['L75'],
    description: 'Sentence truncated ("…활동결과를 코디네이터").',
    printedText: '…활동결과를 코디네이터',
    status: 'OPEN',
    reading: 'The rest of the sentence is lost; nothing is inferred from it.',
    shownBy: [...REGISTER_ONLY],
  },
  {
    _id: 'DQ-002-7',
    document: '002',
    lines: ['L142–143'],
    description: 'Attachments 별첨1 and 별첨2 are referred to but not included.',
    status: 'OPEN',
    reading: 'Not available; no fixture depends on them.',
    shownBy: [...REGISTER_ONLY],
  },
  {
    _id: 'DQ-002-8',
    document: '002',
    lines: ['L18', 'L10'],
    description: 'The plan is dated 2013.1 but approved 2013.2.4 (복지정책과-3211).',
    printedText: '2013. 1. / 2013.2.4',
    status: 'READ_AS',
    reading: 'The approval date 2013-02-04 is the date to use for the plan; no fixture dates the plan 2013-01.',
    shownBy: [...REGISTER_ONLY],
  },
];
