import {
  addYears,
  checkBoardComposition,
  checkDayCount,
  expiringWithin,
  isActiveOn,
  nextBoardSeq,
  seoulToday,
  validateAgency,
  validateAppointment,
  validateDistrict,
  type AppointBoardMemberInput,
  type BoardTerm,
  type RegisterDistrictInput,
} from './domain';
import { AGENCIES, DISTRICTS, SEOUL_BOARD } from './seed';

const termOf = (m: AppointBoardMemberInput): BoardTerm => ({ id: m.id, role: m.role, termStart: m.termStart, termEnd: m.termEnd ?? null });

/** Appoints members one by one as the mutation would; returns the board or the first refusal. */
function appointAll(members: AppointBoardMemberInput[]): { board: BoardTerm[]; refused: string | null } {
  const board: BoardTerm[] = [];
  for (const m of members) {
    const valid = validateAppointment(m);
    if (!valid.ok) return { board, refused: `${m.id}: ${valid.error.message}` };
    const r = checkBoardComposition(board, termOf(m));
    if (!r.ok) return { board, refused: `${m.id}: ${r.error.message}` };
    board.push(termOf(m));
  }
  return { board, refused: null };
}

const seoulBoard = (): BoardTerm[] => SEOUL_BOARD.map(termOf);
const director = (id: string, termStart: string, termEnd: string | null = null): BoardTerm => ({
  id,
  role: 'DIRECTOR',
  termStart,
  termEnd,
});
const codeOf = (r: { ok: boolean; error?: { extensions: Record<string, unknown> } }): unknown =>
  r.ok ? 'OK' : r.error?.extensions['code'];

describe('validateAgency', () => {
  it('accepts both agencies of the fixtures', () => {
    for (const a of AGENCIES) expect(validateAgency(a)).toMatchObject({ ok: true, value: { id: a.id } });
    const seoul = validateAgency(AGENCIES[0]!);
    expect(seoul.ok && seoul.value.establishedOn).toBe('2019-02-28');
    const jeonbuk = validateAgency(AGENCIES[1]!);
    expect(jeonbuk.ok && jeonbuk.value.establishedOn).toBeNull();
  });

  it('rejects operator ids, unknown regions, non-Latin English names and impossible dates', () => {
    const seoul = AGENCIES[0]!;
    const badId = validateAgency({ ...seoul, id: '{"$gt":""}' });
    expect(!badId.ok && badId.error.extensions['field']).toBe('id');
    const badRegion = validateAgency({ ...seoul, region: '서울' });
    expect(!badRegion.ok && badRegion.error.extensions['field']).toBe('region');
    const koreanEn = validateAgency({ ...seoul, nameEn: '서울특별시 사회서비스원' });
    expect(!koreanEn.ok && koreanEn.error.extensions['field']).toBe('nameEn');
    const badDate = validateAgency({ ...seoul, establishedOn: '2019-02-29' });
    expect(!badDate.ok && badDate.error.extensions['field']).toBe('establishedOn');
  });
});

describe('validateDistrict', () => {
  const mapo: RegisterDistrictInput = {
    name: '마포구',
    shortName: '마포',
    romanizedName: 'Mapo-gu',
    province: '서울특별시',
    kind: 'AUTONOMOUS_DISTRICT',
  };
  const fieldOf = (input: RegisterDistrictInput): unknown => {
    const r = validateDistrict(input);
    return r.ok ? 'OK' : r.error.extensions['field'];
  };

  it('accepts all 39 fixtures: 25 Seoul 자치구 and Jeonbuk 6 시 + 8 군, each name once', () => {
    const rejected = DISTRICTS.map((d) => [d.name, validateDistrict(d)] as const).filter(([, r]) => !r.ok);
    expect(rejected).toEqual([]);
    expect(DISTRICTS).toHaveLength(39);
    expect(new Set(DISTRICTS.map((d) => d.name)).size).toBe(39);
    expect(DISTRICTS.filter((d) => d.province === '서울특별시')).toHaveLength(25);
    const jeonbuk = DISTRICTS.filter((d) => d.province === '전북특별자치도');
    expect(jeonbuk.filter((d) => d.kind === 'CITY').map((d) => d.name)).toEqual([
      '전주시',
      '군산시',
      '익산시',
      '정읍시',
      '남원시',
      '김제시',
    ]);
    expect(jeonbuk.filter((d) => d.kind === 'COUNTY')).toHaveLength(8);
    expect(DISTRICTS.find((d) => d.name === '장수군')).toMatchObject({ shortName: '장수', romanizedName: 'Jangsu-gun' });
  });

  it('requires the full Korean name, not the printed short form or an operator', () => {
    expect(fieldOf({ ...mapo, name: '마포' })).toBe('name');
    expect(fieldOf({ ...mapo, name: 'Mapo-gu' })).toBe('name');
    expect(fieldOf({ ...mapo, name: '{"$ne":null}' })).toBe('name');
    expect(fieldOf({ ...mapo, name: '마포구 ' })).toBe('OK'); // trimmed
  });

  it('ties the name, romanisation and province to the kind', () => {
    expect(fieldOf({ ...mapo, kind: 'CITY' })).toBe('name');
    expect(fieldOf({ ...mapo, romanizedName: 'Mapo-si' })).toBe('romanizedName');
    expect(fieldOf({ ...mapo, romanizedName: 'mapo gu' })).toBe('romanizedName');
    expect(fieldOf({ ...mapo, province: '전북특별자치도' })).toBe('province'); // a 자치구 needs a 특별시/광역시
    expect(fieldOf({ ...mapo, province: 'Seoul' })).toBe('province');
  });

  it('derives the short form by dropping the suffix, except for one-syllable stems (중구)', () => {
    expect(fieldOf({ ...mapo, shortName: '마포구' })).toBe('shortName');
    expect(fieldOf({ ...mapo, shortName: '마' })).toBe('shortName');
    expect(
      fieldOf({ name: '중구', shortName: '중구', romanizedName: 'Jung-gu', province: '서울특별시', kind: 'AUTONOMOUS_DISTRICT' }),
    ).toBe('OK');
    expect(fieldOf({ name: '중구', shortName: '중', romanizedName: 'Jung-gu', province: '서울특별시', kind: 'AUTONOMOUS_DISTRICT' })).toBe(
      'shortName',
    );
  });
});

