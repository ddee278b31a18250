/**
 * The staffing subgraph through the gateway: headcount from fixtures, the dispatch rules and
 * lifecycle, the dispatch board, employees' training and evaluations, the emergency-care pool,
 * and schema-valid events on Kafka.
 */
import path from 'node:path';
import { EventCatalog } from '../packages/platform/src/events/catalog';
import { todayInSeoul } from '../packages/platform/src/validate';
import {
  DISPATCH_TARGET_2023,
  DISPATCHES,
  EMERGENCY_POOL,
  HEADCOUNT_TARGETS,
  SEOUL_2019_TABLE,
  STATUTORY_COURSES,
} from '../services/staffing/src/seed';
import { eventually, gql, header, ok, readTopic } from './support/client';

const catalog = EventCatalog.load(path.resolve(__dirname, '..', 'schemas', 'events'));

const REQUEST = `mutation($input: RequestSubstituteDispatchInput!) { requestSubstituteDispatch(input: $input) { id status jobType district agency { id } } }`;
const STEP = {
  match: `mutation($id: ID!) { matchSubstituteDispatch(id: $id, workerId: "jb-sub-03") { status } }`,
  start: `mutation($id: ID!) { startSubstituteDispatch(id: $id) { status } }`,
  complete: `mutation($id: ID!) { completeSubstituteDispatch(id: $id) { status } }`,
  cancel: `mutation($id: ID!) { cancelSubstituteDispatch(id: $id, reason: "test") { status } }`,
} as const;
type Step = keyof typeof STEP;

const base = {
  facilityId: 'jeonbuk-hcc-jangsu',
  absentRole: 'CARE_WORKER',
  reason: 'LEAVE',
  requestedOn: '2022-01-03',
  startDate: '2022-02-07',
  endDate: '2022-02-08',
  dailyRate: 76_960,
};

async function codeOf(query: string, variables: Record<string, unknown>): Promise<unknown> {
  const r = await gql(query, variables);
  return r.errors?.[0]?.extensions ?? null;
}

