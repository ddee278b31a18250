import { advance, recruitmentYear, roundTotals, validateRound, type RecruitmentRoundDoc } from './recruitment';
import { SEOUL_2019_ROUNDS } from './recruitment-fixtures';

const rounds: RecruitmentRoundDoc[] = SEOUL_2019_ROUNDS.map(({ stages, ...input }) => {
  const v = validateRound(input);
  if (!v.ok) throw v.error;
  const last = stages[stages.length - 1];
  return { ...v.value, stage: last ? last[0] : 'PLANNED', stages: stages.map(([stage, month]) => ({ stage, month })) };
});

describe('recruitment rounds (seed 000 L825–891)', () => {
  it('adds the four rounds to 571 against the printed 572 (DQ-000-5), 본부 21 and 소속 550', () => {
    expect(recruitmentYear(rounds)).toEqual({
      headquarters: 21,
      affiliated: 550,
      total: 571,
      reportedTotal: 572,
      matchesReported: false,
      appointed: 132, // "132명(1,2차) 채용완료"
    });
  });

  it("computes each round's 계 beside the printed one, and the printed positions against it", () => {
    expect(rounds.map((r) => roundTotals(r))).toEqual([
      { total: 18, matchesReported: true, positionsTotal: 18, positionsMatchTotal: true },
      { total: 114, matchesReported: true, positionsTotal: 114, positionsMatchTotal: true },
      { total: 160, matchesReported: true, positionsTotal: null, positionsMatchTotal: null },
      { total: 279, matchesReported: true, positionsTotal: null, positionsMatchTotal: null },
    ]);
    expect(roundTotals({ headquarters: 1, affiliated: 1, reportedTotal: 3, byPosition: [] }).matchesReported).toBe(false);
  });

  it('keeps the 공고 and test months apart (DQ-000-6)', () => {
    expect(rounds.slice(2).map((r) => [r.announcedMonth, r.testMonth, r.appointmentFrom])).toEqual([
      ['2019-08', '2019-10', '2019-10'],
      ['2019-11', '2019-12', '2020-01'],
    ]);
  });

  it('refuses a test before the 공고, 임용 before the test, a malformed month or a negative count', () => {
    const r = { agencyId: 'a', year: 2019, roundNo: 1, announcedMonth: '2019-08', headquarters: 1, affiliated: 1 };
    expect(validateRound(r).ok).toBe(true);
    expect(validateRound({ ...r, testMonth: '2019-07' }).ok).toBe(false);
    expect(validateRound({ ...r, testMonth: '2019-10', appointmentFrom: '2019-09' }).ok).toBe(false);
    expect(validateRound({ ...r, announcedMonth: '2019-13' }).ok).toBe(false);
    expect(validateRound({ ...r, headquarters: -1 }).ok).toBe(false);
    expect(validateRound({ ...r, byPosition: [{ position: ' ', count: 1 }] }).ok).toBe(false);
  });
});

describe('the hiring pipeline 공고 → 서류 → 필기 → 면접 → 임용', () => {
  const planned = { _id: 'seoul-pass:2019:3', stage: 'PLANNED' as const, stages: [] };

  it('moves one stage at a time, in order', () => {
    const a = advance(planned, 'ANNOUNCED', '2019-08');
    expect(a).toEqual({ ok: true, value: [{ stage: 'ANNOUNCED', month: '2019-08' }] });
    const stages = a.ok ? a.value : [];
    expect(advance({ ...planned, stage: 'ANNOUNCED', stages }, 'DOCUMENT_SCREENING', '2019-10').ok).toBe(true);
  });

  it('answers CONFLICT INVALID_TRANSITION for a skipped, repeated or backward stage', () => {
    for (const [from, to] of [
      ['PLANNED', 'APPOINTED'],
      ['ANNOUNCED', 'ANNOUNCED'],
      ['INTERVIEW', 'WRITTEN_TEST'],
      ['APPOINTED', 'ANNOUNCED'],
      ['ANNOUNCED', 'PLANNED'],
    ] as const) {
      const r = advance({ ...planned, stage: from }, to, '2019-10');
      expect(!r.ok && r.error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION', from, to });
    }
  });

  it('refuses a month before the last stage reached, or a malformed month', () => {
    const announced = { ...planned, stage: 'ANNOUNCED' as const, stages: [{ stage: 'ANNOUNCED' as const, month: '2019-08' }] };
    const early = advance(announced, 'DOCUMENT_SCREENING', '2019-07');
    expect(!early.ok && early.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    expect(advance(announced, 'DOCUMENT_SCREENING', '10월').ok).toBe(false);
  });

  it('counts only rounds that reached 임용 as hired', () => {
    expect(recruitmentYear(rounds.map((r) => ({ ...r, stage: 'INTERVIEW' }))).appointed).toBe(0);
  });
});
