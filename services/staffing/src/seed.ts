/**
 * Fixtures from the source documents, sent through the graph.
 * - 정원 per 2019 centre from the per-site staffing norms (seed 000 L254–266):
 *   기본형 57, 확대형 139, 통원형 84 (centre models as in care-services' fixtures).
 * - 성동 opened with 48 staff (000 L615): 48 active employees with pseudonyms; the split by
 *   job type is synthetic (the source prints only the total), so 현원 there is 48.
 * - Jeonbuk's substitute-worker programme (003 S12: 1,500 dispatches, 503,000천원 특별회계):
 *   a synthetic pool and a handful of 2023 dispatches. The plan gives no daily rate; fixtures use
 *   76,960원 (the 2023 minimum wage 9,620원 × 8 h), clearly a fixture value.
 */
import type { SeedStep } from '@pass-graph/platform';
import type { JobType, RequestDispatchInput } from './domain';

const PLAN = `mutation Plan($input: SetHeadcountPlanInput!) { setHeadcountPlan(input: $input) { year authorized } }`;
const HIRE = `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`;
const WORKER = `mutation Worker($input: RegisterSubstituteWorkerInput!) { registerSubstituteWorker(input: $input) { id } }`;
const REQUEST = `mutation Request($input: RequestSubstituteDispatchInput!) { requestSubstituteDispatch(input: $input) { id status } }`;
const MATCH = `mutation Match($id: ID!, $workerId: ID!) { matchSubstituteDispatch(id: $id, workerId: $workerId) { id status } }`;
const START = `mutation Start($id: ID!) { startSubstituteDispatch(id: $id) { id status } }`;
const COMPLETE = `mutation Complete($id: ID!) { completeSubstituteDispatch(id: $id) { id status } }`;
const CANCEL = `mutation Cancel($id: ID!, $reason: String!) { cancelSubstituteDispatch(id: $id, reason: $reason) { id status } }`;

export const HEADCOUNT_PLANS_2019: { facilityId: string; authorized: number }[] = [
  { facilityId: 'seoul-hcc-seongdong', authorized: 139 },
  { facilityId: 'seoul-hcc-eunpyeong', authorized: 57 },
  { facilityId: 'seoul-hcc-gangseo', authorized: 57 },
  { facilityId: 'seoul-hcc-nowon', authorized: 139 },
  { facilityId: 'seoul-hcc-mapo', authorized: 84 },
];

/** 48 at 성동: 1 head, 2 social workers, 2 nurses, 26 care workers (4 part-time), 17 activity-support workers (3 part-time). */
export const SEONGDONG_STAFF: { jobType: JobType; count: number; partTime: number }[] = [
  { jobType: 'FACILITY_HEAD', count: 1, partTime: 0 },
  { jobType: 'SOCIAL_WORKER', count: 2, partTime: 0 },
  { jobType: 'NURSE', count: 2, partTime: 0 },
  { jobType: 'CARE_WORKER', count: 26, partTime: 4 },
  { jobType: 'ACTIVITY_SUPPORT_WORKER', count: 17, partTime: 3 },
];

export const DAILY_RATE_2023 = 76_960;

const dispatch = (
  n: number,
  facilityId: string,
  reason: RequestDispatchInput['reason'],
  jobType: RequestDispatchInput['jobType'],
  startDate: string,
  endDate: string,
): RequestDispatchInput => ({
  id: `jb-2023-disp-${String(n).padStart(3, '0')}`,
  facilityId,
  reason,
  jobType,
  startDate,
  endDate,
  dailyRate: DAILY_RATE_2023,
});

