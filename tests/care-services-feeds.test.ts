/**
 * What care-services keeps of staffing's and outreach's events: the emergency-care pool a visit's
 * workers are checked against, substitute dispatches as a facility's coverage, and discovered needs
 * as expected 돌봄SOS demand (no request opened).
 */
import { randomUUID } from 'node:crypto';
import { eventually, gql, kafka, ok, readAll, readTopic, topic } from './support/client';
import { settled } from './support/settled';

const P = 'care-services-feeds';

const REGISTER = `mutation($input: RegisterCareRecipientInput!) { registerCareRecipient(input: $input) { id } }`;
const MOVE = `mutation($id: ID!, $s: CareRecipientStatus!, $on: Date!) { moveCareRecipient(id: $id, status: $s, on: $on) { status } }`;
const VISIT = `mutation($input: RecordCareVisitInput!) { recordCareVisit(input: $input) { id workers { id } } }`;
const COVERAGE = `query($id: ID!, $year: Int!, $month: Int) { facility(id: $id) { substituteCoverage(year: $year, month: $month) {
  year month requested confirmed dispatched completed cancelled daysCovered daysScheduled } } }`;
const DEMAND = `query($year: Int!, $district: String) { careDemandByDistrict(year: $year, district: $district) {
  district { name } year visits households byService { serviceType households } referralRequests } }`;

const envelope = (type: string, source: string, key: string, data: Record<string, unknown>, id = randomUUID()) => ({
  key,
  value: JSON.stringify(data),
  headers: {
    ce_specversion: '1.0',
    ce_id: id,
    ce_source: `/pass-graph/${source}`,
    ce_type: type,
    ce_time: new Date().toISOString(),
    ce_subject: key,
    'content-type': 'application/json',
  },
});

async function send(topicName: string, messages: ReturnType<typeof envelope>[]): Promise<void> {
  const producer = kafka().producer();
  await producer.connect();
  await producer.send({ topic: topic(topicName), messages });
  await producer.disconnect();
}

describe("a visit's workers are staffing's emergency-care pool", () => {
  const rid = `${P}-rcp-1`;

  beforeAll(async () => {
    await ok(REGISTER, {
      input: {
        id: rid,
        facilityId: 'jeonbuk-hcc-jeonbuk',
        district: '전주시',
        name: '시험풀',
        birthDate: '1944-02-02',
        residentRegistrationNumber: '440202-1000009',
        household: 'LIVING_ALONE',
        eligibilityReasons: ['SUDDEN_CRISIS'],
        identifiedOn: '2023-09-01',
      },
    });
    for (const [s, on] of [
      ['SCREENED', '2023-09-02'],
      ['SELECTED', '2023-09-03'],
      ['RECEIVING', '2023-09-04'],
    ])
      await ok(MOVE, { id: rid, s, on });
  });

  const visit = (id: string, workerIds: string[]) =>
    gql<{ recordCareVisit: { workers: { id: string }[] } }>(VISIT, {
      input: {
        id,
        recipientId: rid,
        workerIds,
        serviceType: 'EMERGENCY_CARE',
        activities: ['HOUSEWORK'],
        deliveredOn: '2023-09-05',
        hours: 3,
      },
    });

  it('records a visit by a pool worker covering the recipient’s district (jb-ecw-01: 전주시, 군산시)', async () => {
    const r = await visit(`${P}-v-ok`, ['jb-ecw-01']);
    expect(r.errors).toBeUndefined();
    expect(r.data?.recordCareVisit.workers).toEqual([{ id: 'jb-ecw-01' }]);
  });

  it('refuses a worker outside the pool with NOT_FOUND and writes nothing', async () => {
    const r = await visit(`${P}-v-unknown`, ['jb-ecw-01', `${P}-nobody`]);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await ok<{ careVisit: unknown }>(`{ careVisit(id: "${P}-v-unknown") { id } }`)).careVisit).toBeNull();
  });

  it('refuses a pool worker who does not cover the district (jb-ecw-10: 장수군, 임실군) with CONFLICT', async () => {
    const r = await visit(`${P}-v-far`, ['jb-ecw-10']);
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'WORKER_NOT_ELIGIBLE',
      workerId: 'jb-ecw-10',
      district: '전주시',
    });
    expect((await ok<{ careVisit: unknown }>(`{ careVisit(id: "${P}-v-far") { id } }`)).careVisit).toBeNull();
  });

  it('accepts a worker who joined the pool after care-services started, once the registration is consumed', async () => {
    const workerId = `${P}-ecw-new`;
    await send('staffing.emergency-care-worker', [
      envelope('pass.staffing.EmergencyCareWorkerRegistered.v1', 'staffing', workerId, {
        workerId,
        districts: ['전주시'],
        available: true,
      }),
    ]);
    const r = await eventually('the new worker in the pool', async () => {
      const res = await visit(`${P}-v-new`, [workerId]);
      return res.errors ? null : res;
    });
    expect(r.data?.recordCareVisit.workers).toEqual([{ id: workerId }]);
  });
});

