/**
 * 돌봄SOS requests (direct and from outreach referrals), care visits under the caps of the
 * Jeonbuk emergency/gap care programme (003 L3988, 52천원/3h at L3959), and the 2019 돌봄SOS
 * volume tables of seed 004 through the gateway.
 */
import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import { eventually, gql, kafka, ok, readAll, readTopic, topic } from './support/client';
import { settled } from './support/settled';

const P = 'care-services-care';

const REGISTER = `mutation($input: RegisterCareRecipientInput!) { registerCareRecipient(input: $input) { id } }`;
const MOVE = `mutation($id: ID!, $s: CareRecipientStatus!, $on: Date!) { moveCareRecipient(id: $id, status: $s, on: $on) { status } }`;
const VISIT = `mutation($input: RecordCareVisitInput!) { recordCareVisit(input: $input) { id hours unitPrice unitHours amount } }`;
const USAGE = `query($id: ID!, $on: Date!) { careCapUsage(recipientId: $id, on: $on) { cap unit limit used remaining windowStart windowEnd } }`;

const payloads = (ms: KafkaMessage[]) => ms.map((m) => JSON.parse(m.value!.toString()) as Record<string, unknown>);

/** A recipient of 전주 receiving care since late August 2023. */
async function receivingRecipient(n: number, rrn: string): Promise<string> {
  const id = `${P}-rcp-${n}`;
  await ok(REGISTER, {
    input: {
      id,
      facilityId: 'jeonbuk-hcc-jeonbuk',
      district: '전주시',
      name: '시험가상',
      birthDate: '1945-01-0' + n,
      residentRegistrationNumber: rrn,
      household: 'LIVING_ALONE',
      eligibilityReasons: ['SUDDEN_CRISIS'],
      identifiedOn: '2023-08-28',
    },
  });
  for (const [s, on] of [
    ['SCREENED', '2023-08-29'],
    ['SELECTED', '2023-08-30'],
    ['RECEIVING', '2023-08-31'],
  ])
    await ok(MOVE, { id, s, on });
  return id;
}

const visit = (id: string, recipientId: string, deliveredOn: string, hours: number, serviceType = 'EMERGENCY_CARE') =>
  gql<{ recordCareVisit: { amount: number; unitPrice: number; unitHours: number } }>(VISIT, {
    input: { id, recipientId, workerIds: ['jb-ecw-01'], serviceType, activities: ['HOUSEWORK'], deliveredOn, hours },
  });

