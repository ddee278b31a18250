/**
 * Fixtures, registered through the graph in order. Every record has a stable id, so a
 * repeated step answers CONFLICT or CONFLICT (reason INVALID_TRANSITION) and re-seeding is harmless.
 *
 * 우리동네 나눔반장 (seed 004): the five 2019 consortia (lead organisations 004 L58–62, L87–91)
 * and their 실증사업 deliveries per district and service, Table 1 (004 L105–112, period
 * '19.7.18–12.31 from L102), plus the two programme-wide tables as printed (L105–112, L116–129).
 *
 * 방문복지 (seed 002): the 2013 plan names no 동 and no case. The community centres below are
 * illustrative 동주민센터 in the districts 002 L146 names (노원, 서대문, 금천, 성동), with synthetic
 * staff counts; the visits are SYNTHETIC, with pseudonymous household codes (HH-SYN…).
 */
import type { SeedStep } from '@pass-graph/platform';
import type { RegisterPilotProgramInput } from './pilot';
import type { OpenCaseInput } from './cases';
import type { ReferNeedsInput } from './referrals';
import type { OpenRightsCaseInput, RightsStatus } from './rights';
import type { Posting, RegisterCampaignInput } from './campaigns';
import type { HoldNetworkMeetingInput, RegisterPublicPrivateCouncilInput } from './councils';
import type { RegisterCommunityVolunteerInput } from './volunteers';
import type { RecordReferralOutcomeInput } from './referrals';
import type {
  CloseOutreachCaseInput,
  DeliveryRow,
  NeighbourhoodService,
  RecordOutreachVisitInput,
  RecordProgrammeDeliveryReportInput,
  RegisterCommunityCentreInput,
  RegisterConsortiumInput,
} from './domain';

const REGISTER_CONSORTIUM = `mutation RegisterConsortium($input: RegisterConsortiumInput!) { registerConsortium(input: $input) { id } }`;
const RECORD_DELIVERY = `mutation RecordServiceDelivery($input: RecordServiceDeliveryInput!) { recordServiceDelivery(input: $input) { id } }`;
const RECORD_REPORT = `mutation RecordProgrammeDeliveryReport($input: RecordProgrammeDeliveryReportInput!) { recordProgrammeDeliveryReport(input: $input) { id } }`;
const REGISTER_CENTRE = `mutation RegisterCommunityCentre($input: RegisterCommunityCentreInput!) { registerCommunityCentre(input: $input) { id } }`;
const RECORD_VISIT = `mutation RecordOutreachVisit($input: RecordOutreachVisitInput!) { recordOutreachVisit(input: $input) { id status } }`;
const REFER = `mutation ReferNeeds($input: ReferNeedsInput!) { referNeeds(input: $input) { id status } }`;
const OPEN_CASE = `mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { id status } }`;
const PLAN_CASE = `mutation PlanCase($input: PlanCaseInput!) { planCase(input: $input) { id status } }`;
const ESCALATE_CASE = `mutation EscalateCase($input: EscalateCaseInput!) { escalateCase(input: $input) { id status } }`;
const CLOSE_CASE = `mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { id status } }`;
const FOLLOW_UP_CASE = `mutation StartCaseFollowUp($input: StartCaseFollowUpInput!) { startCaseFollowUp(input: $input) { id status } }`;
const REFERRAL_OUTCOME = `mutation RecordReferralOutcome($input: RecordReferralOutcomeInput!) { recordReferralOutcome(input: $input) { id status } }`;
const REGISTER_VOLUNTEER = `mutation RegisterCommunityVolunteer($input: RegisterCommunityVolunteerInput!) { registerCommunityVolunteer(input: $input) { id } }`;
const END_VOLUNTEER = `mutation EndCommunityVolunteer($input: EndCommunityVolunteerInput!) { endCommunityVolunteer(input: $input) { id status } }`;
const REGISTER_COUNCIL = `mutation RegisterPublicPrivateCouncil($input: RegisterPublicPrivateCouncilInput!) { registerPublicPrivateCouncil(input: $input) { id } }`;
const HOLD_MEETING = `mutation HoldNetworkMeeting($input: HoldNetworkMeetingInput!) { holdNetworkMeeting(input: $input) { id } }`;
const COMPLETE_FOLLOW_UP = `mutation CompleteMeetingFollowUp($input: CompleteMeetingFollowUpInput!) { completeMeetingFollowUp(input: $input) { id } }`;
const CLOSE = `mutation CloseOutreachCase($input: CloseOutreachCaseInput!) { closeOutreachCase(input: $input) { id status } }`;

const REGISTER_PILOT = `mutation RegisterPilotProgram($input: RegisterPilotProgramInput!) { registerPilotProgram(input: $input) { id } }`;
const APPLY_PILOT = `mutation ApplyForPilot($input: ApplyForPilotInput!) { applyForPilot(input: $input) { id } }`;
const SELECT_PILOT = `mutation SelectPilotDistrict($input: SelectPilotDistrictInput!) { selectPilotDistrict(input: $input) { id } }`;
const GRANT_CONDITION = `mutation RecordGrantCondition($input: RecordGrantConditionInput!) { recordGrantCondition(input: $input) { id } }`;
const RELEASE_TRANCHE = `mutation ReleaseGrantTranche($input: ReleaseGrantTrancheInput!) { releaseGrantTranche(input: $input) { id } }`;
const ADVANCE_PILOT = `mutation AdvancePilotDistrict($input: AdvancePilotDistrictInput!) { advancePilotDistrict(input: $input) { id } }`;

