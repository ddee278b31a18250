/**
 * Fixtures from the source documents, registered through the graph.
 * Seoul: the five 종합재가센터 of 2019 (seed 000 L587–593, L610–668).
 * Jeonbuk: affiliated facilities named in the 2023 plan (seed 003 §4.1).
 */
import type { SeedStep } from '@pass-graph/platform';
import type { RegisterFacilityInput, RegisterRecipientInput } from './domain';

const REGISTER = `mutation RegisterFacility($input: RegisterFacilityInput!) { registerFacility(input: $input) { id } }`;

export const FACILITIES: RegisterFacilityInput[] = [
  // Centre models follow the text (000 L587–593): 확대형 for 성동 and 노원; the headcount table
  // (000 L258–264) reads 확대형 1 + 간호특화형 1 instead (DQ-000-7).
  {
    id: 'seoul-hcc-seongdong',
    name: '성동종합재가센터',
    type: 'HOME_CARE_CENTRE',
    centreModel: 'EXTENDED',
    operationMode: 'DIRECT',
    operatorId: 'seoul-pass',
    district: '성동구',
    address: '아차산로33',
    areaSquareMeters: 353,
    services: ['HOME_CARE', 'EMERGENCY_CARE', 'DISABILITY_ACTIVITY_SUPPORT', 'HOME_NURSING'],
    openedOn: '2019-07-23',
    openedOnPrecision: 'DAY',
    status: 'OPERATING',
  },
  {
    id: 'seoul-hcc-eunpyeong',
    name: '은평종합재가센터',
    type: 'HOME_CARE_CENTRE',
    centreModel: 'BASIC',
    operationMode: 'DIRECT',
    operatorId: 'seoul-pass',
    district: '은평구',
    address: '진흥로77',
    services: ['HOME_CARE', 'EMERGENCY_CARE'],
    openedOn: '2019-08-28',
    openedOnPrecision: 'DAY',
    status: 'OPERATING',
  },
  {
    // 사업내용 cell missing in the opening table (DQ-000-9); services from 000 L587.
    id: 'seoul-hcc-gangseo',
    name: '강서종합재가센터',
    type: 'HOME_CARE_CENTRE',
    centreModel: 'BASIC',
    operationMode: 'DIRECT',
    operatorId: 'seoul-pass',
    district: '강서구',
    address: '공항대로325',
    services: ['HOME_CARE', 'EMERGENCY_CARE'],
    openedOn: '2019-09-18',
    openedOnPrecision: 'DAY',
    status: 'OPERATING',
  },
  {
    id: 'seoul-hcc-nowon',
    name: '노원종합재가센터',
    type: 'HOME_CARE_CENTRE',
    centreModel: 'EXTENDED',
    operationMode: 'DIRECT',
    operatorId: 'seoul-pass',
    district: '노원구',
    address: '한글비석로432',
    services: ['HOME_CARE', 'EMERGENCY_CARE', 'DISABILITY_ACTIVITY_SUPPORT'],
    openedOn: '2019-10-01',
    openedOnPrecision: 'MONTH',
    status: 'OPERATING',
  },
  {
    // Services as printed in the opening table (000 L664); the text (L593) reads 방문요양 first (DQ-000-8).
    id: 'seoul-hcc-mapo',
    name: '마포종합재가센터',
    type: 'HOME_CARE_CENTRE',
    centreModel: 'DAY_VISIT',
    operationMode: 'DIRECT',
    operatorId: 'seoul-pass',
    district: '마포구',
    address: '마포대로11길',
    services: ['HOME_NURSING', 'EMERGENCY_CARE', 'DAY_NIGHT_CARE'],
    openedOn: '2019-11-01',
    openedOnPrecision: 'MONTH',
    status: 'OPERATING',
  },
  {
    id: 'jeonbuk-hcc-jangsu',
    name: '장수종합재가센터',
    type: 'HOME_CARE_CENTRE',
    centreModel: 'BASIC',
    operationMode: 'DIRECT',
    operatorId: 'jeonbuk-pass',
    district: '장수군',
    services: ['HOME_CARE', 'EMERGENCY_CARE'],
    status: 'OPERATING',
  },
  {
    // Location not printed; the rural-care team is based in 전주 and 장수 (003 L3892), so 전주시 is inferred.
    id: 'jeonbuk-hcc-jeonbuk',
    name: '전북종합재가센터',
    type: 'HOME_CARE_CENTRE',
    centreModel: 'BASIC',
    operationMode: 'DIRECT',
    operatorId: 'jeonbuk-pass',
    district: '전주시',
    services: ['HOME_CARE', 'EMERGENCY_CARE'],
    status: 'OPERATING',
  },
  {
    id: 'jeonbuk-family-jangsu',
    name: '장수군가족센터',
    type: 'FAMILY_CENTRE',
    operationMode: 'ENTRUSTED',
    operatorId: 'jeonbuk-pass',
    district: '장수군',
    services: ['FAMILY_SUPPORT'],
    status: 'OPERATING',
  },
  {
    // Designated entrustment 2023 (003 L1936, L2008); seat in 전주시 inferred.
    id: 'jeonbuk-elder-protection',
    name: '전라북도노인보호전문기관',
    type: 'ELDER_PROTECTION_AGENCY',
    operationMode: 'ENTRUSTED',
    operatorId: 'jeonbuk-pass',
    district: '전주시',
    services: ['ELDER_PROTECTION'],
    status: 'OPERATING',
  },
  {
    // Employs the substitute workers of S12 (003 L2338); seat in 전주시 inferred.
    id: 'jeonbuk-substitute-centre',
    name: '사회복지대체인력지원센터',
    type: 'SUBSTITUTE_WORKFORCE_CENTRE',
    operationMode: 'DIRECT',
    operatorId: 'jeonbuk-pass',
    district: '전주시',
    services: [],
    status: 'OPERATING',
  },
];

