/**
 * Outreach's referral loop end to end through Kafka and the real care-services: a visit discovers
 * needs, the referral publishes the committed ReferralMade contract, care-services opens a 돌봄SOS
 * request from it and its CareRequestReceived marks the referral received; the request is assessed,
 * planned and resolved through the gateway and CareRequestResolved marks it served. Redeliveries of
 * those events (the very messages, and the same facts under new event ids) change nothing; an answer
 * from another request for the same referral, or one naming a referral we never made, is dead-lettered.
 * Plus cases (사례관리) and the case load through the gateway.
 */
import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import { eventually, gql, header, kafka, ok, readAll, readTopic, topic } from './support/client';

const P = 'outreach-referrals';
const VISIT = `${P}-visit-1`;
const REFERRAL = `${P}-ref-1`;
/** The id care-services gives the request it opens for a referral. */
const REQUEST = `referral-${REFERRAL}`;

const REFERRAL_VIEW = `query($id: ID!) {
  referral(id: $id) { id status received served careRequestId receivedOn resolvedOn household { id } visit { id status } }
}`;
const FUNNEL = `{ district(name: "노원구") { name discoveryFunnel { visits discoveries referrals referralsToCareServices received served } } }`;

interface ReferralView {
  referral: {
    id: string;
    status: string;
    received: boolean;
    served: boolean;
    careRequestId: string | null;
    receivedOn: string | null;
    resolvedOn: string | null;
    household: { id: string };
    visit: { id: string; status: string } | null;
  } | null;
}
interface FunnelView {
  district: {
    name: string;
    discoveryFunnel: Record<'visits' | 'discoveries' | 'referrals' | 'referralsToCareServices' | 'received' | 'served', number>;
  };
}

type Outgoing = { key: string; value: string; headers: Record<string, string> };

/** A care-services event as its relay publishes it: CloudEvents binary mode, keyed by the request id. */
function careEvent(type: 'CareRequestReceived' | 'CareRequestResolved', data: Record<string, unknown>, key?: string): Outgoing {
  const requestId = String(data['requestId']);
  const eventId = randomUUID();
  return {
    key: key ?? requestId,
    value: JSON.stringify(data),
    headers: {
      ce_specversion: '1.0',
      ce_id: eventId,
      ce_source: '/pass-graph/care-services',
      ce_type: `pass.care-services.${type}.v1`,
      ce_time: new Date().toISOString(),
      ce_subject: requestId,
      'content-type': 'application/json',
    },
  };
}

/** A message read back from the topic, to be sent again byte for byte (a redelivery). */
const again = (m: KafkaMessage): Outgoing => ({
  key: m.key!.toString(),
  value: m.value!.toString(),
  headers: Object.fromEntries(Object.entries(m.headers ?? {}).map(([k, v]) => [k, String(v)])),
});

/** The same fact under a new event id (what a producer retry outside the outbox would look like). */
const refreshed = (m: KafkaMessage): Outgoing => {
  const o = again(m);
  return { ...o, headers: { ...o.headers, ce_id: randomUUID() } };
};

const received = (referralId: string | null, requestId: string) => ({
  requestId,
  agencyId: 'seoul-pass',
  district: '노원구',
  channel: 'REFERRAL',
  requestedServices: ['TEMPORARY_HOME_CARE', 'MEAL_SUPPORT'],
  referralId,
  recipientId: null,
  receivedOn: '2019-09-04',
});
const resolved = (referralId: string | null, requestId: string) => ({
  requestId,
  referralId,
  recipientId: `${P}-rcp-1`,
  outcome: 'SERVED',
  reason: null,
  resolvedOn: '2019-09-20',
});

async function send(...messages: Outgoing[]): Promise<void> {
  const producer = kafka().producer();
  await producer.connect();
  await producer.send({ topic: topic('care-services.care-request'), messages });
  await producer.disconnect();
}

/** care-services' own event of `type` about our request, as it sits on the topic. */
async function published(type: 'CareRequestReceived' | 'CareRequestResolved'): Promise<KafkaMessage> {
  const ceType = `pass.care-services.${type}.v1`;
  const match = (m: KafkaMessage) => m.key?.toString() === REQUEST && header(m, 'ce_type') === ceType;
  const messages = await readTopic('care-services.care-request', (ms) => ms.some(match));
  const found = messages.find(match);
  if (!found) throw new Error(`care-services published no ${type} for ${REQUEST}`);
  return found;
}