const ALL_SERVICES: NeighbourhoodService[] = ['MEAL_SUPPORT', 'MOBILITY_SUPPORT', 'HOUSING_CONVENIENCE'];
const THOUSAND = 1_000;

/** 실증사업 period of Table 1: the table prints none; 004 L102 gives '19.07.18~12.31 (DQ-004-5). */
export const TABLE1_PERIOD = { periodFrom: '2019-07-18', periodTo: '2019-12-31' } as const;
/** Table 2 is "07.18~11.30 기준" (004 L116). */
export const TABLE2_PERIOD = { periodFrom: '2019-07-18', periodTo: '2019-11-30' } as const;
export const PILOT_DISTRICTS = ['강서구', '노원구', '마포구', '성동구', '은평구'];

/**
 * 004 Table 1 (L105–112), 자치구별 실적 in 건: [식사지원, 이동지원, 주거편의] and the printed 소계.
 * No per-district amounts are printed anywhere in 004, so amounts stay null.
 */
export const TABLE1_BY_DISTRICT: Record<string, { counts: [number, number, number]; printedSubtotal: number }> = {
  노원구: { counts: [108, 1, 3], printedSubtotal: 112 },
  마포구: { counts: [732, 52, 187], printedSubtotal: 971 },
  성동구: { counts: [374, 43, 53], printedSubtotal: 470 },
  은평구: { counts: [53, 0, 70], printedSubtotal: 123 },
  강서구: { counts: [563, 61, 41], printedSubtotal: 665 },
};

const consortium = (
  slug: string,
  district: string,
  leadOrganisationName: string,
  leadLegalForm: RegisterConsortiumInput['leadLegalForm'],
  reportedMemberCount: number | null,
): RegisterConsortiumInput => ({
  id: `nanum-banjang-${slug}`,
  name: `${district} 우리동네 나눔반장 사업단`,
  district,
  leadOrganisationName,
  leadLegalForm,
  // 004 names no member enterprise; only counts are printed (kept in reportedMemberCount).
  memberOrganisations: [],
  reportedMemberCount,
  services: ALL_SERVICES,
  reportedDeliveryTotals: [{ ...TABLE1_PERIOD, count: TABLE1_BY_DISTRICT[district]?.printedSubtotal ?? null }],
});

/** Lead organisations as printed in the 실증사업 table (004 L87–91); member counts from the 선행사업 table (L58–62). */
export const CONSORTIA: RegisterConsortiumInput[] = [
  // L58 prints "(사)강서구사회적경제 협의회" with a layout space; L87 prints it without.
  consortium('gangseo', '강서구', '(사)강서구사회적경제협의회', 'INCORPORATED_ASSOCIATION', 4),
  consortium('nowon', '노원구', '노원사회적경제연대 사회적협동조합', 'SOCIAL_COOPERATIVE', 7),
  // 마포 prints no enterprise count for the 선행사업 (DQ-004-7).
  consortium('mapo', '마포구', '마포구고용복지지원센터', 'SUPPORT_CENTRE', null),
  // The district of 살림경제 is not printed: 성동구 by elimination (DQ-004-12, inferred).
  consortium('seongdong', '성동구', '살림경제 사회적협동조합', 'SOCIAL_COOPERATIVE', 7),
  consortium('eunpyeong', '은평구', '은평구사회적경제허브센터', 'SUPPORT_CENTRE', 4),
];

export const DELIVERIES: { consortiumId: string; row: DeliveryRow }[] = CONSORTIA.flatMap((c) => {
  const counts = TABLE1_BY_DISTRICT[c.district]?.counts ?? [0, 0, 0];
  return ALL_SERVICES.map((service, i) => ({
    consortiumId: c.id,
    row: { ...TABLE1_PERIOD, service, count: counts[i] ?? 0, amountKRW: null },
  }));
});

export const PROGRAMME_REPORTS: RecordProgrammeDeliveryReportInput[] = [
  {
    id: 'nanum-banjang-2019-table1',
    title: '2019 우리동네 나눔반장 일상편의서비스 제공수 (건)',
    source: '004 L105–112',
    ...TABLE1_PERIOD,
    districts: PILOT_DISTRICTS,
    // 나눔반장 column beside the 돌봄SOS센터 column and the printed 비율 (L108–111).
    rows: [
      { service: 'MEAL_SUPPORT', count: 1_830, demandCount: 2_032, reportedSharePercent: 90 },
      { service: 'MOBILITY_SUPPORT', count: 157, demandCount: 227, reportedSharePercent: 69 },
      { service: 'HOUSING_CONVENIENCE', count: 354, demandCount: 546, reportedSharePercent: 65 },
    ],
    reportedTotalCount: 2_341,
    reportedDemandCount: 2_805,
    reportedSharePercent: 83,
    note: '나눔반장 column; the table prints no period, 004 L102 gives 19.07.18–12.31.',
  },
  {
    id: 'nanum-banjang-2019-table2',
    title: "2019년 '우리동네 나눔반장' 사업 성과 (07.18~11.30 기준)",
    source: '004 L116–129',
    ...TABLE2_PERIOD,
    districts: PILOT_DISTRICTS,
    // 일상편의 rows only: 일시재가, 단기시설, 안부지원, 건강지원, 정보상담 have no 나눔반장 figures (L118–126).
    rows: [
      {
        service: 'MEAL_SUPPORT',
        count: 1_442,
        amountKRW: 194_415 * THOUSAND,
        demandCount: 1_854,
        demandAmountKRW: 358_656 * THOUSAND,
        reportedSharePercent: 78,
        reportedAmountSharePercent: 54,
      },
      {
        service: 'MOBILITY_SUPPORT',
        count: 119,
        amountKRW: 7_066 * THOUSAND,
        demandCount: 185,
        demandAmountKRW: 19_522 * THOUSAND,
        reportedSharePercent: 64,
        reportedAmountSharePercent: 36,
      },
      {
        service: 'HOUSING_CONVENIENCE',
        count: 260,
        amountKRW: 5_383 * THOUSAND,
        demandCount: 460,
        demandAmountKRW: 14_034 * THOUSAND,
        reportedSharePercent: 57,
        reportedAmountSharePercent: 38,
      },
    ],
    // 소계 of the 돌봄SOS column and its 비율 (L123); its 총계 (8,627건, 1,342,853천원) covers services outside 일상편의.
    reportedDemandCount: 2_499,
    reportedDemandAmountKRW: 392_212 * THOUSAND,
    reportedSharePercent: 73,
    reportedAmountSharePercent: 53,
    reportedTotalCount: 1_821,
    // 총계 as printed; the rows sum to 206,864천원, as the printed 소계 does (DQ-004-4).
    reportedTotalAmountKRW: 207_060 * THOUSAND,
    note: '나눔반장 columns, printed in 천원. 소계 1,821건 / 206,864천원 matches the rows; 총계 prints 207,060천원 (DQ-004-4).',
  },
];