/**
 * Care recipients of the 2023 emergency/gap care programme (C5, 003 L3929–4002). The sources name
 * no recipients: these people, numbers and addresses are invented (pseudonyms, 555 phone numbers,
 * RRNs whose serial digits are zeros). Labels and errors never carry them.
 */
export const RECIPIENTS: RegisterRecipientInput[] = [
  {
    id: 'jb-rcp-0001',
    facilityId: 'jeonbuk-hcc-jeonbuk',
    district: '전주시',
    name: '한가람',
    birthDate: '1941-03-15',
    phone: '010-5550-0101',
    address: '전주시 가상로 101',
    residentRegistrationNumber: '410315-2000001',
    household: 'LIVING_ALONE',
    eligibilityReasons: ['SUDDEN_CRISIS'],
    identifiedOn: '2023-08-01',
  },
  {
    id: 'jb-rcp-0002',
    facilityId: 'jeonbuk-hcc-jangsu',
    district: '장수군',
    name: '도윤서',
    birthDate: '1938-11-02',
    phone: '010-5550-0202',
    address: '장수군 가상면 202',
    residentRegistrationNumber: '381102-1000002',
    household: 'ELDERLY_COUPLE',
    eligibilityReasons: ['COVID_INFECTION', 'RURAL_BLIND_SPOT'],
    identifiedOn: '2023-08-03',
  },
];

const RECIPIENT = `mutation Recipient($input: RegisterCareRecipientInput!) { registerCareRecipient(input: $input) { id } }`;
const MOVE = `mutation Move($id: ID!, $status: CareRecipientStatus!, $on: Date!) { moveCareRecipient(id: $id, status: $status, on: $on) { id } }`;
const VISIT = `mutation Visit($input: RecordCareVisitInput!) { recordCareVisit(input: $input) { id } }`;
const REQUEST = `mutation Request($input: ReceiveCareRequestInput!) { receiveCareRequest(input: $input) { id } }`;

/** 선정위원회 (Jul–Dec, 003 L3998): screened, selected, receiving care from August. */
const moves = (id: string, dates: [string, string, string]): SeedStep[] =>
  (['SCREENED', 'SELECTED', 'RECEIVING'] as const).map((status, k) => ({
    label: `care recipient ${id} ${status}`,
    query: MOVE,
    variables: { id, status, on: dates[k] },
  }));

/** Visits of 3 hours at the 돌봄제공단가 (52천원/3h, 003 L3959) by the emergency-care pool (staffing jb-ecw-*). */
const visit = (
  id: string,
  recipientId: string,
  deliveredOn: string,
  serviceType: 'EMERGENCY_CARE' | 'GAP_CARE',
  workerId: string,
  covidRelated = false,
) => ({
  label: `care visit ${id}`,
  query: VISIT,
  variables: {
    input: {
      id,
      recipientId,
      workerIds: [workerId],
      serviceType,
      covidRelated,
      activities: ['HOUSEWORK', 'DAILY_LIVING_SUPPORT'],
      deliveredOn,
      hours: 3,
    },
  },
});

