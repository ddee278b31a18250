import { isQuorate, resolutionOutcome, validateResolution, validateMeeting } from './committees';

describe('quorum and outcomes', () => {
  it('needs a majority of the members present (재적 과반수)', () => {
    expect(isQuorate(10, 6)).toBe(true);
    expect(isQuorate(10, 5)).toBe(false);
    expect(isQuorate(5, 3)).toBe(true);
    expect(isQuorate(2, 1)).toBe(false);
  });

  it('adopts with a majority of those present (출석 과반수), or holds', () => {
    expect(resolutionOutcome(6, { for: 4, against: 2, abstain: 0 }, false)).toBe('ADOPTED');
    expect(resolutionOutcome(6, { for: 3, against: 2, abstain: 1 }, false)).toBe('REJECTED');
    expect(resolutionOutcome(6, { for: 6, against: 0, abstain: 0 }, true)).toBe('HELD');
  });
});

describe('validateResolution', () => {
  const quorate = { attendees: 4, quorate: true };
  const base = { id: 'r1', meetingId: 'm1', title: '승진 임용', votesFor: 3, votesAgainst: 1, abstentions: 0 };

  it('refuses decisions of a meeting below quorum and votes that do not add up', () => {
    const thin = validateResolution(base, { attendees: 2, quorate: false }, 'PERSONNEL');
    expect(!thin.ok && thin.error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_QUORUM' });
    const votes = validateResolution({ ...base, votesFor: 4 }, quorate, 'PERSONNEL');
    expect(!votes.ok && votes.error.extensions['field']).toBe('votesFor');
  });

  it('keeps personnel actions to the personnel committee and the board, and checks them', () => {
    const promotion = { kind: 'PROMOTION' as const, employeeId: 'seoul-emp-0016', toGrade: 'GRADE_5' };
    expect(validateResolution({ ...base, personnelActions: [promotion] }, quorate, 'PERSONNEL').ok).toBe(true);
    expect(validateResolution({ ...base, personnelActions: [promotion] }, quorate, 'ESG').ok).toBe(false);
    expect(validateResolution({ ...base, personnelActions: [{ ...promotion, toGrade: null }] }, quorate, 'PERSONNEL').ok).toBe(false);
    expect(validateResolution({ ...base, personnelActions: [{ ...promotion, toGrade: 'GRADE_9' }] }, quorate, 'BOARD').ok).toBe(false);
    const r = validateResolution({ ...base, followUpOwner: '운영지원팀' }, quorate, 'BOARD');
    expect(r.ok && [r.value.outcome, r.value.followUpStatus]).toEqual(['ADOPTED', 'OPEN']);
  });

  it('records a meeting as quorate or not from its attendance', () => {
    const m = validateMeeting({ id: 'm', committeeId: 'c', heldOn: '2019-07-08', attendees: 8, agenda: ['안건'] }, 15);
    expect(m.ok && m.value.quorate).toBe(true);
    expect(validateMeeting({ id: 'm', committeeId: 'c', heldOn: '2019-07-08', attendees: 16, agenda: [] }, 15).ok).toBe(false);
  });
});