describe('care visits and their caps', () => {
  it('allows emergency care up to 72 hours within 30 days, refuses more with what remains, and announces the cap reached', async () => {
    const rid = await receivingRecipient(1, '450101-1000001');
    const first = await visit(`${P}-e1`, rid, '2023-09-01', 24);
    // 돌봄제공단가 52천원 per 3 hours: 24 h = 8 units = 416,000원.
    expect(first.data?.recordCareVisit).toMatchObject({ unitPrice: 52_000, unitHours: 3, amount: 416_000 });
    expect((await visit(`${P}-e2`, rid, '2023-09-02', 24)).errors).toBeUndefined();
    expect((await visit(`${P}-e3`, rid, '2023-09-03', 21)).errors).toBeUndefined();

    const over = await visit(`${P}-e-over`, rid, '2023-09-04', 4);
    expect(over.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CAP_EXCEEDED',
      cap: 'EMERGENCY_72H_PER_30_DAYS',
      limit: 72,
      used: 69,
      remainingHours: 3,
    });
    expect((await ok<{ careVisit: unknown }>(`{ careVisit(id: "${P}-e-over") { id } }`)).careVisit).toBeNull();

    expect((await visit(`${P}-e4`, rid, '2023-09-04', 3)).errors).toBeUndefined(); // exactly 72
    const full = await visit(`${P}-e-full`, rid, '2023-09-05', 0.5);
    expect(full.errors?.[0]?.extensions).toMatchObject({ reason: 'CAP_EXCEEDED', remainingHours: 0 });
    // Gap care is a different cap.
    expect((await visit(`${P}-g1`, rid, '2023-09-05', 3, 'GAP_CARE')).errors).toBeUndefined();

    const usage = await ok<{ careCapUsage: { cap: string; used: number; remaining: number; windowStart: string | null }[] }>(USAGE, {
      id: rid,
      on: '2023-09-05',
    });
    expect(usage.careCapUsage).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ cap: 'EMERGENCY_72H_PER_30_DAYS', used: 72, remaining: 0, windowStart: '2023-08-07' }),
        expect.objectContaining({ cap: 'GAP_60H_PER_RECIPIENT', used: 3, remaining: 57, windowStart: null }),
      ]),
    );
    // On 10-01 the window starts 09-02: the 24 hours of 09-01 are free again.
    const later = await ok<{ careCapUsage: { cap: string; used: number }[] }>(USAGE, { id: rid, on: '2023-10-01' });
    expect(later.careCapUsage.find((u) => u.cap === 'EMERGENCY_72H_PER_30_DAYS')?.used).toBe(48);

    // One recipient's events share a partition, in order: the gap visit comes last.
    const messages = await readTopic('care-services.care-visit', (ms) => payloads(ms).some((p) => p['visitId'] === `${P}-g1`));
    const mine = payloads(messages).filter((p) => p['recipientId'] === rid);
    const delivered = mine.filter((p) => 'amountKRW' in p);
    expect(delivered.map((p) => p['visitId']).sort()).toEqual([`${P}-e1`, `${P}-e2`, `${P}-e3`, `${P}-e4`, `${P}-g1`]);
    expect(delivered.find((p) => p['visitId'] === `${P}-e1`)).toEqual({
      visitId: `${P}-e1`,
      recipientId: rid,
      agencyId: 'jeonbuk-pass',
      facilityId: 'jeonbuk-hcc-jeonbuk',
      workerId: 'jb-ecw-01',
      serviceType: 'EMERGENCY_CARE',
      district: '전주시',
      deliveredOn: '2023-09-01',
      hours: 24,
      unitPriceKRW: 52_000,
      unitHours: 3,
      amountKRW: 416_000,
    });
    expect(mine.filter((p) => 'cap' in p)).toEqual([
      {
        recipientId: rid,
        visitId: `${P}-e4`,
        agencyId: 'jeonbuk-pass',
        cap: 'EMERGENCY_72H_PER_30_DAYS',
        unit: 'HOURS',
        limit: 72,
        used: 72,
        reachedOn: '2023-09-04',
      },
    ]);
  });

  it('caps gap care at 60 hours per recipient', async () => {
    const rid = await receivingRecipient(2, '450102-1000002');
    for (const [k, day, hours] of [
      [1, '2023-09-01', 24],
      [2, '2023-09-10', 24],
    ] as const)
      expect((await visit(`${P}-gap${k}`, rid, day, hours, 'GAP_CARE')).errors).toBeUndefined();
    const over = await visit(`${P}-gap-over`, rid, '2023-11-20', 12.5, 'GAP_CARE');
    expect(over.errors?.[0]?.extensions).toMatchObject({ reason: 'CAP_EXCEEDED', cap: 'GAP_60H_PER_RECIPIENT', remainingHours: 12 });
    expect((await visit(`${P}-gap3`, rid, '2023-11-20', 12, 'GAP_CARE')).errors).toBeUndefined();
    const usage = await ok<{ careCapUsage: { cap: string; used: number; remaining: number }[] }>(USAGE, { id: rid, on: '2023-11-30' });
    expect(usage.careCapUsage.find((u) => u.cap === 'GAP_60H_PER_RECIPIENT')).toMatchObject({ used: 60, remaining: 0 });
  });

  it('records visits only while the recipient is RECEIVING', async () => {
    const r = await visit(`${P}-early`, 'jb-rcp-0001', '2023-07-31', 3);
    // jb-rcp-0001 was identified on 2023-08-01: a visit before that is refused.
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const id = `${P}-rcp-idle`;
    await ok(REGISTER, {
      input: {
        id,
        district: '장수군',
        name: '시험대기',
        birthDate: '1944-02-02',
        residentRegistrationNumber: '440202-2000003',
        household: 'OTHER',
        eligibilityReasons: ['RURAL_BLIND_SPOT'],
        identifiedOn: '2023-08-28',
      },
    });
    const idle = await visit(`${P}-idle`, id, '2023-09-01', 3);
    expect(idle.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_RECEIVING', status: 'IDENTIFIED' });
  });
});