describe('validateAppointment (term rules)', () => {
  const ceo = SEOUL_BOARD[1]!;
  const exOfficio = SEOUL_BOARD[7]!;
  const fieldOf = (input: AppointBoardMemberInput): unknown => {
    const r = validateAppointment(input);
    return r.ok ? 'OK' : r.error.extensions['field'];
  };

  it('accepts the Seoul terms: 선임직 3 years to the day before, 당연직 open-ended', () => {
    expect(fieldOf(ceo)).toBe('OK');
    const r = validateAppointment(exOfficio);
    expect(r.ok && r.value.termEnd).toBeNull();
  });

  it('requires termEnd after termStart', () => {
    expect(fieldOf({ ...ceo, termEnd: '2019-03-11' })).toBe('termEnd');
    expect(fieldOf({ ...ceo, termEnd: '2019-03-10' })).toBe('termEnd');
    expect(fieldOf({ ...exOfficio, termEnd: '2019-01-01' })).toBe('termEnd');
  });

  it('limits 선임직 terms to 3 years and requires their end', () => {
    expect(fieldOf({ ...ceo, termEnd: '2022-03-11' })).toBe('termEnd');
    expect(fieldOf({ ...ceo, termEnd: null })).toBe('termEnd');
    // 당연직 may run longer, or be closed later.
    expect(fieldOf({ ...exOfficio, termEnd: '2025-12-31' })).toBe('OK');
    // A term starting on 29 Feb ends at the latest on 28 Feb three years later.
    expect(fieldOf({ ...ceo, termStart: '2020-02-29', termEnd: '2023-02-28' })).toBe('OK');
    expect(fieldOf({ ...ceo, termStart: '2020-02-29', termEnd: '2023-03-01' })).toBe('termEnd');
  });

  it('rejects impossible dates, empty names and operator ids', () => {
    expect(fieldOf({ ...ceo, termStart: '2019-02-30' })).toBe('termStart');
    expect(fieldOf({ ...ceo, name: '   ' })).toBe('name');
    expect(fieldOf({ ...ceo, agencyId: 'seoul pass' })).toBe('agencyId');
    expect(fieldOf({ ...ceo, id: '$where' })).toBe('id');
  });
});

