/**
 * Quality of care (003 §C3/C4): satisfaction scores computed as element mean × 70% + overall × 30%
 * against the 80 / 90 (rural) targets, and complaints through their five stages to resolution.
 */
import { gql, ok, readTopic } from './support/client';

const P = 'care-services-quality';

describe('satisfaction surveys', () => {
  const SURVEYS = `{ facility(id: "jeonbuk-hcc-jeonbuk") { satisfactionSurveys { respondentGroup respondents score target meetsTarget } }
    careSatisfactionSurveys(facilityId: "jeonbuk-hcc-jangsu", year: 2023) { rural overall score target meetsTarget } }`;
  type Surveys = {
    facility: {
      satisfactionSurveys: { respondentGroup: string; respondents: number; score: number; target: number; meetsTarget: boolean }[];
    };
    careSatisfactionSurveys: { rural: boolean; overall: number; score: number; target: number; meetsTarget: boolean }[];
  };

  it('scores the fixture surveys by the plan’s formula against its targets', async () => {
    const d = await ok<Surveys>(SURVEYS);
    const byGroup = Object.fromEntries(d.facility.satisfactionSurveys.map((s) => [s.respondentGroup, s]));
    // Users (100 a year, 003 L3765): mean(86, 84, 92, 81, 83, 80) = 84.33; × 0.7 + 85 × 0.3 = 84.53 → 84.5 ≥ 80.
    expect(byGroup['USERS']).toEqual({ respondentGroup: 'USERS', respondents: 100, score: 84.5, target: 80, meetsTarget: true });
    // Care workers (25 a year, 003 L3766): mean(78, 82, 80, 74, 76, 72) = 77; × 0.7 + 75 × 0.3 = 76.4 < 80.
    expect(byGroup['CARE_WORKERS']).toEqual({
      respondentGroup: 'CARE_WORKERS',
      respondents: 25,
      score: 76.4,
      target: 80,
      meetsTarget: false,
    });
    // Rural care (target 90, 003 L3848): mean(90, 88, 95, 86, 89, 88) = 89.33; × 0.7 + 91 × 0.3 = 89.83 → 89.8 < 90.
    expect(d.careSatisfactionSurveys).toEqual([{ rural: true, overall: 91, score: 89.8, target: 90, meetsTarget: false }]);
  });

  it('takes one survey per facility, year and group, with scores from 0 to 100', async () => {
    const input = {
      facilityId: 'jeonbuk-hcc-jeonbuk',
      year: 2023,
      respondentGroup: 'USERS',
      respondents: 100,
      elements: { timeliness: 80, expertise: 80, courtesy: 80, information: 80, responsiveness: 80, needsMet: 80 },
      overall: 80,
      conductedOn: '2023-09-01',
    };
    const M = `mutation($i: CareSatisfactionSurveyInput!) { recordCareSatisfactionSurvey(input: $i) { score } }`;
    expect((await gql(M, { i: input })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const bad = await gql(M, { i: { ...input, year: 2022, conductedOn: '2022-09-01', overall: 101 } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'overall' });
  });
});

describe('complaints', () => {
  const M = `mutation($id: ID!, $stage: ComplaintStage!, $on: Date!) { advanceComplaint(id: $id, stage: $stage, on: $on) { stage resolvedOn } }`;

  it('reports the fixture complaints by stage and age', async () => {
    const d = await ok<{
      complaint: { stage: string; ageDays: number; history: { stage: string }[] };
      complaintsByStage: { stage: string; count: number; oldestAgeDays: number | null }[];
    }>(
      `{ complaint(id: "jb-cmp-0001") { stage ageDays history { stage } }
         complaintsByStage(facilityId: "jeonbuk-hcc-jangsu", asOf: "2023-10-31") { stage count oldestAgeDays } }`,
    );
    // Received 09-04, resolved 09-29: 25 days, whatever today is.
    expect(d.complaint).toMatchObject({ stage: 'RESOLVED', ageDays: 25 });
    expect(d.complaint.history.map((h) => h.stage)).toEqual([
      'RECEIVED',
      'ANALYSED',
      'ACTION_TAKEN',
      'RESULT_COMMUNICATED',
      'AFTERCARE',
      'RESOLVED',
    ]);
    const analysed = d.complaintsByStage.find((s) => s.stage === 'ANALYSED');
    expect(analysed).toMatchObject({ count: 1, oldestAgeDays: 21 });
  });

  it('walks the five stages to RESOLVED, refuses skipping one, and publishes the time to resolve', async () => {
    const id = `${P}-cmp-1`;
    await ok(
      `mutation { receiveComplaint(input: { id: "${id}", facilityId: "seoul-hcc-eunpyeong", channel: EMAIL, receivedOn: "2019-10-01" }) { id } }`,
    );
    const skip = await gql(M, { id, stage: 'ACTION_TAKEN', on: '2019-10-02' });
    expect(skip.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
      from: 'RECEIVED',
      to: 'ACTION_TAKEN',
    });
    for (const [stage, on] of [
      ['ANALYSED', '2019-10-02'],
      ['ACTION_TAKEN', '2019-10-07'],
      ['RESULT_COMMUNICATED', '2019-10-08'],
      ['AFTERCARE', '2019-10-10'],
      ['RESOLVED', '2019-10-15'],
    ])
      expect((await ok<{ advanceComplaint: { stage: string } }>(M, { id, stage, on })).advanceComplaint.stage).toBe(stage);
    const again = await gql(M, { id, stage: 'RESOLVED', on: '2019-10-16' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'INVALID_TRANSITION' });

    const events = await readTopic('care-services.complaint', (ms) =>
      ms.some((m) => m.key?.toString() === id && m.value?.toString().includes('daysToResolve')),
    );
    const mine = events.filter((m) => m.key?.toString() === id).map((m) => JSON.parse(m.value!.toString()) as Record<string, unknown>);
    expect(mine).toEqual([
      { complaintId: id, facilityId: 'seoul-hcc-eunpyeong', agencyId: 'seoul-pass', channel: 'EMAIL', receivedOn: '2019-10-01' },
      {
        complaintId: id,
        facilityId: 'seoul-hcc-eunpyeong',
        agencyId: 'seoul-pass',
        receivedOn: '2019-10-01',
        resolvedOn: '2019-10-15',
        daysToResolve: 14,
      },
    ]);
  });
});

describe('facility monitoring and organisational diagnosis', () => {
  const OPEN = `mutation($i: OpenDiagnosisInput!) { openOrganizationalDiagnosis(input: $i) { id status facility { id } } }`;

  it('counts monitorings against the 2023 target of 24 (16 in person + 8 remote)', async () => {
    const d = await ok<{ monitoringProgress: Record<string, number> }>(
      `{ monitoringProgress(year: 2023) { inPersonTarget remoteTarget target total } }`,
    );
    expect(d.monitoringProgress).toMatchObject({ inPersonTarget: 16, remoteTarget: 8, target: 24 });
    expect(d.monitoringProgress['total']).toBeGreaterThanOrEqual(2);
  });

  it('escalates a monitoring to one diagnosis and completes it with an innovation strategy', async () => {
    const mid = `${P}-mon-1`;
    await ok(
      `mutation { recordFacilityMonitoring(input: { id: "${mid}", facilityId: "seoul-hcc-gangseo", mode: IN_PERSON, monitoredOn: "2019-11-05", staffInterviewed: 5, needsDiagnosis: true }) { id } }`,
    );
    const opened = await ok<{ openOrganizationalDiagnosis: { id: string; status: string; facility: { id: string } } }>(OPEN, {
      i: { id: `${P}-diag-1`, monitoringId: mid, trigger: 'MONITORING', scope: 'WHOLE_FACILITY', startedOn: '2019-11-11' },
    });
    // The facility comes from the monitoring.
    expect(opened.openOrganizationalDiagnosis).toEqual({ id: `${P}-diag-1`, status: 'IN_PROGRESS', facility: { id: 'seoul-hcc-gangseo' } });
    const twice = await gql(OPEN, {
      i: { id: `${P}-diag-2`, monitoringId: mid, trigger: 'MONITORING', scope: 'SPECIFIC_ISSUE', startedOn: '2019-11-12' },
    });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ESCALATED', id: `${P}-diag-1` });
    const done = await ok<{ completeOrganizationalDiagnosis: { status: string; measures: string[] } }>(
      `mutation { completeOrganizationalDiagnosis(id: "${P}-diag-1", completedOn: "2019-12-20", measures: [REORGANISATION, CAPACITY_TRAINING]) { status measures } }`,
    );
    expect(done.completeOrganizationalDiagnosis).toEqual({ status: 'COMPLETED', measures: ['REORGANISATION', 'CAPACITY_TRAINING'] });
    const again = await gql(
      `mutation { completeOrganizationalDiagnosis(id: "${P}-diag-1", completedOn: "2019-12-21", measures: [REORGANISATION]) { status } }`,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'INVALID_TRANSITION' });
    const m = await ok<{ facilityMonitorings: { id: string; diagnosis: { id: string; status: string } | null }[] }>(
      `{ facilityMonitorings(facilityId: "seoul-hcc-gangseo", year: 2019) { id diagnosis { id status } } }`,
    );
    expect(m.facilityMonitorings).toEqual([{ id: mid, diagnosis: { id: `${P}-diag-1`, status: 'COMPLETED' } }]);
  });
});