/** Illustrative 동주민센터; staff counts are synthetic (002 L70 sets the ≥2 counsellor minimum). */
export const COMMUNITY_CENTRES: RegisterCommunityCentreInput[] = [
  { id: 'dong-seongdong-haengdang1', name: '행당1동주민센터', district: '성동구', welfareStaffCount: 3, pilot: true },
  { id: 'dong-nowon-sanggye1', name: '상계1동주민센터', district: '노원구', welfareStaffCount: 3, pilot: true },
  { id: 'dong-seodaemun-hongje1', name: '홍제1동주민센터', district: '서대문구', welfareStaffCount: 2, pilot: true },
  { id: 'dong-geumcheon-doksan1', name: '독산1동주민센터', district: '금천구', welfareStaffCount: 2, pilot: true },
];

/**
 * Resident volunteers (002 L108–114: 통반장·나눔이웃 managed per 동; 금천구 통통나래희망단 and 서대문구
 * 통장복지도우미제 named as models, L111). 002 names no volunteer: these are pseudonyms at the seeded
 * centres, active from the pilot's start ('13.3, L139); 독산1동's 통반장 ended with the pilot ('13.6.30).
 */
export const VOLUNTEERS: RegisterCommunityVolunteerInput[] = [
  {
    id: 'vol-nowon-sanggye1-01',
    displayName: '상계1동 나눔이웃 01',
    type: 'SHARING_NEIGHBOUR',
    communityCentreId: 'dong-nowon-sanggye1',
    activeFrom: '2013-03-04',
  },
  {
    id: 'vol-seodaemun-hongje1-01',
    displayName: '홍제1동 통반장 01',
    type: 'NEIGHBOURHOOD_HEAD',
    communityCentreId: 'dong-seodaemun-hongje1',
    activeFrom: '2013-03-04',
  },
  {
    id: 'vol-geumcheon-doksan1-01',
    displayName: '독산1동 나눔이웃 01',
    type: 'SHARING_NEIGHBOUR',
    communityCentreId: 'dong-geumcheon-doksan1',
    activeFrom: '2013-03-04',
  },
  {
    id: 'vol-geumcheon-doksan1-02',
    displayName: '독산1동 통반장 01',
    type: 'NEIGHBOURHOOD_HEAD',
    communityCentreId: 'dong-geumcheon-doksan1',
    activeFrom: '2013-03-04',
  },
];
export const VOLUNTEER_ENDS = [{ volunteerId: 'vol-geumcheon-doksan1-02', activeTo: '2013-06-30' }];

/**
 * 민관복지협력체 (002 L81–85: 동/권역/자치구 level; 복지시설, 민간단체, 종교단체, 봉사조직, 학교; 정기회 and
 * 민관 합동 워크숍). 002 names no council or member: one district-level council in 노원구 and one
 * 동-level council at 독산1동, SYNTHETIC, with pseudonymous members (organisations named only where public).
 * 003 P9 (L2966–3027): the Jeonbuk agency's province-wide 민-관 협력 네트워크 with the partners the plan
 * names (전라북도사회복지사협회 L2456/L3389, 전라북도건강가정·다문화가족지원센터협회 L1579, 사회복지협의회
 * L4091) and its 2023 targets as printed: 찾아가는 사서원 등 5회 (L2974) and 2 간담회 budgeted at
 * 1,850천원 each (L2993). Its meetings are SYNTHETIC; the 간담회 has 125 attendees, the 125명 its meal
 * line budgets (4천원×125명, L2994).
 */