export const DISPATCHES: {
  input: RequestDispatchInput;
  workerId: string;
  until: 'COMPLETED' | 'DISPATCHED' | 'MATCHED' | 'REQUESTED' | 'CANCELLED';
}[] = [
  { input: dispatch(1, 'jeonbuk-family-jangsu', 'LEAVE', 'CARE', '2023-03-06', '2023-03-10'), workerId: 'jb-sub-01', until: 'COMPLETED' },
  {
    input: dispatch(2, 'jeonbuk-hcc-jeonbuk', 'SICK_LEAVE', 'CARE', '2023-04-03', '2023-04-14'),
    workerId: 'jb-sub-02',
    until: 'COMPLETED',
  },
  { input: dispatch(3, 'jeonbuk-hcc-jangsu', 'TRAINING', 'CARE', '2023-05-15', '2023-05-17'), workerId: 'jb-sub-01', until: 'COMPLETED' },
  {
    input: dispatch(4, 'jeonbuk-elder-protection', 'VACANCY', 'COOK', '2023-06-01', '2023-06-30'),
    workerId: 'jb-sub-04',
    until: 'COMPLETED',
  },
  {
    input: dispatch(5, 'jeonbuk-family-jangsu', 'PARENTAL_LEAVE', 'CARE', '2023-09-01', '2023-11-30'),
    workerId: 'jb-sub-03',
    until: 'DISPATCHED',
  },
  { input: dispatch(6, 'jeonbuk-hcc-jangsu', 'LEAVE', 'CARE', '2023-12-18', '2023-12-22'), workerId: 'jb-sub-02', until: 'MATCHED' },
  { input: dispatch(7, 'jeonbuk-hcc-jeonbuk', 'LEAVE', 'COOK', '2023-12-26', '2023-12-29'), workerId: 'jb-sub-04', until: 'REQUESTED' },
  {
    input: dispatch(8, 'jeonbuk-elder-protection', 'SICK_LEAVE', 'CARE', '2023-07-10', '2023-07-12'),
    workerId: 'jb-sub-03',
    until: 'CANCELLED',
  },
];

const ORDER = ['REQUESTED', 'MATCHED', 'DISPATCHED', 'COMPLETED'] as const;

function steps(): SeedStep[] {
  const out: SeedStep[] = [];
  for (const p of HEADCOUNT_PLANS_2019)
    out.push({ label: `정원 ${p.facilityId}`, query: PLAN, variables: { input: { ...p, year: 2019 } } });
  let n = 0;
  for (const group of SEONGDONG_STAFF) {
    for (let i = 0; i < group.count; i++) {
      n++;
      const id = `seoul-emp-${String(n).padStart(4, '0')}`;
      out.push({
        label: `employee ${id}`,
        query: HIRE,
        variables: {
          input: {
            id,
            alias: `직원 ${String(n).padStart(3, '0')}`,
            facilityId: 'seoul-hcc-seongdong',
            jobType: group.jobType,
            employmentForm: i < group.partTime ? 'PART_TIME' : 'FULL_TIME',
            hiredOn: '2019-07-01',
          },
        },
      });
    }
  }
  const workers = [
    { id: 'jb-sub-01', alias: '대체인력 가', jobType: 'CARE', residenceDistrict: '전주시' },
    { id: 'jb-sub-02', alias: '대체인력 나', jobType: 'CARE', residenceDistrict: '전주시' },
    { id: 'jb-sub-03', alias: '대체인력 다', jobType: 'CARE', residenceDistrict: '장수군' },
    { id: 'jb-sub-04', alias: '대체인력 라', jobType: 'COOK', residenceDistrict: '완주군' },
  ];
  for (const w of workers) out.push({ label: `substitute ${w.id}`, query: WORKER, variables: { input: w } });
  for (const d of DISPATCHES) {
    const id = d.input.id;
    out.push({ label: `dispatch ${id} requested`, query: REQUEST, variables: { input: d.input } });
    if (d.until === 'CANCELLED') {
      out.push({ label: `dispatch ${id} cancelled`, query: CANCEL, variables: { id, reason: '수요처 사정으로 취소 (fixture)' } });
      continue;
    }
    const reach = ORDER.indexOf(d.until);
    if (reach >= 1) out.push({ label: `dispatch ${id} matched`, query: MATCH, variables: { id, workerId: d.workerId } });
    if (reach >= 2) out.push({ label: `dispatch ${id} dispatched`, query: START, variables: { id } });
    if (reach >= 3) out.push({ label: `dispatch ${id} completed`, query: COMPLETE, variables: { id } });
  }
  return out;
}

export const seedSteps: SeedStep[] = steps();
