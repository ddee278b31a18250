/**
 * Outreach's 민관복지협력체, resident volunteers and the other-agency referral loop through the gateway:
 * a council is registered and holds a meeting, whose NetworkMeetingHeld event is on Kafka and valid
 * against its JSON Schema; the seeded Jeonbuk network counts its meetings against the plan's 2023
 * targets; a volunteer is named by a visit; a referral to another agency is recorded served and the
 * district's funnel counts it; illegal steps answer CONFLICT and write nothing; a district-scoped
 * outreach worker is refused outside their districts and sees only theirs.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { gql, header, ok, readTopic, type As } from './support/client';

const P = 'outreach-councils';
const COUNCIL = `${P}-seongdong`;
const MEETING = `${P}-meeting-1`;
const VOLUNTEER = `${P}-vol-1`;
const VISIT = `${P}-visit-1`;
const REFERRAL = `${P}-ref-1`;
/** A worker covering 성동구 only. */
const SEONGDONG_WORKER: As = { subject: `${P}-worker`, roles: ['outreach-worker'], districts: ['성동구'] };

const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }): unknown => r.errors?.[0]?.extensions?.['code'];
const reasonOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }): unknown => r.errors?.[0]?.extensions?.['reason'];

const REGISTER = `mutation($i: RegisterPublicPrivateCouncilInput!) { registerPublicPrivateCouncil(input: $i) { id status district { name } members { memberId role sector } } }`;
const HOLD = `mutation($i: HoldNetworkMeetingInput!) { holdNetworkMeeting(input: $i) { id district { name } attendeeCount followUps { id status } } }`;
const COMPLETE = `mutation($i: CompleteMeetingFollowUpInput!) { completeMeetingFollowUp(input: $i) { id followUps { id status completedOn } } }`;
const DISSOLVE = `mutation($i: DissolvePublicPrivateCouncilInput!) { dissolvePublicPrivateCouncil(input: $i) { id status dissolvedOn } }`;
const FUNNEL = `{ district(name: "성동구") { discoveryFunnel { visits discoveries referrals referralsToCareServices received served } } }`;

const council = {
  id: COUNCIL,
  name: '[test] 성동구 민관복지협력체',
  level: 'DISTRICT',
  district: '성동구',
  source: '002 L81–85',
  formedOn: '2013-03-15',
  members: [
    { memberId: `${P}-m1`, sector: 'PRIVATE', organisationKind: 'WELFARE_FACILITY', role: 'MEMBER' },
    { memberId: `${P}-m2`, sector: 'PUBLIC', organisationKind: 'LOCAL_GOVERNMENT', organisationName: '성동구청', role: 'CHAIR' },
    { memberId: `${P}-m3`, sector: 'PRIVATE', organisationKind: 'CIVIC_GROUP', role: 'CO_CHAIR' },
  ],
};
const meeting = {
  id: MEETING,
  councilId: COUNCIL,
  kind: 'REGULAR_MEETING',
  heldOn: '2013-04-17',
  agenda: ['[test] 발굴가구 민간자원 연계'],
  attendeeMemberIds: [`${P}-m2`, `${P}-m3`],
  otherAttendeeCount: 4,
  resolutions: ['[test] 복지관 자원 공유'],
  followUps: [{ id: 'fu-1', action: '[test] 자원 목록 회람', ownerMemberId: `${P}-m1`, dueOn: '2013-05-01' }],
};

type Funnel = { district: { discoveryFunnel: Record<string, number> } };