export const COUNCILS: RegisterPublicPrivateCouncilInput[] = [
  {
    id: 'ppc-nowon',
    name: '노원구 민관복지협력체',
    level: 'DISTRICT',
    district: '노원구',
    source: '002 L81–85',
    formedOn: '2013-03-11',
    members: [
      { memberId: 'ppc-nowon-m01', sector: 'PUBLIC', organisationKind: 'LOCAL_GOVERNMENT', organisationName: '노원구청', role: 'CHAIR' },
      { memberId: 'ppc-nowon-m02', sector: 'PRIVATE', organisationKind: 'WELFARE_FACILITY', role: 'CO_CHAIR' },
      {
        memberId: 'ppc-nowon-m03',
        sector: 'PUBLIC',
        organisationKind: 'COMMUNITY_CENTRE',
        organisationName: '상계1동주민센터',
        role: 'SECRETARY',
      },
      { memberId: 'ppc-nowon-m04', sector: 'PRIVATE', organisationKind: 'RELIGIOUS_ORGANISATION', role: 'MEMBER' },
      { memberId: 'ppc-nowon-m05', sector: 'PRIVATE', organisationKind: 'VOLUNTEER_ORGANISATION', role: 'MEMBER' },
      { memberId: 'ppc-nowon-m06', sector: 'PRIVATE', organisationKind: 'SCHOOL', role: 'MEMBER' },
    ],
  },
  {
    id: 'ppc-geumcheon-doksan1',
    name: '독산1동 민관복지협력체',
    level: 'COMMUNITY_CENTRE',
    communityCentreId: 'dong-geumcheon-doksan1',
    source: '002 L81–85',
    formedOn: '2013-03-18',
    members: [
      {
        memberId: 'ppc-doksan1-m01',
        sector: 'PUBLIC',
        organisationKind: 'COMMUNITY_CENTRE',
        organisationName: '독산1동주민센터',
        role: 'CO_CHAIR',
      },
      { memberId: 'ppc-doksan1-m02', sector: 'PRIVATE', organisationKind: 'CIVIC_GROUP', role: 'CHAIR' },
      { memberId: 'ppc-doksan1-m03', sector: 'PRIVATE', organisationKind: 'WELFARE_FACILITY', role: 'MEMBER' },
    ],
  },
  {
    id: 'jeonbuk-pass-network',
    name: '전라북도사회서비스원 민-관 협력 네트워크',
    level: 'PROVINCE',
    region: '전라북도',
    agencyId: 'jeonbuk-pass',
    source: '003 P9 L2966–3027',
    formedOn: '2023-01-02',
    members: [
      {
        memberId: 'jb-network-m01',
        sector: 'PUBLIC',
        organisationKind: 'PUBLIC_AGENCY',
        organisationName: '전라북도사회서비스원',
        role: 'CHAIR',
      },
      {
        memberId: 'jb-network-m02',
        sector: 'PRIVATE',
        organisationKind: 'PROFESSIONAL_ASSOCIATION',
        organisationName: '전라북도사회복지사협회',
        role: 'CO_CHAIR',
      },
      { memberId: 'jb-network-m03', sector: 'PUBLIC', organisationKind: 'LOCAL_GOVERNMENT', organisationName: '전라북도', role: 'MEMBER' },
      {
        memberId: 'jb-network-m04',
        sector: 'PRIVATE',
        organisationKind: 'PROFESSIONAL_ASSOCIATION',
        organisationName: '전라북도건강가정·다문화가족지원센터협회',
        role: 'MEMBER',
      },
      {
        memberId: 'jb-network-m05',
        sector: 'PRIVATE',
        organisationKind: 'CIVIC_GROUP',
        organisationName: '사회복지협의회',
        role: 'MEMBER',
      },
    ],
    meetingTargets: [
      { year: 2023, kind: 'FIELD_VISIT', count: 5, source: '003 L2974 (찾아가는 사서원 등 5회)' },
      { year: 2023, kind: 'NETWORK_MEETING', count: 2, source: '003 L2993 (간담회 1,850천원×2회)' },
    ],
  },
];

/** SYNTHETIC meetings of the councils above (agendas follow 002 L84–85 and 003 L3001–3006). */
export const MEETINGS: HoldNetworkMeetingInput[] = [
  {
    id: 'ppc-nowon-2013-01',
    councilId: 'ppc-nowon',
    kind: 'REGULAR_MEETING',
    heldOn: '2013-04-10',
    agenda: ['[synthetic] 시범운영 동 복지자원 공유', '[synthetic] 방문복지 발굴가구 연계 협의'],
    attendeeMemberIds: ['ppc-nowon-m01', 'ppc-nowon-m02', 'ppc-nowon-m03', 'ppc-nowon-m05'],
    resolutions: ['[synthetic] 복지관 밑반찬 배달을 상계1동 발굴가구에 우선 연계'],
    followUps: [{ id: 'fu-1', action: '[synthetic] 연계 가능 민간자원 목록 공유', ownerMemberId: 'ppc-nowon-m02', dueOn: '2013-04-30' }],
  },
  {
    id: 'ppc-nowon-2013-02',
    councilId: 'ppc-nowon',
    kind: 'JOINT_WORKSHOP',
    heldOn: '2013-05-22',
    agenda: ['[synthetic] 민관 합동 워크숍: 사례관리 협력'],
    attendeeMemberIds: ['ppc-nowon-m01', 'ppc-nowon-m02', 'ppc-nowon-m03', 'ppc-nowon-m04', 'ppc-nowon-m06'],
    otherAttendeeCount: 14,
  },
  {
    id: 'jeonbuk-2023-P9-network-01',
    councilId: 'jeonbuk-pass-network',
    kind: 'NETWORK_MEETING',
    heldOn: '2023-05-18',
    district: '전주시',
    agenda: ['[synthetic] 2023 민간지원사업 방향 공유', '[synthetic] 직능단체 업무협약 논의'],
    attendeeMemberIds: ['jb-network-m01', 'jb-network-m02', 'jb-network-m03', 'jb-network-m04', 'jb-network-m05'],
    otherAttendeeCount: 120,
    resolutions: ['[synthetic] 직능단체별 협약 추진', '[synthetic] 분기별 의견수렴 창구 운영'],
    followUps: [{ id: 'fu-1', action: '[synthetic] 협약서안 회람', ownerMemberId: 'jb-network-m01', dueOn: '2023-06-30' }],
  },
  {
    id: 'jeonbuk-2023-P9-visit-01',
    councilId: 'jeonbuk-pass-network',
    kind: 'FIELD_VISIT',
    heldOn: '2023-06-15',
    district: '무주군',
    agenda: ['[synthetic] 찾아가는 사서원: 농촌 돌봄 현장 의견수렴'],
    attendeeMemberIds: ['jb-network-m01'],
    otherAttendeeCount: 18,
  },
];
export const FOLLOW_UP_COMPLETIONS = [{ meetingId: 'ppc-nowon-2013-01', followUpId: 'fu-1', completedOn: '2013-04-26' }];