// The 004 돌봄SOS / 나눔반장 tables (L105–129) are outreach's (nanumBanjangProgramme, the programme delivery reports):
// care-services holds no copy of them.

/** 돌봄SOS requests of the 2019 pilot districts (004 L45); invented, one per intake channel. */
const REQUESTS = [
  {
    id: 'seoul-sos-req-0001',
    district: '마포구',
    channel: 'COMMUNITY_CENTRE',
    requestedServices: ['MEAL_SUPPORT'],
    receivedOn: '2019-08-05',
  },
  {
    id: 'seoul-sos-req-0002',
    district: '성동구',
    channel: 'CALL_CENTRE',
    requestedServices: ['TEMPORARY_HOME_CARE', 'MOBILITY_SUPPORT'],
    receivedOn: '2019-08-12',
  },
  { id: 'seoul-sos-req-0003', district: '은평구', channel: 'VISIT', requestedServices: ['HOUSING_CONVENIENCE'], receivedOn: '2019-09-02' },
];

/**
 * Satisfaction surveys as the plan runs them: 100 users and 25 care workers a year at the home-care
 * centre (C3, 003 L3765–3766), rural care once a year with a 90 target (C4, 003 L3848, L3897).
 * The plan (dated 2023.10) prints no results: the scores are synthetic, the shape is the plan's.
 */
export const SURVEYS = [
  {
    facilityId: 'jeonbuk-hcc-jeonbuk',
    year: 2023,
    respondentGroup: 'USERS',
    respondents: 100,
    rural: false,
    elements: { timeliness: 86, expertise: 84, courtesy: 92, information: 81, responsiveness: 83, needsMet: 80 },
    overall: 85,
    conductedOn: '2023-08-21',
  },
  {
    facilityId: 'jeonbuk-hcc-jeonbuk',
    year: 2023,
    respondentGroup: 'CARE_WORKERS',
    respondents: 25,
    rural: false,
    elements: { timeliness: 78, expertise: 82, courtesy: 80, information: 74, responsiveness: 76, needsMet: 72 },
    overall: 75,
    conductedOn: '2023-08-23',
  },
  {
    facilityId: 'jeonbuk-hcc-jangsu',
    year: 2023,
    respondentGroup: 'USERS',
    respondents: 40,
    rural: true,
    elements: { timeliness: 90, expertise: 88, courtesy: 95, information: 86, responsiveness: 89, needsMet: 88 },
    overall: 91,
    conductedOn: '2023-08-25',
  },
];

const SURVEY = `mutation Survey($input: CareSatisfactionSurveyInput!) { recordCareSatisfactionSurvey(input: $input) { id } }`;
const COMPLAINT = `mutation Complaint($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id } }`;
const ADVANCE = `mutation Advance($id: ID!, $stage: ComplaintStage!, $on: Date!) { advanceComplaint(id: $id, stage: $stage, on: $on) { id } }`;

/** Complaints through the channels of 003 L3811 (synthetic): one resolved after 25 days, one being analysed. */
const COMPLAINT_STEPS: SeedStep[] = [
  {
    label: 'complaint jb-cmp-0001',
    query: COMPLAINT,
    variables: { input: { id: 'jb-cmp-0001', facilityId: 'jeonbuk-hcc-jeonbuk', channel: 'KAKAOTALK', receivedOn: '2023-09-04' } },
  },
  ...(
    [
      ['ANALYSED', '2023-09-05'],
      ['ACTION_TAKEN', '2023-09-08'],
      ['RESULT_COMMUNICATED', '2023-09-11'],
      ['AFTERCARE', '2023-09-15'],
      ['RESOLVED', '2023-09-29'],
    ] as const
  ).map(([stage, on]) => ({ label: `complaint jb-cmp-0001 ${stage}`, query: ADVANCE, variables: { id: 'jb-cmp-0001', stage, on } })),
  {
    label: 'complaint jb-cmp-0002',
    query: COMPLAINT,
    variables: { input: { id: 'jb-cmp-0002', facilityId: 'jeonbuk-hcc-jangsu', channel: 'PHONE', receivedOn: '2023-10-10' } },
  },
  { label: 'complaint jb-cmp-0002 ANALYSED', query: ADVANCE, variables: { id: 'jb-cmp-0002', stage: 'ANALYSED', on: '2023-10-12' } },
];