describe('headcount (정원/현원)', () => {
  it('re-aggregates the Seoul 2019 table: 정원 572, 현원 89, every row from the employees', async () => {
    const d = await ok<{
      headcountPlans: {
        rows: { jobFamily: string; grade: string; jobType: string | null; authorised: number; actual: number; vacancies: number }[];
        total: { authorised: number; actual: number; vacancies: number };
      };
    }>(
      `{ headcountPlans(agencyId: "seoul-pass", year: 2019) { rows { jobFamily grade jobType authorised actual vacancies } total { authorised actual vacancies } } }`,
    );
    expect(d.headcountPlans.total).toEqual({ authorised: 572, actual: 89, vacancies: 572 - 89 });
    for (const row of SEOUL_2019_TABLE) {
      const got = d.headcountPlans.rows.find((r) => r.jobFamily === row.jobFamily && r.grade === row.grade && r.jobType === row.jobType);
      expect(got).toEqual({ ...row, vacancies: row.authorised - row.actual });
    }
  });

  it('sums the expansion plan and keeps the printed 계 beside it', async () => {
    const d = await ok<{
      headcountTargets: {
        year: number;
        headquarters: number;
        affiliated: number;
        total: number;
        reportedTotal: number;
        matchesReported: boolean;
      }[];
    }>(`{ headcountTargets(agencyId: "seoul-pass") { year headquarters affiliated total reportedTotal matchesReported } }`);
    expect(d.headcountTargets.map((y) => [y.year, y.total, y.reportedTotal, y.matchesReported])).toEqual(
      HEADCOUNT_TARGETS.map((y) => [y.year, y.reportedTotal, y.reportedTotal, true]),
    );
    expect(d.headcountTargets[0]).toMatchObject({ headquarters: 22, affiliated: 550 }); // 본부 22, 소속기관 550 (000 L246)
  });

  it('moves 현원 with hires and departures, and publishes schema-valid employee events', async () => {
    const HEAD = `{ facility(id: "seoul-hcc-mapo") { headcount { authorised actual vacancies } staff { totalCount } } }`;
    type H = { facility: { headcount: { authorised: number; actual: number; vacancies: number }; staff: { totalCount: number } } };
    const before = await ok<H>(HEAD);
    await ok(`mutation($i: HireEmployeeInput!) { hireEmployee(input: $i) { id } }`, {
      i: {
        id: 'test-emp-mapo-1',
        alias: '시험 직원 1',
        agencyId: 'seoul-pass',
        facilityId: 'seoul-hcc-mapo',
        jobFamily: 'PROFESSIONAL_SERVICE',
        grade: 'DA',
        jobType: 'NURSE',
        employmentForm: 'FULL_TIME',
        payScheme: 'SKILL_BASED',
        hireRoute: 'SUCCESSION',
        hiredOn: '2019-11-04',
      },
    });
    const hired = await ok<H>(HEAD);
    expect(hired.facility.headcount.actual).toBe(before.facility.headcount.actual + 1);
    expect(hired.facility.staff.totalCount).toBe(before.facility.staff.totalCount + 1);
    // A hire at a facility another agency runs is refused.
    expect(
      await codeOf(`mutation($i: HireEmployeeInput!) { hireEmployee(input: $i) { id } }`, {
        i: {
          id: 'test-emp-x',
          alias: 'x',
          agencyId: 'jeonbuk-pass',
          facilityId: 'seoul-hcc-mapo',
          jobFamily: 'PROFESSIONAL_SERVICE',
          grade: 'DA',
          jobType: 'NURSE',
          employmentForm: 'FULL_TIME',
          payScheme: 'SKILL_BASED',
          hiredOn: '2019-11-04',
        },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'facilityId' });

    await ok(`mutation { recordEmployeeLeft(id: "test-emp-mapo-1", leftOn: "2019-12-15") { status } }`);
    const left = await ok<H>(HEAD);
    expect(left.facility.headcount.actual).toBe(before.facility.headcount.actual);
    expect(await codeOf(`mutation { recordEmployeeLeft(id: "test-emp-mapo-1", leftOn: "2019-12-20") { status } }`, {})).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
    });

    const messages = await readTopic('staffing.employee', (ms) =>
      ms.some((m) => header(m, 'ce_type') === 'pass.staffing.EmployeeLeft.v1' && m.key?.toString() === 'test-emp-mapo-1'),
    );
    const mine = messages.filter((m) => m.key?.toString() === 'test-emp-mapo-1').map((m) => header(m, 'ce_type'));
    expect(mine).toEqual(['pass.staffing.EmployeeHired.v1', 'pass.staffing.EmployeeLeft.v1']);
    for (const m of messages) expect(catalog.check(header(m, 'ce_type') ?? '', JSON.parse(m.value?.toString() ?? ''))).toBeNull();
  });
});