async function deadLetters(eventIds: string[]): Promise<Map<string, KafkaMessage>> {
  const ids = new Set(eventIds);
  const found = (ms: KafkaMessage[]) => new Set(ms.map((m) => header(m, 'ce_id')).filter((id) => id !== undefined && ids.has(id)));
  const messages = await readTopic('dlq.outreach', (ms) => found(ms).size === ids.size);
  return new Map(messages.filter((m) => ids.has(header(m, 'ce_id') ?? '')).map((m) => [header(m, 'ce_id')!, m]));
}

describe('outreach referral loop with care-services', () => {
  let before: FunnelView;

  beforeAll(async () => {
    before = await ok<FunnelView>(FUNNEL);
    await ok(`mutation($i: RecordOutreachVisitInput!) { recordOutreachVisit(input: $i) { id } }`, {
      i: {
        id: VISIT,
        communityCentreId: 'dong-nowon-sanggye1',
        visitorRole: 'NEIGHBOURHOOD_HEAD',
        visitedOn: '2019-09-02',
        householdId: 'HH-ORT0001',
        findings: '[test] older person alone after a fall',
        needsDiscovery: { domains: ['CARE', 'MEALS'] },
      },
    });
  });

  it('refuses needs the visit did not discover, then publishes ReferralMade exactly as committed', async () => {
    const wrong = await gql(`mutation($i: ReferNeedsInput!) { referNeeds(input: $i) { id } }`, {
      i: {
        id: `${P}-ref-wrong`,
        visitId: VISIT,
        target: 'CARE_SERVICES',
        needs: ['HOUSING'],
        requestedServices: ['HOUSING_CONVENIENCE'],
        referredOn: '2019-09-03',
      },
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'needs' });

    const made = await ok<{ referNeeds: { id: string; status: string; visit: { status: string } } }>(
      `mutation($i: ReferNeedsInput!) { referNeeds(input: $i) { id status visit { status } } }`,
      {
        i: {
          id: REFERRAL,
          visitId: VISIT,
          target: 'CARE_SERVICES',
          requestedServices: ['TEMPORARY_HOME_CARE', 'MEAL_SUPPORT'],
          referredOn: '2019-09-03',
        },
      },
    );
    expect(made.referNeeds).toEqual({ id: REFERRAL, status: 'MADE', visit: { status: 'REFERRED' } });

    const messages = await readTopic('outreach.referral', (ms) => ms.some((m) => m.key?.toString() === REFERRAL));
    const event = messages.find((m) => m.key?.toString() === REFERRAL)!;
    expect(header(event, 'ce_type')).toBe('pass.outreach.ReferralMade.v1');
    expect(JSON.parse(event.value!.toString())).toEqual({
      referralId: REFERRAL,
      householdId: 'HH-ORT0001',
      caseId: null,
      visitId: VISIT,
      district: '노원구',
      target: 'CARE_SERVICES',
      targetAgencyName: null,
      needs: ['CARE', 'MEALS'],
      requestedServices: ['TEMPORARY_HOME_CARE', 'MEAL_SUPPORT'],
      referredOn: '2019-09-03',
    });
    // The findings never leave the service.
    expect(event.value!.toString()).not.toContain('[test]');
  });

  it('is received when care-services opens the request, and served when it resolves it — once, however often the events arrive', async () => {
    const afterReceived = await eventually('care-services to open the request and outreach to mark the referral received', async () => {
      const d = await ok<ReferralView>(REFERRAL_VIEW, { id: REFERRAL });
      return d.referral?.received ? d.referral : undefined;
    });
    expect(afterReceived).toMatchObject({ status: 'RECEIVED', careRequestId: REQUEST, receivedOn: '2019-09-03', served: false });

    // Redeliveries: the very message twice and the same fact under a new event id; then an answer from
    // another request for the same referral, on the same partition, so once it is dead-lettered the
    // redeliveries before it have been handled.
    const receipt = await published('CareRequestReceived');
    const firstRound = [again(receipt), again(receipt), refreshed(receipt)];
    const otherReceipt = careEvent('CareRequestReceived', received(REFERRAL, `${P}-sos-other`), REQUEST);
    await send(...firstRound, otherReceipt);

    // care-services takes the request through 욕구사정 → 돌봄계획 → 종결 (served).
    await ok(`mutation($id: ID!, $i: AssessCareRequestInput!) { assessCareRequest(id: $id, input: $i) { status } }`, {
      id: REQUEST,
      i: { assessedOn: '2019-09-05', eligible: true, assessedServices: ['TEMPORARY_HOME_CARE', 'MEAL_SUPPORT'] },
    });
    await ok(`mutation($id: ID!, $i: PlanCareRequestInput!) { planCareRequest(id: $id, input: $i) { status } }`, {
      id: REQUEST,
      i: { plannedOn: '2019-09-06', services: ['TEMPORARY_HOME_CARE', 'MEAL_SUPPORT'], sessions: 4 },
    });
    const done = await ok<{ resolveCareRequest: { status: string; outcome: string } }>(
      `mutation($id: ID!) { resolveCareRequest(id: $id, outcome: SERVED, resolvedOn: "2019-09-20") { status outcome } }`,
      { id: REQUEST },
    );
    expect(done.resolveCareRequest).toEqual({ status: 'RESOLVED', outcome: 'SERVED' });

    const served = await eventually('the referral served', async () => {
      const d = await ok<ReferralView>(REFERRAL_VIEW, { id: REFERRAL });
      return d.referral?.served ? d.referral : undefined;
    });
    expect(served).toMatchObject({
      status: 'SERVED',
      received: true,
      careRequestId: REQUEST,
      receivedOn: '2019-09-03',
      resolvedOn: '2019-09-20',
      household: { id: 'HH-ORT0001' },
    });

    // The outcome redelivered, and a late duplicate of the receipt: neither moves the referral back.
    const outcome = await published('CareRequestResolved');
    const secondRound = [again(outcome), refreshed(outcome), refreshed(receipt)];
    const otherOutcome = careEvent('CareRequestResolved', resolved(REFERRAL, `${P}-sos-other`), REQUEST);
    await send(...secondRound, otherOutcome);
    const letters = await deadLetters([otherReceipt.headers.ce_id!, otherOutcome.headers.ce_id!]);
    expect(letters.size).toBe(2);
    for (const m of letters.values()) expect(header(m, 'dlq_error_code')).toBe('REFERRAL_ALREADY_LINKED');
    expect((await ok<ReferralView>(REFERRAL_VIEW, { id: REFERRAL })).referral).toEqual(served);
    // The redeliveries were no-ops, not errors: none of them is among the dead letters.
    const redelivered = new Set([...firstRound, ...secondRound].map((m) => m.headers.ce_id));
    expect((await readAll('dlq.outreach')).filter((m) => redelivered.has(header(m, 'ce_id') ?? ''))).toEqual([]);

    // The district's funnel moved by exactly this visit and referral.
    const after = await ok<FunnelView>(FUNNEL);
    const delta = Object.fromEntries(
      Object.entries(after.district.discoveryFunnel).map(([k, v]) => [
        k,
        v - before.district.discoveryFunnel[k as keyof FunnelView['district']['discoveryFunnel']],
      ]),
    );
    expect(delta).toEqual({ visits: 1, discoveries: 1, referrals: 1, referralsToCareServices: 1, received: 1, served: 1 });
  });

  it('ignores requests that are not ours and dead-letters an outcome for a referral it never made', async () => {
    const neverMade = `${P}-never-made`;
    const foreign = careEvent('CareRequestReceived', received(null, `${P}-sos-direct`));
    const unknown = careEvent('CareRequestResolved', resolved(neverMade, `${P}-sos-unknown`));
    await send(foreign, unknown);
    const letter = (await deadLetters([unknown.headers.ce_id!])).get(unknown.headers.ce_id!);
    if (!letter) throw new Error('the outcome for an unknown referral was not dead-lettered');
    expect(header(letter, 'dlq_error_code')).toBe('UNKNOWN_REFERRAL');
    expect(header(letter, 'dlq_error_message')).toContain(neverMade);
    expect(header(letter, 'dlq_original_topic')).toBe(topic('care-services.care-request'));
    // The request without a referral id went nowhere near the dead letters.
    const all = await readAll('dlq.outreach');
    expect(all.some((m) => header(m, 'ce_id') === foreign.headers.ce_id)).toBe(false);
    expect((await ok<ReferralView>(REFERRAL_VIEW, { id: neverMade })).referral).toBeNull();
  });
});

