import type { DomainError } from '@pass-graph/platform';
import { checkVisitVolunteer, isActiveOn, planVolunteerEnd, validateVolunteer, type CommunityVolunteerDoc } from './volunteers';
import { validateVisit, type RecordOutreachVisitInput } from './domain';
import { VISITS, VOLUNTEERS, VOLUNTEER_ENDS } from './seed';

const TODAY = '2026-01-01';
type R<T> = { ok: true; value: T } | { ok: false; error: DomainError };
const why = (r: R<unknown>): string =>
  r.ok ? 'OK' : `${String(r.error.extensions['code'])}/${String(r.error.extensions['field'] ?? r.error.extensions['reason'] ?? '')}`;
const doc = (i: number): CommunityVolunteerDoc => {
  const v = validateVolunteer(VOLUNTEERS[i]!, TODAY);
  if (!v.ok) throw v.error;
  return { ...v.value, district: '금천구', registeredAt: new Date(0) };
};

describe('resident volunteers (통반장, 나눔이웃)', () => {
  it('enrols the seeded volunteers under pseudonyms only', () => {
    for (const v of VOLUNTEERS) expect(why(validateVolunteer(v, TODAY))).toBe('OK');
    const base = VOLUNTEERS[0]!;
    expect(why(validateVolunteer({ ...base, displayName: '김철수 010-1234-5678' }, TODAY))).toBe('BAD_USER_INPUT/displayName');
    expect(why(validateVolunteer({ ...base, displayName: 'kim@example.com' }, TODAY))).toBe('BAD_USER_INPUT/displayName');
    expect(why(validateVolunteer({ ...base, displayName: 'x'.repeat(41) }, TODAY))).toBe('BAD_USER_INPUT/displayName');
    expect(why(validateVolunteer({ ...base, activeFrom: '2030-01-01' }, TODAY))).toBe('BAD_USER_INPUT/activeFrom');
    expect(why(validateVolunteer({ ...base, communityCentreId: '{"$ne":1}' }, TODAY))).toBe('BAD_USER_INPUT/communityCentreId');
  });

  it('ends once, ACTIVE → ENDED, not before the start or the last visit', () => {
    const v = doc(3);
    const end = VOLUNTEER_ENDS[0]!;
    expect(v._id).toBe(end.volunteerId);
    expect(why(planVolunteerEnd(v, end.activeTo, TODAY, '2013-05-21'))).toBe('OK');
    expect(why(planVolunteerEnd(v, '2013-05-01', TODAY, '2013-05-21'))).toBe('BAD_USER_INPUT/activeTo');
    expect(why(planVolunteerEnd(v, '2013-01-01', TODAY, null))).toBe('BAD_USER_INPUT/activeTo');
    expect(why(planVolunteerEnd(v, '2030-01-01', TODAY, null))).toBe('BAD_USER_INPUT/activeTo');
    expect(why(planVolunteerEnd({ ...v, status: 'ENDED', activeTo: end.activeTo }, '2013-07-01', TODAY, null))).toBe(
      'CONFLICT/INVALID_TRANSITION',
    );
    expect(isActiveOn({ activeFrom: '2013-03-04', activeTo: '2013-06-30' }, '2013-06-30')).toBe(true);
    expect(isActiveOn({ activeFrom: '2013-03-04', activeTo: '2013-06-30' }, '2013-07-01')).toBe(false);
  });

  it('lets a visit name a volunteer of its type, at their centre, on a day they were active', () => {
    const visit = VISITS.find((v) => v.id === 'synthetic-visit-2013-006') as RecordOutreachVisitInput;
    const headDoc = { ...doc(3), activeTo: '2013-06-30' as string | null, status: 'ENDED' as const };
    expect(why(checkVisitVolunteer(headDoc, visit))).toBe('OK');
    expect(why(checkVisitVolunteer(headDoc, { ...visit, visitorRole: 'VOLUNTEER' }))).toBe('BAD_USER_INPUT/visitorRole');
    expect(why(checkVisitVolunteer(headDoc, { ...visit, visitorRole: 'WELFARE_OFFICIAL' }))).toBe('BAD_USER_INPUT/volunteerId');
    expect(why(checkVisitVolunteer(headDoc, { ...visit, communityCentreId: 'dong-nowon-sanggye1' }))).toBe('BAD_USER_INPUT/volunteerId');
    expect(why(checkVisitVolunteer(headDoc, { ...visit, visitedOn: '2013-07-02' }))).toBe('BAD_USER_INPUT/visitedOn');
    expect(why(checkVisitVolunteer(headDoc, { ...visit, visitedOn: '2013-03-01' }))).toBe('BAD_USER_INPUT/visitedOn');
    // Every seeded visit that names a volunteer fits them.
    for (const v of VISITS.filter((x) => x.volunteerId)) {
      const i = VOLUNTEERS.findIndex((x) => x.id === v.volunteerId);
      expect([v.id, why(checkVisitVolunteer(doc(i), v))]).toEqual([v.id, 'OK']);
    }
  });

  it('keeps visit inputs without a volunteer valid, and refuses a welfare official naming one', () => {
    const official = VISITS.find((v) => v.visitorRole === 'WELFARE_OFFICIAL') as RecordOutreachVisitInput;
    expect(validateVisit(official, TODAY)).toMatchObject({ ok: true, value: { volunteerId: null } });
    expect(why(validateVisit({ ...official, volunteerId: 'vol-nowon-sanggye1-01' }, TODAY))).toBe('BAD_USER_INPUT/volunteerId');
    expect(why(validateVisit({ ...official, volunteerId: '$where' }, TODAY))).toBe('BAD_USER_INPUT/volunteerId');
  });
});