describe('HQ employees and governance org units', () => {
  it('resolve an employee’s 본부 team through governance, and refuse units of another agency', async () => {
    const d = await ok<{
      a: { orgUnit: { name: string; kind: string; parent: null } };
      b: { orgUnit: { name: string; parent: { name: string } } };
      c: { orgUnit: null };
    }>(
      `{ a: employee(id: "seoul-emp-0001") { orgUnit { name kind parent { name } } }
         b: employee(id: "seoul-emp-0003") { orgUnit { name parent { name } } }
         c: employee(id: "seoul-emp-0021") { orgUnit { name } } }`,
    );
    expect(d.a.orgUnit).toEqual({ name: '본부', kind: 'HEADQUARTERS', parent: null });
    expect(d.b.orgUnit).toEqual({ name: '기획예산팀', parent: { name: '기획관리실' } });
    expect(d.c.orgUnit).toBeNull(); // works at a facility
    const HIRE = `mutation($i: HireEmployeeInput!) { hireEmployee(input: $i) { id } }`;
    const hq = {
      id: 'test-emp-hq',
      alias: '시험 직원 본부',
      agencyId: 'seoul-pass',
      jobFamily: 'GENERAL_ADMINISTRATION',
      grade: 'GRADE_6',
      jobType: 'ADMINISTRATIVE',
      employmentForm: 'FULL_TIME',
      payScheme: 'ANNUAL_SALARY',
      hiredOn: '2020-01-02',
    };
    expect(await codeOf(HIRE, { i: { ...hq, orgUnitId: 'jeonbuk-pass-facility-support' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'orgUnitId',
    });
    expect(await codeOf(HIRE, { i: { ...hq, orgUnitId: 'seoul-pass-hq', facilityId: 'seoul-hcc-mapo' } })).toMatchObject({
      field: 'orgUnitId',
    });
    expect(await codeOf(HIRE, { i: { ...hq, orgUnitId: 'no-such-unit' } })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('training and evaluations', () => {
  const EMP = `{ employee(id: "seoul-emp-0021") { jobType trainingHours(year: 2019) trainingRecords { course { title category } } dueEvaluations(year: 2019) { kind dueOn done } } }`;

  it("shows the 성동 head's statutory training hours and which evaluations are done", async () => {
    const d = await ok<{
      employee: { jobType: string; trainingHours: number; trainingRecords: { course: { category: string } }[]; dueEvaluations: unknown[] };
    }>(EMP);
    expect(d.employee.jobType).toBe('FACILITY_HEAD');
    expect(d.employee.trainingHours).toBe(STATUTORY_COURSES.reduce((s, c) => s + c.hours, 0));
    expect(d.employee.trainingRecords.every((r) => r.course.category === 'STATUTORY')).toBe(true);
    expect(d.employee.dueEvaluations).toEqual([
      { kind: 'PROBATION', dueOn: '2019-10-01', done: true },
      { kind: 'ANNUAL', dueOn: '2019-12-31', done: true },
      { kind: 'FACILITY_HEAD', dueOn: '2019-12-31', done: false },
    ]);
  });

  it('refuses evaluations outside their window, twice, or for the wrong people', async () => {
    const EVAL = `mutation($i: RecordEvaluationInput!) { recordEvaluation(input: $i) { id } }`;
    const head = { employeeId: 'seoul-emp-0021', year: 2019 };
    expect(await codeOf(EVAL, { i: { ...head, kind: 'FACILITY_HEAD', evaluatedOn: '2019-10-15' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'evaluatedOn',
    });
    expect(await codeOf(EVAL, { i: { ...head, kind: 'ANNUAL', evaluatedOn: '2019-12-11' } })).toMatchObject({ code: 'CONFLICT' });
    expect(
      await codeOf(EVAL, { i: { employeeId: 'seoul-emp-0030', kind: 'FACILITY_HEAD', year: 2019, evaluatedOn: '2019-12-01' } }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'kind',
    });
    expect(await codeOf(EVAL, { i: { ...head, employeeId: 'no-such-employee', kind: 'ANNUAL', evaluatedOn: '2019-12-01' } })).toMatchObject(
      { code: 'NOT_FOUND' },
    );
  });

  it('lists the courses', async () => {
    const d = await ok<{ trainingCourses: { id: string; category: string }[] }>(`{ trainingCourses { id category } }`);
    expect(d.trainingCourses.filter((c) => c.category === 'STATUTORY').map((c) => c.id)).toEqual(
      expect.arrayContaining(STATUTORY_COURSES.map((c) => c.id)),
    );
  });

  it('refuses a second completion of a course in a year and hours that are not half hours', async () => {
    const TRAIN = `mutation($i: CompleteTrainingInput!) { completeTraining(input: $i) { id hours } }`;
    expect(await codeOf(TRAIN, { i: { employeeId: 'seoul-emp-0021', courseId: 'hcc-stat-01', completedOn: '2019-10-01' } })).toMatchObject({
      code: 'CONFLICT',
    });
    expect(
      await codeOf(TRAIN, { i: { employeeId: 'seoul-emp-0022', courseId: 'hcc-stat-01', completedOn: '2019-10-01', hours: 0.3 } }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(
      await codeOf(TRAIN, { i: { employeeId: 'seoul-emp-0022', courseId: 'no-such-course', completedOn: '2019-10-01' } }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('substitute dispatch rules', () => {
  it('rejects every illegal step with CONFLICT, from every state', async () => {
    const reach: Record<string, Step[]> = {
      REQUESTED: [],
      MATCHED: ['match'],
      DISPATCHED: ['match', 'start'],
      COMPLETED: ['match', 'start', 'complete'],
      CANCELLED: ['cancel'],
    };
    const legal: Record<string, Step[]> = {
      REQUESTED: ['match', 'cancel'],
      MATCHED: ['start', 'cancel'],
      DISPATCHED: ['complete'],
      COMPLETED: [],
      CANCELLED: [],
    };
    let day = 1;
    for (const [state, path] of Object.entries(reach)) {
      for (const step of Object.keys(STEP) as Step[]) {
        if (legal[state]?.includes(step)) continue;
        const id = `test-rule-${state.toLowerCase()}-${step}`;
        // 2021: other test files book jb-sub-03 in 2022.
        const date = `2021-03-${String(day++).padStart(2, '0')}`;
        await ok(REQUEST, { input: { ...base, id, requestedOn: '2021-02-01', startDate: date, endDate: date } });
        for (const s of path) await ok(STEP[s], { id });
        expect([state, step, await codeOf(STEP[step], { id })]).toEqual([
          state,
          step,
          expect.objectContaining({ code: 'CONFLICT', reason: 'INVALID_TRANSITION', from: state }),
        ]);
      }
    }
  });

  it('needs 14 days of notice except for sick leave, bereavement and a spouse childbirth', async () => {
    const late = { ...base, requestedOn: '2022-01-25' }; // 13 days before 2022-02-07
    expect(await codeOf(REQUEST, { input: { ...late, id: 'test-notice-leave' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'startDate',
    });
    expect(await codeOf(REQUEST, { input: { ...late, id: 'test-notice-ok', requestedOn: '2022-01-24' } })).toBeNull();
    for (const reason of ['SICK_LEAVE', 'BEREAVEMENT', 'SPOUSE_CHILDBIRTH'])
      expect(await codeOf(REQUEST, { input: { ...base, id: `test-same-day-${reason}`, reason, requestedOn: base.startDate } })).toBeNull();
    const tomorrow = new Date(Date.parse(`${todayInSeoul()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(await codeOf(REQUEST, { input: { ...base, id: 'test-future', requestedOn: tomorrow } })).toMatchObject({ field: 'requestedOn' });
  });

  it('substitutes only direct-care and cooking roles, and derives the job type', async () => {
    expect(await codeOf(REQUEST, { input: { ...base, id: 'test-role-sw', absentRole: 'SOCIAL_WORKER' } })).toMatchObject({
      field: 'absentRole',
    });
    const cook = await ok<{ requestSubstituteDispatch: { jobType: string } }>(REQUEST, {
      input: { ...base, id: 'test-role-cook', absentRole: 'COOK', startDate: '2022-04-04', endDate: '2022-04-04' },
    });
    expect(cook.requestSubstituteDispatch.jobType).toBe('COOK');
    // A cook request cannot take a care worker.
    expect(await codeOf(`mutation { matchSubstituteDispatch(id: "test-role-cook", workerId: "jb-sub-01") { status } }`, {})).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'workerId',
    });
  });

  it('never dispatches one worker to overlapping periods', async () => {
    const MATCH = `mutation($id: ID!) { matchSubstituteDispatch(id: $id, workerId: "jb-sub-01") { status } }`;
    await ok(REQUEST, { input: { ...base, id: 'test-overlap-a', startDate: '2022-05-02', endDate: '2022-05-06' } });
    await ok(REQUEST, { input: { ...base, id: 'test-overlap-b', startDate: '2022-05-06', endDate: '2022-05-10' } });
    await ok(REQUEST, { input: { ...base, id: 'test-overlap-c', startDate: '2022-05-07', endDate: '2022-05-10' } });
    await ok(MATCH, { id: 'test-overlap-a' });
    expect(await codeOf(MATCH, { id: 'test-overlap-b' })).toMatchObject({ code: 'CONFLICT', clash: 'test-overlap-a' });
    expect(await codeOf(MATCH, { id: 'test-overlap-c' })).toBeNull();
  });

  it('takes a private provider as demand site and charges the named agency', async () => {
    const input = {
      ...base,
      id: 'test-provider-dispatch',
      facilityId: null,
      providerId: 'jb-provider-jeonju-01',
      agencyId: 'jeonbuk-pass',
    };
    // The provider reaches staffing through consulting's ProviderRegistered event: retry while it is NOT_FOUND.
    const d = await eventually('consulting’s provider to reach staffing', async () => {
      const r = await gql<{ requestSubstituteDispatch: { district: string; agency: { id: string } } }>(REQUEST, { input });
      if (r.errors?.[0]?.extensions?.code === 'NOT_FOUND') return undefined;
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data?.requestSubstituteDispatch;
    });
    expect(d).toEqual(expect.objectContaining({ district: '전주시', agency: { id: 'jeonbuk-pass' } }));
    expect(await codeOf(REQUEST, { input: { ...input, id: 'test-provider-x', agencyId: null } })).toMatchObject({ field: 'agencyId' });
    expect(await codeOf(REQUEST, { input: { ...input, id: 'test-provider-y', providerId: 'no-such-provider' } })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('dispatch board and progress', () => {
  type Board = {
    substituteDispatches: {
      totalCount: number;
      nodes: { id: string; status: string; district: string; startDate: string; endDate: string }[];
    };
  };
  const BOARD = `query($status: DispatchStatus, $district: String, $month: String, $facilityId: ID) {
    substituteDispatches(first: 100, status: $status, district: $district, month: $month, facilityId: $facilityId) {
      totalCount nodes { id status district startDate endDate }
    }
  }`;

  it('filters by status, district, facility and month', async () => {
    const completed = await ok<Board>(BOARD, { status: 'COMPLETED', district: '장수군' });
    expect(completed.substituteDispatches.nodes.every((n) => n.status === 'COMPLETED' && n.district === '장수군')).toBe(true);
    const seededHere = DISPATCHES.filter(
      (d) => d.until === 'COMPLETED' && ['jeonbuk-family-jangsu', 'jeonbuk-hcc-jangsu'].includes(d.input.facilityId ?? ''),
    ).map((d) => d.input.id);
    expect(completed.substituteDispatches.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(seededHere));

    const june = await ok<Board>(BOARD, { month: '2023-06' });
    expect(june.substituteDispatches.nodes.every((n) => n.startDate <= '2023-06-30' && n.endDate >= '2023-06-01')).toBe(true);
    expect(june.substituteDispatches.nodes.map((n) => n.id)).toContain('jb-2023-disp-004');

    const facility = await ok<Board>(BOARD, { facilityId: 'jeonbuk-elder-protection' });
    expect(facility.substituteDispatches.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['jb-2023-disp-004', 'jb-2023-disp-008']));
    expect(await codeOf(BOARD, { month: '2023-13' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  });

  it('measures 2023 against the 1,500-dispatch target of the Jeonbuk plan', async () => {
    const d = await ok<{
      dispatchProgress: { target: number; requested: number; completed: number; cancelled: number; achievementRate: number };
    }>(`{ dispatchProgress(agencyId: "jeonbuk-pass", year: 2023) { target requested completed cancelled achievementRate } }`);
    const p = d.dispatchProgress;
    expect(p.target).toBe(DISPATCH_TARGET_2023);
    expect(p.completed).toBeGreaterThanOrEqual(DISPATCHES.filter((x) => x.until === 'COMPLETED').length);
    expect(p.cancelled).toBeGreaterThanOrEqual(1);
    expect(p.requested).toBeGreaterThanOrEqual(DISPATCHES.length);
    expect(p.achievementRate).toBeCloseTo(p.completed / DISPATCH_TARGET_2023, 12);
  });
});

describe('emergency and gap-care pool (긴급·틈새돌봄지원단)', () => {
  it('lists the workers covering a district and follows their availability', async () => {
    const POOL = `query($d: String, $a: Boolean) { emergencyCareWorkers(district: $d, availableOnly: $a) { id districts available } }`;
    type P = { emergencyCareWorkers: { id: string; districts: string[]; available: boolean }[] };
    // The fixture pool; other tests of the run may register workers of their own (tests/replicas.test.ts does).
    const fixtures = new Set(EMERGENCY_POOL.map((w) => w.id));
    const all = (await ok<P>(POOL, {})).emergencyCareWorkers.filter((w) => fixtures.has(w.id));
    expect(all).toHaveLength(EMERGENCY_POOL.length);
    expect(new Set(all.flatMap((w) => w.districts)).size).toBe(14); // every 시군 covered
    const muju = EMERGENCY_POOL.filter((w) => w.districts.includes('무주군')).map((w) => w.id);
    expect((await ok<P>(POOL, { d: '무주군' })).emergencyCareWorkers.map((w) => w.id)).toEqual(muju);
    await ok(`mutation($id: ID!) { setEmergencyCareWorkerAvailability(id: $id, available: false) { available } }`, { id: muju[0] });
    expect((await ok<P>(POOL, { d: '무주군', a: true })).emergencyCareWorkers.map((w) => w.id)).toEqual(muju.slice(1));
    await ok(`mutation($id: ID!) { setEmergencyCareWorkerAvailability(id: $id, available: true) { available } }`, { id: muju[0] });
    expect(await codeOf(POOL, { d: '무주' })).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('personnel actions from governance resolutions', () => {
  it('applies an adopted personnel-committee promotion once, and a meeting below quorum decides nothing', async () => {
    const MEETING = `mutation($i: RecordMeetingInput!) { recordMeeting(input: $i) { quorate } }`;
    const RESOLUTION = `mutation($i: RecordResolutionInput!) { recordResolution(input: $i) { outcome followUpStatus } }`;
    const EMP = `{ employee(id: "seoul-emp-0016") { grade personnelRecords { resolutionId kind fromGrade toGrade decidedOn } } }`;
    type E = {
      employee: {
        grade: string;
        personnelRecords: { resolutionId: string; kind: string; fromGrade: string; toGrade: string; decidedOn: string }[];
      };
    };
    expect((await ok<E>(EMP)).employee.grade).toBe('GRADE_6');

    // 5 members: 2 present is below quorum.
    expect(
      (
        await ok<{ recordMeeting: { quorate: boolean } }>(MEETING, {
          i: { id: 'test-personnel-thin', committeeId: 'seoul-pass-personnel', heldOn: '2020-01-13', attendees: 2 },
        })
      ).recordMeeting.quorate,
    ).toBe(false);
    const thin = await gql(RESOLUTION, {
      i: { id: 'test-res-thin', meetingId: 'test-personnel-thin', title: '승진 임용', votesFor: 2, votesAgainst: 0, abstentions: 0 },
    });
    expect(thin.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_QUORUM' });

    await ok(MEETING, {
      i: { id: 'test-personnel-2020-1', committeeId: 'seoul-pass-personnel', heldOn: '2020-01-20', attendees: 4, agenda: ['승진 임용'] },
    });
    const badVotes = await gql(RESOLUTION, {
      i: { id: 'test-res-votes', meetingId: 'test-personnel-2020-1', title: 'x', votesFor: 5, votesAgainst: 0, abstentions: 0 },
    });
    expect(badVotes.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'votesFor' });
    const rejected = await ok<{ recordResolution: { outcome: string } }>(RESOLUTION, {
      i: {
        id: 'test-res-rejected',
        meetingId: 'test-personnel-2020-1',
        title: '징계',
        votesFor: 2,
        votesAgainst: 2,
        abstentions: 0,
        personnelActions: [{ kind: 'DISCIPLINE', employeeId: 'seoul-emp-0016', note: '견책' }],
      },
    });
    expect(rejected.recordResolution.outcome).toBe('REJECTED'); // 2 of 4 is not a majority of those present
    const adopted = await ok<{ recordResolution: { outcome: string; followUpStatus: string } }>(RESOLUTION, {
      i: {
        id: 'test-res-promotion',
        meetingId: 'test-personnel-2020-1',
        title: '승진 임용',
        votesFor: 3,
        votesAgainst: 0,
        abstentions: 1,
        personnelActions: [{ kind: 'PROMOTION', employeeId: 'seoul-emp-0016', toGrade: 'GRADE_5' }],
        followUpOwner: '운영지원팀',
      },
    });
    expect(adopted.recordResolution).toEqual({ outcome: 'ADOPTED', followUpStatus: 'OPEN' });

    const promoted = await eventually('staffing to apply the promotion', async () => {
      const e = (await ok<E>(EMP)).employee;
      return e.grade === 'GRADE_5' ? e : undefined;
    });
    expect(promoted.personnelRecords).toEqual([
      { resolutionId: 'test-res-promotion', kind: 'PROMOTION', fromGrade: 'GRADE_6', toGrade: 'GRADE_5', decidedOn: '2020-01-20' },
    ]);
    const events = await readTopic('staffing.employee', (ms) =>
      ms.some((m) => header(m, 'ce_type') === 'pass.staffing.EmployeePromoted.v1' && m.key?.toString() === 'seoul-emp-0016'),
    );
    const promotedEvents = events.filter(
      (m) => header(m, 'ce_type') === 'pass.staffing.EmployeePromoted.v1' && m.key?.toString() === 'seoul-emp-0016',
    );
    expect(new Set(promotedEvents.map((m) => header(m, 'ce_id'))).size).toBe(1);
    expect(catalog.check('pass.staffing.EmployeePromoted.v1', JSON.parse(promotedEvents[0]?.value?.toString() ?? ''))).toBeNull();
  });
});