describe('돌봄SOS requests', () => {
  const REQUEST = `query($id: ID!) { careRequest(id: $id) { id status channel referralId requestedServices district { name } agency { id } outcome resolvedOn } }`;

  it('walks RECEIVED → ASSESSED → PLANNED → RESOLVED, refuses SERVED before a plan, and publishes the contracts', async () => {
    const id = `${P}-req-1`;
    await ok(`mutation($i: ReceiveCareRequestInput!) { receiveCareRequest(input: $i) { id } }`, {
      i: {
        id,
        district: '노원구',
        channel: 'CALL_CENTRE',
        requestedServices: ['MEAL_SUPPORT', 'WELLBEING_CHECK'],
        receivedOn: '2019-10-01',
      },
    });
    const early = await gql(`mutation { resolveCareRequest(id: "${id}", outcome: SERVED, resolvedOn: "2019-10-02") { status } }`);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    await ok(
      `mutation { assessCareRequest(id: "${id}", input: { assessedOn: "2019-10-02", eligible: true, assessedServices: [MEAL_SUPPORT] }) { status } }`,
    );
    await ok(
      `mutation { planCareRequest(id: "${id}", input: { plannedOn: "2019-10-03", services: [MEAL_SUPPORT], facilityId: "seoul-hcc-nowon", sessions: 10 }) { status } }`,
    );
    await ok(`mutation { resolveCareRequest(id: "${id}", outcome: SERVED, resolvedOn: "2019-10-31") { status } }`);
    const r = await ok<{ careRequest: Record<string, unknown> }>(REQUEST, { id });
    expect(r.careRequest).toMatchObject({
      status: 'RESOLVED',
      outcome: 'SERVED',
      agency: { id: 'seoul-pass' },
      district: { name: '노원구' },
    });

    const events = payloads(
      await readTopic('care-services.care-request', (ms) => payloads(ms).some((p) => p['requestId'] === id && 'outcome' in p)),
    );
    expect(events.filter((p) => p['requestId'] === id)).toEqual([
      {
        requestId: id,
        agencyId: 'seoul-pass',
        district: '노원구',
        channel: 'CALL_CENTRE',
        requestedServices: ['MEAL_SUPPORT', 'WELLBEING_CHECK'],
        referralId: null,
        recipientId: null,
        receivedOn: '2019-10-01',
      },
      { requestId: id, referralId: null, recipientId: null, outcome: 'SERVED', reason: null, resolvedOn: '2019-10-31' },
    ]);
  });

  it('opens one REFERRAL request per outreach referral to care-services and ignores referrals to other agencies', async () => {
    const referral = (referralId: string, target: string, requestedServices: string[]) => ({
      key: referralId,
      value: JSON.stringify({
        referralId,
        householdId: `${P}-hh`,
        caseId: null,
        visitId: null,
        district: '강서구',
        target,
        targetAgencyName: target === 'OTHER_AGENCY' ? '강서구 보건소' : null,
        needs: ['CARE', 'MEALS'],
        requestedServices,
        referredOn: '2019-11-04',
      }),
      headers: {
        ce_specversion: '1.0',
        ce_id: randomUUID(),
        ce_source: '/pass-graph/outreach',
        ce_type: 'pass.outreach.ReferralMade.v1',
        ce_time: new Date().toISOString(),
        ce_subject: referralId,
        'content-type': 'application/json',
      },
    });
    const mine = `${P}-ref-1`;
    const other = `${P}-ref-2`;
    const producer = kafka().producer();
    await producer.connect();
    const message = referral(mine, 'CARE_SERVICES', []);
    await producer.send({ topic: topic('outreach.referral'), messages: [referral(other, 'OTHER_AGENCY', []), message] });
    // Redelivered, and republished under a new event id: still one request.
    await producer.send({ topic: topic('outreach.referral'), messages: [message] });
    await producer.send({
      topic: topic('outreach.referral'),
      messages: [{ ...message, headers: { ...message.headers, ce_id: randomUUID() } }],
    });
    await producer.disconnect();

    const opened = await eventually('the referral request', async () => {
      const r = await ok<{ careRequest: Record<string, unknown> | null }>(REQUEST, { id: `referral-${mine}` });
      return r.careRequest;
    });
    // No services named: the needs CARE and MEALS map to 일시재가 and 식사지원.
    expect(opened).toMatchObject({
      status: 'RECEIVED',
      channel: 'REFERRAL',
      referralId: mine,
      requestedServices: ['TEMPORARY_HOME_CARE', 'MEAL_SUPPORT'],
      agency: { id: 'seoul-pass' },
    });
    await settled();
    const all = await ok<{ careRequests: { nodes: { referralId: string | null }[] } }>(
      `{ careRequests(first: 100, channel: REFERRAL, district: "강서구") { nodes { referralId } } }`,
    );
    expect(all.careRequests.nodes.filter((n) => n.referralId === mine)).toHaveLength(1);
    expect(all.careRequests.nodes.filter((n) => n.referralId === other)).toHaveLength(0);
    const received = payloads(await readTopic('care-services.care-request', (ms) => payloads(ms).some((p) => p['referralId'] === mine)));
    expect(received.filter((p) => p['referralId'] === mine)).toHaveLength(1);
    const dead = await readAll('dlq.care-services');
    expect(dead.filter((m) => [mine, other].includes(m.key?.toString() ?? ''))).toEqual([]);
  });
});

