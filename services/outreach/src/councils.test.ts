import { EventTypes } from '@pass-graph/contracts';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Caller, DomainError } from '@pass-graph/platform';
import {
  meetingProgress,
  networkMeetingHeld,
  planDissolution,
  planFollowUpCompletion,
  planMeeting,
  requireCouncilScope,
  validateCouncil,
  validateMeetingInput,
  type HoldNetworkMeetingInput,
  type NetworkMeetingDoc,
  type PublicPrivateCouncilDoc,
  type RegisterPublicPrivateCouncilInput,
} from './councils';
import { COUNCILS, MEETINGS } from './seed';

const TODAY = '2026-01-01';
type R<T> = { ok: true; value: T } | { ok: false; error: DomainError };
const value = <T>(r: R<T>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
/** `code/field` or `code/reason` of a refusal, `OK` otherwise. */
const why = (r: R<unknown>): string =>
  r.ok ? 'OK' : `${String(r.error.extensions['code'])}/${String(r.error.extensions['field'] ?? r.error.extensions['reason'] ?? '')}`;

const nowon = COUNCILS.find((c) => c.id === 'ppc-nowon') as RegisterPublicPrivateCouncilInput;
const network = COUNCILS.find((c) => c.id === 'jeonbuk-pass-network') as RegisterPublicPrivateCouncilInput;
const registered = (input: RegisterPublicPrivateCouncilInput): PublicPrivateCouncilDoc => ({
  ...value(validateCouncil(input, TODAY)),
  registeredAt: new Date(0),
});
const meetingOf = (input: HoldNetworkMeetingInput, council: PublicPrivateCouncilDoc): NetworkMeetingDoc =>
  value(planMeeting(council, value(validateMeetingInput(input)), TODAY, new Date(0)));

describe('registering a public–private council (민관복지협력체)', () => {
  it('accepts the seeded councils, chair first', () => {
    for (const c of COUNCILS) expect(why(validateCouncil(c, TODAY))).toBe('OK');
    expect(registered(COUNCILS[1] as RegisterPublicPrivateCouncilInput).members.map((m) => m.role)).toEqual([
      'CHAIR',
      'CO_CHAIR',
      'MEMBER',
    ]);
    expect(registered(nowon)).toMatchObject({ status: 'ACTIVE', dissolvedOn: null, district: '노원구', level: 'DISTRICT' });
  });

  it('needs members of both sectors, exactly one chair and a co-chair of the other sector', () => {
    const members = nowon.members;
    const publicOnly = members.filter((m) => m.sector === 'PUBLIC');
    expect(why(validateCouncil({ ...nowon, members: publicOnly }, TODAY))).toBe('BAD_USER_INPUT/members');
    expect(why(validateCouncil({ ...nowon, members: members.map((m) => ({ ...m, role: 'MEMBER' as const })) }, TODAY))).toBe(
      'BAD_USER_INPUT/members',
    );
    const twoChairs = members.map((m, i) => (i === 3 ? { ...m, role: 'CHAIR' as const } : m));
    expect(why(validateCouncil({ ...nowon, members: twoChairs }, TODAY))).toBe('BAD_USER_INPUT/members');
    // m02 (PRIVATE) is co-chair beside a PUBLIC chair; a PUBLIC co-chair is refused.
    const sameSector = members.map((m) => (m.memberId === 'ppc-nowon-m02' ? { ...m, sector: 'PUBLIC' as const } : m));
    expect(why(validateCouncil({ ...nowon, members: sameSector }, TODAY))).toBe('BAD_USER_INPUT/members');
    expect(why(validateCouncil({ ...nowon, members: [...members, members[0]!] }, TODAY))).toBe('BAD_USER_INPUT/members');
    expect(
      why(validateCouncil({ ...nowon, members: [{ ...members[0]!, organisationName: '010-1234-5678' }, ...members.slice(1)] }, TODAY)),
    ).toBe('BAD_USER_INPUT/members[0].organisationName');
  });

  it('names exactly the place its level needs', () => {
    expect(why(validateCouncil({ ...nowon, district: null }, TODAY))).toBe('BAD_USER_INPUT/district');
    expect(why(validateCouncil({ ...nowon, region: '서울특별시' }, TODAY))).toBe('BAD_USER_INPUT/region');
    expect(why(validateCouncil({ ...nowon, level: 'AREA' }, TODAY))).toBe('BAD_USER_INPUT/areaName');
    expect(why(validateCouncil({ ...nowon, level: 'AREA', areaName: '상계권역' }, TODAY))).toBe('OK');
    expect(why(validateCouncil({ ...nowon, level: 'COMMUNITY_CENTRE' }, TODAY))).toBe('BAD_USER_INPUT/communityCentreId');
    expect(why(validateCouncil({ ...network, district: '전주시' }, TODAY))).toBe('BAD_USER_INPUT/district');
    expect(why(validateCouncil({ ...network, region: null }, TODAY))).toBe('BAD_USER_INPUT/region');
    expect(why(validateCouncil({ ...network, region: '전북' }, TODAY))).toBe('BAD_USER_INPUT/region');
    expect(why(validateCouncil({ ...nowon, district: 'Nowon' }, TODAY))).toBe('BAD_USER_INPUT/district');
    expect(why(validateCouncil({ ...nowon, formedOn: '2030-01-01' }, TODAY))).toBe('BAD_USER_INPUT/formedOn');
    expect(why(validateCouncil({ ...nowon, formedOn: '2013-02-30' }, TODAY))).toBe('BAD_USER_INPUT/formedOn');
  });

  it('keeps one target per year and kind', () => {
    const targets = network.meetingTargets ?? [];
    expect(why(validateCouncil({ ...network, meetingTargets: [...targets, targets[0]!] }, TODAY))).toBe('BAD_USER_INPUT/meetingTargets');
    expect(why(validateCouncil({ ...network, meetingTargets: [{ ...targets[0]!, count: -1 }] }, TODAY))).toBe(
      'BAD_USER_INPUT/meetingTargets[0].count',
    );
  });

  it('dissolves once, ACTIVE → DISSOLVED, not before it was formed', () => {
    const c = registered(nowon);
    expect(why(planDissolution(c, '2013-03-01', TODAY))).toBe('BAD_USER_INPUT/dissolvedOn');
    expect(why(planDissolution(c, '2030-03-01', TODAY))).toBe('BAD_USER_INPUT/dissolvedOn');
    expect(value(planDissolution(c, '2014-12-31', TODAY))).toBe('2014-12-31');
    expect(why(planDissolution({ ...c, status: 'DISSOLVED', dissolvedOn: '2014-12-31' }, '2015-01-01', TODAY))).toBe(
      'CONFLICT/INVALID_TRANSITION',
    );
  });
});

describe('holding a meeting', () => {
  const council = registered(nowon);
  const base = MEETINGS[0] as HoldNetworkMeetingInput;

  it('records the seeded meetings with their place, attendees and open follow-ups', () => {
    const m = meetingOf(base, council);
    expect(m).toMatchObject({ councilId: 'ppc-nowon', district: '노원구', year: 2013, otherAttendeeCount: 0 });
    expect(m.followUps).toEqual([
      {
        id: 'fu-1',
        action: '[synthetic] 연계 가능 민간자원 목록 공유',
        ownerMemberId: 'ppc-nowon-m02',
        dueOn: '2013-04-30',
        status: 'OPEN',
        completedOn: null,
      },
    ]);
    const net = registered(network);
    const held = meetingOf(MEETINGS[2] as HoldNetworkMeetingInput, net);
    // The 간담회 seats the 125 people its meal line budgets (003 L2994: 4천원×125명).
    expect(held.attendeeMemberIds.length + held.otherAttendeeCount).toBe(125);
    expect(held.district).toBe('전주시');
  });

  it('refuses a dissolved council with CONFLICT, and dates, places and people that do not fit with BAD_USER_INPUT', () => {
    const dissolved = { ...council, status: 'DISSOLVED' as const, dissolvedOn: '2013-12-31' };
    expect(why(planMeeting(dissolved, value(validateMeetingInput(base)), TODAY, new Date(0)))).toBe('CONFLICT/COUNCIL_DISSOLVED');
    const plan = (patch: Partial<HoldNetworkMeetingInput>) => {
      const v = validateMeetingInput({ ...base, ...patch });
      return v.ok ? planMeeting(council, v.value, TODAY, new Date(0)) : v;
    };
    expect(why(plan({ heldOn: '2013-03-01' }))).toBe('BAD_USER_INPUT/heldOn');
    expect(why(plan({ heldOn: '2030-03-01' }))).toBe('BAD_USER_INPUT/heldOn');
    expect(why(plan({ district: '성동구' }))).toBe('BAD_USER_INPUT/district');
    expect(why(plan({ attendeeMemberIds: ['ppc-nowon-m01', 'someone-else'] }))).toBe('BAD_USER_INPUT/attendeeMemberIds');
    expect(why(plan({ attendeeMemberIds: ['ppc-nowon-m01', 'ppc-nowon-m01'] }))).toBe('BAD_USER_INPUT/attendeeMemberIds');
    expect(why(plan({ attendeeMemberIds: [], otherAttendeeCount: 0 }))).toBe('BAD_USER_INPUT/attendeeMemberIds');
    expect(why(plan({ agenda: [] }))).toBe('BAD_USER_INPUT/agenda');
    expect(why(plan({ agenda: ['call 010-1234-5678'] }))).toBe('BAD_USER_INPUT/agenda[0]');
    expect(why(plan({ followUps: [{ id: 'a', action: 'x', dueOn: '2013-04-01' }] }))).toBe('BAD_USER_INPUT/followUps');
    expect(why(plan({ followUps: [{ id: 'a', action: 'x', ownerMemberId: 'nobody' }] }))).toBe('BAD_USER_INPUT/followUps');
    expect(
      why(
        plan({
          followUps: [
            { id: 'a', action: 'x' },
            { id: 'a', action: 'y' },
          ],
        }),
      ),
    ).toBe('BAD_USER_INPUT/followUps');
    expect(why(plan({ otherAttendeeCount: -1 }))).toBe('BAD_USER_INPUT/otherAttendeeCount');
  });

  it('completes a follow-up once, OPEN → DONE', () => {
    const m = meetingOf(base, council);
    const done = value(planFollowUpCompletion(m, 'fu-1', '2013-04-26', TODAY));
    expect(done[0]).toMatchObject({ status: 'DONE', completedOn: '2013-04-26' });
    expect(why(planFollowUpCompletion({ ...m, followUps: done }, 'fu-1', '2013-04-27', TODAY))).toBe('CONFLICT/INVALID_TRANSITION');
    expect(why(planFollowUpCompletion(m, 'fu-9', '2013-04-26', TODAY))).toBe('NOT_FOUND/');
    expect(why(planFollowUpCompletion(m, 'fu-1', '2013-04-01', TODAY))).toBe('BAD_USER_INPUT/completedOn');
  });
});

describe('meeting counts against the plan', () => {
  it('counts held meetings per kind against the printed yearly targets (003 L2974, L2993)', () => {
    const net = registered(network);
    const held = MEETINGS.filter((m) => m.councilId === net._id).map((m) => meetingOf(m, net));
    expect(meetingProgress(net.meetingTargets, held, 2023)).toEqual([
      { kind: 'NETWORK_MEETING', target: 2, held: 1, met: false },
      { kind: 'FIELD_VISIT', target: 5, held: 1, met: false },
    ]);
    const more = [...held, { ...held[0]!, _id: 'x' }];
    expect(meetingProgress(net.meetingTargets, more, 2023)[0]).toEqual({ kind: 'NETWORK_MEETING', target: 2, held: 2, met: true });
    // Another year has no target; a kind without a target shows its count with met null.
    expect(meetingProgress(net.meetingTargets, held, 2024)).toEqual([]);
    const c = registered(nowon);
    expect(meetingProgress(c.meetingTargets, [meetingOf(MEETINGS[0] as HoldNetworkMeetingInput, c)], 2013)).toEqual([
      { kind: 'REGULAR_MEETING', target: null, held: 1, met: null },
    ]);
  });
});

describe('scope', () => {
  const caller = (roles: Caller['roles'], districts: string[]): Caller => ({
    subject: 't',
    roles,
    facilityIds: [],
    districts,
    authorization: null,
  });
  const code = (f: () => void): unknown => {
    try {
      f();
      return 'OK';
    } catch (e) {
      return (e as DomainError).extensions['code'];
    }
  };
  it('lets a worker change councils of their districts; a province-wide network only admin', () => {
    const worker = caller(['outreach-worker'], ['노원구']);
    expect(code(() => requireCouncilScope(worker, { _id: 'a', district: '노원구' }))).toBe('OK');
    expect(code(() => requireCouncilScope(worker, { _id: 'a', district: '성동구' }))).toBe('FORBIDDEN');
    expect(code(() => requireCouncilScope(worker, { _id: 'a', district: null }))).toBe('FORBIDDEN');
    expect(code(() => requireCouncilScope(caller(['admin'], []), { _id: 'a', district: null }))).toBe('OK');
  });
});

describe('NetworkMeetingHeld', () => {
  const schema = JSON.parse(
    fs.readFileSync(path.join(__dirname, `../../../schemas/events/${EventTypes.NetworkMeetingHeld}.json`), 'utf8'),
  ) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(['x-topic', 'x-producer', 'x-key']);
  const check = ajv.compile(schema);

  it('is schema-valid for every seeded meeting, with counts by sector and no text or names', () => {
    for (const input of MEETINGS) {
      const council = registered(COUNCILS.find((c) => c.id === input.councilId) as RegisterPublicPrivateCouncilInput);
      const payload = networkMeetingHeld(council, meetingOf(input, council));
      expect([input.id, check(payload) ? 'valid' : check.errors]).toEqual([input.id, 'valid']);
      expect(JSON.stringify(payload)).not.toMatch(/synthetic\]|협회|구청/);
    }
    const net = registered(network);
    expect(networkMeetingHeld(net, meetingOf(MEETINGS[2] as HoldNetworkMeetingInput, net))).toEqual({
      meetingId: 'jeonbuk-2023-P9-network-01',
      councilId: 'jeonbuk-pass-network',
      councilLevel: 'PROVINCE',
      agencyId: 'jeonbuk-pass',
      district: '전주시',
      kind: 'NETWORK_MEETING',
      heldOn: '2023-05-18',
      publicMembersPresent: 2,
      privateMembersPresent: 3,
      otherAttendeeCount: 120,
      resolutionCount: 2,
      followUpCount: 1,
    });
    expect(check({ ...networkMeetingHeld(net, meetingOf(MEETINGS[2] as HoldNetworkMeetingInput, net)), agenda: ['x'] })).toBe(false);
  });
});