interface Dispatch {
  status: string;
  startDate: string;
  days: number;
}

describe("staffing's substitute dispatches as a facility's coverage", () => {
  /** What staffing itself reports of the facility's dispatches: the coverage must agree with it. */
  async function staffingView(facilityId: string): Promise<Dispatch[]> {
    const r = await ok<{ substituteDispatches: { nodes: Dispatch[] } }>(
      `query($f: ID!) { substituteDispatches(first: 100, facilityId: $f) { nodes { status startDate days } } }`,
      { f: facilityId },
    );
    return r.substituteDispatches.nodes;
  }
  const expected = (ds: Dispatch[], prefix: string) => {
    const mine = ds.filter((d) => d.startDate.startsWith(prefix));
    const confirmed = mine.filter((d) => ['MATCHED', 'DISPATCHED', 'COMPLETED'].includes(d.status));
    return {
      requested: mine.length,
      confirmed: confirmed.length,
      dispatched: mine.filter((d) => d.status === 'DISPATCHED').length,
      completed: mine.filter((d) => d.status === 'COMPLETED').length,
      cancelled: mine.filter((d) => d.status === 'CANCELLED').length,
      daysCovered: mine.filter((d) => d.status === 'COMPLETED').reduce((n, d) => n + d.days, 0),
      daysScheduled: confirmed.filter((d) => d.status !== 'COMPLETED').reduce((n, d) => n + d.days, 0),
    };
  };

  it.each(['jeonbuk-hcc-jangsu', 'jeonbuk-hcc-jeonbuk', 'jeonbuk-family-jangsu', 'jeonbuk-elder-protection'])(
    'agrees with staffing on the seeded 2023 dispatches of %s, for the year and by month',
    async (facilityId) => {
      const ds = await staffingView(facilityId);
      expect(ds.length).toBeGreaterThan(0);
      const year = await ok<{ facility: { substituteCoverage: Record<string, unknown> } }>(COVERAGE, { id: facilityId, year: 2023 });
      expect(year.facility.substituteCoverage).toEqual({ year: 2023, month: null, ...expected(ds, '2023-') });
      for (const month of new Set(ds.map((d) => Number(d.startDate.slice(5, 7))))) {
        const m = await ok<{ facility: { substituteCoverage: Record<string, unknown> } }>(COVERAGE, { id: facilityId, year: 2023, month });
        expect(m.facility.substituteCoverage).toEqual({ year: 2023, month, ...expected(ds, `2023-${String(month).padStart(2, '0')}-`) });
      }
    },
  );

  it('applies a redelivered or reordered dispatch event once, and ignores dispatches to private providers', async () => {
    const facilityId = 'seoul-hcc-mapo';
    const dispatchId = `${P}-dsp-1`;
    const requested = envelope('pass.staffing.SubstituteDispatchRequested.v1', 'staffing', dispatchId, {
      dispatchId,
      facilityId,
      providerId: null,
      agencyId: 'seoul-pass',
      district: '마포구',
      absentRole: 'CARE_WORKER',
      reason: 'LEAVE',
      jobType: 'CARE',
      requestedOn: '2031-03-02',
      startDate: '2031-03-09',
      endDate: '2031-03-13',
      days: 5,
      dailyRateKRW: 76_960,
      costKRW: 384_800,
    });
    const matched = envelope('pass.staffing.SubstituteDispatchMatched.v1', 'staffing', dispatchId, {
      dispatchId,
      facilityId,
      workerId: 'jb-sub-01',
    });
    const toProvider = envelope('pass.staffing.SubstituteDispatchRequested.v1', 'staffing', `${P}-dsp-2`, {
      ...JSON.parse(requested.value),
      dispatchId: `${P}-dsp-2`,
      facilityId: null,
      providerId: 'some-provider',
    });
    // Matched before Requested, Requested twice under its id and once more under a new one.
    await send('staffing.substitute-dispatch', [matched, requested, requested, toProvider]);
    await send('staffing.substitute-dispatch', [{ ...requested, headers: { ...requested.headers, ce_id: randomUUID() } }]);
    const coverage = await eventually('the dispatch in the coverage', async () => {
      const r = await ok<{ facility: { substituteCoverage: { requested: number } } }>(COVERAGE, { id: facilityId, year: 2031 });
      return r.facility.substituteCoverage.requested > 0 && r.facility.substituteCoverage;
    });
    expect(coverage).toMatchObject({ requested: 1, confirmed: 1, completed: 0, daysCovered: 0, daysScheduled: 5 });
    await settled();
    const dead = await readAll('dlq.care-services');
    expect(dead.filter((m) => [dispatchId, `${P}-dsp-2`].includes(m.key?.toString() ?? ''))).toEqual([]);
  });

  it('refuses a month outside 1–12 and a year outside 2000–2100', async () => {
    for (const v of [{ year: 2023, month: 13 }, { year: 1999 }]) {
      const r = await gql(COVERAGE, { id: 'jeonbuk-hcc-jangsu', ...v });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });
});

describe("outreach's discovered needs as expected 돌봄SOS demand", () => {
  it('keeps each discovery once, maps needs to services per household, and opens no request', async () => {
    const district = '강서구';
    const found = (visitId: string, householdId: string, needs: string[]) =>
      envelope('pass.outreach.NeedsDiscovered.v1', 'outreach', visitId, {
        visitId,
        householdId,
        communityCentreId: `${P}-cc`,
        district,
        visitorRole: 'WELFARE_OFFICIAL',
        needs,
        discoveredOn: '2030-04-01',
      });
    const first = found(`${P}-ov-1`, `${P}-hh-1`, ['CARE', 'MEALS']);
    await send('outreach.outreach-visit', [
      first,
      first, // redelivered
      { ...first, headers: { ...first.headers, ce_id: randomUUID() } }, // republished
      found(`${P}-ov-2`, `${P}-hh-1`, ['CARE']),
      found(`${P}-ov-3`, `${P}-hh-2`, ['HOUSING']),
    ]);
    const demand = await eventually('the discoveries in the demand', async () => {
      const r = await ok<{ careDemandByDistrict: { visits: number }[] }>(DEMAND, { year: 2030, district });
      return r.careDemandByDistrict[0]?.visits === 3 && r.careDemandByDistrict;
    });
    expect(demand).toEqual([
      {
        district: { name: district },
        year: 2030,
        visits: 3,
        households: 2,
        byService: [
          { serviceType: 'HOUSING_CONVENIENCE', households: 1 },
          { serviceType: 'MEAL_SUPPORT', households: 1 },
          { serviceType: 'TEMPORARY_HOME_CARE', households: 1 },
        ],
        referralRequests: 0,
      },
    ]);
    const requests = await ok<{ careRequests: { nodes: { receivedOn: string }[] } }>(
      `{ careRequests(first: 100, district: "${district}") { nodes { receivedOn } } }`,
    );
    expect(requests.careRequests.nodes.filter((n) => n.receivedOn.startsWith('2030'))).toEqual([]);
  });

  it('refuses a malformed district', async () => {
    const r = await gql(DEMAND, { year: 2030, district: '' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
