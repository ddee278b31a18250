import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CampaignDoc as CampaignDocModel, Posting as PostingModel } from '../campaigns';
import type { CaseDoc as CaseDocModel } from '../cases';
import type { PublicPrivateCouncilDoc as PublicPrivateCouncilDocModel, NetworkMeetingDoc as NetworkMeetingDocModel } from '../councils';
import type { CommunityCentreDoc as CommunityCentreDocModel, OutreachVisitDoc as OutreachVisitDocModel, ConsortiumDoc as ConsortiumDocModel, ProgrammeReportDoc as ProgrammeReportDocModel } from '../models';
import type { NanumBanjangProgrammeDoc as NanumBanjangProgrammeDocModel, NanumBanjangPhaseDoc as NanumBanjangPhaseDocModel, NanumBanjangGrantDoc as NanumBanjangGrantDocModel } from '../nanum-banjang-resolvers';
import type { PilotFundingPlanDoc as PilotFundingPlanDocModel } from '../pilot-funding';
import type { PilotProgramDoc as PilotProgramDocModel, ParticipationView as ParticipationViewModel } from '../pilot';
import type { ReferralDoc as ReferralDocModel } from '../referrals';
import type { HumanRightsCaseDoc as HumanRightsCaseDocModel } from '../rights';
import type { CommunityVolunteerDoc as CommunityVolunteerDocModel } from '../volunteers';
import type { DistrictServiceSupply as DistrictServiceSupplyModel } from '../domain';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An ISO-8601 instant in UTC. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Money in integer Korean won (원). */
  KRW: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AdvancePilotDistrictInput = {
  district: Scalars['String']['input'];
  on: Scalars['Date']['input'];
  programId: Scalars['ID']['input'];
  to: PilotStatus;
};

/** Outcome of a referral to another agency. */
export type AgencyReferralOutcome =
  /** 거부 (declined by the household) */
  | 'DECLINED'
  /** 미제공 (not served by the agency) */
  | 'NOT_SERVED'
  /** 제공 (served) */
  | 'SERVED';

export type ApplyForPilotInput = {
  appliedOn: Scalars['Date']['input'];
  district: Scalars['String']['input'];
  programId: Scalars['ID']['input'];
  track: PilotTrack;
};