/** SYNTHETIC visits during the pilot ('13.3–6, 002 L139); no real household is described. */
export const VISITS: RecordOutreachVisitInput[] = [
  {
    id: 'synthetic-visit-2013-001',
    communityCentreId: 'dong-nowon-sanggye1',
    visitorRole: 'VOLUNTEER',
    visitedOn: '2013-03-14',
    householdId: 'HH-SYN001',
    volunteerId: 'vol-nowon-sanggye1-01',
    findings: '[synthetic] Older person living alone, skips meals; volunteer reported to the dong welfare official.',
    needsDiscovery: { domains: ['MEALS', 'CARE'] },
  },
  {
    id: 'synthetic-visit-2013-002',
    communityCentreId: 'dong-seongdong-haengdang1',
    visitorRole: 'WELFARE_OFFICIAL',
    visitedOn: '2013-03-20',
    householdId: 'HH-SYN002',
    findings: '[synthetic] Rent arrears, untreated illness and job loss in one household.',
    needsDiscovery: { domains: ['HOUSING', 'HEALTH', 'JOBS'], note: '[synthetic] several needs at once; likely long-term' },
  },
  {
    id: 'synthetic-visit-2013-003',
    communityCentreId: 'dong-seodaemun-hongje1',
    visitorRole: 'NEIGHBOURHOOD_HEAD',
    visitedOn: '2013-04-03',
    householdId: 'HH-SYN003',
    volunteerId: 'vol-seodaemun-hongje1-01',
    findings: '[synthetic] Carer of a disabled family member near exhaustion.',
    needsDiscovery: { domains: ['CARE'] },
  },
  {
    id: 'synthetic-visit-2013-004',
    communityCentreId: 'dong-geumcheon-doksan1',
    visitorRole: 'VOLUNTEER',
    visitedOn: '2013-04-10',
    householdId: 'HH-SYN004',
    volunteerId: 'vol-geumcheon-doksan1-01',
    findings: '[synthetic] Follow-up visit; household is managing, no new needs.',
  },
  {
    id: 'synthetic-visit-2013-005',
    communityCentreId: 'dong-nowon-sanggye1',
    visitorRole: 'WELFARE_OFFICIAL',
    visitedOn: '2013-05-07',
    householdId: 'HH-SYN005',
    findings: '[synthetic] Young adult out of school and work.',
    needsDiscovery: { domains: ['EDUCATION', 'JOBS'] },
  },
  {
    id: 'synthetic-visit-2013-006',
    communityCentreId: 'dong-geumcheon-doksan1',
    visitorRole: 'NEIGHBOURHOOD_HEAD',
    visitedOn: '2013-05-21',
    householdId: 'HH-SYN006',
    volunteerId: 'vol-geumcheon-doksan1-02',
    findings: '[synthetic] Older couple with irregular meals.',
    needsDiscovery: { domains: ['MEALS'] },
  },
];

/**
 * Two SYNTHETIC visits in 2019, in 돌봄SOS pilot districts (004 L45), referred to care-services: their
 * ReferralMade events open 돌봄SOS CareRequests there, whose outcomes come back to close the loop.
 */
export const CARE_SOS_VISITS: RecordOutreachVisitInput[] = [
  {
    id: 'synthetic-visit-2019-007',
    communityCentreId: 'dong-nowon-sanggye1',
    visitorRole: 'VOLUNTEER',
    visitedOn: '2019-07-22',
    householdId: 'HH-SYN007',
    findings: '[synthetic] Older person after a hospital stay, cannot cook or manage alone for a few weeks.',
    needsDiscovery: { domains: ['CARE', 'MEALS'] },
  },
  {
    id: 'synthetic-visit-2019-008',
    communityCentreId: 'dong-seongdong-haengdang1',
    visitorRole: 'WELFARE_OFFICIAL',
    visitedOn: '2019-08-05',
    householdId: 'HH-SYN008',
    findings: '[synthetic] Broken door lock and leaking sink in a single-person household.',
    needsDiscovery: { domains: ['HOUSING'] },
  },
];

