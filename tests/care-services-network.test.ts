/**
 * 전북형 돌봄체계 and the care-partner network (seed 003 §3.4, C2 and C6): hub care offices against
 * the pilot's targets, the 1522-0365 call centre's consultation log, and 돌봄파트너 협약 with
 * consulting's providers (a federated ProviderOrganization).
 */
import { gql, ok } from './support/client';

const P = 'care-services-network';

describe('hub care offices (거점 행복돌봄사무소)', () => {
  const REGISTER = `mutation($input: RegisterHubCareOfficeInput!) { registerHubCareOffice(input: $input) { id agency { id } district { name } services } }`;
  const REPORT = `mutation($id: ID!, $year: Int!, $n: Int!) { reportHubCareOfficeYear(id: $id, year: $year, peopleSupported: $n) { yearly { year peopleSupported } } }`;
  const PROGRESS = `query($year: Int!) { hubCareOfficeProgress(year: $year) {
    year officesTarget officesOpen peoplePerOfficeTarget peopleTarget peopleSupported officesMeetingTarget } }`;
  const office = (id: string, district: string, openedOn: string) => ({
    input: { id, name: `${district} 행복돌봄사무소`, district, openedOn, services: ['HOME_EMERGENCY_CARE', 'CARE_COUPONS'] },
  });

  it('opens one office per 시군 under the district’s agency and reports the year against 1 office × 50 people (2023)', async () => {
    const r = await ok<{ registerHubCareOffice: Record<string, unknown> }>(REGISTER, office(`${P}-hub-1`, '고창군', '2023-05-02'));
    expect(r.registerHubCareOffice).toEqual({
      id: `${P}-hub-1`,
      agency: { id: 'jeonbuk-pass' },
      district: { name: '고창군' },
      services: ['HOME_EMERGENCY_CARE', 'CARE_COUPONS'],
    });
    const again = await gql(REGISTER, office(`${P}-hub-2`, '고창군', '2023-06-01'));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OFFICE_IN_DISTRICT', id: `${P}-hub-1` });

    expect((await ok(PROGRESS, { year: 2023 })).hubCareOfficeProgress).toEqual({
      year: 2023,
      officesTarget: 1,
      officesOpen: 1,
      peoplePerOfficeTarget: 50,
      peopleTarget: 50,
      peopleSupported: 0,
      officesMeetingTarget: 0,
    });
    await ok(REPORT, { id: `${P}-hub-1`, year: 2023, n: 30 });
    const replaced = await ok<{ reportHubCareOfficeYear: { yearly: unknown[] } }>(REPORT, { id: `${P}-hub-1`, year: 2023, n: 54 });
    expect(replaced.reportHubCareOfficeYear.yearly).toEqual([{ year: 2023, peopleSupported: 54 }]);
    expect((await ok(PROGRESS, { year: 2023 })).hubCareOfficeProgress).toMatchObject({ peopleSupported: 54, officesMeetingTarget: 1 });
    expect((await ok(PROGRESS, { year: 2024 })).hubCareOfficeProgress).toMatchObject({
      officesTarget: 5,
      peopleTarget: 500,
      officesOpen: 1,
    });
  });

  it('refuses an office before the 2023 pilot, an unknown district, and a report before opening; nothing is written', async () => {
    const early = await gql(REGISTER, office(`${P}-hub-early`, '부안군', '2022-12-31'));
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'openedOn' });
    const nowhere = await gql(REGISTER, office(`${P}-hub-nowhere`, '가상군', '2023-05-02'));
    expect(nowhere.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const offices = await ok<{ hubCareOffices: { id: string }[] }>(`{ hubCareOffices { id } }`);
    expect(offices.hubCareOffices.map((o) => o.id)).not.toEqual(expect.arrayContaining([`${P}-hub-early`, `${P}-hub-nowhere`]));
    const before = await gql(REPORT, { id: `${P}-hub-1`, year: 2022, n: 5 });
    expect(before.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect((await gql(REPORT, { id: `${P}-nobody`, year: 2023, n: 5 })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('call centre 1522-0365 (돌봄종합정보상담)', () => {
  const LOG = `mutation($input: CallCentreConsultationInput!) { recordCallCentreConsultation(input: $input) {
    id line receivedOn outcome request { id channel } agency { id } } }`;
  const STATS = `query($from: Date!, $to: Date!) { callCentreStatistics(from: $from, to: $to) {
    line consultations byOutcome { outcome consultations } byTopic { serviceType consultations } byDistrict { district { name } consultations } } }`;

  it('logs consultations in opening hours, links the request one opened, and counts them', async () => {
    const unknown = await gql(LOG, {
      input: {
        id: `${P}-call-1`,
        receivedAt: '2023-09-04T01:30:00Z',
        district: '남원시',
        topics: ['MEAL_SUPPORT'],
        outcome: 'CARE_REQUEST_OPENED',
        requestId: `${P}-req-none`,
      },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    await ok(`mutation($input: ReceiveCareRequestInput!) { receiveCareRequest(input: $input) { id } }`, {
      input: {
        id: `${P}-req-2023`,
        district: '남원시',
        channel: 'CALL_CENTRE',
        requestedServices: ['MEAL_SUPPORT'],
        receivedOn: '2023-09-04',
      },
    });
    // 2023-09-04 is a Monday: 10:30 and 17:30 Seoul time.
    const logged = await ok<{ recordCallCentreConsultation: Record<string, unknown> }>(LOG, {
      input: {
        id: `${P}-call-1`,
        receivedAt: '2023-09-04T01:30:00Z',
        district: '남원시',
        topics: ['MEAL_SUPPORT'],
        outcome: 'CARE_REQUEST_OPENED',
        requestId: `${P}-req-2023`,
      },
    });
    expect(logged.recordCallCentreConsultation).toEqual({
      id: `${P}-call-1`,
      line: '1522-0365',
      receivedOn: '2023-09-04',
      outcome: 'CARE_REQUEST_OPENED',
      request: { id: `${P}-req-2023`, channel: 'CALL_CENTRE' },
      agency: { id: 'jeonbuk-pass' },
    });
    await ok(LOG, {
      input: {
        id: `${P}-call-2`,
        receivedAt: '2023-09-04T08:30:00Z',
        district: '전주시',
        topics: ['INFORMATION_COUNSELLING', 'MEAL_SUPPORT'],
        outcome: 'INFORMATION_GIVEN',
      },
    });
    const stats = await ok<{ callCentreStatistics: Record<string, unknown> }>(STATS, { from: '2023-09-04', to: '2023-09-04' });
    expect(stats.callCentreStatistics).toEqual({
      line: '1522-0365',
      consultations: 2,
      byOutcome: [
        { outcome: 'CARE_REQUEST_OPENED', consultations: 1 },
        { outcome: 'INFORMATION_GIVEN', consultations: 1 },
      ],
      byTopic: [
        { serviceType: 'INFORMATION_COUNSELLING', consultations: 1 },
        { serviceType: 'MEAL_SUPPORT', consultations: 2 },
      ],
      byDistrict: [
        { district: { name: '남원시' }, consultations: 1 },
        { district: { name: '전주시' }, consultations: 1 },
      ],
    });
  });

  it('refuses a call outside weekdays 09:00–18:00, a request not received by the call centre, and a request named without one opened', async () => {
    const base = { id: `${P}-call-bad`, district: '전주시', topics: ['MEAL_SUPPORT'], outcome: 'INFORMATION_GIVEN' };
    const evening = await gql(LOG, { input: { ...base, receivedAt: '2023-09-04T09:30:00Z' } }); // 18:30
    expect(evening.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedAt' });
    const sunday = await gql(LOG, { input: { ...base, receivedAt: '2023-09-03T02:00:00Z' } });
    expect(sunday.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedAt' });
    const named = await gql(LOG, { input: { ...base, receivedAt: '2023-09-04T02:00:00Z', requestId: 'seoul-sos-req-0001' } });
    expect(named.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestId' });
    const notCallCentre = await gql(LOG, {
      input: { ...base, receivedAt: '2023-09-04T02:00:00Z', outcome: 'CARE_REQUEST_OPENED', requestId: 'seoul-sos-req-0003' },
    });
    expect(notCallCentre.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestId' });
    const stats = await ok<{ callCentreStatistics: { consultations: number } }>(
      `{ callCentreStatistics(from: "2023-09-03", to: "2023-09-03") { consultations } }`,
    );
    expect(stats.callCentreStatistics.consultations).toBe(0);
  });
});

describe('care-partner agreements (돌봄파트너 협약)', () => {
  const SIGN = `mutation($input: CarePartnerAgreementInput!) { signCarePartnerAgreement(input: $input) { id providerType partner { id name } } }`;
  const PROGRESS = `query($a: ID!, $y: Int!) { carePartnerProgress(agencyId: $a, year: $y) {
    agency { id } year target signed meetsTarget byProviderType { providerType agreements } agreements { id signedOn } } }`;

  it('signs with a provider of consulting’s registry (resolved through the gateway), once per provider, against 5 a year', async () => {
    const signed = await ok<{ signCarePartnerAgreement: Record<string, unknown> }>(SIGN, {
      input: { id: `${P}-mou-1`, agencyId: 'jeonbuk-pass', providerId: 'jb-provider-jeonju-01', signedOn: '2023-02-15' },
    });
    expect(signed.signCarePartnerAgreement).toEqual({
      id: `${P}-mou-1`,
      providerType: 'LONG_TERM_CARE_PROVIDER',
      partner: { id: 'jb-provider-jeonju-01', name: '전주 재가기관 01' },
    });
    const twice = await gql(SIGN, {
      input: { id: `${P}-mou-2`, agencyId: 'jeonbuk-pass', providerId: 'jb-provider-jeonju-01', signedOn: '2023-04-12' },
    });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_AGREEMENT', id: `${P}-mou-1` });
    expect((await ok(PROGRESS, { a: 'jeonbuk-pass', y: 2023 })).carePartnerProgress).toEqual({
      agency: { id: 'jeonbuk-pass' },
      year: 2023,
      target: 5,
      signed: 1,
      meetsTarget: false,
      byProviderType: [{ providerType: 'LONG_TERM_CARE_PROVIDER', agreements: 1 }],
      agreements: [{ id: `${P}-mou-1`, signedOn: '2023-02-15' }],
    });
  });

  it('refuses an unknown provider or agency with NOT_FOUND and writes nothing', async () => {
    const provider = await gql(SIGN, {
      input: { id: `${P}-mou-x`, agencyId: 'jeonbuk-pass', providerId: `${P}-nobody`, signedOn: '2023-02-15' },
    });
    expect(provider.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const agency = await gql(SIGN, {
      input: { id: `${P}-mou-y`, agencyId: `${P}-nobody`, providerId: 'jb-provider-jeonju-01', signedOn: '2023-02-15' },
    });
    expect(agency.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const progress = await ok<{ carePartnerProgress: { agreements: { id: string }[] } }>(PROGRESS, { a: 'jeonbuk-pass', y: 2023 });
    expect(progress.carePartnerProgress.agreements.map((a) => a.id)).not.toContain(`${P}-mou-x`);
  });
});