/** 홍보 (public communication campaign) of a year, with its targets and postings. */
export type Campaign = {
  __typename?: 'Campaign';
  agencyId: Scalars['ID']['output'];
  channels: Array<CampaignChannel>;
  id: Scalars['ID']['output'];
  /** Postings by date. */
  postings: Array<CampaignPosting>;
  /** Counted from the postings. */
  progress: CampaignProgress;
  /** 핵심사업 홍보물 게시 target (postings about core programmes). */
  targetCorePostings: Scalars['Int']['output'];
  targetOffline: Scalars['Int']['output'];
  targetOnline: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type CampaignChannel =
  /** 페이스북 (Facebook) */
  | 'FACEBOOK'
  /** 홈페이지 (homepage) */
  | 'HOMEPAGE'
  /** 카카오톡 채널 (KakaoTalk channel) */
  | 'KAKAOTALK'
  /** 사서원의 마음편지 (weekly email to providers) */
  | 'NEWSLETTER'
  /** 오프라인 행사 (offline event) */
  | 'OFFLINE_EVENT'
  /** 기자간담회 (press meeting) */
  | 'PRESS_MEETING'
  /** 보도자료 (press release) */
  | 'PRESS_RELEASE'
  /** 유튜브 (YouTube) */
  | 'YOUTUBE';

export type CampaignPosting = {
  __typename?: 'CampaignPosting';
  channel: CampaignChannel;
  coreProgramme: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Press meetings and offline events are offline; every other channel is online. */
  offline: Scalars['Boolean']['output'];
  postedOn: Scalars['Date']['output'];
  /** 도달 (views, recipients or attendees), where known. */
  reach?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
};

export type CampaignProgress = {
  __typename?: 'CampaignProgress';
  corePostings: Scalars['Int']['output'];
  coreTargetMet: Scalars['Boolean']['output'];
  offline: Scalars['Int']['output'];
  offlineTargetMet: Scalars['Boolean']['output'];
  online: Scalars['Int']['output'];
  onlineTargetMet: Scalars['Boolean']['output'];
  /** Sum of the known reach figures; null when none is known. */
  reach?: Maybe<Scalars['Int']['output']>;
};

/** 사례관리 (case management) of a household: manager, plan, linked services, escalation to the 희망복지지원단. */
export type Case = {
  __typename?: 'Case';
  closedOn?: Maybe<Scalars['Date']['output']>;
  communityCentre: CommunityCentre;
  /** Why the case counts as complex or long-term now (or when it closed); null when it does not. */
  complexity?: Maybe<CaseComplexity>;
  district: District;
  /** Whether it was escalated (이관) to the district's 희망복지지원단. */
  escalated: Scalars['Boolean']['output'];
  escalatedOn?: Maybe<Scalars['Date']['output']>;
  escalationReason?: Maybe<CaseComplexity>;
  /** 사후관리 (follow-up) started on. */
  followUpOn?: Maybe<Scalars['Date']['output']>;
  household: Household;
  id: Scalars['ID']['output'];
  /** 연계 서비스 (linked public and private services). */
  linkedServices: Array<LinkedService>;
  /** 사례관리자 (case manager), a staff pseudonym. */
  managerId: Scalars['ID']['output'];
  needs: Array<NeedsDomain>;
  openedOn: Scalars['Date']['output'];
  outcome?: Maybe<CaseOutcome>;
  /** 사례관리 계획 (case plan). */
  plan?: Maybe<Scalars['String']['output']>;
  plannedOn?: Maybe<Scalars['Date']['output']>;
  referrals: Array<Referral>;
  status: CaseStatus;
  visit?: Maybe<OutreachVisit>;
};

export type CaseComplexity =
  /** 복합 욕구 (needs in 3 or more domains) */
  | 'COMPLEX_NEEDS'
  /** 장기 (open 90 days or more) */
  | 'LONG_TERM';

export type CaseConnection = {
  __typename?: 'CaseConnection';
  edges: Array<CaseEdge>;
  nodes: Array<Case>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CaseEdge = {
  __typename?: 'CaseEdge';
  cursor: Scalars['String']['output'];
  node: Case;
};

/** A case manager's case load. */
export type CaseLoad = {
  __typename?: 'CaseLoad';
  /** OPEN + IN_PROGRESS + FOLLOW_UP. */
  active: Scalars['Int']['output'];
  closed: Scalars['Int']['output'];
  escalated: Scalars['Int']['output'];
  followUp: Scalars['Int']['output'];
  inProgress: Scalars['Int']['output'];
  managerId: Scalars['ID']['output'];
  open: Scalars['Int']['output'];
};

export type CaseOutcome =
  /** 거부 (declined) */
  | 'DECLINED'
  /** 이관 완료 (handed over to the 희망복지지원단) */
  | 'HANDED_OVER'
  /** 전출 (moved away) */
  | 'MOVED_AWAY'
  /** 욕구 해소 (needs met) */
  | 'NEEDS_MET';

export type CaseStatus =
  /** 종결 (closed) */
  | 'CLOSED'
  /** 사후관리 (follow-up after closing) */
  | 'FOLLOW_UP'
  /** 진행 (plan set, services linked) */
  | 'IN_PROGRESS'
  /** 접수 (opened) */
  | 'OPEN';

export type CloseCaseInput = {
  caseId: Scalars['ID']['input'];
  closedOn: Scalars['Date']['input'];
  outcome: CaseOutcome;
};

export type CloseOutcome =
  /** 거부 (declined by the household) */
  | 'DECLINED'
  /** 사례관리로 이관 (handed over to a case) */
  | 'HANDED_OVER'
  /** 욕구 없음 (no needs found at the visit) */
  | 'NO_NEEDS_FOUND'
  /** 서비스 연계 완료 (services linked) */
  | 'SERVICES_LINKED';

export type CloseOutreachCaseInput = {
  closedOn: Scalars['Date']['input'];
  outcome: CloseOutcome;
  visitId: Scalars['ID']['input'];
};

export type CommitteeMember = {
  __typename?: 'CommitteeMember';
  /** 외부전문가 (external expert). */
  external: Scalars['Boolean']['output'];
  memberId: Scalars['ID']['output'];
};

export type CommitteeMemberInput = {
  external: Scalars['Boolean']['input'];
  memberId: Scalars['ID']['input'];
};

/** 동주민센터 (community service centre of a 동, neighbourhood). */
export type CommunityCentre = {
  __typename?: 'CommunityCentre';
  district: District;
  id: Scalars['ID']['output'];
  /** A pilot centre has at least 2 experienced welfare counsellors (002 L70). */
  meetsPilotCounsellorMinimum: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** 시범동 (pilot centre of the 2013 welfare-delivery pilot). */
  pilot: Scalars['Boolean']['output'];
  registeredAt: Scalars['DateTime']['output'];
  visits: Array<OutreachVisit>;
  /** 복지직 (welfare officials) working as counsellors. */
  welfareStaffCount: Scalars['Int']['output'];
};

/** A resident volunteer of a 동 (002 L108–114): 통반장 or 나눔이웃 visiting vulnerable households; only a pseudonymous display name is kept, no contact data. */
export type CommunityVolunteer = {
  __typename?: 'CommunityVolunteer';
  activeFrom: Scalars['Date']['output'];
  activeTo?: Maybe<Scalars['Date']['output']>;
  communityCentre: CommunityCentre;
  /** Pseudonym, e.g. "노원-나눔이웃-07"; never a real name. */
  displayName: Scalars['String']['output'];
  district: District;
  id: Scalars['ID']['output'];
  registeredAt: Scalars['DateTime']['output'];
  status: CommunityVolunteerStatus;
  type: CommunityVolunteerType;
  /** Visits the volunteer made, in id order (those in the caller's scope). */
  visits: Array<OutreachVisit>;
};

export type CommunityVolunteerConnection = {
  __typename?: 'CommunityVolunteerConnection';
  edges: Array<CommunityVolunteerEdge>;
  nodes: Array<CommunityVolunteer>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommunityVolunteerEdge = {
  __typename?: 'CommunityVolunteerEdge';
  cursor: Scalars['String']['output'];
  node: CommunityVolunteer;
};

export type CommunityVolunteerStatus =
  /** 활동 중 (active) */
  | 'ACTIVE'
  /** 활동 종료 (ended) */
  | 'ENDED';

export type CommunityVolunteerType =
  /** 통반장 (neighbourhood head) */
  | 'NEIGHBOURHOOD_HEAD'
  /** 나눔이웃 (sharing neighbour, resident volunteer) */
  | 'SHARING_NEIGHBOUR';

export type ComplainantType =
  /** 소속시설 종사자 (staff of the agency's facilities) */
  | 'FACILITY_STAFF'
  /** 본부 직원 (headquarters staff) */
  | 'HQ_STAFF'
  /** 민간기관 종사자 (staff of private providers) */
  | 'PROVIDER_STAFF';

export type CompleteMeetingFollowUpInput = {
  completedOn: Scalars['Date']['input'];
  followUpId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
};

export type CouncilLevel =
  /** 권역별 (an area of several 동) */
  | 'AREA'
  /** 동별 (one community centre) */
  | 'COMMUNITY_CENTRE'
  /** 자치구 단위 (the whole district) */
  | 'DISTRICT'
  /** 도 단위 민-관 협력 네트워크 (province-wide network of an agency) */
  | 'PROVINCE';

/** A council member: a pseudonymous person for an organisation of one sector. */
export type CouncilMember = {
  __typename?: 'CouncilMember';
  /** Pseudonymous id; no names or contact data. */
  memberId: Scalars['ID']['output'];
  organisationKind: CouncilOrganisationKind;
  /** The organisation as named (organisations are not personal data), where given. */
  organisationName?: Maybe<Scalars['String']['output']>;
  role: CouncilRole;
  sector: CouncilSector;
};

export type CouncilMemberInput = {
  memberId: Scalars['ID']['input'];
  organisationKind: CouncilOrganisationKind;
  organisationName: InputMaybe<Scalars['String']['input']>;
  role: CouncilRole;
  sector: CouncilSector;
};

export type CouncilOrganisationKind =
  /** 민간단체 (civic group) */
  | 'CIVIC_GROUP'
  /** 동주민센터 (community centre) */
  | 'COMMUNITY_CENTRE'
  /** 구청·시군청 (district or city office) */
  | 'LOCAL_GOVERNMENT'
  /** 직능단체 (professional association) */
  | 'PROFESSIONAL_ASSOCIATION'
  /** 공공기관 (other public body, e.g. a 사회서비스원) */
  | 'PUBLIC_AGENCY'
  /** 종교단체 (religious organisation) */
  | 'RELIGIOUS_ORGANISATION'
  /** 학교 (school) */
  | 'SCHOOL'
  /** 봉사조직 (volunteer organisation) */
  | 'VOLUNTEER_ORGANISATION'
  /** 복지시설 (welfare facility) */
  | 'WELFARE_FACILITY';

export type CouncilRole =
  /** 위원장 (chair) */
  | 'CHAIR'
  /** 공동위원장 (co-chair, of the other sector) */
  | 'CO_CHAIR'
  /** 위원 (member) */
  | 'MEMBER'
  /** 간사 (secretary) */
  | 'SECRETARY';

export type CouncilSector =
  /** 민간 (private) */
  | 'PRIVATE'
  /** 공공 (public) */
  | 'PUBLIC';

export type CouncilStatus =
  /** 운영 중 (active) */
  | 'ACTIVE'
  /** 해산 (dissolved) */
  | 'DISSOLVED';

/** A count in 건 and an amount in 원 (null when unknown). */
export type DeliveryFigure = {
  __typename?: 'DeliveryFigure';
  amountKRW?: Maybe<Scalars['KRW']['output']>;
  count: Scalars['Int']['output'];
};

export type DeliveryPeriodTotal = {
  __typename?: 'DeliveryPeriodTotal';
  /** Sum of the rows in 원; null unless every row has an amount. */
  amountKRW?: Maybe<Scalars['KRW']['output']>;
  /** Sum of the rows, 건. */
  count: Scalars['Int']['output'];
  /** Whether every printed figure equals the computed one; null when nothing is printed. */
  matchesReported?: Maybe<Scalars['Boolean']['output']>;
  periodFrom: Scalars['Date']['output'];
  periodTo: Scalars['Date']['output'];
  reportedAmountKRW?: Maybe<Scalars['KRW']['output']>;
  /** 소계 as printed. */
  reportedCount?: Maybe<Scalars['Int']['output']>;
};

export type DiscoveryFunnel = {
  __typename?: 'DiscoveryFunnel';
  /** 발굴 (visits that discovered needs). */
  discoveries: Scalars['Int']['output'];
  district: District;
  /** Referrals care-services received as a 돌봄SOS request. */
  received: Scalars['Int']['output'];
  /** 연계 (referrals made, to any target). */
  referrals: Scalars['Int']['output'];
  referralsToCareServices: Scalars['Int']['output'];
  /** Referrals served: care-services' requests reported SERVED, and referrals to other agencies recorded SERVED. */
  served: Scalars['Int']['output'];
  /** 방문 (home visits recorded). */
  visits: Scalars['Int']['output'];
};

export type DiscoveryStatus =
  /** 종결 (closed) */
  | 'CLOSED'
  /** 발굴 (discovered, not yet referred) */
  | 'DISCOVERED'
  /** 연계 (referred at least once) */
  | 'REFERRED';

export type DissolvePublicPrivateCouncilInput = {
  councilId: Scalars['ID']['input'];
  dissolvedOn: Scalars['Date']['input'];
};

export type District = {
  __typename?: 'District';
  /** 동주민센터 of the district, in id order. */
  communityCentres: Array<CommunityCentre>;
  /** 발굴 funnel: visits → discoveries → referrals → received → served, computed. */
  discoveryFunnel: DiscoveryFunnel;
  name: Scalars['String']['output'];
  /** 시범운영 참여 (participation in welfare-delivery pilots), one per programme applied to. */
  pilotParticipations: Array<PilotParticipation>;
  /** 민관복지협력체 of the district (every level inside it), in id order. */
  publicPrivateCouncils: Array<PublicPrivateCouncil>;
};

export type DistrictDeliverySummary = {
  __typename?: 'DistrictDeliverySummary';
  byService: Array<ServiceFigure>;
  consortium: NeighbourhoodCareConsortium;
  district: District;
  matchesReported?: Maybe<Scalars['Boolean']['output']>;
  reportedAmountKRW?: Maybe<Scalars['KRW']['output']>;
  reportedCount?: Maybe<Scalars['Int']['output']>;
  total: DeliveryFigure;
};

export type DistrictServiceSupply = {
  __typename?: 'DistrictServiceSupply';
  district: District;
  service: NeighbourhoodService;
  supplyCount: Scalars['Int']['output'];
};

export type EndCommunityVolunteerInput = {
  activeTo: Scalars['Date']['input'];
  volunteerId: Scalars['ID']['input'];
};

export type EscalateCaseInput = {
  caseId: Scalars['ID']['input'];
  escalatedOn: Scalars['Date']['input'];
};

export type FeeScheduledPart = {
  __typename?: 'FeeScheduledPart';
  count: Scalars['Int']['output'];
  service: Scalars['String']['output'];
};

export type FeeScheduledServices = {
  __typename?: 'FeeScheduledServices';
  computedCount: Scalars['Int']['output'];
  dailyConvenienceCount: Scalars['Int']['output'];
  dailyConvenienceShareOfComputedPct: Scalars['Float']['output'];
  dailyConvenienceShareOfReportedPct: Scalars['Float']['output'];
  /** computed − reported. */
  difference: Scalars['Int']['output'];
  matchesReported: Scalars['Boolean']['output'];
  parts: Array<FeeScheduledPart>;
  reportedCount: Scalars['Int']['output'];
  /** The printed whole-percent share of 일상편의 in the 수가 services. */
  reportedDailyConvenienceSharePct: Scalars['Int']['output'];
  /** Whether the printed percent holds for both the printed and the computed count. */
  reportedShareHolds: Scalars['Boolean']['output'];
};

export type GrantCondition =
  /** 최종 확정 사업계획서(구청장방침) 제출 (final plan submitted): releases tranche 1 */
  | 'FINAL_PLAN_SUBMITTED'
  /** 동 복지인력 확충·배치, 업무조정 완료 (staff deployed, tasks realigned): releases tranche 2 */
  | 'STAFF_DEPLOYED';

export type GrantTranche = {
  __typename?: 'GrantTranche';
  amountKRW: Scalars['KRW']['output'];
  /** 지원조건 (the condition for releasing it). */
  condition: GrantCondition;
  conditionMetOn?: Maybe<Scalars['Date']['output']>;
  releasedOn?: Maybe<Scalars['Date']['output']>;
  tranche: Scalars['Int']['output'];
};

export type HoldNetworkMeetingInput = {
  agenda: Array<Scalars['String']['input']>;
  /** Council members present; each a member of the council, once. */
  attendeeMemberIds: Array<Scalars['ID']['input']>;
  councilId: Scalars['ID']['input'];
  /** Defaults to the council's district; a district-level council meets in its own district. */
  district: InputMaybe<Scalars['String']['input']>;
  followUps: InputMaybe<Array<MeetingFollowUpInput>>;
  /** Not before the council was formed, not in the future. */
  heldOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  kind: MeetingKind;
  otherAttendeeCount: InputMaybe<Scalars['Int']['input']>;
  resolutions: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A household, known only by its pseudonymous id (HH-…); no name, address or other personal data. */
export type Household = {
  __typename?: 'Household';
  cases: Array<Case>;
  id: Scalars['ID']['output'];
  referrals: Array<Referral>;
  visits: Array<OutreachVisit>;
};

/** 인권상담 (human-rights counselling case). Confidential: only id and status are visible without the rights-counsellor role. */
export type HumanRightsCase = {
  __typename?: 'HumanRightsCase';
  agencyId?: Maybe<Scalars['ID']['output']>;
  category?: Maybe<HumanRightsCategory>;
  /** 상담 경로 (channel). */
  channel?: Maybe<HumanRightsChannel>;
  closedOn?: Maybe<Scalars['Date']['output']>;
  complainantType?: Maybe<ComplainantType>;
  counsellingStartedOn?: Maybe<Scalars['Date']['output']>;
  /** 상담위원 (counsellor), a pseudonym. */
  counsellorId?: Maybe<Scalars['ID']['output']>;
  /** Opaque id (HRC-…). */
  id: Scalars['ID']['output'];
  receivedOn?: Maybe<Scalars['Date']['output']>;
  /** 사례 이관 기관 (outside body a REFERRED case went to). */
  referredTo?: Maybe<Scalars['String']['output']>;
  status: HumanRightsCaseStatus;
};

export type HumanRightsCaseConnection = {
  __typename?: 'HumanRightsCaseConnection';
  edges: Array<HumanRightsCaseEdge>;
  nodes: Array<HumanRightsCase>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HumanRightsCaseEdge = {
  __typename?: 'HumanRightsCaseEdge';
  cursor: Scalars['String']['output'];
  node: HumanRightsCase;
};

export type HumanRightsCaseStatus =
  /** 상담 중 (counselling) */
  | 'COUNSELLING'
  /** 인권경영위원회 회부 (escalated to the human-rights management committee) */
  | 'ESCALATED'
  /** 접수 (received) */
  | 'RECEIVED'
  /** 사례 이관 (referred to an outside body) */
  | 'REFERRED'
  /** 해결 (resolved) */
  | 'RESOLVED';

export type HumanRightsCategory =
  /** 차별 (discrimination) */
  | 'DISCRIMINATION'
  /** 노동권 (labour rights) */
  | 'LABOUR_RIGHTS'
  /** 기타 (other) */
  | 'OTHER'
  /** 성희롱 (sexual harassment) */
  | 'SEXUAL_HARASSMENT'
  /** 폭언 (verbal abuse) */
  | 'VERBAL_ABUSE'
  /** 직장 내 괴롭힘 (workplace harassment) */
  | 'WORKPLACE_HARASSMENT';

export type HumanRightsChannel =
  /** 핫라인 (hotline) */
  | 'HOTLINE'
  /** 대면 상담 (in person) */
  | 'IN_PERSON'
  /** 온라인 상담 (online) */
  | 'ONLINE';

export type LeadLegalForm =
  /** 사단법인 (incorporated association) */
  | 'INCORPORATED_ASSOCIATION'
  /** 사회적협동조합 (social cooperative) */
  | 'SOCIAL_COOPERATIVE'
  /** 지원센터 (district support centre or hub) */
  | 'SUPPORT_CENTRE';

export type LinkedService = {
  __typename?: 'LinkedService';
  kind: LinkedServiceKind;
  name: Scalars['String']['output'];
};

export type LinkedServiceInput = {
  kind: LinkedServiceKind;
  name: Scalars['String']['input'];
};

export type LinkedServiceKind =
  /** 민간 (private: 복지관, 민간자원) */
  | 'PRIVATE'
  /** 공공 (public: 공적급여, 기금) */
  | 'PUBLIC';

/** 후속조치 (a follow-up action of a meeting). */
export type MeetingFollowUp = {
  __typename?: 'MeetingFollowUp';
  action: Scalars['String']['output'];
  completedOn?: Maybe<Scalars['Date']['output']>;
  dueOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** The council member in charge, where named. */
  ownerMemberId?: Maybe<Scalars['ID']['output']>;
  status: MeetingFollowUpStatus;
};

export type MeetingFollowUpInput = {
  action: Scalars['String']['input'];
  dueOn: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  ownerMemberId: InputMaybe<Scalars['ID']['input']>;
};

export type MeetingFollowUpStatus =
  /** 완료 (done) */
  | 'DONE'
  /** 진행 (open) */
  | 'OPEN';

export type MeetingKind =
  /** 찾아가는 사서원 (field visit meeting in a 시군) */
  | 'FIELD_VISIT'
  /** 민관 합동 워크숍 (joint public–private workshop) */
  | 'JOINT_WORKSHOP'
  /** 민-관 협력 네트워크 간담회 (network meeting) */
  | 'NETWORK_MEETING'
  /** 정기회 (regular meeting) */
  | 'REGULAR_MEETING';

export type MeetingProgress = {
  __typename?: 'MeetingProgress';
  held: Scalars['Int']['output'];
  kind: MeetingKind;
  /** held ≥ target; null without a target. */
  met?: Maybe<Scalars['Boolean']['output']>;
  /** The printed target; null when the plan sets none for this kind. */
  target?: Maybe<Scalars['Int']['output']>;
};

/** A yearly meeting target as printed in a plan. */
export type MeetingTarget = {
  __typename?: 'MeetingTarget';
  count: Scalars['Int']['output'];
  kind: MeetingKind;
  /** Where it is printed, e.g. "003 L2974". */
  source: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type MeetingTargetInput = {
  count: Scalars['Int']['input'];
  kind: MeetingKind;
  source: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** 사회적경제기업 (social-economy organisation) in a consortium. */
export type MemberOrganisation = {
  __typename?: 'MemberOrganisation';
  name: Scalars['String']['output'];
  services: Array<NeighbourhoodService>;
};

export type MemberOrganisationInput = {
  name: Scalars['String']['input'];
  services: Array<NeighbourhoodService>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** One step forward: SELECTED → OPERATING (needs tranche 1 released) → EVALUATED → EXPANDED. Other moves answer CONFLICT (reason INVALID_TRANSITION). */
  advancePilotDistrict: PilotProgram;
  /** 공모: a district applies (by the deadline; once per programme). */
  applyForPilot: PilotProgram;
  /** Closes a case: IN_PROGRESS → CLOSED (publishes CaseClosed). */
  closeCase: Case;
  /** Closes a visit's discovery follow-up (DISCOVERED or REFERRED → CLOSED). Other moves answer CONFLICT (reason INVALID_TRANSITION). */
  closeOutreachCase: OutreachVisit;
  /** Completes one follow-up of a held meeting: OPEN → DONE. Other moves answer CONFLICT (reason INVALID_TRANSITION). */
  completeMeetingFollowUp: NetworkMeeting;
  /** Dissolves a council: ACTIVE → DISSOLVED. Other moves answer CONFLICT (reason INVALID_TRANSITION). */
  dissolvePublicPrivateCouncil: PublicPrivateCouncil;
  /** Ends a volunteer's active period: ACTIVE → ENDED. Other moves answer CONFLICT (reason INVALID_TRANSITION). */
  endCommunityVolunteer: CommunityVolunteer;
  /** Escalates a complex (≥3 needs domains) or long-term (≥90 days) active case to the district's 희망복지지원단; otherwise CONFLICT (reason NOT_COMPLEX, ALREADY_ESCALATED or CASE_NOT_ACTIVE). */
  escalateCase: Case;
  /** Records a meeting an active council held (publishes NetworkMeetingHeld). A dissolved council answers CONFLICT (reason COUNCIL_DISSOLVED); repeating an id answers CONFLICT. */
  holdNetworkMeeting: NetworkMeeting;
  /** Opens a 사례관리 case (OPEN) for a household at a community centre. Repeating an id answers CONFLICT. */
  openCase: Case;
  /** Opens a human-rights case (RECEIVED) under an opaque id (HRC-…). The answer is masked like the query. */
  openHumanRightsCase: HumanRightsCase;
  /** Sets the case plan and its linked services: OPEN → IN_PROGRESS. */
  planCase: Case;
  /** Records a posting on one of the campaign's channels in its year (publishes CampaignPosted). Repeating a posting id answers CONFLICT. */
  recordCampaignPosting: Campaign;
  /** Records that a tranche's condition is met for a selected district. */
  recordGrantCondition: PilotProgram;
  /** RECEIVED → COUNSELLING | ESCALATED; COUNSELLING → RESOLVED | REFERRED | ESCALATED (publishes HumanRightsCaseEscalated). Other moves answer CONFLICT (reason INVALID_TRANSITION). */
  recordHumanRightsCaseStep: HumanRightsCase;
  /** Records a home visit. With a needs discovery (publishes NeedsDiscovered) it starts DISCOVERED; without, it is CLOSED as NO_NEEDS_FOUND. Repeating an id answers CONFLICT. */
  recordOutreachVisit: OutreachVisit;
  /** Records a programme-wide table as printed (all districts together). Repeating an id answers CONFLICT. */
  recordProgrammeDeliveryReport: ProgrammeDeliveryReport;
  /** Records the outcome of a referral to another agency (PUBLIC_SERVICE or PRIVATE_RESOURCE): MADE → SERVED | NOT_SERVED | DECLINED. A referral to care-services (closed by its events) or one already resolved answers CONFLICT. */
  recordReferralOutcome: Referral;
  /** Records a consortium's delivery figures for one service and period. A period overlapping one already recorded for the service answers CONFLICT. */
  recordServiceDelivery: NeighbourhoodCareConsortium;
  /** 연계: refers a visit's discovered needs and/or a case's to care-services (publishes ReferralMade; care-services opens a 돌봄SOS request) or another agency. The visit becomes REFERRED; a closed visit or an inactive case answers CONFLICT. */
  referNeeds: Referral;
  /** Registers a yearly 홍보 campaign with its targets. Repeating an id answers CONFLICT. */
  registerCampaign: Campaign;
  /** Registers a community centre. Repeating an id answers CONFLICT. */
  registerCommunityCentre: CommunityCentre;
  /** Enrols a 통반장 or 나눔이웃 at a community centre under a pseudonymous display name. Repeating an id answers CONFLICT. */
  registerCommunityVolunteer: CommunityVolunteer;
  /** Registers a district's consortium. Repeating an id answers CONFLICT. */
  registerConsortium: NeighbourhoodCareConsortium;
  /** Registers a pilot programme with its selection committee (at most 7 members, at least 2 external). Repeating an id answers CONFLICT. */
  registerPilotProgram: PilotProgram;
  /** Registers a 민관복지협력체 with its members (both sectors, one chair). Repeating an id answers CONFLICT. */
  registerPublicPrivateCouncil: PublicPrivateCouncil;
  /** 교부: releases a tranche. CONFLICT with reason TRANCHE_CONDITION_NOT_MET, TRANCHE_ORDER, TRANCHE_ALREADY_RELEASED or NOT_SELECTED when it may not be released. */
  releaseGrantTranche: PilotProgram;
  /** 선정: APPLIED → SELECTED with a grant split into two 50% tranches; the selected grants may not exceed the programme's total (CONFLICT, reason BUDGET_EXCEEDED). */
  selectPilotDistrict: PilotProgram;
  /** Starts the follow-up (사후관리) of a closed case: CLOSED → FOLLOW_UP. */
  startCaseFollowUp: Case;
};


export type MutationAdvancePilotDistrictArgs = {
  input: AdvancePilotDistrictInput;
};


export type MutationApplyForPilotArgs = {
  input: ApplyForPilotInput;
};


export type MutationCloseCaseArgs = {
  input: CloseCaseInput;
};


export type MutationCloseOutreachCaseArgs = {
  input: CloseOutreachCaseInput;
};


export type MutationCompleteMeetingFollowUpArgs = {
  input: CompleteMeetingFollowUpInput;
};


export type MutationDissolvePublicPrivateCouncilArgs = {
  input: DissolvePublicPrivateCouncilInput;
};


export type MutationEndCommunityVolunteerArgs = {
  input: EndCommunityVolunteerInput;
};


export type MutationEscalateCaseArgs = {
  input: EscalateCaseInput;
};


export type MutationHoldNetworkMeetingArgs = {
  input: HoldNetworkMeetingInput;
};


export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};


export type MutationOpenHumanRightsCaseArgs = {
  input: OpenHumanRightsCaseInput;
};


export type MutationPlanCaseArgs = {
  input: PlanCaseInput;
};


export type MutationRecordCampaignPostingArgs = {
  input: RecordCampaignPostingInput;
};


export type MutationRecordGrantConditionArgs = {
  input: RecordGrantConditionInput;
};


export type MutationRecordHumanRightsCaseStepArgs = {
  input: RecordHumanRightsCaseStepInput;
};


export type MutationRecordOutreachVisitArgs = {
  input: RecordOutreachVisitInput;
};


export type MutationRecordProgrammeDeliveryReportArgs = {
  input: RecordProgrammeDeliveryReportInput;
};


export type MutationRecordReferralOutcomeArgs = {
  input: RecordReferralOutcomeInput;
};


export type MutationRecordServiceDeliveryArgs = {
  input: RecordServiceDeliveryInput;
};


export type MutationReferNeedsArgs = {
  input: ReferNeedsInput;
};


export type MutationRegisterCampaignArgs = {
  input: RegisterCampaignInput;
};


export type MutationRegisterCommunityCentreArgs = {
  input: RegisterCommunityCentreInput;
};


export type MutationRegisterCommunityVolunteerArgs = {
  input: RegisterCommunityVolunteerInput;
};


export type MutationRegisterConsortiumArgs = {
  input: RegisterConsortiumInput;
};


export type MutationRegisterPilotProgramArgs = {
  input: RegisterPilotProgramInput;
};


export type MutationRegisterPublicPrivateCouncilArgs = {
  input: RegisterPublicPrivateCouncilInput;
};


export type MutationReleaseGrantTrancheArgs = {
  input: ReleaseGrantTrancheInput;
};


export type MutationSelectPilotDistrictArgs = {
  input: SelectPilotDistrictInput;
};


export type MutationStartCaseFollowUpArgs = {
  input: StartCaseFollowUpInput;
};

/** 실행비 (execution grant) of one consortium in one phase, in 원. */
export type NanumBanjangGrant = {
  __typename?: 'NanumBanjangGrant';
  amountKRW: Scalars['KRW']['output'];
  consortium?: Maybe<NeighbourhoodCareConsortium>;
  district: District;
};

/** One phase with its execution grants: the printed total and per-organisation amount beside the sum of the rows. */
export type NanumBanjangPhase = {
  __typename?: 'NanumBanjangPhase';
  /** Sum of the per-organisation rows. */
  computedTotalKRW: Scalars['KRW']['output'];
  /** Whether the headline enterprise count can be derived from the consortia's rows (false: a count is missing or units differ). */
  enterprisesDerivable: Scalars['Boolean']['output'];
  /** Sum of the consortia's printed enterprise counts (선행사업 only; null for a phase whose table prints none). */
  enterprisesFromConsortia?: Maybe<Scalars['Int']['output']>;
  /** Per-organisation amount × organisations. */
  expectedTotalKRW: Scalars['KRW']['output'];
  from: Scalars['Date']['output'];
  /** Whether the printed label names this phase (false: the 실증사업 grant is printed as 선행사업 실행비). */
  grantLabelMatchesPhase: Scalars['Boolean']['output'];
  grants: Array<NanumBanjangGrant>;
  /** Whether the printed total, the rows' sum and per-organisation × organisations agree. */
  grantsReconcile: Scalars['Boolean']['output'];
  /** The end the results page prints for the headline claims. */
  headlineTo: Scalars['Date']['output'];
  kind: NanumBanjangPhaseKind;
  label: Scalars['String']['output'];
  organisationCount: Scalars['Int']['output'];
  /** The grant's label as printed. */
  printedGrantLabel: Scalars['String']['output'];
  /** 일상편의 deliveries (건) as the headline reports them; null where none is printed. */
  reportedDeliveries?: Maybe<Scalars['Int']['output']>;
  /** Enterprises as the headline reports them. */
  reportedEnterprises: Scalars['Int']['output'];
  reportedPerOrganisationKRW: Scalars['KRW']['output'];
  reportedTotalKRW: Scalars['KRW']['output'];
  /** Users as the headline reports them; null where none is printed. */
  reportedUsers?: Maybe<Scalars['Int']['output']>;
  source: Scalars['String']['output'];
  /** The end its own page prints. */
  to: Scalars['Date']['output'];
  uniformGrants: Scalars['Boolean']['output'];
};

export type NanumBanjangPhaseKind =
  /** 실증사업 (demonstration phase) */
  | 'DEMONSTRATION'
  /** 선행사업 (preliminary phase) */
  | 'PRELIMINARY';

/** The 2019 나눔반장 programme as its results deck prints it. */
export type NanumBanjangProgramme = {
  __typename?: 'NanumBanjangProgramme';
  /** The note under the 07.18–11.30 table: 수가 (fee-scheduled) services printed against the table's rows. */
  feeScheduledServices: FeeScheduledServices;
  /** Both phases' grants, computed from the rows, in 원. */
  grantTotalKRW: Scalars['KRW']['output'];
  id: Scalars['ID']['output'];
  /** Who published the results (서울시사회적경제지원센터). */
  issuer: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** 선행사업 then 실증사업. */
  phases: Array<NanumBanjangPhase>;
  publishedOn: Scalars['Date']['output'];
  researchContract: NanumBanjangResearchContract;
  /** The 돌봄SOS total for '19.7.18–12.31 as the note under the daily-convenience table prints it; not checkable (the table lists 3 of 8 services). */
  sosAllServicesReportedCount: Scalars['Int']['output'];
  /** The 돌봄SOS column of the 07.18–11.30 table, every service, totals computed beside the printed ones. */
  sosCentreColumn: SosCentreColumn;
  source: Scalars['String']['output'];
};

/** 표준 실행모델 개발 연구 (the standard-model research contract). */
export type NanumBanjangResearchContract = {
  __typename?: 'NanumBanjangResearchContract';
  contractorName: Scalars['String']['output'];
  from: Scalars['Date']['output'];
  source: Scalars['String']['output'];
  tasks: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  to: Scalars['Date']['output'];
};

export type NeedsDiscovery = {
  __typename?: 'NeedsDiscovery';
  domains: Array<NeedsDomain>;
  note?: Maybe<Scalars['String']['output']>;
};

export type NeedsDiscoveryInput = {
  domains: Array<NeedsDomain>;
  note: InputMaybe<Scalars['String']['input']>;
};

export type NeedsDomain =
  /** 돌봄 (care) */
  | 'CARE'
  /** 교육 (education) */
  | 'EDUCATION'
  /** 보건 (health) */
  | 'HEALTH'
  /** 주거 (housing) */
  | 'HOUSING'
  /** 일자리 (jobs) */
  | 'JOBS'
  /** 식사 (meals) */
  | 'MEALS';

/** 우리동네 나눔반장 사업단: a district's consortium of social-economy organisations under one lead organisation (not a person). */
export type NeighbourhoodCareConsortium = {
  __typename?: 'NeighbourhoodCareConsortium';
  /** 서비스 제공실적 (delivery figures), one row per service and period; optionally one year's. */
  deliveries: Array<ServiceDelivery>;
  /** Per period: total computed from the rows beside the printed total, where one is printed. */
  deliveryTotals: Array<DeliveryPeriodTotal>;
  district: District;
  id: Scalars['ID']['output'];
  leadLegalForm: LeadLegalForm;
  /** 주관기관 (lead organisation), named as printed in the source. */
  leadOrganisationName: Scalars['String']['output'];
  /** The lead organisation as consulting's provider, when it is registered there. */
  leadProvider?: Maybe<ProviderOrganization>;
  /** 참여기업 (member social-economy organisations) named so far; the sources name none. */
  memberOrganisations: Array<MemberOrganisation>;
  name: Scalars['String']['output'];
  registeredAt: Scalars['DateTime']['output'];
  reportedDeliveryTotals: Array<ReportedDeliveryTotal>;
  /** Member count as printed in the source, where it prints one. */
  reportedMemberCount?: Maybe<Scalars['Int']['output']>;
  services: Array<NeighbourhoodService>;
};


/** 우리동네 나눔반장 사업단: a district's consortium of social-economy organisations under one lead organisation (not a person). */
export type NeighbourhoodCareConsortiumDeliveriesArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** 우리동네 나눔반장 사업단: a district's consortium of social-economy organisations under one lead organisation (not a person). */
export type NeighbourhoodCareConsortiumDeliveryTotalsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type NeighbourhoodCareSummary = {
  __typename?: 'NeighbourhoodCareSummary';
  /** Per service across districts, computed. */
  byService: Array<ServiceFigure>;
  /** 자치구별 실적 (per district), computed from each consortium's rows of the year. */
  districts: Array<DistrictDeliverySummary>;
  /** Each printed table row against the district rows of the same period. */
  reconciliations: Array<ReportReconciliation>;
  /** The year's programme-wide printed tables. */
  reports: Array<ProgrammeDeliveryReport>;
  /** Grand total across districts, computed. */
  total: DeliveryFigure;
  year: Scalars['Int']['output'];
};

export type NeighbourhoodService =
  /** 주거편의 (housing convenience) */
  | 'HOUSING_CONVENIENCE'
  /** 식사지원 (meal support) */
  | 'MEAL_SUPPORT'
  /** 이동지원 (mobility support) */
  | 'MOBILITY_SUPPORT';

/** 간담회·정기회 (a meeting a council or network held), with its agenda, attendees, resolutions and follow-ups. */
export type NetworkMeeting = {
  __typename?: 'NetworkMeeting';
  /** 안건 (agenda items). */
  agenda: Array<Scalars['String']['output']>;
  /** Members present plus other participants. */
  attendeeCount: Scalars['Int']['output'];
  /** Council members present (pseudonymous ids). */
  attendeeMemberIds: Array<Scalars['ID']['output']>;
  council: PublicPrivateCouncil;
  /** Where it took place: the council's district, or the 시군 a province-wide network met in; null when not given. */
  district?: Maybe<District>;
  /** 후속조치 (follow-up actions). */
  followUps: Array<MeetingFollowUp>;
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: MeetingKind;
  /** Other participants (e.g. staff of providers at a 간담회), counted only. */
  otherAttendeeCount: Scalars['Int']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** 의결·협의 결과 (resolutions and agreements). */
  resolutions: Array<Scalars['String']['output']>;
};

export type OpenCaseInput = {
  communityCentreId: Scalars['ID']['input'];
  householdId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  managerId: Scalars['ID']['input'];
  needs: Array<NeedsDomain>;
  openedOn: Scalars['Date']['input'];
  visitId: InputMaybe<Scalars['ID']['input']>;
};

export type OpenHumanRightsCaseInput = {
  agencyId: Scalars['ID']['input'];
  category: HumanRightsCategory;
  channel: HumanRightsChannel;
  complainantType: ComplainantType;
  counsellorId: Scalars['ID']['input'];
  /** Opaque: HRC- and 6–20 capitals or digits. */
  id: Scalars['ID']['input'];
  receivedOn: Scalars['Date']['input'];
};

/** 방문복지 (home visit) that may discover a vulnerable household's needs; carries the case lifecycle. */
export type OutreachVisit = {
  __typename?: 'OutreachVisit';
  closeOutcome?: Maybe<CloseOutcome>;
  closedOn?: Maybe<Scalars['Date']['output']>;
  communityCentre?: Maybe<CommunityCentre>;
  district: District;
  findings: Scalars['String']['output'];
  /** The household, by its pseudonymous id only. */
  household: Household;
  id: Scalars['ID']['output'];
  /** 발굴 (needs discovery), when the visit found needs. */
  needsDiscovery?: Maybe<NeedsDiscovery>;
  recordedAt: Scalars['DateTime']['output'];
  /** Referrals made from the discovery, in id order. */
  referrals: Array<Referral>;
  status: DiscoveryStatus;
  updatedAt: Scalars['DateTime']['output'];
  visitedOn: Scalars['Date']['output'];
  visitorRole: VisitorRole;
  /** The resident volunteer (통반장 or 나눔이웃) who made the visit, when the visit names one. */
  volunteer?: Maybe<CommunityVolunteer>;
};

export type OutreachVisitConnection = {
  __typename?: 'OutreachVisitConnection';
  edges: Array<OutreachVisitEdge>;
  nodes: Array<OutreachVisit>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OutreachVisitEdge = {
  __typename?: 'OutreachVisitEdge';
  cursor: Scalars['String']['output'];
  node: OutreachVisit;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Where the printed plan disagrees with itself. */
export type PilotFundingConflicts = {
  __typename?: 'PilotFundingConflicts';
  /** The per-district cap is below a track's printed maximum. */
  capContradictsTrackRanges: Scalars['Boolean']['output'];
  /** The planned districts at their tracks' minimum grant, in 원. */
  minimumForPlannedDistrictsKRW: Scalars['KRW']['output'];
  /** Whether that minimum exceeds the programme total. */
  plannedDistrictsExceedTotal: Scalars['Boolean']['output'];
  /** Tracks whose printed minimum is already above the cap. */
  tracksAboveCap: Array<PilotTrack>;
};

/** The 2013 pilot's funding plan as printed (002), with the print's conflicts computed. */
export type PilotFundingPlan = {
  __typename?: 'PilotFundingPlan';
  approvalNo: Scalars['String']['output'];
  /** Approval date (the event date; the plan is dated earlier). */
  approvedOn: Scalars['Date']['output'];
  /** 역량강화 (capacity building) share, in percent. */
  capacityPct: Scalars['Int']['output'];
  conflicts: PilotFundingConflicts;
  /** Who evaluates the pilot after 정산 (서울시복지재단). */
  evaluatorName: Scalars['String']['output'];
  fundingSource: Scalars['String']['output'];
  /** 운영비 (operations) share of a grant, in percent. */
  operationsPct: Scalars['Int']['output'];
  /** Month the plan is dated, e.g. 2013-01. */
  planMonth: Scalars['String']['output'];
  settledBy: Scalars['String']['output'];
  /** Month the districts settle (정산) the grant, e.g. 2013-09. */
  settlementMonth: Scalars['String']['output'];
  trackRanges: Array<PilotTrackRange>;
  trancheSharesPct: Array<Scalars['Int']['output']>;
  /** 복지직 (welfare staff) hiring per year as printed. */
  welfareStaffHires: Array<WelfareStaffHire>;
  welfareStaffHiresTotal: Scalars['Int']['output'];
};

export type PilotGrantSplit = {
  __typename?: 'PilotGrantSplit';
  capacityKRW: Scalars['KRW']['output'];
  operationsKRW: Scalars['KRW']['output'];
};

/** A district's path through a pilot: 공모 → 선정 → 시범운영 → 평가·보완 → 확대. */
export type PilotParticipation = {
  __typename?: 'PilotParticipation';
  appliedOn: Scalars['Date']['output'];
  district: District;
  evaluatedOn?: Maybe<Scalars['Date']['output']>;
  expandedOn?: Maybe<Scalars['Date']['output']>;
  /** 운영비 (grant), null until selected. */
  grantKRW?: Maybe<Scalars['KRW']['output']>;
  /** The grant split 80% 운영비 / 20% 역량강화; null until selected or for a track exempt from the split. */
  grantSplit?: Maybe<PilotGrantSplit>;
  program: PilotProgram;
  releasedKRW: Scalars['KRW']['output'];
  selectedOn?: Maybe<Scalars['Date']['output']>;
  startedOn?: Maybe<Scalars['Date']['output']>;
  status: PilotStatus;
  track: PilotTrack;
  /** 예산교부 (grant tranches), first then second. */
  tranches: Array<GrantTranche>;
  /** Whether the grant lies in its track's printed range; null until selected. */
  withinTrackRange?: Maybe<Scalars['Boolean']['output']>;
};

/** 복지서비스 전달체계 시범운영 (welfare-delivery pilot programme) that districts apply to. */
export type PilotProgram = {
  __typename?: 'PilotProgram';
  /** 응모 마감 (application deadline). */
  applicationDeadline: Scalars['Date']['output'];
  externalCommitteeMembers: Scalars['Int']['output'];
  /** The printed funding plan (per-track ranges, 80/20 split, hiring, 정산, evaluation) with its conflicts; null for a programme without one. */
  fundingPlan?: Maybe<PilotFundingPlan>;
  /** Grants of the selected districts, computed. */
  grantedKRW: Scalars['KRW']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  participations: Array<PilotParticipation>;
  pilotFrom: Scalars['Date']['output'];
  pilotTo: Scalars['Date']['output'];
  /** Tranches released so far, computed. */
  releasedKRW: Scalars['KRW']['output'];
  /** 구별 최대 지원액 as printed; it contradicts the per-track amounts, so it is not enforced. */
  reportedDistrictCapKRW?: Maybe<Scalars['KRW']['output']>;
  /** 선정위원회 (selection committee); members are pseudonymous ids. */
  selectionCommittee: Array<CommitteeMember>;
  /** Where it is printed, e.g. "002 L134–183". */
  source: Scalars['String']['output'];
  /** 총 지원규모 (total grant budget). */
  totalBudgetKRW: Scalars['KRW']['output'];
};

export type PilotStatus =
  /** 공모 (applied) */
  | 'APPLIED'
  /** 평가·보완 (evaluated and revised) */
  | 'EVALUATED'
  /** 확대 (expanded to every district) */
  | 'EXPANDED'
  /** 시범운영 (operating the pilot) */
  | 'OPERATING'
  /** 선정 (selected) */
  | 'SELECTED';

export type PilotTrack =
  /** 시범자치구 (pilot district) */
  | 'PILOT_DISTRICT'
  /** 기 동복지강화 자치구 (district that already strengthened 동 welfare) */
  | 'STRENGTHENED_DISTRICT';

export type PilotTrackRange = {
  __typename?: 'PilotTrackRange';
  maxKRW: Scalars['KRW']['output'];
  minKRW: Scalars['KRW']['output'];
  /** Districts the plan expects on the track, at least. */
  plannedMinDistricts: Scalars['Int']['output'];
  /** Exempt from the 80/20 split. */
  splitExempt: Scalars['Boolean']['output'];
  track: PilotTrack;
};

export type PlanCaseInput = {
  caseId: Scalars['ID']['input'];
  linkedServices: Array<LinkedServiceInput>;
  /** No registration or phone numbers. */
  plan: Scalars['String']['input'];
  plannedOn: Scalars['Date']['input'];
};

/** A programme-wide table as printed (all districts together), e.g. 2019 '우리동네 나눔반장' 사업 성과. */
export type ProgrammeDeliveryReport = {
  __typename?: 'ProgrammeDeliveryReport';
  districts: Array<District>;
  id: Scalars['ID']['output'];
  /** Whether the printed 총계 equals the computed total; null when none is printed. */
  matchesReported?: Maybe<Scalars['Boolean']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  periodFrom: Scalars['Date']['output'];
  periodTo: Scalars['Date']['output'];
  /** 총계 (grand total) amount as printed, in 원. */
  reportedTotalAmountKRW?: Maybe<Scalars['KRW']['output']>;
  /** 총계 (grand total) count as printed. */
  reportedTotalCount?: Maybe<Scalars['Int']['output']>;
  /** The rows as printed. */
  rows: Array<ServiceFigure>;
  /** Where the figures are printed, e.g. "004 L116–129". */
  source: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Computed from the rows. */
  total: DeliveryFigure;
  year: Scalars['Int']['output'];
};

export type ProviderOrganization = {
  __typename?: 'ProviderOrganization';
  id: Scalars['ID']['output'];
};

/** 민관복지협력체 (public–private welfare council, 002 L81–85): public bodies and private organisations sharing resources and consulting on local welfare, at 동, 권역 or 자치구 level; also a province-wide 민-관 협력 네트워크 (003 P9). */
export type PublicPrivateCouncil = {
  __typename?: 'PublicPrivateCouncil';
  /** The agency running it (governance's Agency id), where one does. */
  agencyId?: Maybe<Scalars['ID']['output']>;
  /** 권역 (area of several 동) of an AREA-level council, as named. */
  areaName?: Maybe<Scalars['String']['output']>;
  /** The 동주민센터 of a COMMUNITY_CENTRE-level council. */
  communityCentre?: Maybe<CommunityCentre>;
  dissolvedOn?: Maybe<Scalars['Date']['output']>;
  /** The district it serves; null for a province-wide network. */
  district?: Maybe<District>;
  formedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  level: CouncilLevel;
  /** Meetings held in a year by kind against the year's targets, computed. */
  meetingProgress: Array<MeetingProgress>;
  /** Yearly meeting targets as printed in a plan. */
  meetingTargets: Array<MeetingTarget>;
  /** Its meetings by date, optionally of one year. */
  meetings: Array<NetworkMeeting>;
  /** 구성원 (members), pseudonymous, chair first. */
  members: Array<CouncilMember>;
  name: Scalars['String']['output'];
  /** Province or city (도·시) of a province-wide network, e.g. 전라북도. */
  region?: Maybe<Scalars['String']['output']>;
  registeredAt: Scalars['DateTime']['output'];
  /** Where it is described, e.g. "002 L81–85". */
  source: Scalars['String']['output'];
  status: CouncilStatus;
};


/** 민관복지협력체 (public–private welfare council, 002 L81–85): public bodies and private organisations sharing resources and consulting on local welfare, at 동, 권역 or 자치구 level; also a province-wide 민-관 협력 네트워크 (003 P9). */
export type PublicPrivateCouncilMeetingProgressArgs = {
  year: Scalars['Int']['input'];
};


/** 민관복지협력체 (public–private welfare council, 002 L81–85): public bodies and private organisations sharing resources and consulting on local welfare, at 동, 권역 or 자치구 level; also a province-wide 민-관 협력 네트워크 (003 P9). */
export type PublicPrivateCouncilMeetingsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** One 홍보 campaign by id; null when it does not exist. */
  campaign?: Maybe<Campaign>;
  /** A year's campaigns in id order. */
  campaigns: Array<Campaign>;
  /** One case by id; null when it does not exist. */
  case?: Maybe<Case>;
  /** Case load per case manager (busiest first), optionally in one district. */
  caseLoad: Array<CaseLoad>;
  /** Cases in id order, optionally by district, status and/or case manager. */
  cases: CaseConnection;
  /** One community centre by id; null when it does not exist. */
  communityCentre?: Maybe<CommunityCentre>;
  /** Community centres in id order, optionally in one district. */
  communityCentres: Array<CommunityCentre>;
  /** One resident volunteer by id; null when it does not exist. */
  communityVolunteer?: Maybe<CommunityVolunteer>;
  /** Resident volunteers in id order, optionally by district, community centre, type and/or active on a date. */
  communityVolunteers: CommunityVolunteerConnection;
  /** Consortia in id order, optionally in one district (full Korean name, e.g. 노원구). */
  consortia: Array<NeighbourhoodCareConsortium>;
  /** One consortium by id; null when it does not exist. */
  consortium?: Maybe<NeighbourhoodCareConsortium>;
  /** 발굴 funnel per district (visits → discoveries → referrals → received → served), computed; one district or every district with outreach records. */
  discoveryFunnels: Array<DiscoveryFunnel>;
  /** A household by its pseudonymous id (HH-…), with its visits, referrals and cases. */
  household: Household;
  /** One human-rights case; confidential: without the rights-counsellor role only id and status are given, every other field is null. */
  humanRightsCase?: Maybe<HumanRightsCase>;
  /** Human-rights cases in id order, optionally by status (the only filter, so a filter cannot reveal a hidden field); masked as humanRightsCase. */
  humanRightsCases: HumanRightsCaseConnection;
  /** 우리동네 나눔반장 (the 2019 neighbourhood-care consortia programme, seed 004): research contract, phases with their execution grants (실행비), headline claims and the 수가 note, printed beside computed. */
  nanumBanjangProgramme: NanumBanjangProgramme;
  /** A year's neighbourhood-care delivery figures: per district and in total, computed from the consortia's rows, beside the printed tables. */
  neighbourhoodCareSummary: NeighbourhoodCareSummary;
  /** 나눔반장 supply against 돌봄SOS demand, per printed table of the year that has a 돌봄SOS column: by service, in total, and supply by district and service. */
  neighbourhoodSupplyVsDemand: Array<SupplyVsDemand>;
  /** One council or network meeting by id; null when it does not exist. */
  networkMeeting?: Maybe<NetworkMeeting>;
  /** Meetings by date (then id), optionally of one council, in one district (where the meeting took place) and/or one year. */
  networkMeetings: Array<NetworkMeeting>;
  /** One outreach visit by id; null when it does not exist. */
  outreachVisit?: Maybe<OutreachVisit>;
  /** Outreach visits in id order, optionally in one district and/or case status. */
  outreachVisits: OutreachVisitConnection;
  /** One pilot programme by id; null when it does not exist. */
  pilotProgram?: Maybe<PilotProgram>;
  /** Pilot programmes in id order. */
  pilotPrograms: Array<PilotProgram>;
  /** One public–private council (or network) by id; null when it does not exist. */
  publicPrivateCouncil?: Maybe<PublicPrivateCouncil>;
  /** Councils in id order, optionally in one district and/or status. */
  publicPrivateCouncils: Array<PublicPrivateCouncil>;
  /** One referral by id; null when it does not exist. */
  referral?: Maybe<Referral>;
  /** Referrals in id order, optionally in one district and/or status. */
  referrals: ReferralConnection;
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseLoadArgs = {
  district?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CaseStatus>;
};


export type QueryCommunityCentreArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommunityCentresArgs = {
  district?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCommunityVolunteerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommunityVolunteersArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  communityCentreId?: InputMaybe<Scalars['ID']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<CommunityVolunteerType>;
};


export type QueryConsortiaArgs = {
  district?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConsortiumArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDiscoveryFunnelsArgs = {
  district?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHouseholdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHumanRightsCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHumanRightsCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<HumanRightsCaseStatus>;
};


export type QueryNeighbourhoodCareSummaryArgs = {
  year: Scalars['Int']['input'];
};


export type QueryNeighbourhoodSupplyVsDemandArgs = {
  year: Scalars['Int']['input'];
};


export type QueryNetworkMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNetworkMeetingsArgs = {
  councilId?: InputMaybe<Scalars['ID']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOutreachVisitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOutreachVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DiscoveryStatus>;
};


export type QueryPilotProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublicPrivateCouncilArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublicPrivateCouncilsArgs = {
  district?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CouncilStatus>;
};


export type QueryReferralArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ReferralStatus>;
};

export type RecordCampaignPostingInput = {
  campaignId: Scalars['ID']['input'];
  channel: CampaignChannel;
  coreProgramme: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  postedOn: Scalars['Date']['input'];
  reach: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
};

export type RecordGrantConditionInput = {
  condition: GrantCondition;
  district: Scalars['String']['input'];
  metOn: Scalars['Date']['input'];
  programId: Scalars['ID']['input'];
};

export type RecordHumanRightsCaseStepInput = {
  caseId: Scalars['ID']['input'];
  on: Scalars['Date']['input'];
  /** Required for REFERRED only. */
  referredTo: InputMaybe<Scalars['String']['input']>;
  to: HumanRightsCaseStatus;
};

export type RecordOutreachVisitInput = {
  communityCentreId: Scalars['ID']['input'];
  /** No registration or phone numbers. */
  findings: Scalars['String']['input'];
  /** Pseudonymous household id HH-XXXX (4–16 capitals or digits). */
  householdId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  needsDiscovery: InputMaybe<NeedsDiscoveryInput>;
  visitedOn: Scalars['Date']['input'];
  visitorRole: VisitorRole;
  /** The resident volunteer who visited (NEIGHBOURHOOD_HEAD or VOLUNTEER visits only): active on the visit's date, at the same community centre, of the matching type. */
  volunteerId: InputMaybe<Scalars['ID']['input']>;
};

export type RecordProgrammeDeliveryReportInput = {
  districts: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
  periodFrom: Scalars['Date']['input'];
  periodTo: Scalars['Date']['input'];
  reportedAmountSharePercent: InputMaybe<Scalars['Int']['input']>;
  reportedDemandAmountKRW: InputMaybe<Scalars['KRW']['input']>;
  /** 소계 of the 돌봄SOS column over the rows' services, and the printed 비율 of that 소계. */
  reportedDemandCount: InputMaybe<Scalars['Int']['input']>;
  reportedSharePercent: InputMaybe<Scalars['Int']['input']>;
  reportedTotalAmountKRW: InputMaybe<Scalars['KRW']['input']>;
  reportedTotalCount: InputMaybe<Scalars['Int']['input']>;
  rows: Array<ReportRowInput>;
  source: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type RecordReferralOutcomeInput = {
  /** Not before the referral, not in the future. */
  decidedOn: Scalars['Date']['input'];
  outcome: AgencyReferralOutcome;
  /** Required for NOT_SERVED and DECLINED; no registration or phone numbers. */
  reason: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
};

export type RecordServiceDeliveryInput = {
  amountKRW: InputMaybe<Scalars['KRW']['input']>;
  consortiumId: Scalars['ID']['input'];
  count: Scalars['Int']['input'];
  /** Period inside one calendar year. */
  periodFrom: Scalars['Date']['input'];
  periodTo: Scalars['Date']['input'];
  service: NeighbourhoodService;
};

export type ReferNeedsInput = {
  caseId: InputMaybe<Scalars['ID']['input']>;
  /** Stable id; derived from the source, date and target when omitted. */
  id: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the visit's discovered needs; a visit's referral names only needs it discovered. */
  needs: InputMaybe<Array<NeedsDomain>>;
  referredOn: Scalars['Date']['input'];
  /** Required (at least one) for CARE_SERVICES. */
  requestedServices: InputMaybe<Array<ReferredCareService>>;
  /** The agency or service referred to; required unless the target is CARE_SERVICES. */
  serviceName: InputMaybe<Scalars['String']['input']>;
  target: ReferralTarget;
  /** The visit whose discovery is referred; at least one of visitId and caseId. */
  visitId: InputMaybe<Scalars['ID']['input']>;
};

/** 연계 (referral) of a household's needs to care-services or another agency; the loop closes when care-services reports the request's outcome. */
export type Referral = {
  __typename?: 'Referral';
  /** The 돌봄SOS request care-services opened for it. */
  careRequestId?: Maybe<Scalars['ID']['output']>;
  case?: Maybe<Case>;
  district: District;
  household: Household;
  id: Scalars['ID']['output'];
  needs: Array<NeedsDomain>;
  outcomeReason?: Maybe<Scalars['String']['output']>;
  /** Whether care-services received it as a 돌봄SOS request. */
  received: Scalars['Boolean']['output'];
  receivedOn?: Maybe<Scalars['Date']['output']>;
  referredOn: Scalars['Date']['output'];
  requestedServices: Array<ReferredCareService>;
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** Whether it was served (care-services' request, or the outcome recorded for another agency). */
  served: Scalars['Boolean']['output'];
  status: ReferralStatus;
  target: ReferralTarget;
  /** The agency or service referred to, for targets other than care-services. */
  targetAgencyName?: Maybe<Scalars['String']['output']>;
  visit?: Maybe<OutreachVisit>;
};

export type ReferralConnection = {
  __typename?: 'ReferralConnection';
  edges: Array<ReferralEdge>;
  nodes: Array<Referral>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReferralEdge = {
  __typename?: 'ReferralEdge';
  cursor: Scalars['String']['output'];
  node: Referral;
};

export type ReferralStatus =
  /** 거부 (declined by the household) */
  | 'DECLINED'
  /** 의뢰 (made, not yet received) */
  | 'MADE'
  /** 부적격 (not eligible) */
  | 'NOT_ELIGIBLE'
  /** 미제공 (another agency did not serve it) */
  | 'NOT_SERVED'
  /** 접수 (care-services received it as a 돌봄SOS request) */
  | 'RECEIVED'
  /** 타기관 연계 (referred elsewhere) */
  | 'REFERRED_ELSEWHERE'
  /** 제공 (served) */
  | 'SERVED'
  /** 철회 (withdrawn) */
  | 'WITHDRAWN';

export type ReferralTarget =
  /** 돌봄SOS via care-services (it opens a CareRequest) */
  | 'CARE_SERVICES'
  /** 민간자원 (private resource) */
  | 'PRIVATE_RESOURCE'
  /** 공공서비스 (public service of another agency) */
  | 'PUBLIC_SERVICE';

/** A service a 돌봄SOS request can ask for. */
export type ReferredCareService =
  /** 건강지원 (health support) */
  | 'HEALTH_SUPPORT'
  /** 주거편의 (housing convenience) */
  | 'HOUSING_CONVENIENCE'
  /** 정보상담 (information and counselling) */
  | 'INFORMATION_COUNSELLING'
  /** 식사지원 (meal support) */
  | 'MEAL_SUPPORT'
  /** 이동지원 (mobility support) */
  | 'MOBILITY_SUPPORT'
  /** 단기시설 (short-term facility stay) */
  | 'SHORT_TERM_FACILITY'
  /** 일시재가 (temporary home care) */
  | 'TEMPORARY_HOME_CARE'
  /** 안부확인 (wellbeing check) */
  | 'WELLBEING_CHECK';

export type RegisterCampaignInput = {
  agencyId: Scalars['ID']['input'];
  channels: Array<CampaignChannel>;
  id: Scalars['ID']['input'];
  targetCorePostings: Scalars['Int']['input'];
  targetOffline: Scalars['Int']['input'];
  targetOnline: Scalars['Int']['input'];
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type RegisterCommunityCentreInput = {
  district: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  /** Ends in 주민센터 or 행정복지센터. */
  name: Scalars['String']['input'];
  pilot: InputMaybe<Scalars['Boolean']['input']>;
  welfareStaffCount: Scalars['Int']['input'];
};

export type RegisterCommunityVolunteerInput = {
  activeFrom: Scalars['Date']['input'];
  communityCentreId: Scalars['ID']['input'];
  /** A pseudonym: no registration or phone numbers, at most 40 characters. */
  displayName: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  type: CommunityVolunteerType;
};

export type RegisterConsortiumInput = {
  district: Scalars['String']['input'];
  /** Stable id chosen by the registrar (letters, digits, Hangul, _.:-). */
  id: Scalars['ID']['input'];
  leadLegalForm: LeadLegalForm;
  leadOrganisationName: Scalars['String']['input'];
  /** consulting's ProviderOrganization id of the lead organisation, if registered there. */
  leadProviderId: InputMaybe<Scalars['ID']['input']>;
  memberOrganisations: InputMaybe<Array<MemberOrganisationInput>>;
  name: Scalars['String']['input'];
  reportedDeliveryTotals: InputMaybe<Array<ReportedDeliveryTotalInput>>;
  reportedMemberCount: InputMaybe<Scalars['Int']['input']>;
  services: Array<NeighbourhoodService>;
};

export type RegisterPilotProgramInput = {
  applicationDeadline: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  pilotFrom: Scalars['Date']['input'];
  pilotTo: Scalars['Date']['input'];
  reportedDistrictCapKRW: InputMaybe<Scalars['KRW']['input']>;
  selectionCommittee: Array<CommitteeMemberInput>;
  source: Scalars['String']['input'];
  totalBudgetKRW: Scalars['KRW']['input'];
};

export type RegisterPublicPrivateCouncilInput = {
  agencyId: InputMaybe<Scalars['ID']['input']>;
  /** Required for (and only for) AREA. */
  areaName: InputMaybe<Scalars['String']['input']>;
  /** Required for (and only for) COMMUNITY_CENTRE. */
  communityCentreId: InputMaybe<Scalars['ID']['input']>;
  /** Required unless the level is PROVINCE; a COMMUNITY_CENTRE council's district is its centre's. */
  district: InputMaybe<Scalars['String']['input']>;
  formedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  level: CouncilLevel;
  meetingTargets: InputMaybe<Array<MeetingTargetInput>>;
  /** At least one member of each sector; exactly one CHAIR; a CO_CHAIR is of the other sector. */
  members: Array<CouncilMemberInput>;
  name: Scalars['String']['input'];
  /** Required for (and only for) PROVINCE. */
  region: InputMaybe<Scalars['String']['input']>;
  source: Scalars['String']['input'];
};

export type ReleaseGrantTrancheInput = {
  district: Scalars['String']['input'];
  programId: Scalars['ID']['input'];
  releasedOn: Scalars['Date']['input'];
  /** 1 or 2. */
  tranche: Scalars['Int']['input'];
};

export type ReportReconciliation = {
  __typename?: 'ReportReconciliation';
  /** Sum of the consortia's rows for the table's exact period; null when none cover it. */
  consortiaCount?: Maybe<Scalars['Int']['output']>;
  matches?: Maybe<Scalars['Boolean']['output']>;
  reportId: Scalars['ID']['output'];
  /** The row as printed in the programme table, 건. */
  reportedCount: Scalars['Int']['output'];
  service: NeighbourhoodService;
};

export type ReportRowInput = {
  amountKRW: InputMaybe<Scalars['KRW']['input']>;
  /** 나눔반장 column, 건. */
  count: Scalars['Int']['input'];
  demandAmountKRW: InputMaybe<Scalars['KRW']['input']>;
  /** 돌봄SOS센터 column of the same row, 건. */
  demandCount: InputMaybe<Scalars['Int']['input']>;
  reportedAmountSharePercent: InputMaybe<Scalars['Int']['input']>;
  /** 비율(%) as printed, by count and by amount. */
  reportedSharePercent: InputMaybe<Scalars['Int']['input']>;
  service: NeighbourhoodService;
};

/** A total as printed in the source for a period. */
export type ReportedDeliveryTotal = {
  __typename?: 'ReportedDeliveryTotal';
  amountKRW?: Maybe<Scalars['KRW']['output']>;
  count?: Maybe<Scalars['Int']['output']>;
  periodFrom: Scalars['Date']['output'];
  periodTo: Scalars['Date']['output'];
};

export type ReportedDeliveryTotalInput = {
  amountKRW: InputMaybe<Scalars['KRW']['input']>;
  count: InputMaybe<Scalars['Int']['input']>;
  periodFrom: Scalars['Date']['input'];
  periodTo: Scalars['Date']['input'];
};

export type SelectPilotDistrictInput = {
  district: Scalars['String']['input'];
  grantKRW: Scalars['KRW']['input'];
  programId: Scalars['ID']['input'];
  selectedOn: Scalars['Date']['input'];
};

/** One service's delivery figures for a consortium and period. */
export type ServiceDelivery = {
  __typename?: 'ServiceDelivery';
  /** 제공금액 in 원; null where the source gives no amount. */
  amountKRW?: Maybe<Scalars['KRW']['output']>;
  /** 건 (cases), as in the source tables; never 회 (occurrences). */
  count: Scalars['Int']['output'];
  periodFrom: Scalars['Date']['output'];
  periodTo: Scalars['Date']['output'];
  recordedAt: Scalars['DateTime']['output'];
  service: NeighbourhoodService;
};

export type ServiceFigure = {
  __typename?: 'ServiceFigure';
  amountKRW?: Maybe<Scalars['KRW']['output']>;
  count: Scalars['Int']['output'];
  demandAmountKRW?: Maybe<Scalars['KRW']['output']>;
  /** 돌봄SOS센터 column of the row (demand), where printed. */
  demandCount?: Maybe<Scalars['Int']['output']>;
  service: NeighbourhoodService;
};

/** 돌봄SOS센터 (care SOS centres) figures per service for one period, as the 나눔반장 deck prints them. */
export type SosCentreColumn = {
  __typename?: 'SosCentreColumn';
  /** printed − computed, in 원. */
  amountDifferenceKRW: Scalars['KRW']['output'];
  amountMatchesReported: Scalars['Boolean']['output'];
  countMatchesReported: Scalars['Boolean']['output'];
  noteCountMatches: Scalars['Boolean']['output'];
  /** The count printed in the note under the table. */
  noteTotalCount: Scalars['Int']['output'];
  periodFrom: Scalars['Date']['output'];
  periodTo: Scalars['Date']['output'];
  reportedTotalAmountKRW: Scalars['KRW']['output'];
  reportedTotalCount: Scalars['Int']['output'];
  rows: Array<SosCentreRow>;
  source: Scalars['String']['output'];
  /** Amounts in 원 summed over the rows that print one. */
  totalAmountKRW: Scalars['KRW']['output'];
  totalCount: Scalars['Int']['output'];
};

export type SosCentreRow = {
  __typename?: 'SosCentreRow';
  /** In 원; null where the table prints "-". */
  amountKRW?: Maybe<Scalars['KRW']['output']>;
  count: Scalars['Int']['output'];
  service: Scalars['String']['output'];
};

export type StartCaseFollowUpInput = {
  caseId: Scalars['ID']['input'];
  followUpOn: Scalars['Date']['input'];
};

export type SupplyShare = {
  __typename?: 'SupplyShare';
  amountSharePercent?: Maybe<Scalars['Float']['output']>;
  demandAmountKRW?: Maybe<Scalars['KRW']['output']>;
  /** 돌봄SOS센터 제공수, 건. */
  demandCount?: Maybe<Scalars['Int']['output']>;
  /** Whether every printed 비율 equals the computed share rounded to a whole percent; null when none is printed. */
  matchesReported?: Maybe<Scalars['Boolean']['output']>;
  reportedAmountSharePercent?: Maybe<Scalars['Int']['output']>;
  /** 비율(%) as printed. */
  reportedSharePercent?: Maybe<Scalars['Int']['output']>;
  service: NeighbourhoodService;
  /** Supply / demand in percent (one decimal), computed. */
  sharePercent?: Maybe<Scalars['Float']['output']>;
  supplyAmountKRW?: Maybe<Scalars['KRW']['output']>;
  /** 나눔반장 제공수, 건. */
  supplyCount: Scalars['Int']['output'];
};

export type SupplyShareTotal = {
  __typename?: 'SupplyShareTotal';
  amountSharePercent?: Maybe<Scalars['Float']['output']>;
  demandAmountKRW?: Maybe<Scalars['KRW']['output']>;
  demandCount?: Maybe<Scalars['Int']['output']>;
  /** Whether the printed 돌봄SOS 소계 equals the sum of its rows; null when none is printed. */
  demandMatchesReported?: Maybe<Scalars['Boolean']['output']>;
  matchesReported?: Maybe<Scalars['Boolean']['output']>;
  reportedAmountSharePercent?: Maybe<Scalars['Int']['output']>;
  reportedDemandAmountKRW?: Maybe<Scalars['KRW']['output']>;
  /** 소계 of the 돌봄SOS column as printed. */
  reportedDemandCount?: Maybe<Scalars['Int']['output']>;
  reportedSharePercent?: Maybe<Scalars['Int']['output']>;
  sharePercent?: Maybe<Scalars['Float']['output']>;
  supplyAmountKRW?: Maybe<Scalars['KRW']['output']>;
  supplyCount: Scalars['Int']['output'];
};

/** 나눔반장 supply against 돌봄SOS demand in one printed table. */
export type SupplyVsDemand = {
  __typename?: 'SupplyVsDemand';
  /** Supply per district and service from the consortia's rows of the table's exact period; the source prints no demand per district. */
  byDistrict: Array<DistrictServiceSupply>;
  byService: Array<SupplyShare>;
  periodFrom: Scalars['Date']['output'];
  periodTo: Scalars['Date']['output'];
  report: ProgrammeDeliveryReport;
  /** 일상편의 소계, computed from the rows, beside the printed 소계. */
  total: SupplyShareTotal;
};

export type VisitorRole =
  /** 통반장 (neighbourhood head) */
  | 'NEIGHBOURHOOD_HEAD'
  /** 나눔이웃 (resident volunteer) */
  | 'VOLUNTEER'
  /** 복지공무원 (welfare official) */
  | 'WELFARE_OFFICIAL';

export type WelfareStaffHire = {
  __typename?: 'WelfareStaffHire';
  count: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = unknown;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Case: Case;
  CommunityCentre: CommunityCentre;
  CommunityVolunteer: CommunityVolunteer;
  District: District;
  Household: Household;
  NeighbourhoodCareConsortium: NeighbourhoodCareConsortium;
  NetworkMeeting: NetworkMeeting;
  OutreachVisit: OutreachVisit;
  PilotProgram: PilotProgram;
  ProgrammeDeliveryReport: ProgrammeDeliveryReport;
  PublicPrivateCouncil: PublicPrivateCouncil;
  Referral: Referral;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Case:
    ( { __typename: 'Case' }
    & GraphQLRecursivePick<FederationTypes['Case'], {"id":true}> );
  CommunityCentre:
    ( { __typename: 'CommunityCentre' }
    & GraphQLRecursivePick<FederationTypes['CommunityCentre'], {"id":true}> );
  CommunityVolunteer:
    ( { __typename: 'CommunityVolunteer' }
    & GraphQLRecursivePick<FederationTypes['CommunityVolunteer'], {"id":true}> );
  District:
    ( { __typename: 'District' }
    & GraphQLRecursivePick<FederationTypes['District'], {"name":true}> );
  Household:
    ( { __typename: 'Household' }
    & GraphQLRecursivePick<FederationTypes['Household'], {"id":true}> );
  NeighbourhoodCareConsortium:
    ( { __typename: 'NeighbourhoodCareConsortium' }
    & GraphQLRecursivePick<FederationTypes['NeighbourhoodCareConsortium'], {"id":true}> );
  NetworkMeeting:
    ( { __typename: 'NetworkMeeting' }
    & GraphQLRecursivePick<FederationTypes['NetworkMeeting'], {"id":true}> );
  OutreachVisit:
    ( { __typename: 'OutreachVisit' }
    & GraphQLRecursivePick<FederationTypes['OutreachVisit'], {"id":true}> );
  PilotProgram:
    ( { __typename: 'PilotProgram' }
    & GraphQLRecursivePick<FederationTypes['PilotProgram'], {"id":true}> );
  ProgrammeDeliveryReport:
    ( { __typename: 'ProgrammeDeliveryReport' }
    & GraphQLRecursivePick<FederationTypes['ProgrammeDeliveryReport'], {"id":true}> );
  PublicPrivateCouncil:
    ( { __typename: 'PublicPrivateCouncil' }
    & GraphQLRecursivePick<FederationTypes['PublicPrivateCouncil'], {"id":true}> );
  Referral:
    ( { __typename: 'Referral' }
    & GraphQLRecursivePick<FederationTypes['Referral'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdvancePilotDistrictInput: AdvancePilotDistrictInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AgencyReferralOutcome: AgencyReferralOutcome;
  ApplyForPilotInput: ApplyForPilotInput;
  Campaign: ResolverTypeWrapper<CampaignDocModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CampaignChannel: CampaignChannel;
  CampaignPosting: ResolverTypeWrapper<PostingModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CampaignProgress: ResolverTypeWrapper<CampaignProgress>;
  Case: ResolverTypeWrapper<CaseDocModel>;
  CaseComplexity: CaseComplexity;
  CaseConnection: ResolverTypeWrapper<Omit<CaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CaseEdge']>, nodes: Array<ResolversTypes['Case']> }>;
  CaseEdge: ResolverTypeWrapper<Omit<CaseEdge, 'node'> & { node: ResolversTypes['Case'] }>;
  CaseLoad: ResolverTypeWrapper<CaseLoad>;
  CaseOutcome: CaseOutcome;
  CaseStatus: CaseStatus;
  CloseCaseInput: CloseCaseInput;
  CloseOutcome: CloseOutcome;
  CloseOutreachCaseInput: CloseOutreachCaseInput;
  CommitteeMember: ResolverTypeWrapper<CommitteeMember>;
  CommitteeMemberInput: CommitteeMemberInput;
  CommunityCentre: ResolverTypeWrapper<CommunityCentreDocModel>;
  CommunityVolunteer: ResolverTypeWrapper<CommunityVolunteerDocModel>;
  CommunityVolunteerConnection: ResolverTypeWrapper<Omit<CommunityVolunteerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CommunityVolunteerEdge']>, nodes: Array<ResolversTypes['CommunityVolunteer']> }>;
  CommunityVolunteerEdge: ResolverTypeWrapper<Omit<CommunityVolunteerEdge, 'node'> & { node: ResolversTypes['CommunityVolunteer'] }>;
  CommunityVolunteerStatus: CommunityVolunteerStatus;
  CommunityVolunteerType: CommunityVolunteerType;
  ComplainantType: ComplainantType;
  CompleteMeetingFollowUpInput: CompleteMeetingFollowUpInput;
  CouncilLevel: CouncilLevel;
  CouncilMember: ResolverTypeWrapper<CouncilMember>;
  CouncilMemberInput: CouncilMemberInput;
  CouncilOrganisationKind: CouncilOrganisationKind;
  CouncilRole: CouncilRole;
  CouncilSector: CouncilSector;
  CouncilStatus: CouncilStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryFigure: ResolverTypeWrapper<DeliveryFigure>;
  DeliveryPeriodTotal: ResolverTypeWrapper<DeliveryPeriodTotal>;
  DiscoveryFunnel: ResolverTypeWrapper<Omit<DiscoveryFunnel, 'district'> & { district: ResolversTypes['District'] }>;
  DiscoveryStatus: DiscoveryStatus;
  DissolvePublicPrivateCouncilInput: DissolvePublicPrivateCouncilInput;
  District: ResolverTypeWrapper<Omit<District, 'communityCentres' | 'discoveryFunnel' | 'pilotParticipations' | 'publicPrivateCouncils'> & { communityCentres: Array<ResolversTypes['CommunityCentre']>, discoveryFunnel: ResolversTypes['DiscoveryFunnel'], pilotParticipations: Array<ResolversTypes['PilotParticipation']>, publicPrivateCouncils: Array<ResolversTypes['PublicPrivateCouncil']> }>;
  DistrictDeliverySummary: ResolverTypeWrapper<Omit<DistrictDeliverySummary, 'district'> & { district: string }>;
  DistrictServiceSupply: ResolverTypeWrapper<DistrictServiceSupplyModel>;
  EndCommunityVolunteerInput: EndCommunityVolunteerInput;
  EscalateCaseInput: EscalateCaseInput;
  FeeScheduledPart: ResolverTypeWrapper<FeeScheduledPart>;
  FeeScheduledServices: ResolverTypeWrapper<FeeScheduledServices>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GrantCondition: GrantCondition;
  GrantTranche: ResolverTypeWrapper<GrantTranche>;
  HoldNetworkMeetingInput: HoldNetworkMeetingInput;
  Household: ResolverTypeWrapper<Omit<Household, 'cases' | 'referrals' | 'visits'> & { cases: Array<ResolversTypes['Case']>, referrals: Array<ResolversTypes['Referral']>, visits: Array<ResolversTypes['OutreachVisit']> }>;
  HumanRightsCase: ResolverTypeWrapper<HumanRightsCaseDocModel>;
  HumanRightsCaseConnection: ResolverTypeWrapper<Omit<HumanRightsCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['HumanRightsCaseEdge']>, nodes: Array<ResolversTypes['HumanRightsCase']> }>;
  HumanRightsCaseEdge: ResolverTypeWrapper<Omit<HumanRightsCaseEdge, 'node'> & { node: ResolversTypes['HumanRightsCase'] }>;
  HumanRightsCaseStatus: HumanRightsCaseStatus;
  HumanRightsCategory: HumanRightsCategory;
  HumanRightsChannel: HumanRightsChannel;
  KRW: ResolverTypeWrapper<Scalars['KRW']['output']>;
  LeadLegalForm: LeadLegalForm;
  LinkedService: ResolverTypeWrapper<LinkedService>;
  LinkedServiceInput: LinkedServiceInput;
  LinkedServiceKind: LinkedServiceKind;
  MeetingFollowUp: ResolverTypeWrapper<MeetingFollowUp>;
  MeetingFollowUpInput: MeetingFollowUpInput;
  MeetingFollowUpStatus: MeetingFollowUpStatus;
  MeetingKind: MeetingKind;
  MeetingProgress: ResolverTypeWrapper<MeetingProgress>;
  MeetingTarget: ResolverTypeWrapper<MeetingTarget>;
  MeetingTargetInput: MeetingTargetInput;
  MemberOrganisation: ResolverTypeWrapper<MemberOrganisation>;
  MemberOrganisationInput: MemberOrganisationInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NanumBanjangGrant: ResolverTypeWrapper<NanumBanjangGrantDocModel>;
  NanumBanjangPhase: ResolverTypeWrapper<NanumBanjangPhaseDocModel>;
  NanumBanjangPhaseKind: NanumBanjangPhaseKind;
  NanumBanjangProgramme: ResolverTypeWrapper<NanumBanjangProgrammeDocModel>;
  NanumBanjangResearchContract: ResolverTypeWrapper<NanumBanjangResearchContract>;
  NeedsDiscovery: ResolverTypeWrapper<NeedsDiscovery>;
  NeedsDiscoveryInput: NeedsDiscoveryInput;
  NeedsDomain: NeedsDomain;
  NeighbourhoodCareConsortium: ResolverTypeWrapper<ConsortiumDocModel>;
  NeighbourhoodCareSummary: ResolverTypeWrapper<Omit<NeighbourhoodCareSummary, 'districts' | 'reports'> & { districts: Array<ResolversTypes['DistrictDeliverySummary']>, reports: Array<ResolversTypes['ProgrammeDeliveryReport']> }>;
  NeighbourhoodService: NeighbourhoodService;
  NetworkMeeting: ResolverTypeWrapper<NetworkMeetingDocModel>;
  OpenCaseInput: OpenCaseInput;
  OpenHumanRightsCaseInput: OpenHumanRightsCaseInput;
  OutreachVisit: ResolverTypeWrapper<OutreachVisitDocModel>;
  OutreachVisitConnection: ResolverTypeWrapper<Omit<OutreachVisitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OutreachVisitEdge']>, nodes: Array<ResolversTypes['OutreachVisit']> }>;
  OutreachVisitEdge: ResolverTypeWrapper<Omit<OutreachVisitEdge, 'node'> & { node: ResolversTypes['OutreachVisit'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PilotFundingConflicts: ResolverTypeWrapper<PilotFundingConflicts>;
  PilotFundingPlan: ResolverTypeWrapper<PilotFundingPlanDocModel>;
  PilotGrantSplit: ResolverTypeWrapper<PilotGrantSplit>;
  PilotParticipation: ResolverTypeWrapper<ParticipationViewModel>;
  PilotProgram: ResolverTypeWrapper<PilotProgramDocModel>;
  PilotStatus: PilotStatus;
  PilotTrack: PilotTrack;
  PilotTrackRange: ResolverTypeWrapper<PilotTrackRange>;
  PlanCaseInput: PlanCaseInput;
  ProgrammeDeliveryReport: ResolverTypeWrapper<ProgrammeReportDocModel>;
  ProviderOrganization: ResolverTypeWrapper<ProviderOrganization>;
  PublicPrivateCouncil: ResolverTypeWrapper<PublicPrivateCouncilDocModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCampaignPostingInput: RecordCampaignPostingInput;
  RecordGrantConditionInput: RecordGrantConditionInput;
  RecordHumanRightsCaseStepInput: RecordHumanRightsCaseStepInput;
  RecordOutreachVisitInput: RecordOutreachVisitInput;
  RecordProgrammeDeliveryReportInput: RecordProgrammeDeliveryReportInput;
  RecordReferralOutcomeInput: RecordReferralOutcomeInput;
  RecordServiceDeliveryInput: RecordServiceDeliveryInput;
  ReferNeedsInput: ReferNeedsInput;
  Referral: ResolverTypeWrapper<ReferralDocModel>;
  ReferralConnection: ResolverTypeWrapper<Omit<ReferralConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ReferralEdge']>, nodes: Array<ResolversTypes['Referral']> }>;
  ReferralEdge: ResolverTypeWrapper<Omit<ReferralEdge, 'node'> & { node: ResolversTypes['Referral'] }>;
  ReferralStatus: ReferralStatus;
  ReferralTarget: ReferralTarget;
  ReferredCareService: ReferredCareService;
  RegisterCampaignInput: RegisterCampaignInput;
  RegisterCommunityCentreInput: RegisterCommunityCentreInput;
  RegisterCommunityVolunteerInput: RegisterCommunityVolunteerInput;
  RegisterConsortiumInput: RegisterConsortiumInput;
  RegisterPilotProgramInput: RegisterPilotProgramInput;
  RegisterPublicPrivateCouncilInput: RegisterPublicPrivateCouncilInput;
  ReleaseGrantTrancheInput: ReleaseGrantTrancheInput;
  ReportReconciliation: ResolverTypeWrapper<ReportReconciliation>;
  ReportRowInput: ReportRowInput;
  ReportedDeliveryTotal: ResolverTypeWrapper<ReportedDeliveryTotal>;
  ReportedDeliveryTotalInput: ReportedDeliveryTotalInput;
  SelectPilotDistrictInput: SelectPilotDistrictInput;
  ServiceDelivery: ResolverTypeWrapper<ServiceDelivery>;
  ServiceFigure: ResolverTypeWrapper<ServiceFigure>;
  SosCentreColumn: ResolverTypeWrapper<SosCentreColumn>;
  SosCentreRow: ResolverTypeWrapper<SosCentreRow>;
  StartCaseFollowUpInput: StartCaseFollowUpInput;
  SupplyShare: ResolverTypeWrapper<SupplyShare>;
  SupplyShareTotal: ResolverTypeWrapper<SupplyShareTotal>;
  SupplyVsDemand: ResolverTypeWrapper<Omit<SupplyVsDemand, 'byDistrict' | 'report'> & { byDistrict: Array<ResolversTypes['DistrictServiceSupply']>, report: ResolversTypes['ProgrammeDeliveryReport'] }>;
  VisitorRole: VisitorRole;
  WelfareStaffHire: ResolverTypeWrapper<WelfareStaffHire>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdvancePilotDistrictInput: AdvancePilotDistrictInput;
  ID: Scalars['ID']['output'];
  ApplyForPilotInput: ApplyForPilotInput;
  Campaign: CampaignDocModel;
  Int: Scalars['Int']['output'];
  CampaignPosting: PostingModel;
  Boolean: Scalars['Boolean']['output'];
  CampaignProgress: CampaignProgress;
  Case: CaseDocModel;
  CaseConnection: Omit<CaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CaseEdge']>, nodes: Array<ResolversParentTypes['Case']> };
  CaseEdge: Omit<CaseEdge, 'node'> & { node: ResolversParentTypes['Case'] };
  CaseLoad: CaseLoad;
  CloseCaseInput: CloseCaseInput;
  CloseOutreachCaseInput: CloseOutreachCaseInput;
  CommitteeMember: CommitteeMember;
  CommitteeMemberInput: CommitteeMemberInput;
  CommunityCentre: CommunityCentreDocModel;
  CommunityVolunteer: CommunityVolunteerDocModel;
  CommunityVolunteerConnection: Omit<CommunityVolunteerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CommunityVolunteerEdge']>, nodes: Array<ResolversParentTypes['CommunityVolunteer']> };
  CommunityVolunteerEdge: Omit<CommunityVolunteerEdge, 'node'> & { node: ResolversParentTypes['CommunityVolunteer'] };
  CompleteMeetingFollowUpInput: CompleteMeetingFollowUpInput;
  CouncilMember: CouncilMember;
  CouncilMemberInput: CouncilMemberInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeliveryFigure: DeliveryFigure;
  DeliveryPeriodTotal: DeliveryPeriodTotal;
  DiscoveryFunnel: Omit<DiscoveryFunnel, 'district'> & { district: ResolversParentTypes['District'] };
  DissolvePublicPrivateCouncilInput: DissolvePublicPrivateCouncilInput;
  District: Omit<District, 'communityCentres' | 'discoveryFunnel' | 'pilotParticipations' | 'publicPrivateCouncils'> & { communityCentres: Array<ResolversParentTypes['CommunityCentre']>, discoveryFunnel: ResolversParentTypes['DiscoveryFunnel'], pilotParticipations: Array<ResolversParentTypes['PilotParticipation']>, publicPrivateCouncils: Array<ResolversParentTypes['PublicPrivateCouncil']> } | FederationReferenceTypes['District'];
  DistrictDeliverySummary: Omit<DistrictDeliverySummary, 'district'> & { district: string };
  DistrictServiceSupply: DistrictServiceSupplyModel;
  EndCommunityVolunteerInput: EndCommunityVolunteerInput;
  EscalateCaseInput: EscalateCaseInput;
  FeeScheduledPart: FeeScheduledPart;
  FeeScheduledServices: FeeScheduledServices;
  Float: Scalars['Float']['output'];
  GrantTranche: GrantTranche;
  HoldNetworkMeetingInput: HoldNetworkMeetingInput;
  Household: Omit<Household, 'cases' | 'referrals' | 'visits'> & { cases: Array<ResolversParentTypes['Case']>, referrals: Array<ResolversParentTypes['Referral']>, visits: Array<ResolversParentTypes['OutreachVisit']> } | FederationReferenceTypes['Household'];
  HumanRightsCase: HumanRightsCaseDocModel;
  HumanRightsCaseConnection: Omit<HumanRightsCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['HumanRightsCaseEdge']>, nodes: Array<ResolversParentTypes['HumanRightsCase']> };
  HumanRightsCaseEdge: Omit<HumanRightsCaseEdge, 'node'> & { node: ResolversParentTypes['HumanRightsCase'] };
  KRW: Scalars['KRW']['output'];
  LinkedService: LinkedService;
  LinkedServiceInput: LinkedServiceInput;
  MeetingFollowUp: MeetingFollowUp;
  MeetingFollowUpInput: MeetingFollowUpInput;
  MeetingProgress: MeetingProgress;
  MeetingTarget: MeetingTarget;
  MeetingTargetInput: MeetingTargetInput;
  MemberOrganisation: MemberOrganisation;
  MemberOrganisationInput: MemberOrganisationInput;
  Mutation: Record<PropertyKey, never>;
  NanumBanjangGrant: NanumBanjangGrantDocModel;
  NanumBanjangPhase: NanumBanjangPhaseDocModel;
  NanumBanjangProgramme: NanumBanjangProgrammeDocModel;
  NanumBanjangResearchContract: NanumBanjangResearchContract;
  NeedsDiscovery: NeedsDiscovery;
  NeedsDiscoveryInput: NeedsDiscoveryInput;
  NeighbourhoodCareConsortium: ConsortiumDocModel;
  NeighbourhoodCareSummary: Omit<NeighbourhoodCareSummary, 'districts' | 'reports'> & { districts: Array<ResolversParentTypes['DistrictDeliverySummary']>, reports: Array<ResolversParentTypes['ProgrammeDeliveryReport']> };
  NetworkMeeting: NetworkMeetingDocModel;
  OpenCaseInput: OpenCaseInput;
  OpenHumanRightsCaseInput: OpenHumanRightsCaseInput;
  OutreachVisit: OutreachVisitDocModel;
  OutreachVisitConnection: Omit<OutreachVisitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OutreachVisitEdge']>, nodes: Array<ResolversParentTypes['OutreachVisit']> };
  OutreachVisitEdge: Omit<OutreachVisitEdge, 'node'> & { node: ResolversParentTypes['OutreachVisit'] };
  PageInfo: PageInfo;
  PilotFundingConflicts: PilotFundingConflicts;
  PilotFundingPlan: PilotFundingPlanDocModel;
  PilotGrantSplit: PilotGrantSplit;
  PilotParticipation: ParticipationViewModel;
  PilotProgram: PilotProgramDocModel;
  PilotTrackRange: PilotTrackRange;
  PlanCaseInput: PlanCaseInput;
  ProgrammeDeliveryReport: ProgrammeReportDocModel;
  ProviderOrganization: ProviderOrganization;
  PublicPrivateCouncil: PublicPrivateCouncilDocModel;
  Query: Record<PropertyKey, never>;
  RecordCampaignPostingInput: RecordCampaignPostingInput;
  RecordGrantConditionInput: RecordGrantConditionInput;
  RecordHumanRightsCaseStepInput: RecordHumanRightsCaseStepInput;
  RecordOutreachVisitInput: RecordOutreachVisitInput;
  RecordProgrammeDeliveryReportInput: RecordProgrammeDeliveryReportInput;
  RecordReferralOutcomeInput: RecordReferralOutcomeInput;
  RecordServiceDeliveryInput: RecordServiceDeliveryInput;
  ReferNeedsInput: ReferNeedsInput;
  Referral: ReferralDocModel;
  ReferralConnection: Omit<ReferralConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ReferralEdge']>, nodes: Array<ResolversParentTypes['Referral']> };
  ReferralEdge: Omit<ReferralEdge, 'node'> & { node: ResolversParentTypes['Referral'] };
  RegisterCampaignInput: RegisterCampaignInput;
  RegisterCommunityCentreInput: RegisterCommunityCentreInput;
  RegisterCommunityVolunteerInput: RegisterCommunityVolunteerInput;
  RegisterConsortiumInput: RegisterConsortiumInput;
  RegisterPilotProgramInput: RegisterPilotProgramInput;
  RegisterPublicPrivateCouncilInput: RegisterPublicPrivateCouncilInput;
  ReleaseGrantTrancheInput: ReleaseGrantTrancheInput;
  ReportReconciliation: ReportReconciliation;
  ReportRowInput: ReportRowInput;
  ReportedDeliveryTotal: ReportedDeliveryTotal;
  ReportedDeliveryTotalInput: ReportedDeliveryTotalInput;
  SelectPilotDistrictInput: SelectPilotDistrictInput;
  ServiceDelivery: ServiceDelivery;
  ServiceFigure: ServiceFigure;
  SosCentreColumn: SosCentreColumn;
  SosCentreRow: SosCentreRow;
  StartCaseFollowUpInput: StartCaseFollowUpInput;
  SupplyShare: SupplyShare;
  SupplyShareTotal: SupplyShareTotal;
  SupplyVsDemand: Omit<SupplyVsDemand, 'byDistrict' | 'report'> & { byDistrict: Array<ResolversParentTypes['DistrictServiceSupply']>, report: ResolversParentTypes['ProgrammeDeliveryReport'] };
  WelfareStaffHire: WelfareStaffHire;
  String: Scalars['String']['output'];
};

export type AuthDirectiveArgs = {
  requires?: Maybe<Array<Scalars['String']['input']>>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = any, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = any, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CampaignResolvers<ContextType = any, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign']> = {
  agencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['CampaignChannel']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  postings?: Resolver<Array<ResolversTypes['CampaignPosting']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['CampaignProgress'], ParentType, ContextType>;
  targetCorePostings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetOffline?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetOnline?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignPostingResolvers<ContextType = any, ParentType extends ResolversParentTypes['CampaignPosting'] = ResolversParentTypes['CampaignPosting']> = {
  channel?: Resolver<ResolversTypes['CampaignChannel'], ParentType, ContextType>;
  coreProgramme?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offline?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  postedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reach?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CampaignProgressResolvers<ContextType = any, ParentType extends ResolversParentTypes['CampaignProgress'] = ResolversParentTypes['CampaignProgress']> = {
  corePostings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coreTargetMet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  offline?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offlineTargetMet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onlineTargetMet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reach?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CaseResolvers<ContextType = any, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case'], FederationReferenceType extends FederationReferenceTypes['Case'] = FederationReferenceTypes['Case']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Case']> | FederationReferenceType, FederationReferenceType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  communityCentre?: Resolver<ResolversTypes['CommunityCentre'], ParentType, ContextType>;
  complexity?: Resolver<Maybe<ResolversTypes['CaseComplexity']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  escalated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  escalatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  escalationReason?: Resolver<Maybe<ResolversTypes['CaseComplexity']>, ParentType, ContextType>;
  followUpOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  household?: Resolver<ResolversTypes['Household'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linkedServices?: Resolver<Array<ResolversTypes['LinkedService']>, ParentType, ContextType>;
  managerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['NeedsDomain']>, ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['CaseOutcome']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plannedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  referrals?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  visit?: Resolver<Maybe<ResolversTypes['OutreachVisit']>, ParentType, ContextType>;
};

export type CaseConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['CaseConnection'] = ResolversParentTypes['CaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['CaseEdge'] = ResolversParentTypes['CaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
};

export type CaseLoadResolvers<ContextType = any, ParentType extends ResolversParentTypes['CaseLoad'] = ResolversParentTypes['CaseLoad']> = {
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  escalated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  followUp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  managerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommitteeMemberResolvers<ContextType = any, ParentType extends ResolversParentTypes['CommitteeMember'] = ResolversParentTypes['CommitteeMember']> = {
  external?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CommunityCentreResolvers<ContextType = any, ParentType extends ResolversParentTypes['CommunityCentre'] = ResolversParentTypes['CommunityCentre'], FederationReferenceType extends FederationReferenceTypes['CommunityCentre'] = FederationReferenceTypes['CommunityCentre']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CommunityCentre']> | FederationReferenceType, FederationReferenceType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetsPilotCounsellorMinimum?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pilot?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  visits?: Resolver<Array<ResolversTypes['OutreachVisit']>, ParentType, ContextType>;
  welfareStaffCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityVolunteerResolvers<ContextType = any, ParentType extends ResolversParentTypes['CommunityVolunteer'] = ResolversParentTypes['CommunityVolunteer'], FederationReferenceType extends FederationReferenceTypes['CommunityVolunteer'] = FederationReferenceTypes['CommunityVolunteer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CommunityVolunteer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  activeTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  communityCentre?: Resolver<ResolversTypes['CommunityCentre'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommunityVolunteerStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CommunityVolunteerType'], ParentType, ContextType>;
  visits?: Resolver<Array<ResolversTypes['OutreachVisit']>, ParentType, ContextType>;
};

export type CommunityVolunteerConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['CommunityVolunteerConnection'] = ResolversParentTypes['CommunityVolunteerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommunityVolunteerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CommunityVolunteer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityVolunteerEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['CommunityVolunteerEdge'] = ResolversParentTypes['CommunityVolunteerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CommunityVolunteer'], ParentType, ContextType>;
};

export type CouncilMemberResolvers<ContextType = any, ParentType extends ResolversParentTypes['CouncilMember'] = ResolversParentTypes['CouncilMember']> = {
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisationKind?: Resolver<ResolversTypes['CouncilOrganisationKind'], ParentType, ContextType>;
  organisationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CouncilRole'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['CouncilSector'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliveryFigureResolvers<ContextType = any, ParentType extends ResolversParentTypes['DeliveryFigure'] = ResolversParentTypes['DeliveryFigure']> = {
  amountKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeliveryPeriodTotalResolvers<ContextType = any, ParentType extends ResolversParentTypes['DeliveryPeriodTotal'] = ResolversParentTypes['DeliveryPeriodTotal']> = {
  amountKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchesReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reportedAmountKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  reportedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DiscoveryFunnelResolvers<ContextType = any, ParentType extends ResolversParentTypes['DiscoveryFunnel'] = ResolversParentTypes['DiscoveryFunnel']> = {
  discoveries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referrals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referralsToCareServices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  served?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DistrictResolvers<ContextType = any, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  communityCentres?: Resolver<Array<ResolversTypes['CommunityCentre']>, ParentType, ContextType>;
  discoveryFunnel?: Resolver<ResolversTypes['DiscoveryFunnel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pilotParticipations?: Resolver<Array<ResolversTypes['PilotParticipation']>, ParentType, ContextType>;
  publicPrivateCouncils?: Resolver<Array<ResolversTypes['PublicPrivateCouncil']>, ParentType, ContextType>;
};

export type DistrictDeliverySummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['DistrictDeliverySummary'] = ResolversParentTypes['DistrictDeliverySummary']> = {
  byService?: Resolver<Array<ResolversTypes['ServiceFigure']>, ParentType, ContextType>;
  consortium?: Resolver<ResolversTypes['NeighbourhoodCareConsortium'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  matchesReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  reportedAmountKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  reportedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['DeliveryFigure'], ParentType, ContextType>;
};

export type DistrictServiceSupplyResolvers<ContextType = any, ParentType extends ResolversParentTypes['DistrictServiceSupply'] = ResolversParentTypes['DistrictServiceSupply']> = {
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['NeighbourhoodService'], ParentType, ContextType>;
  supplyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeeScheduledPartResolvers<ContextType = any, ParentType extends ResolversParentTypes['FeeScheduledPart'] = ResolversParentTypes['FeeScheduledPart']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeeScheduledServicesResolvers<ContextType = any, ParentType extends ResolversParentTypes['FeeScheduledServices'] = ResolversParentTypes['FeeScheduledServices']> = {
  computedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dailyConvenienceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dailyConvenienceShareOfComputedPct?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dailyConvenienceShareOfReportedPct?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  difference?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchesReported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['FeeScheduledPart']>, ParentType, ContextType>;
  reportedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedDailyConvenienceSharePct?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedShareHolds?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GrantTrancheResolvers<ContextType = any, ParentType extends ResolversParentTypes['GrantTranche'] = ResolversParentTypes['GrantTranche']> = {
  amountKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['GrantCondition'], ParentType, ContextType>;
  conditionMetOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  releasedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  tranche?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HouseholdResolvers<ContextType = any, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  referrals?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  visits?: Resolver<Array<ResolversTypes['OutreachVisit']>, ParentType, ContextType>;
};

export type HumanRightsCaseResolvers<ContextType = any, ParentType extends ResolversParentTypes['HumanRightsCase'] = ResolversParentTypes['HumanRightsCase']> = {
  agencyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['HumanRightsCategory']>, ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['HumanRightsChannel']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  complainantType?: Resolver<Maybe<ResolversTypes['ComplainantType']>, ParentType, ContextType>;
  counsellingStartedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  counsellorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  referredTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HumanRightsCaseStatus'], ParentType, ContextType>;
};

export type HumanRightsCaseConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['HumanRightsCaseConnection'] = ResolversParentTypes['HumanRightsCaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HumanRightsCaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['HumanRightsCase']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HumanRightsCaseEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['HumanRightsCaseEdge'] = ResolversParentTypes['HumanRightsCaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HumanRightsCase'], ParentType, ContextType>;
};

export interface KrwScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['KRW'], any> {
  name: 'KRW';
}

export type LinkedServiceResolvers<ContextType = any, ParentType extends ResolversParentTypes['LinkedService'] = ResolversParentTypes['LinkedService']> = {
  kind?: Resolver<ResolversTypes['LinkedServiceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MeetingFollowUpResolvers<ContextType = any, ParentType extends ResolversParentTypes['MeetingFollowUp'] = ResolversParentTypes['MeetingFollowUp']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerMemberId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeetingFollowUpStatus'], ParentType, ContextType>;
};

export type MeetingProgressResolvers<ContextType = any, ParentType extends ResolversParentTypes['MeetingProgress'] = ResolversParentTypes['MeetingProgress']> = {
  held?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeetingKind'], ParentType, ContextType>;
  met?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MeetingTargetResolvers<ContextType = any, ParentType extends ResolversParentTypes['MeetingTarget'] = ResolversParentTypes['MeetingTarget']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeetingKind'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberOrganisationResolvers<ContextType = any, ParentType extends ResolversParentTypes['MemberOrganisation'] = ResolversParentTypes['MemberOrganisation']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['NeighbourhoodService']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  advancePilotDistrict: Resolver<ResolversTypes['PilotProgram'], ParentType, ContextType, RequireFields<MutationAdvancePilotDistrictArgs, 'input'>>;
  applyForPilot: Resolver<ResolversTypes['PilotProgram'], ParentType, ContextType, RequireFields<MutationApplyForPilotArgs, 'input'>>;
  closeCase: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationCloseCaseArgs, 'input'>>;
  closeOutreachCase: Resolver<ResolversTypes['OutreachVisit'], ParentType, ContextType, RequireFields<MutationCloseOutreachCaseArgs, 'input'>>;
  completeMeetingFollowUp: Resolver<ResolversTypes['NetworkMeeting'], ParentType, ContextType, RequireFields<MutationCompleteMeetingFollowUpArgs, 'input'>>;
  dissolvePublicPrivateCouncil: Resolver<ResolversTypes['PublicPrivateCouncil'], ParentType, ContextType, RequireFields<MutationDissolvePublicPrivateCouncilArgs, 'input'>>;
  endCommunityVolunteer: Resolver<ResolversTypes['CommunityVolunteer'], ParentType, ContextType, RequireFields<MutationEndCommunityVolunteerArgs, 'input'>>;
  escalateCase: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationEscalateCaseArgs, 'input'>>;
  holdNetworkMeeting: Resolver<ResolversTypes['NetworkMeeting'], ParentType, ContextType, RequireFields<MutationHoldNetworkMeetingArgs, 'input'>>;
  openCase: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationOpenCaseArgs, 'input'>>;
  openHumanRightsCase: Resolver<ResolversTypes['HumanRightsCase'], ParentType, ContextType, RequireFields<MutationOpenHumanRightsCaseArgs, 'input'>>;
  planCase: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationPlanCaseArgs, 'input'>>;
  recordCampaignPosting: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationRecordCampaignPostingArgs, 'input'>>;
  recordGrantCondition: Resolver<ResolversTypes['PilotProgram'], ParentType, ContextType, RequireFields<MutationRecordGrantConditionArgs, 'input'>>;
  recordHumanRightsCaseStep: Resolver<ResolversTypes['HumanRightsCase'], ParentType, ContextType, RequireFields<MutationRecordHumanRightsCaseStepArgs, 'input'>>;
  recordOutreachVisit: Resolver<ResolversTypes['OutreachVisit'], ParentType, ContextType, RequireFields<MutationRecordOutreachVisitArgs, 'input'>>;
  recordProgrammeDeliveryReport: Resolver<ResolversTypes['ProgrammeDeliveryReport'], ParentType, ContextType, RequireFields<MutationRecordProgrammeDeliveryReportArgs, 'input'>>;
  recordReferralOutcome: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationRecordReferralOutcomeArgs, 'input'>>;
  recordServiceDelivery: Resolver<ResolversTypes['NeighbourhoodCareConsortium'], ParentType, ContextType, RequireFields<MutationRecordServiceDeliveryArgs, 'input'>>;
  referNeeds: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationReferNeedsArgs, 'input'>>;
  registerCampaign: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationRegisterCampaignArgs, 'input'>>;
  registerCommunityCentre: Resolver<ResolversTypes['CommunityCentre'], ParentType, ContextType, RequireFields<MutationRegisterCommunityCentreArgs, 'input'>>;
  registerCommunityVolunteer: Resolver<ResolversTypes['CommunityVolunteer'], ParentType, ContextType, RequireFields<MutationRegisterCommunityVolunteerArgs, 'input'>>;
  registerConsortium: Resolver<ResolversTypes['NeighbourhoodCareConsortium'], ParentType, ContextType, RequireFields<MutationRegisterConsortiumArgs, 'input'>>;
  registerPilotProgram: Resolver<ResolversTypes['PilotProgram'], ParentType, ContextType, RequireFields<MutationRegisterPilotProgramArgs, 'input'>>;
  registerPublicPrivateCouncil: Resolver<ResolversTypes['PublicPrivateCouncil'], ParentType, ContextType, RequireFields<MutationRegisterPublicPrivateCouncilArgs, 'input'>>;
  releaseGrantTranche: Resolver<ResolversTypes['PilotProgram'], ParentType, ContextType, RequireFields<MutationReleaseGrantTrancheArgs, 'input'>>;
  selectPilotDistrict: Resolver<ResolversTypes['PilotProgram'], ParentType, ContextType, RequireFields<MutationSelectPilotDistrictArgs, 'input'>>;
  startCaseFollowUp: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationStartCaseFollowUpArgs, 'input'>>;
};

export type NanumBanjangGrantResolvers<ContextType = any, ParentType extends ResolversParentTypes['NanumBanjangGrant'] = ResolversParentTypes['NanumBanjangGrant']> = {
  amountKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  consortium?: Resolver<Maybe<ResolversTypes['NeighbourhoodCareConsortium']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
};

export type NanumBanjangPhaseResolvers<ContextType = any, ParentType extends ResolversParentTypes['NanumBanjangPhase'] = ResolversParentTypes['NanumBanjangPhase']> = {
  computedTotalKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  enterprisesDerivable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enterprisesFromConsortia?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  expectedTotalKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  grantLabelMatchesPhase?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  grants?: Resolver<Array<ResolversTypes['NanumBanjangGrant']>, ParentType, ContextType>;
  grantsReconcile?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  headlineTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NanumBanjangPhaseKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  printedGrantLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedDeliveries?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reportedEnterprises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedPerOrganisationKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  reportedTotalKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  reportedUsers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  uniformGrants?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NanumBanjangProgrammeResolvers<ContextType = any, ParentType extends ResolversParentTypes['NanumBanjangProgramme'] = ResolversParentTypes['NanumBanjangProgramme']> = {
  feeScheduledServices?: Resolver<ResolversTypes['FeeScheduledServices'], ParentType, ContextType>;
  grantTotalKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['NanumBanjangPhase']>, ParentType, ContextType>;
  publishedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  researchContract?: Resolver<ResolversTypes['NanumBanjangResearchContract'], ParentType, ContextType>;
  sosAllServicesReportedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sosCentreColumn?: Resolver<ResolversTypes['SosCentreColumn'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NanumBanjangResearchContractResolvers<ContextType = any, ParentType extends ResolversParentTypes['NanumBanjangResearchContract'] = ResolversParentTypes['NanumBanjangResearchContract']> = {
  contractorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type NeedsDiscoveryResolvers<ContextType = any, ParentType extends ResolversParentTypes['NeedsDiscovery'] = ResolversParentTypes['NeedsDiscovery']> = {
  domains?: Resolver<Array<ResolversTypes['NeedsDomain']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NeighbourhoodCareConsortiumResolvers<ContextType = any, ParentType extends ResolversParentTypes['NeighbourhoodCareConsortium'] = ResolversParentTypes['NeighbourhoodCareConsortium'], FederationReferenceType extends FederationReferenceTypes['NeighbourhoodCareConsortium'] = FederationReferenceTypes['NeighbourhoodCareConsortium']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['NeighbourhoodCareConsortium']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['ServiceDelivery']>, ParentType, ContextType, NeighbourhoodCareConsortiumDeliveriesArgs>;
  deliveryTotals?: Resolver<Array<ResolversTypes['DeliveryPeriodTotal']>, ParentType, ContextType, NeighbourhoodCareConsortiumDeliveryTotalsArgs>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadLegalForm?: Resolver<ResolversTypes['LeadLegalForm'], ParentType, ContextType>;
  leadOrganisationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leadProvider?: Resolver<Maybe<ResolversTypes['ProviderOrganization']>, ParentType, ContextType>;
  memberOrganisations?: Resolver<Array<ResolversTypes['MemberOrganisation']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reportedDeliveryTotals?: Resolver<Array<ResolversTypes['ReportedDeliveryTotal']>, ParentType, ContextType>;
  reportedMemberCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['NeighbourhoodService']>, ParentType, ContextType>;
};

export type NeighbourhoodCareSummaryResolvers<ContextType = any, ParentType extends ResolversParentTypes['NeighbourhoodCareSummary'] = ResolversParentTypes['NeighbourhoodCareSummary']> = {
  byService?: Resolver<Array<ResolversTypes['ServiceFigure']>, ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['DistrictDeliverySummary']>, ParentType, ContextType>;
  reconciliations?: Resolver<Array<ResolversTypes['ReportReconciliation']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['ProgrammeDeliveryReport']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['DeliveryFigure'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkMeetingResolvers<ContextType = any, ParentType extends ResolversParentTypes['NetworkMeeting'] = ResolversParentTypes['NetworkMeeting'], FederationReferenceType extends FederationReferenceTypes['NetworkMeeting'] = FederationReferenceTypes['NetworkMeeting']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['NetworkMeeting']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agenda?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  attendeeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attendeeMemberIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  council?: Resolver<ResolversTypes['PublicPrivateCouncil'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['MeetingFollowUp']>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeetingKind'], ParentType, ContextType>;
  otherAttendeeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolutions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OutreachVisitResolvers<ContextType = any, ParentType extends ResolversParentTypes['OutreachVisit'] = ResolversParentTypes['OutreachVisit'], FederationReferenceType extends FederationReferenceTypes['OutreachVisit'] = FederationReferenceTypes['OutreachVisit']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['OutreachVisit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  closeOutcome?: Resolver<Maybe<ResolversTypes['CloseOutcome']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  communityCentre?: Resolver<Maybe<ResolversTypes['CommunityCentre']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  household?: Resolver<ResolversTypes['Household'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needsDiscovery?: Resolver<Maybe<ResolversTypes['NeedsDiscovery']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  referrals?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DiscoveryStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  visitedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  visitorRole?: Resolver<ResolversTypes['VisitorRole'], ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['CommunityVolunteer']>, ParentType, ContextType>;
};

export type OutreachVisitConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['OutreachVisitConnection'] = ResolversParentTypes['OutreachVisitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OutreachVisitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OutreachVisit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutreachVisitEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['OutreachVisitEdge'] = ResolversParentTypes['OutreachVisitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OutreachVisit'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PilotFundingConflictsResolvers<ContextType = any, ParentType extends ResolversParentTypes['PilotFundingConflicts'] = ResolversParentTypes['PilotFundingConflicts']> = {
  capContradictsTrackRanges?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minimumForPlannedDistrictsKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  plannedDistrictsExceedTotal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tracksAboveCap?: Resolver<Array<ResolversTypes['PilotTrack']>, ParentType, ContextType>;
};

export type PilotFundingPlanResolvers<ContextType = any, ParentType extends ResolversParentTypes['PilotFundingPlan'] = ResolversParentTypes['PilotFundingPlan']> = {
  approvalNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  approvedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  capacityPct?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conflicts?: Resolver<ResolversTypes['PilotFundingConflicts'], ParentType, ContextType>;
  evaluatorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundingSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operationsPct?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settledBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settlementMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trackRanges?: Resolver<Array<ResolversTypes['PilotTrackRange']>, ParentType, ContextType>;
  trancheSharesPct?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  welfareStaffHires?: Resolver<Array<ResolversTypes['WelfareStaffHire']>, ParentType, ContextType>;
  welfareStaffHiresTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PilotGrantSplitResolvers<ContextType = any, ParentType extends ResolversParentTypes['PilotGrantSplit'] = ResolversParentTypes['PilotGrantSplit']> = {
  capacityKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  operationsKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
};

export type PilotParticipationResolvers<ContextType = any, ParentType extends ResolversParentTypes['PilotParticipation'] = ResolversParentTypes['PilotParticipation']> = {
  appliedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  evaluatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  expandedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  grantKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  grantSplit?: Resolver<Maybe<ResolversTypes['PilotGrantSplit']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['PilotProgram'], ParentType, ContextType>;
  releasedKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  selectedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PilotStatus'], ParentType, ContextType>;
  track?: Resolver<ResolversTypes['PilotTrack'], ParentType, ContextType>;
  tranches?: Resolver<Array<ResolversTypes['GrantTranche']>, ParentType, ContextType>;
  withinTrackRange?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type PilotProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['PilotProgram'] = ResolversParentTypes['PilotProgram'], FederationReferenceType extends FederationReferenceTypes['PilotProgram'] = FederationReferenceTypes['PilotProgram']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PilotProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  applicationDeadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  externalCommitteeMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fundingPlan?: Resolver<Maybe<ResolversTypes['PilotFundingPlan']>, ParentType, ContextType>;
  grantedKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['PilotParticipation']>, ParentType, ContextType>;
  pilotFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  pilotTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  releasedKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  reportedDistrictCapKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  selectionCommittee?: Resolver<Array<ResolversTypes['CommitteeMember']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalBudgetKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
};

export type PilotTrackRangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['PilotTrackRange'] = ResolversParentTypes['PilotTrackRange']> = {
  maxKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  minKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  plannedMinDistricts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  splitExempt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  track?: Resolver<ResolversTypes['PilotTrack'], ParentType, ContextType>;
};

export type ProgrammeDeliveryReportResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProgrammeDeliveryReport'] = ResolversParentTypes['ProgrammeDeliveryReport'], FederationReferenceType extends FederationReferenceTypes['ProgrammeDeliveryReport'] = FederationReferenceTypes['ProgrammeDeliveryReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProgrammeDeliveryReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchesReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reportedTotalAmountKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  reportedTotalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ServiceFigure']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['DeliveryFigure'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProviderOrganizationResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProviderOrganization'] = ResolversParentTypes['ProviderOrganization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PublicPrivateCouncilResolvers<ContextType = any, ParentType extends ResolversParentTypes['PublicPrivateCouncil'] = ResolversParentTypes['PublicPrivateCouncil'], FederationReferenceType extends FederationReferenceTypes['PublicPrivateCouncil'] = FederationReferenceTypes['PublicPrivateCouncil']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PublicPrivateCouncil']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agencyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  areaName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  communityCentre?: Resolver<Maybe<ResolversTypes['CommunityCentre']>, ParentType, ContextType>;
  dissolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  formedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CouncilLevel'], ParentType, ContextType>;
  meetingProgress?: Resolver<Array<ResolversTypes['MeetingProgress']>, ParentType, ContextType, RequireFields<PublicPrivateCouncilMeetingProgressArgs, 'year'>>;
  meetingTargets?: Resolver<Array<ResolversTypes['MeetingTarget']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['NetworkMeeting']>, ParentType, ContextType, PublicPrivateCouncilMeetingsArgs>;
  members?: Resolver<Array<ResolversTypes['CouncilMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CouncilStatus'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  campaign: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType, RequireFields<QueryCampaignArgs, 'id'>>;
  campaigns: Resolver<Array<ResolversTypes['Campaign']>, ParentType, ContextType, RequireFields<QueryCampaignsArgs, 'year'>>;
  case: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  caseLoad: Resolver<Array<ResolversTypes['CaseLoad']>, ParentType, ContextType, QueryCaseLoadArgs>;
  cases: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryCasesArgs, 'first'>>;
  communityCentre: Resolver<Maybe<ResolversTypes['CommunityCentre']>, ParentType, ContextType, RequireFields<QueryCommunityCentreArgs, 'id'>>;
  communityCentres: Resolver<Array<ResolversTypes['CommunityCentre']>, ParentType, ContextType, QueryCommunityCentresArgs>;
  communityVolunteer: Resolver<Maybe<ResolversTypes['CommunityVolunteer']>, ParentType, ContextType, RequireFields<QueryCommunityVolunteerArgs, 'id'>>;
  communityVolunteers: Resolver<ResolversTypes['CommunityVolunteerConnection'], ParentType, ContextType, RequireFields<QueryCommunityVolunteersArgs, 'first'>>;
  consortia: Resolver<Array<ResolversTypes['NeighbourhoodCareConsortium']>, ParentType, ContextType, QueryConsortiaArgs>;
  consortium: Resolver<Maybe<ResolversTypes['NeighbourhoodCareConsortium']>, ParentType, ContextType, RequireFields<QueryConsortiumArgs, 'id'>>;
  discoveryFunnels: Resolver<Array<ResolversTypes['DiscoveryFunnel']>, ParentType, ContextType, QueryDiscoveryFunnelsArgs>;
  household: Resolver<ResolversTypes['Household'], ParentType, ContextType, RequireFields<QueryHouseholdArgs, 'id'>>;
  humanRightsCase: Resolver<Maybe<ResolversTypes['HumanRightsCase']>, ParentType, ContextType, RequireFields<QueryHumanRightsCaseArgs, 'id'>>;
  humanRightsCases: Resolver<ResolversTypes['HumanRightsCaseConnection'], ParentType, ContextType, RequireFields<QueryHumanRightsCasesArgs, 'first'>>;
  nanumBanjangProgramme: Resolver<ResolversTypes['NanumBanjangProgramme'], ParentType, ContextType>;
  neighbourhoodCareSummary: Resolver<ResolversTypes['NeighbourhoodCareSummary'], ParentType, ContextType, RequireFields<QueryNeighbourhoodCareSummaryArgs, 'year'>>;
  neighbourhoodSupplyVsDemand: Resolver<Array<ResolversTypes['SupplyVsDemand']>, ParentType, ContextType, RequireFields<QueryNeighbourhoodSupplyVsDemandArgs, 'year'>>;
  networkMeeting: Resolver<Maybe<ResolversTypes['NetworkMeeting']>, ParentType, ContextType, RequireFields<QueryNetworkMeetingArgs, 'id'>>;
  networkMeetings: Resolver<Array<ResolversTypes['NetworkMeeting']>, ParentType, ContextType, QueryNetworkMeetingsArgs>;
  outreachVisit: Resolver<Maybe<ResolversTypes['OutreachVisit']>, ParentType, ContextType, RequireFields<QueryOutreachVisitArgs, 'id'>>;
  outreachVisits: Resolver<ResolversTypes['OutreachVisitConnection'], ParentType, ContextType, RequireFields<QueryOutreachVisitsArgs, 'first'>>;
  pilotProgram: Resolver<Maybe<ResolversTypes['PilotProgram']>, ParentType, ContextType, RequireFields<QueryPilotProgramArgs, 'id'>>;
  pilotPrograms: Resolver<Array<ResolversTypes['PilotProgram']>, ParentType, ContextType>;
  publicPrivateCouncil: Resolver<Maybe<ResolversTypes['PublicPrivateCouncil']>, ParentType, ContextType, RequireFields<QueryPublicPrivateCouncilArgs, 'id'>>;
  publicPrivateCouncils: Resolver<Array<ResolversTypes['PublicPrivateCouncil']>, ParentType, ContextType, QueryPublicPrivateCouncilsArgs>;
  referral: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType, RequireFields<QueryReferralArgs, 'id'>>;
  referrals: Resolver<ResolversTypes['ReferralConnection'], ParentType, ContextType, RequireFields<QueryReferralsArgs, 'first'>>;
};

export type ReferralResolvers<ContextType = any, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral'], FederationReferenceType extends FederationReferenceTypes['Referral'] = FederationReferenceTypes['Referral']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Referral']> | FederationReferenceType, FederationReferenceType, ContextType>;
  careRequestId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  household?: Resolver<ResolversTypes['Household'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['NeedsDomain']>, ParentType, ContextType>;
  outcomeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  receivedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  referredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  requestedServices?: Resolver<Array<ResolversTypes['ReferredCareService']>, ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  served?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ReferralTarget'], ParentType, ContextType>;
  targetAgencyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  visit?: Resolver<Maybe<ResolversTypes['OutreachVisit']>, ParentType, ContextType>;
};

export type ReferralConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReferralConnection'] = ResolversParentTypes['ReferralConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReferralEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReferralEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReferralEdge'] = ResolversParentTypes['ReferralEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Referral'], ParentType, ContextType>;
};

export type ReportReconciliationResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReportReconciliation'] = ResolversParentTypes['ReportReconciliation']> = {
  consortiaCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  matches?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  reportId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reportedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['NeighbourhoodService'], ParentType, ContextType>;
};

export type ReportedDeliveryTotalResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReportedDeliveryTotal'] = ResolversParentTypes['ReportedDeliveryTotal']> = {
  amountKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ServiceDeliveryResolvers<ContextType = any, ParentType extends ResolversParentTypes['ServiceDelivery'] = ResolversParentTypes['ServiceDelivery']> = {
  amountKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['NeighbourhoodService'], ParentType, ContextType>;
};

export type ServiceFigureResolvers<ContextType = any, ParentType extends ResolversParentTypes['ServiceFigure'] = ResolversParentTypes['ServiceFigure']> = {
  amountKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  demandAmountKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  demandCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['NeighbourhoodService'], ParentType, ContextType>;
};

export type SosCentreColumnResolvers<ContextType = any, ParentType extends ResolversParentTypes['SosCentreColumn'] = ResolversParentTypes['SosCentreColumn']> = {
  amountDifferenceKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  amountMatchesReported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  countMatchesReported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  noteCountMatches?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  noteTotalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reportedTotalAmountKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  reportedTotalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['SosCentreRow']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalAmountKRW?: Resolver<ResolversTypes['KRW'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SosCentreRowResolvers<ContextType = any, ParentType extends ResolversParentTypes['SosCentreRow'] = ResolversParentTypes['SosCentreRow']> = {
  amountKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupplyShareResolvers<ContextType = any, ParentType extends ResolversParentTypes['SupplyShare'] = ResolversParentTypes['SupplyShare']> = {
  amountSharePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  demandAmountKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  demandCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  matchesReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  reportedAmountSharePercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reportedSharePercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['NeighbourhoodService'], ParentType, ContextType>;
  sharePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  supplyAmountKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  supplyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplyShareTotalResolvers<ContextType = any, ParentType extends ResolversParentTypes['SupplyShareTotal'] = ResolversParentTypes['SupplyShareTotal']> = {
  amountSharePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  demandAmountKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  demandCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  demandMatchesReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  matchesReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  reportedAmountSharePercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reportedDemandAmountKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  reportedDemandCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reportedSharePercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sharePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  supplyAmountKRW?: Resolver<Maybe<ResolversTypes['KRW']>, ParentType, ContextType>;
  supplyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplyVsDemandResolvers<ContextType = any, ParentType extends ResolversParentTypes['SupplyVsDemand'] = ResolversParentTypes['SupplyVsDemand']> = {
  byDistrict?: Resolver<Array<ResolversTypes['DistrictServiceSupply']>, ParentType, ContextType>;
  byService?: Resolver<Array<ResolversTypes['SupplyShare']>, ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['ProgrammeDeliveryReport'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['SupplyShareTotal'], ParentType, ContextType>;
};

export type WelfareStaffHireResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareStaffHire'] = ResolversParentTypes['WelfareStaffHire']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = any> = {
  Campaign?: CampaignResolvers<ContextType>;
  CampaignPosting?: CampaignPostingResolvers<ContextType>;
  CampaignProgress?: CampaignProgressResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseEdge?: CaseEdgeResolvers<ContextType>;
  CaseLoad?: CaseLoadResolvers<ContextType>;
  CommitteeMember?: CommitteeMemberResolvers<ContextType>;
  CommunityCentre?: CommunityCentreResolvers<ContextType>;
  CommunityVolunteer?: CommunityVolunteerResolvers<ContextType>;
  CommunityVolunteerConnection?: CommunityVolunteerConnectionResolvers<ContextType>;
  CommunityVolunteerEdge?: CommunityVolunteerEdgeResolvers<ContextType>;
  CouncilMember?: CouncilMemberResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeliveryFigure?: DeliveryFigureResolvers<ContextType>;
  DeliveryPeriodTotal?: DeliveryPeriodTotalResolvers<ContextType>;
  DiscoveryFunnel?: DiscoveryFunnelResolvers<ContextType>;
  District?: DistrictResolvers<ContextType>;
  DistrictDeliverySummary?: DistrictDeliverySummaryResolvers<ContextType>;
  DistrictServiceSupply?: DistrictServiceSupplyResolvers<ContextType>;
  FeeScheduledPart?: FeeScheduledPartResolvers<ContextType>;
  FeeScheduledServices?: FeeScheduledServicesResolvers<ContextType>;
  GrantTranche?: GrantTrancheResolvers<ContextType>;
  Household?: HouseholdResolvers<ContextType>;
  HumanRightsCase?: HumanRightsCaseResolvers<ContextType>;
  HumanRightsCaseConnection?: HumanRightsCaseConnectionResolvers<ContextType>;
  HumanRightsCaseEdge?: HumanRightsCaseEdgeResolvers<ContextType>;
  KRW?: GraphQLScalarType;
  LinkedService?: LinkedServiceResolvers<ContextType>;
  MeetingFollowUp?: MeetingFollowUpResolvers<ContextType>;
  MeetingProgress?: MeetingProgressResolvers<ContextType>;
  MeetingTarget?: MeetingTargetResolvers<ContextType>;
  MemberOrganisation?: MemberOrganisationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NanumBanjangGrant?: NanumBanjangGrantResolvers<ContextType>;
  NanumBanjangPhase?: NanumBanjangPhaseResolvers<ContextType>;
  NanumBanjangProgramme?: NanumBanjangProgrammeResolvers<ContextType>;
  NanumBanjangResearchContract?: NanumBanjangResearchContractResolvers<ContextType>;
  NeedsDiscovery?: NeedsDiscoveryResolvers<ContextType>;
  NeighbourhoodCareConsortium?: NeighbourhoodCareConsortiumResolvers<ContextType>;
  NeighbourhoodCareSummary?: NeighbourhoodCareSummaryResolvers<ContextType>;
  NetworkMeeting?: NetworkMeetingResolvers<ContextType>;
  OutreachVisit?: OutreachVisitResolvers<ContextType>;
  OutreachVisitConnection?: OutreachVisitConnectionResolvers<ContextType>;
  OutreachVisitEdge?: OutreachVisitEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PilotFundingConflicts?: PilotFundingConflictsResolvers<ContextType>;
  PilotFundingPlan?: PilotFundingPlanResolvers<ContextType>;
  PilotGrantSplit?: PilotGrantSplitResolvers<ContextType>;
  PilotParticipation?: PilotParticipationResolvers<ContextType>;
  PilotProgram?: PilotProgramResolvers<ContextType>;
  PilotTrackRange?: PilotTrackRangeResolvers<ContextType>;
  ProgrammeDeliveryReport?: ProgrammeDeliveryReportResolvers<ContextType>;
  ProviderOrganization?: ProviderOrganizationResolvers<ContextType>;
  PublicPrivateCouncil?: PublicPrivateCouncilResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  ReferralConnection?: ReferralConnectionResolvers<ContextType>;
  ReferralEdge?: ReferralEdgeResolvers<ContextType>;
  ReportReconciliation?: ReportReconciliationResolvers<ContextType>;
  ReportedDeliveryTotal?: ReportedDeliveryTotalResolvers<ContextType>;
  ServiceDelivery?: ServiceDeliveryResolvers<ContextType>;
  ServiceFigure?: ServiceFigureResolvers<ContextType>;
  SosCentreColumn?: SosCentreColumnResolvers<ContextType>;
  SosCentreRow?: SosCentreRowResolvers<ContextType>;
  SupplyShare?: SupplyShareResolvers<ContextType>;
  SupplyShareTotal?: SupplyShareTotalResolvers<ContextType>;
  SupplyVsDemand?: SupplyVsDemandResolvers<ContextType>;
  WelfareStaffHire?: WelfareStaffHireResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = any> = {
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
};