describe('checkBoardComposition (board size)', () => {
  it('seats the whole Seoul board: 9 directors incl. chair and CEO, 2 auditors, in either order', () => {
    expect(appointAll(SEOUL_BOARD).refused).toBeNull();
    expect(appointAll([...SEOUL_BOARD].reverse()).refused).toBeNull();
    const onJuly = seoulBoard().filter((m) => isActiveOn(m, '2019-07-01'));
    expect(onJuly.filter((m) => m.role !== 'AUDITOR')).toHaveLength(9);
    expect(onJuly.filter((m) => m.role === 'AUDITOR')).toHaveLength(2);
    expect(SEOUL_BOARD.filter((m) => m.role === 'DIRECTOR' && m.selection === 'APPOINTED')).toHaveLength(5);
    expect(SEOUL_BOARD.filter((m) => m.role === 'DIRECTOR' && m.selection === 'EX_OFFICIO')).toHaveLength(2);
  });

  it('refuses a 10th director while nine are in office, with CONFLICT', () => {
    const r = checkBoardComposition(seoulBoard(), director('extra', '2019-08-01', '2020-07-31'));
    expect(codeOf(r)).toBe('CONFLICT');
    expect(!r.ok && r.error.extensions['limit']).toBe(9);
  });

  it('counts only terms in office: a director may join once the 선임직 terms have ended', () => {
    expect(codeOf(checkBoardComposition(seoulBoard(), director('successor', '2022-03-11', '2025-03-10')))).toBe('OK');
    // The day before, all nine are still in office (terms are inclusive).
    expect(codeOf(checkBoardComposition(seoulBoard(), director('early', '2022-03-10', '2025-03-09')))).toBe('CONFLICT');
    // Before the second 당연직 starts (2019-07-01) there are only eight, but a new open term would overlap that start.
    const r = checkBoardComposition(seoulBoard(), director('june', '2019-06-01', '2019-12-31'));
    expect(!r.ok && r.error.extensions['on']).toBe('2019-07-01');
    expect(codeOf(checkBoardComposition(seoulBoard(), director('may', '2019-05-01', '2019-06-30')))).toBe('OK');
  });

  it('refuses a third auditor, and allows one after the 선임직 auditor leaves', () => {
    const auditor = (termStart: string): BoardTerm => ({ id: 'auditor-3', role: 'AUDITOR', termStart, termEnd: addYears(termStart, 3) });
    expect(codeOf(checkBoardComposition(seoulBoard(), auditor('2020-01-01')))).toBe('CONFLICT');
    expect(codeOf(checkBoardComposition(seoulBoard(), auditor('2022-03-11')))).toBe('OK');
    // Auditors do not take director seats and directors do not take auditor seats.
    const directorsOnly = seoulBoard().filter((m) => m.role !== 'AUDITOR');
    expect(codeOf(checkBoardComposition(directorsOnly, auditor('2020-01-01')))).toBe('OK');
  });

  it('allows one chair and one CEO at a time', () => {
    const chair = (termStart: string, termEnd: string): BoardTerm => ({ id: 'chair-2', role: 'CHAIR', termStart, termEnd });
    const r = checkBoardComposition(seoulBoard(), chair('2021-01-01', '2023-12-31'));
    expect(!r.ok && r.error.extensions['holderId']).toBe('seoul-pass-board-01');
    expect(codeOf(checkBoardComposition(seoulBoard(), chair('2022-03-11', '2025-03-10')))).toBe('OK');
    const ceo: BoardTerm = { id: 'ceo-2', role: 'CEO', termStart: '2022-03-10', termEnd: '2025-03-09' };
    expect(codeOf(checkBoardComposition(seoulBoard(), ceo))).toBe('CONFLICT');
  });

  it('does not count the candidate against itself', () => {
    const board = seoulBoard();
    expect(codeOf(checkBoardComposition(board, board[8]!))).toBe('OK');
  });
});

describe('expiringWithin (terms ending soon)', () => {
  const board = seoulBoard();

  it('finds the eight 선임직 terms ending 2022-03-10, inclusive of the last day', () => {
    const soon = expiringWithin(board, '2022-01-01', 68);
    expect(soon.map((m) => m.id).sort()).toEqual(['01', '02', '03', '04', '05', '06', '07', '10'].map((n) => `seoul-pass-board-${n}`));
    expect(expiringWithin(board, '2022-01-01', 67)).toEqual([]);
    expect(expiringWithin(board, '2022-03-10', 0)).toHaveLength(8);
  });

  it('never lists open-ended 당연직 seats or terms already over or not yet begun', () => {
    expect(expiringWithin(board, '2019-03-11', 10_000).some((m) => m.termEnd === null)).toBe(false);
    expect(expiringWithin(board, '2022-03-11', 365)).toEqual([]);
    expect(expiringWithin(board, '2019-03-10', 5_000)).toEqual([]);
  });
});

describe('helpers', () => {
  it('treats both term ends as in office', () => {
    const t = { termStart: '2019-03-11', termEnd: '2022-03-10' };
    expect([isActiveOn(t, '2019-03-10'), isActiveOn(t, '2019-03-11'), isActiveOn(t, '2022-03-10'), isActiveOn(t, '2022-03-11')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(isActiveOn({ termStart: '2019-07-01', termEnd: null }, '2099-01-01')).toBe(true);
  });

  it('reads today in Asia/Seoul, nine hours ahead of UTC', () => {
    expect(seoulToday(new Date('2024-12-31T15:30:00Z'))).toBe('2025-01-01');
    expect(seoulToday(new Date('2024-12-31T14:59:59Z'))).toBe('2024-12-31');
  });

  it('numbers appointments after the highest so far', () => {
    expect(nextBoardSeq([])).toBe(1);
    expect(nextBoardSeq([{ seq: 3 }, { seq: 1 }])).toBe(4);
  });

  it('bounds expiringWithinDays', () => {
    expect(checkDayCount(90, 'expiringWithinDays').ok).toBe(true);
    expect(checkDayCount(-1, 'expiringWithinDays').ok).toBe(false);
    expect(checkDayCount(1.5, 'expiringWithinDays').ok).toBe(false);
  });

  it('uses pseudonyms only in the board fixtures', () => {
    expect(SEOUL_BOARD.every((m) => /^임원 [A-Z]$/.test(m.name))).toBe(true);
  });
});
