/**
 * Fixtures from the source documents, registered through the graph.
 * Seoul: the five 종합재가센터 of 2019 (seed 000 L587–593, L610–668).
 * Jeonbuk: affiliated facilities named in the 2023 plan (seed 003 §4.1).
 */
import type { SeedStep } from '@pass-graph/platform';
import type { RegisterFacilityInput } from './domain';

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

export const seedSteps: SeedStep[] = FACILITIES.map((input) => ({
  label: `facility ${input.name}`,
  query: REGISTER,
  variables: { input },
}));