describe('outreach cases (사례관리)', () => {
  const CASE = `${P}-case-1`;
  const run = (mutation: string, input: object) => gql<Record<string, { id: string; status: string }>>(mutation, { i: input });

  it('goes OPEN → IN_PROGRESS → CLOSED → FOLLOW_UP, escalates only complex cases, and counts the manager’s load', async () => {
    const open = await run(`mutation($i: OpenCaseInput!) { openCase(input: $i) { id status } }`, {
      id: CASE,
      householdId: 'HH-ORT0001',
      communityCentreId: 'dong-nowon-sanggye1',
      managerId: `${P}-cm`,
      visitId: VISIT,
      needs: ['CARE'],
      openedOn: '2019-09-05',
    });
    expect(open.data?.['openCase']).toEqual({ id: CASE, status: 'OPEN' });

    const notComplex = await run(`mutation($i: EscalateCaseInput!) { escalateCase(input: $i) { id status } }`, {
      caseId: CASE,
      escalatedOn: '2019-09-06',
    });
    expect(notComplex.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_COMPLEX' });
    const skip = await run(`mutation($i: CloseCaseInput!) { closeCase(input: $i) { id status } }`, {
      caseId: CASE,
      closedOn: '2019-09-06',
      outcome: 'NEEDS_MET',
    });
    expect(skip.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION', from: 'OPEN', to: 'CLOSED' });

    const planned = await run(`mutation($i: PlanCaseInput!) { planCase(input: $i) { id status } }`, {
      caseId: CASE,
      plan: '[test] 일시재가 후 식사지원 유지',
      linkedServices: [{ kind: 'PUBLIC', name: '돌봄SOS 일시재가' }],
      plannedOn: '2019-09-06',
    });
    expect(planned.data?.['planCase']?.status).toBe('IN_PROGRESS');
    const load = await ok<{ caseLoad: { managerId: string; inProgress: number; active: number }[] }>(
      `{ caseLoad(district: "노원구") { managerId inProgress active } }`,
    );
    expect(load.caseLoad.find((l) => l.managerId === `${P}-cm`)).toEqual({ managerId: `${P}-cm`, inProgress: 1, active: 1 });

    const closed = await run(`mutation($i: CloseCaseInput!) { closeCase(input: $i) { id status } }`, {
      caseId: CASE,
      closedOn: '2019-10-01',
      outcome: 'NEEDS_MET',
    });
    expect(closed.data?.['closeCase']?.status).toBe('CLOSED');
    const follow = await run(`mutation($i: StartCaseFollowUpInput!) { startCaseFollowUp(input: $i) { id status } }`, {
      caseId: CASE,
      followUpOn: '2019-11-01',
    });
    expect(follow.data?.['startCaseFollowUp']?.status).toBe('FOLLOW_UP');

    const messages = await readTopic('outreach.case', (ms) =>
      ms.some((m) => m.key?.toString() === CASE && header(m, 'ce_type') === 'pass.outreach.CaseClosed.v1'),
    );
    const closedEvent = JSON.parse(
      messages.find((m) => m.key?.toString() === CASE && header(m, 'ce_type') === 'pass.outreach.CaseClosed.v1')!.value!.toString(),
    );
    expect(closedEvent).toEqual({
      caseId: CASE,
      householdId: 'HH-ORT0001',
      district: '노원구',
      managerId: `${P}-cm`,
      outcome: 'NEEDS_MET',
      escalated: false,
      linkedServices: 1,
      openedOn: '2019-09-05',
      closedOn: '2019-10-01',
    });
  });

  it('shows the seeded escalated case handed to the 희망복지지원단 and the household behind it', async () => {
    const d = await ok<{
      case: Record<string, unknown>;
      household: { visits: { id: string }[]; cases: { id: string }[]; referrals: { target: string }[] };
    }>(`{
      case(id: "synthetic-case-2013-002") { status escalated escalationReason outcome followUpOn linkedServices { kind name } district { name } }
      household(id: "HH-SYN002") { visits { id } cases { id } referrals { target } }
    }`);
    expect(d.case).toEqual({
      status: 'FOLLOW_UP',
      escalated: true,
      escalationReason: 'COMPLEX_NEEDS',
      outcome: 'HANDED_OVER',
      followUpOn: '2013-08-01',
      linkedServices: [
        { kind: 'PUBLIC', name: '긴급복지지원' },
        { kind: 'PRIVATE', name: '복지관 의료비 지원' },
      ],
      district: { name: '성동구' },
    });
    expect(d.household).toEqual({
      visits: [{ id: 'synthetic-visit-2013-002' }],
      cases: [{ id: 'synthetic-case-2013-002' }],
      referrals: [{ target: 'PUBLIC_SERVICE' }],
    });
  });
});