const MONITOR = `mutation Monitor($input: FacilityMonitoringInput!) { recordFacilityMonitoring(input: $input) { id } }`;
const DIAGNOSE = `mutation Diagnose($input: OpenDiagnosisInput!) { openOrganizationalDiagnosis(input: $input) { id } }`;

/**
 * S1 (003 L1436–1517): monitorings are synthetic (the plan prints targets only: 16 in person,
 * 8 remote); the entrustment diagnosis follows the plan's rule that a public facility taken
 * over by designated entrustment (전라북도노인보호전문기관, 003 L2008) is diagnosed (L1484–1488).
 */
const MONITORING_STEPS: SeedStep[] = [
  {
    label: 'monitoring jb-mon-2023-01',
    query: MONITOR,
    variables: {
      input: {
        id: 'jb-mon-2023-01',
        facilityId: 'jeonbuk-family-jangsu',
        mode: 'IN_PERSON',
        monitoredOn: '2023-03-15',
        usersInterviewed: 3,
        staffInterviewed: 4,
        issuesHeard: 2,
        needsDiagnosis: true,
      },
    },
  },
  {
    label: 'monitoring jb-mon-2023-02',
    query: MONITOR,
    variables: {
      input: {
        id: 'jb-mon-2023-02',
        facilityId: 'jeonbuk-hcc-jangsu',
        mode: 'REMOTE',
        monitoredOn: '2023-04-12',
        staffInterviewed: 2,
        issuesHeard: 1,
      },
    },
  },
  {
    label: 'diagnosis jb-diag-2023-01',
    query: DIAGNOSE,
    variables: {
      input: {
        id: 'jb-diag-2023-01',
        monitoringId: 'jb-mon-2023-01',
        trigger: 'MONITORING',
        scope: 'SPECIFIC_ISSUE',
        startedOn: '2023-04-03',
      },
    },
  },
  {
    label: 'diagnosis jb-diag-2023-02',
    query: DIAGNOSE,
    variables: {
      input: {
        id: 'jb-diag-2023-02',
        facilityId: 'jeonbuk-elder-protection',
        trigger: 'ENTRUSTMENT',
        scope: 'WHOLE_FACILITY',
        startedOn: '2023-02-01',
      },
    },
  },
];

export const seedSteps: SeedStep[] = [
  ...FACILITIES.map((input) => ({ label: `facility ${input.name}`, query: REGISTER, variables: { input } })),
  ...RECIPIENTS.map((input) => ({ label: `care recipient ${input.id}`, query: RECIPIENT, variables: { input } })),
  ...moves('jb-rcp-0001', ['2023-08-02', '2023-08-04', '2023-08-07']),
  ...moves('jb-rcp-0002', ['2023-08-03', '2023-08-04', '2023-08-07']),
  ...REQUESTS.map((input) => ({ label: `돌봄SOS request ${input.id}`, query: REQUEST, variables: { input } })),
  ...SURVEYS.map((input) => ({
    label: `satisfaction ${input.facilityId} ${input.year} ${input.respondentGroup}`,
    query: SURVEY,
    variables: { input },
  })),
  ...COMPLAINT_STEPS,
  ...MONITORING_STEPS,
];

/**
 * Run after every service's seedSteps (packages/stack/src/seed.ts): a visit's workers must be in
 * staffing's emergency-care pool, which staffing seeds after care-services' facilities. jb-ecw-01
 * covers 전주시 and 군산시, jb-ecw-10 covers 장수군 and 임실군 (staffing's EMERGENCY_POOL).
 */
export const lateSeedSteps: SeedStep[] = [
  visit('jb-visit-0001', 'jb-rcp-0001', '2023-08-07', 'EMERGENCY_CARE', 'jb-ecw-01'),
  visit('jb-visit-0002', 'jb-rcp-0001', '2023-08-09', 'EMERGENCY_CARE', 'jb-ecw-01'),
  visit('jb-visit-0003', 'jb-rcp-0002', '2023-08-07', 'EMERGENCY_CARE', 'jb-ecw-10', true),
  visit('jb-visit-0004', 'jb-rcp-0002', '2023-08-21', 'GAP_CARE', 'jb-ecw-10'),
];