describe('outreach councils, volunteers and agency referral outcomes', () => {
  let funnelBefore: Funnel;
  beforeAll(async () => {
    funnelBefore = await ok<Funnel>(FUNNEL);
  });

  it('registers a council (chair first) and refuses a repeat, an unknown centre and a council without a chair', async () => {
    const r = await ok<{ registerPublicPrivateCouncil: { status: string; district: { name: string }; members: { role: string }[] } }>(
      REGISTER,
      { i: council },
    );
    expect(r.registerPublicPrivateCouncil).toMatchObject({ status: 'ACTIVE', district: { name: '성동구' } });
    expect(r.registerPublicPrivateCouncil.members.map((m) => m.role)).toEqual(['CHAIR', 'CO_CHAIR', 'MEMBER']);
    expect(codeOf(await gql(REGISTER, { i: council }))).toBe('CONFLICT');
    const atCentre = { ...council, id: `${P}-centre`, level: 'COMMUNITY_CENTRE', district: null, communityCentreId: `${P}-no-centre` };
    expect(codeOf(await gql(REGISTER, { i: atCentre }))).toBe('NOT_FOUND');
    const chairless = { ...council, id: `${P}-chairless`, members: council.members.map((m) => ({ ...m, role: 'MEMBER' })) };
    expect(codeOf(await gql(REGISTER, { i: chairless }))).toBe('BAD_USER_INPUT');
    const after = await ok<{ a: null; b: null }>(
      `{ a: publicPrivateCouncil(id: "${P}-centre") { id } b: publicPrivateCouncil(id: "${P}-chairless") { id } }`,
    );
    expect(after).toEqual({ a: null, b: null });
  });

  it('holds a meeting and publishes NetworkMeetingHeld, valid against its schema, with no text or names', async () => {
    const r = await ok<{ holdNetworkMeeting: unknown }>(HOLD, { i: meeting });
    expect(r.holdNetworkMeeting).toEqual({
      id: MEETING,
      district: { name: '성동구' },
      attendeeCount: 6,
      followUps: [{ id: 'fu-1', status: 'OPEN' }],
    });
    expect(codeOf(await gql(HOLD, { i: meeting }))).toBe('CONFLICT');

    const type = 'pass.outreach.NetworkMeetingHeld.v1';
    const match = (m: { key: Buffer | null; headers?: unknown }) =>
      m.key?.toString() === MEETING && header(m as Parameters<typeof header>[0], 'ce_type') === type;
    const messages = await readTopic('outreach.network-meeting', (ms) => ms.some(match));
    const found = messages.filter(match);
    expect(found).toHaveLength(1);
    const payload = JSON.parse(found[0]!.value!.toString()) as Record<string, unknown>;
    const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'schemas', 'events', `${type}.json`), 'utf8')) as object;
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    ajv.addVocabulary(['x-topic', 'x-producer', 'x-key']);
    const validate = ajv.compile(schema);
    expect(validate(payload) ? 'valid' : validate.errors).toBe('valid');
    expect(payload).toEqual({
      meetingId: MEETING,
      councilId: COUNCIL,
      councilLevel: 'DISTRICT',
      agencyId: null,
      district: '성동구',
      kind: 'REGULAR_MEETING',
      heldOn: '2013-04-17',
      publicMembersPresent: 1,
      privateMembersPresent: 1,
      otherAttendeeCount: 4,
      resolutionCount: 1,
      followUpCount: 1,
    });
    expect(JSON.stringify(payload)).not.toMatch(/\[test\]|성동구청/);
  });

  it('refuses illegal steps with CONFLICT and bad dates or strangers with BAD_USER_INPUT, writing nothing', async () => {
    const stranger = await gql(HOLD, { i: { ...meeting, id: `${P}-meeting-x`, attendeeMemberIds: ['not-a-member'] } });
    expect(codeOf(stranger)).toBe('BAD_USER_INPUT');
    const early = await gql(HOLD, { i: { ...meeting, id: `${P}-meeting-y`, heldOn: '2013-03-01' } });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    const done = await ok<{ completeMeetingFollowUp: { followUps: unknown[] } }>(COMPLETE, {
      i: { meetingId: MEETING, followUpId: 'fu-1', completedOn: '2013-04-29' },
    });
    expect(done.completeMeetingFollowUp.followUps).toEqual([{ id: 'fu-1', status: 'DONE', completedOn: '2013-04-29' }]);
    const twice = await gql(COMPLETE, { i: { meetingId: MEETING, followUpId: 'fu-1', completedOn: '2013-04-30' } });
    expect([codeOf(twice), reasonOf(twice)]).toEqual(['CONFLICT', 'INVALID_TRANSITION']);
    expect(codeOf(await gql(COMPLETE, { i: { meetingId: MEETING, followUpId: 'fu-9', completedOn: '2013-04-30' } }))).toBe('NOT_FOUND');

    const dissolved = await ok<{ dissolvePublicPrivateCouncil: unknown }>(DISSOLVE, {
      i: { councilId: COUNCIL, dissolvedOn: '2014-12-31' },
    });
    expect(dissolved.dissolvePublicPrivateCouncil).toEqual({ id: COUNCIL, status: 'DISSOLVED', dissolvedOn: '2014-12-31' });
    const again = await gql(DISSOLVE, { i: { councilId: COUNCIL, dissolvedOn: '2015-01-01' } });
    expect([codeOf(again), reasonOf(again)]).toEqual(['CONFLICT', 'INVALID_TRANSITION']);
    const late = await gql(HOLD, { i: { ...meeting, id: `${P}-meeting-z`, heldOn: '2015-02-02' } });
    expect([codeOf(late), reasonOf(late)]).toEqual(['CONFLICT', 'COUNCIL_DISSOLVED']);

    const left = await ok<{ networkMeetings: { id: string }[] }>(`{ networkMeetings(councilId: "${COUNCIL}") { id } }`);
    expect(left.networkMeetings).toEqual([{ id: MEETING }]);
  });

  it("counts the seeded Jeonbuk network's 2023 meetings against the plan's targets, publicly", async () => {
    const d = await gql<{ publicPrivateCouncil: { level: string; region: string; district: null; meetingProgress: unknown[] } }>(
      `{ publicPrivateCouncil(id: "jeonbuk-pass-network") { level region district { name } meetingTargets { year kind count source }
         meetingProgress(year: 2023) { kind target held met } } }`,
      {},
      { as: 'anonymous' },
    );
    expect(d.errors).toBeUndefined();
    expect(d.data?.publicPrivateCouncil).toMatchObject({ level: 'PROVINCE', region: '전라북도', district: null });
    expect(d.data?.publicPrivateCouncil.meetingProgress).toEqual([
      { kind: 'NETWORK_MEETING', target: 2, held: 1, met: false },
      { kind: 'FIELD_VISIT', target: 5, held: 1, met: false },
    ]);
    const year = await ok<{ networkMeetings: { id: string; attendeeCount: number }[] }>(
      `{ networkMeetings(district: "전주시", year: 2023) { id attendeeCount } }`,
    );
    expect(year.networkMeetings).toEqual([{ id: 'jeonbuk-2023-P9-network-01', attendeeCount: 125 }]);
    const district = await ok<{ district: { publicPrivateCouncils: { id: string }[] } }>(
      `{ district(name: "노원구") { publicPrivateCouncils { id } } }`,
    );
    expect(district.district.publicPrivateCouncils.map((c) => c.id)).toContain('ppc-nowon');
  });

  it('names a resident volunteer as a visit’s visitor, checked against type, centre and period', async () => {
    await ok(`mutation($i: RegisterCommunityVolunteerInput!) { registerCommunityVolunteer(input: $i) { id } }`, {
      i: {
        id: VOLUNTEER,
        displayName: '[test] 행당1동 나눔이웃',
        type: 'SHARING_NEIGHBOUR',
        communityCentreId: 'dong-seongdong-haengdang1',
        activeFrom: '2019-01-02',
      },
    });
    const visit = {
      id: VISIT,
      communityCentreId: 'dong-seongdong-haengdang1',
      visitorRole: 'VOLUNTEER',
      volunteerId: VOLUNTEER,
      visitedOn: '2019-10-01',
      householdId: 'HH-OCT0001',
      findings: '[test] older person with an unsafe bathroom',
      needsDiscovery: { domains: ['HOUSING'] },
    };
    const RECORD = `mutation($i: RecordOutreachVisitInput!) { recordOutreachVisit(input: $i) { id volunteer { id type district { name } } } }`;
    const wrongRole = await gql(RECORD, { i: { ...visit, visitorRole: 'NEIGHBOURHOOD_HEAD' } });
    expect(codeOf(wrongRole)).toBe('BAD_USER_INPUT');
    const beforeActive = await gql(RECORD, { i: { ...visit, visitedOn: '2018-12-31' } });
    expect(codeOf(beforeActive)).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(RECORD, { i: { ...visit, volunteerId: `${P}-nobody` } }))).toBe('NOT_FOUND');
    const r = await ok<{ recordOutreachVisit: unknown }>(RECORD, { i: visit });
    expect(r.recordOutreachVisit).toEqual({
      id: VISIT,
      volunteer: { id: VOLUNTEER, type: 'SHARING_NEIGHBOUR', district: { name: '성동구' } },
    });
    const ended = await gql(`mutation($i: EndCommunityVolunteerInput!) { endCommunityVolunteer(input: $i) { id } }`, {
      i: { volunteerId: VOLUNTEER, activeTo: '2019-09-30' },
    });
    expect(codeOf(ended)).toBe('BAD_USER_INPUT'); // they visited on 2019-10-01
    const v = await ok<{ communityVolunteer: { status: string; visits: { id: string }[] } }>(
      `{ communityVolunteer(id: "${VOLUNTEER}") { status visits { id } } }`,
    );
    expect(v.communityVolunteer).toEqual({ status: 'ACTIVE', visits: [{ id: VISIT }] });
  });

  it('records a referral to another agency served once, and the funnel counts it as served', async () => {
    await ok(`mutation($i: ReferNeedsInput!) { referNeeds(input: $i) { id } }`, {
      i: { id: REFERRAL, visitId: VISIT, target: 'PUBLIC_SERVICE', serviceName: '[test] 주거환경개선사업', referredOn: '2019-10-02' },
    });
    const OUTCOME = `mutation($i: RecordReferralOutcomeInput!) { recordReferralOutcome(input: $i) { id status served resolvedOn outcomeReason } }`;
    expect(codeOf(await gql(OUTCOME, { i: { referralId: REFERRAL, outcome: 'DECLINED', decidedOn: '2019-10-20' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await gql(OUTCOME, { i: { referralId: REFERRAL, outcome: 'SERVED', decidedOn: '2019-09-01' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(OUTCOME, { i: { referralId: `${P}-none`, outcome: 'SERVED', decidedOn: '2019-10-20' } }))).toBe('NOT_FOUND');
    const served = await ok<{ recordReferralOutcome: unknown }>(OUTCOME, {
      i: { referralId: REFERRAL, outcome: 'SERVED', decidedOn: '2019-10-20' },
    });
    expect(served.recordReferralOutcome).toEqual({
      id: REFERRAL,
      status: 'SERVED',
      served: true,
      resolvedOn: '2019-10-20',
      outcomeReason: null,
    });
    const twice = await gql(OUTCOME, {
      i: { referralId: REFERRAL, outcome: 'NOT_SERVED', reason: '[test] 대상 아님', decidedOn: '2019-10-21' },
    });
    expect([codeOf(twice), reasonOf(twice)]).toEqual(['CONFLICT', 'INVALID_TRANSITION']);
    // A care-services referral is closed by care-services' events, never by this mutation.
    const care = await gql(OUTCOME, { i: { referralId: 'synthetic-ref-2019-008', outcome: 'SERVED', decidedOn: '2019-10-20' } });
    expect([codeOf(care), reasonOf(care)]).toEqual(['CONFLICT', 'CARE_SERVICES_LOOP']);

    const after = await ok<Funnel>(FUNNEL);
    const b = funnelBefore.district.discoveryFunnel;
    expect(after.district.discoveryFunnel).toEqual({
      ...b,
      visits: b['visits']! + 1,
      discoveries: b['discoveries']! + 1,
      referrals: b['referrals']! + 1,
      served: b['served']! + 1,
    });
  });

  it('keeps a district-scoped outreach worker to their districts', async () => {
    // 노원구 is outside the worker's scope: FORBIDDEN before anything is written.
    const outside = await gql(REGISTER, { i: { ...council, id: `${P}-nowon`, district: '노원구' } }, { as: SEONGDONG_WORKER });
    expect(codeOf(outside)).toBe('FORBIDDEN');
    const network = await gql(
      HOLD,
      {
        i: {
          ...meeting,
          id: `${P}-network-x`,
          councilId: 'jeonbuk-pass-network',
          attendeeMemberIds: ['jb-network-m01'],
          heldOn: '2023-07-01',
        },
      },
      { as: SEONGDONG_WORKER },
    );
    expect(codeOf(network)).toBe('FORBIDDEN');
    const theirs = await gql(
      `mutation($i: RecordReferralOutcomeInput!) { recordReferralOutcome(input: $i) { id } }`,
      { i: { referralId: 'synthetic-ref-2013-005', outcome: 'SERVED', decidedOn: '2013-06-01' } },
      { as: SEONGDONG_WORKER },
    );
    expect(codeOf(theirs)).toBe('FORBIDDEN'); // a 노원구 referral
    const volunteerElsewhere = await gql(`{ communityVolunteer(id: "vol-nowon-sanggye1-01") { id } }`, {}, { as: SEONGDONG_WORKER });
    expect(codeOf(volunteerElsewhere)).toBe('FORBIDDEN');
    const list = await ok<{ communityVolunteers: { nodes: { id: string; district: { name: string } }[] } }>(
      `{ communityVolunteers(first: 100) { nodes { id district { name } } } }`,
      {},
      SEONGDONG_WORKER,
    );
    expect(list.communityVolunteers.nodes.map((n) => n.id)).toContain(VOLUNTEER);
    expect(new Set(list.communityVolunteers.nodes.map((n) => n.district.name))).toEqual(new Set(['성동구']));
    const visits = await ok<{ outreachVisits: { nodes: { district: { name: string } }[] } }>(
      `{ outreachVisits(first: 100) { nodes { district { name } } } }`,
      {},
      SEONGDONG_WORKER,
    );
    expect(visits.outreachVisits.nodes.length).toBeGreaterThan(0);
    expect(new Set(visits.outreachVisits.nodes.map((n) => n.district.name))).toEqual(new Set(['성동구']));
    const nothing = await ok<{ a: null; b: null }>(
      `{ a: publicPrivateCouncil(id: "${P}-nowon") { id } b: networkMeeting(id: "${P}-network-x") { id } }`,
    );
    expect(nothing).toEqual({ a: null, b: null });
    // The seeded 노원 referral is still MADE.
    const ref = await ok<{ referral: { status: string } }>(`{ referral(id: "synthetic-ref-2013-005") { status } }`);
    expect(ref.referral.status).toBe('MADE');
  });
});