/** Cases (사례관리), SYNTHETIC: 002 names none. Managers are staff pseudonyms. */
export const CASES: OpenCaseInput[] = [
  {
    id: 'synthetic-case-2013-002',
    householdId: 'HH-SYN002',
    communityCentreId: 'dong-seongdong-haengdang1',
    managerId: 'seongdong-cm-01',
    visitId: 'synthetic-visit-2013-002',
    needs: ['HOUSING', 'HEALTH', 'JOBS'],
    openedOn: '2013-03-22',
  },
  {
    id: 'synthetic-case-2013-003',
    householdId: 'HH-SYN003',
    communityCentreId: 'dong-seodaemun-hongje1',
    managerId: 'seodaemun-cm-01',
    visitId: 'synthetic-visit-2013-003',
    needs: ['CARE'],
    openedOn: '2013-04-05',
  },
  {
    id: 'synthetic-case-2013-005',
    householdId: 'HH-SYN005',
    communityCentreId: 'dong-nowon-sanggye1',
    managerId: 'nowon-cm-01',
    visitId: 'synthetic-visit-2013-005',
    needs: ['EDUCATION', 'JOBS'],
    openedOn: '2013-05-10',
  },
];

type Step = { label: string; query: string; input: object };
const step = (label: string, query: string, input: object): Step => ({ label, query, input });

/**
 * Follow-up steps in order. Visits: 001 referred to a private resource and closed; 002 and 003 handed to
 * cases; 005 referred and kept open beside its case; 006 still DISCOVERED; 007 and 008 referred to
 * care-services. Cases: 002 planned, escalated to the 희망복지지원단 (3 needs domains), closed HANDED_OVER
 * and followed up; 003 OPEN; 005 IN_PROGRESS.
 */
export const FOLLOW_UP_STEPS: Step[] = [
  step('refer visit 001 (private resource)', REFER, {
    id: 'synthetic-ref-2013-001',
    visitId: 'synthetic-visit-2013-001',
    target: 'PRIVATE_RESOURCE',
    serviceName: '복지관 밑반찬 배달',
    referredOn: '2013-03-18',
  } satisfies ReferNeedsInput),
  step('close visit 001', CLOSE, { visitId: 'synthetic-visit-2013-001', closedOn: '2013-04-30', outcome: 'SERVICES_LINKED' }),
  ...CASES.map((c) => step(`open case ${c.id}`, OPEN_CASE, c)),
  step('close visit 002 (handed to its case)', CLOSE, {
    visitId: 'synthetic-visit-2013-002',
    closedOn: '2013-03-22',
    outcome: 'HANDED_OVER',
  }),
  step('close visit 003 (handed to its case)', CLOSE, {
    visitId: 'synthetic-visit-2013-003',
    closedOn: '2013-04-05',
    outcome: 'HANDED_OVER',
  }),
  step('refer case 002 (public service)', REFER, {
    id: 'synthetic-ref-2013-002',
    caseId: 'synthetic-case-2013-002',
    target: 'PUBLIC_SERVICE',
    serviceName: '긴급복지지원',
    needs: ['HOUSING', 'HEALTH'],
    referredOn: '2013-03-22',
  } satisfies ReferNeedsInput),
  step('plan case 002', PLAN_CASE, {
    caseId: 'synthetic-case-2013-002',
    plan: '[synthetic] 긴급복지 주거·의료 지원 후 자활 연계',
    linkedServices: [
      { kind: 'PUBLIC', name: '긴급복지지원' },
      { kind: 'PRIVATE', name: '복지관 의료비 지원' },
    ],
    plannedOn: '2013-03-25',
  }),
  step('escalate case 002', ESCALATE_CASE, { caseId: 'synthetic-case-2013-002', escalatedOn: '2013-04-02' }),
  step('close case 002', CLOSE_CASE, { caseId: 'synthetic-case-2013-002', closedOn: '2013-05-15', outcome: 'HANDED_OVER' }),
  step('follow up case 002', FOLLOW_UP_CASE, { caseId: 'synthetic-case-2013-002', followUpOn: '2013-08-01' }),
  step('refer visit 005 (public service)', REFER, {
    id: 'synthetic-ref-2013-005',
    visitId: 'synthetic-visit-2013-005',
    target: 'PUBLIC_SERVICE',
    serviceName: '자활근로 연계',
    referredOn: '2013-05-09',
  } satisfies ReferNeedsInput),
  step('plan case 005', PLAN_CASE, {
    caseId: 'synthetic-case-2013-005',
    plan: '[synthetic] 자활근로와 검정고시 학습 지원',
    linkedServices: [{ kind: 'PUBLIC', name: '자활근로' }],
    plannedOn: '2013-05-20',
  }),
  step('refer visit 007 to care-services', REFER, {
    id: 'synthetic-ref-2019-007',
    visitId: 'synthetic-visit-2019-007',
    target: 'CARE_SERVICES',
    requestedServices: ['TEMPORARY_HOME_CARE', 'MEAL_SUPPORT'],
    referredOn: '2019-07-23',
  } satisfies ReferNeedsInput),
  step('refer visit 008 to care-services', REFER, {
    id: 'synthetic-ref-2019-008',
    visitId: 'synthetic-visit-2019-008',
    target: 'CARE_SERVICES',
    requestedServices: ['HOUSING_CONVENIENCE'],
    referredOn: '2019-08-06',
  } satisfies ReferNeedsInput),
  step('outcome of referral 001 (served)', REFERRAL_OUTCOME, {
    referralId: 'synthetic-ref-2013-001',
    outcome: 'SERVED',
    decidedOn: '2013-04-30',
  } satisfies RecordReferralOutcomeInput),
  step('outcome of referral 002 (served)', REFERRAL_OUTCOME, {
    referralId: 'synthetic-ref-2013-002',
    outcome: 'SERVED',
    decidedOn: '2013-03-29',
  } satisfies RecordReferralOutcomeInput),
];