describe('2019 돌봄SOS volumes (seed 004): one copy, in outreach', () => {
  it('care-services holds no seed-004 table; outreach serves its figures (the 돌봄SOS column with DQ-004-1/3)', async () => {
    const here = await ok<{ sosVolumeReports: { id: string }[] }>(`{ sosVolumeReports { id } }`);
    expect(here.sosVolumeReports.map((r) => r.id)).not.toEqual(expect.arrayContaining(['seoul-sos-2019-daily-convenience']));
    expect(here.sosVolumeReports.map((r) => r.id)).not.toEqual(expect.arrayContaining(['seoul-sos-2019-to-nov']));
    const there = await ok<{ nanumBanjangProgramme: { sosCentreColumn: Record<string, unknown> } }>(
      `{ nanumBanjangProgramme { sosCentreColumn { totalCount reportedTotalCount noteTotalCount totalAmountKRW reportedTotalAmountKRW } } }`,
    );
    expect(there.nanumBanjangProgramme.sosCentreColumn).toEqual({
      totalCount: 8_627,
      reportedTotalCount: 8_627,
      noteTotalCount: 8_629,
      totalAmountKRW: 1_342_656_000,
      reportedTotalAmountKRW: 1_342_853_000,
    });
  });
});

describe('facilities by district and type', () => {
  const FACILITIES = `query($type: FacilityType, $district: String) { facilities(first: 100, type: $type, district: $district) {
    nodes { id name type centreModel district { name } services capacity status } } }`;
  type Node = {
    id: string;
    type: string;
    centreModel: string | null;
    district: { name: string };
    services: string[];
    capacity: number | null;
  };

  it('lists the five 2019 Seoul 종합재가센터 with their model and services (000 L587–668), filtered by type and district', async () => {
    const all = await ok<{ facilities: { nodes: Node[] } }>(FACILITIES, { type: 'HOME_CARE_CENTRE' });
    expect(all.facilities.nodes.every((n) => n.type === 'HOME_CARE_CENTRE')).toBe(true);
    const seoul = Object.fromEntries(
      all.facilities.nodes.filter((n) => n.id.startsWith('seoul-hcc-')).map((n) => [n.district.name, [n.centreModel, n.services]]),
    );
    expect(seoul).toEqual({
      성동구: ['EXTENDED', ['HOME_CARE', 'EMERGENCY_CARE', 'DISABILITY_ACTIVITY_SUPPORT', 'HOME_NURSING']],
      은평구: ['BASIC', ['HOME_CARE', 'EMERGENCY_CARE']],
      강서구: ['BASIC', ['HOME_CARE', 'EMERGENCY_CARE']],
      노원구: ['EXTENDED', ['HOME_CARE', 'EMERGENCY_CARE', 'DISABILITY_ACTIVITY_SUPPORT']],
      마포구: ['DAY_VISIT', ['HOME_NURSING', 'EMERGENCY_CARE', 'DAY_NIGHT_CARE']],
    });
    const mapo = await ok<{ facilities: { nodes: Node[] } }>(FACILITIES, { type: 'HOME_CARE_CENTRE', district: '마포구' });
    expect(mapo.facilities.nodes.map((n) => n.id)).toContain('seoul-hcc-mapo');
    expect(mapo.facilities.nodes.every((n) => n.district.name === '마포구' && n.type === 'HOME_CARE_CENTRE')).toBe(true);
    const none = await ok<{ facilities: { nodes: Node[] } }>(FACILITIES, { type: 'PUBLIC_DAYCARE_CENTRE', district: '마포구' });
    expect(none.facilities.nodes.map((n) => n.id)).not.toContain('seoul-hcc-mapo');
  });
});