/**
 * The 2013 pilot as planned in 002: call L136–146 (deadline '13.2.20, pilot '13.3–6), committee L150
 * (≤7, ≥2 external), total 3억원 L164, cap 1억원 L141 (kept as printed, DQ-002-1), tranches L180–181.
 * 002 names no selected district and no committee member: the applicants are the four districts it
 * names as already strong in 동 welfare (L146), their grants are SYNTHETIC (75,000,000원 each, so the
 * four respect the 3억 total, DQ-002-2), and the committee members are pseudonyms.
 */
export const PILOT_PROGRAM_ID = 'seoul-2013-welfare-delivery-pilot';
export const PILOT_PROGRAM: RegisterPilotProgramInput = {
  id: PILOT_PROGRAM_ID,
  name: '수요자 중심의 원스톱 복지서비스 전달체계 시범운영',
  source: '002 L134–183',
  applicationDeadline: '2013-02-20',
  pilotFrom: '2013-03-01',
  pilotTo: '2013-06-30',
  totalBudgetKRW: 300_000_000,
  reportedDistrictCapKRW: 100_000_000,
  selectionCommittee: [
    { memberId: 'pilot-committee-01', external: false },
    { memberId: 'pilot-committee-02', external: false },
    { memberId: 'pilot-committee-03', external: false },
    { memberId: 'pilot-committee-04', external: false },
    { memberId: 'pilot-committee-05', external: true },
    { memberId: 'pilot-committee-06', external: true },
    { memberId: 'pilot-committee-07', external: true },
  ],
};
export const PILOT_GRANT_KRW = 75_000_000;
export const PILOT_APPLICANTS = ['성동구', '노원구', '서대문구', '금천구'];
/** Districts whose staff were deployed (tranche 2 released); the other two wait for theirs. */
export const PILOT_STAFF_DEPLOYED = ['성동구', '노원구'];

const pilotSteps = (): SeedStep[] => {
  const on = (district: string) => ({ programId: PILOT_PROGRAM_ID, district });
  const steps: SeedStep[] = [{ label: `pilot programme ${PILOT_PROGRAM_ID}`, query: REGISTER_PILOT, variables: { input: PILOT_PROGRAM } }];
  for (const d of PILOT_APPLICANTS) {
    steps.push(
      {
        label: `pilot: ${d} applies`,
        query: APPLY_PILOT,
        variables: { input: { ...on(d), track: 'STRENGTHENED_DISTRICT', appliedOn: '2013-02-20' } },
      },
      {
        label: `pilot: ${d} selected`,
        query: SELECT_PILOT,
        variables: { input: { ...on(d), grantKRW: PILOT_GRANT_KRW, selectedOn: '2013-02-28' } },
      },
      {
        label: `pilot: ${d} final plan`,
        query: GRANT_CONDITION,
        variables: { input: { ...on(d), condition: 'FINAL_PLAN_SUBMITTED', metOn: '2013-03-05' } },
      },
      { label: `pilot: ${d} tranche 1`, query: RELEASE_TRANCHE, variables: { input: { ...on(d), tranche: 1, releasedOn: '2013-03-08' } } },
      { label: `pilot: ${d} operating`, query: ADVANCE_PILOT, variables: { input: { ...on(d), to: 'OPERATING', on: '2013-03-11' } } },
    );
  }
  for (const d of PILOT_STAFF_DEPLOYED) {
    steps.push(
      {
        label: `pilot: ${d} staff deployed`,
        query: GRANT_CONDITION,
        variables: { input: { ...on(d), condition: 'STAFF_DEPLOYED', metOn: '2013-04-01' } },
      },
      { label: `pilot: ${d} tranche 2`, query: RELEASE_TRANCHE, variables: { input: { ...on(d), tranche: 2, releasedOn: '2013-04-05' } } },
    );
  }
  return steps;
};

const OPEN_RIGHTS_CASE = `mutation OpenHumanRightsCase($input: OpenHumanRightsCaseInput!) { openHumanRightsCase(input: $input) { id status } }`;
const RIGHTS_STEP = `mutation RecordHumanRightsCaseStep($input: RecordHumanRightsCaseStepInput!) { recordHumanRightsCaseStep(input: $input) { id status } }`;

/**
 * 인권상담 (003 P14/P15, L3283–3450): the plan targets 55 online counselling cases but describes none;
 * these three are SYNTHETIC, with opaque ids and a pseudonymous counsellor. One is referred to
 * 전라북도 인권담당관실 (L3333), one escalated to the 인권경영위원회 (L3379–3380), one in counselling.
 */
export const RIGHTS_CASES: OpenRightsCaseInput[] = [
  {
    id: 'HRC-2023JB0001',
    agencyId: 'jeonbuk-pass',
    channel: 'ONLINE',
    complainantType: 'PROVIDER_STAFF',
    category: 'WORKPLACE_HARASSMENT',
    counsellorId: 'jb-rights-counsellor-01',
    receivedOn: '2023-04-10',
  },
  {
    id: 'HRC-2023JB0002',
    agencyId: 'jeonbuk-pass',
    channel: 'HOTLINE',
    complainantType: 'FACILITY_STAFF',
    category: 'VERBAL_ABUSE',
    counsellorId: 'jb-rights-counsellor-01',
    receivedOn: '2023-05-15',
  },
  {
    id: 'HRC-2023JB0003',
    agencyId: 'jeonbuk-pass',
    channel: 'ONLINE',
    complainantType: 'PROVIDER_STAFF',
    category: 'LABOUR_RIGHTS',
    counsellorId: 'jb-rights-counsellor-02',
    receivedOn: '2023-06-01',
  },
];
export const RIGHTS_STEPS: { caseId: string; to: RightsStatus; on: string; referredTo?: string }[] = [
  { caseId: 'HRC-2023JB0001', to: 'COUNSELLING', on: '2023-04-12' },
  { caseId: 'HRC-2023JB0001', to: 'REFERRED', on: '2023-05-02', referredTo: '전라북도 인권담당관실' },
  { caseId: 'HRC-2023JB0002', to: 'ESCALATED', on: '2023-05-16' },
  { caseId: 'HRC-2023JB0003', to: 'COUNSELLING', on: '2023-06-02' },
];

const REGISTER_CAMPAIGN = `mutation RegisterCampaign($input: RegisterCampaignInput!) { registerCampaign(input: $input) { id } }`;
const RECORD_POSTING = `mutation RecordCampaignPosting($input: RecordCampaignPostingInput!) { recordCampaignPosting(input: $input) { id } }`;

/** 홍보 (003 P12, L3156–3215): targets as printed (35 core postings; offline 5, online 55); the postings are SYNTHETIC. */
export const CAMPAIGN: RegisterCampaignInput = {
  id: 'jeonbuk-2023-P12',
  agencyId: 'jeonbuk-pass',
  year: 2023,
  title: '사회서비스원 인식 제고를 위한 홍보 강화',
  channels: ['HOMEPAGE', 'FACEBOOK', 'KAKAOTALK', 'YOUTUBE', 'PRESS_RELEASE', 'PRESS_MEETING', 'NEWSLETTER'],
  targetCorePostings: 35,
  targetOffline: 5,
  targetOnline: 55,
};
const POSTINGS: Posting[] = [
  {
    id: 'jeonbuk-2023-P12-press-01',
    channel: 'PRESS_RELEASE',
    postedOn: '2023-03-02',
    title: '[synthetic] 대체인력 지원사업 안내',
    coreProgramme: true,
    reach: null,
  },
  {
    id: 'jeonbuk-2023-P12-letter-01',
    channel: 'NEWSLETTER',
    postedOn: '2023-03-06',
    title: '[synthetic] 사서원의 마음편지 1호',
    coreProgramme: false,
    reach: 412,
  },
  {
    id: 'jeonbuk-2023-P12-meeting-01',
    channel: 'PRESS_MEETING',
    postedOn: '2023-04-20',
    title: '[synthetic] 기자간담회',
    coreProgramme: true,
    reach: 12,
  },
];
export const CAMPAIGN_POSTINGS = POSTINGS.map((p) => ({ ...p, campaignId: CAMPAIGN.id }));

export const seedSteps: SeedStep[] = [
  ...pilotSteps(),
  ...CONSORTIA.map((input) => ({ label: `consortium ${input.name}`, query: REGISTER_CONSORTIUM, variables: { input } })),
  ...DELIVERIES.map(({ consortiumId, row }) => ({
    label: `delivery ${consortiumId} ${row.service} ${row.periodFrom}–${row.periodTo}`,
    query: RECORD_DELIVERY,
    variables: { input: { consortiumId, ...row } },
  })),
  ...PROGRAMME_REPORTS.map((input) => ({ label: `programme report ${input.id}`, query: RECORD_REPORT, variables: { input } })),
  ...COMMUNITY_CENTRES.map((input) => ({ label: `community centre ${input.name}`, query: REGISTER_CENTRE, variables: { input } })),
  ...VOLUNTEERS.map((input) => ({ label: `resident volunteer ${input.id}`, query: REGISTER_VOLUNTEER, variables: { input } })),
  ...[...VISITS, ...CARE_SOS_VISITS].map((input) => ({ label: `visit ${input.id}`, query: RECORD_VISIT, variables: { input } })),
  ...VOLUNTEER_ENDS.map((input) => ({ label: `end volunteer ${input.volunteerId}`, query: END_VOLUNTEER, variables: { input } })),
  ...FOLLOW_UP_STEPS.map((s) => ({ label: s.label, query: s.query, variables: { input: s.input } })),
  ...COUNCILS.map((input) => ({ label: `council ${input.id}`, query: REGISTER_COUNCIL, variables: { input } })),
  ...MEETINGS.map((input) => ({ label: `meeting ${input.id}`, query: HOLD_MEETING, variables: { input } })),
  ...FOLLOW_UP_COMPLETIONS.map((input) => ({
    label: `follow-up ${input.meetingId}/${input.followUpId}`,
    query: COMPLETE_FOLLOW_UP,
    variables: { input },
  })),
  ...RIGHTS_CASES.map((input) => ({ label: `human-rights case ${input.id}`, query: OPEN_RIGHTS_CASE, variables: { input } })),
  { label: `campaign ${CAMPAIGN.id}`, query: REGISTER_CAMPAIGN, variables: { input: CAMPAIGN } },
  ...CAMPAIGN_POSTINGS.map((input) => ({ label: `campaign posting ${input.id}`, query: RECORD_POSTING, variables: { input } })),
  ...RIGHTS_STEPS.map((input) => ({ label: `human-rights case ${input.caseId} → ${input.to}`, query: RIGHTS_STEP, variables: { input } })),
];
