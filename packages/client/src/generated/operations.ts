/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ConsultantField =
  /** 노무 (labour) */
  | 'LABOR'
  /** 법률 (law) */
  | 'LAW'
  /** 안전관리 (safety management) */
  | 'SAFETY'
  /** 사회복지 실무 (social-work practice) */
  | 'SOCIAL_WORK_PRACTICE'
  /** 세무·회계 (tax and accounting) */
  | 'TAX_ACCOUNTING';

export type DispatchStatus =
  /** 취소 (cancelled) */
  | 'CANCELLED'
  /** 완료 (completed) */
  | 'COMPLETED'
  /** 파견 중 (dispatched) */
  | 'DISPATCHED'
  /** 매칭 (matched) */
  | 'MATCHED'
  /** 요청 (requested) */
  | 'REQUESTED';

export type DistrictKind =
  /** 자치구 (autonomous district of a metropolitan city) */
  | 'AUTONOMOUS_DISTRICT'
  /** 시 (city) */
  | 'CITY'
  /** 군 (county) */
  | 'COUNTY';

export type FacilityType =
  /** 다함께돌봄센터 (after-school care centre) */
  | 'COMMUNITY_CHILD_CARE_CENTRE'
  /** 학대피해노인전용쉼터 (shelter for abused elders) */
  | 'ELDER_ABUSE_SHELTER'
  /** 노인보호전문기관 (elder protection agency) */
  | 'ELDER_PROTECTION_AGENCY'
  /** 가족센터 (family centre) */
  | 'FAMILY_CENTRE'
  /** 종합재가센터 (integrated home-care centre) */
  | 'HOME_CARE_CENTRE'
  /** 장기요양시설 (long-term care facility) */
  | 'LONG_TERM_CARE_FACILITY'
  /** 국공립어린이집 (public daycare centre) */
  | 'PUBLIC_DAYCARE_CENTRE'
  /** 사회복지대체인력지원센터 (substitute-workforce centre) */
  | 'SUBSTITUTE_WORKFORCE_CENTRE';

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { facilities: { totalCount: number, nodes: Array<{ name: string, type: FacilityType, district: { name: string, romanizedName: string }, operator: { nameKo: string }, headcount: { authorised: number, actual: number, vacancies: number } | null }> } };

export type GovernanceQueryVariables = Exact<{ [key: string]: never; }>;


export type GovernanceQuery = { agencies: Array<{ id: string, nameKo: string, nameEn: string, region: string, establishedOn: string | null }>, districts: { totalCount: number, nodes: Array<{ name: string, romanizedName: string, kind: DistrictKind }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StaffingQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffingQuery = { dispatchProgress: { target: number | null, requested: number, completed: number, achievementRate: number | null }, substituteDispatches: { totalCount: number, nodes: Array<{ id: string, status: DispatchStatus, district: string, startDate: string, endDate: string, days: number, dailyRate: number }> } };

export type BudgetsQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetsQuery = { budgetLines: { totalCount: number, nodes: Array<{ id: string, programCode: string, name: string, amount: number, executed: number, executionRate: number }> } };

export type CareServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CareServicesQuery = { facilities: { totalCount: number, nodes: Array<{ id: string, name: string, type: FacilityType }> } };

export type ConsultingQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsultingQuery = { consultants: Array<{ id: string, fields: Array<ConsultantField>, hourlyFee: number }>, inspectionResults: { summary: { districtCount: number, totalCases: number, surchargeAmount: number, matchesReported: boolean | null } } };

export type OutreachQueryVariables = Exact<{ [key: string]: never; }>;


export type OutreachQuery = { consortia: Array<{ id: string, name: string, district: { name: string } }>, neighbourhoodCareSummary: { total: { count: number, amountKRW: number | null } } };


export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"romanizedName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headcount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2019"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorised"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const GovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Governance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"StringValue","value":"서울특별시","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"romanizedName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<GovernanceQuery, GovernanceQueryVariables>;
export const StaffingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"StringValue","value":"jeonbuk-pass","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"achievementRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"substituteDispatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"dailyRate"}}]}}]}}]}}]} as unknown as DocumentNode<StaffingQuery, StaffingQueryVariables>;
export const BudgetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"StringValue","value":"jeonbuk-pass","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"executed"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetsQuery, BudgetsQueryVariables>;
export const CareServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"district"},"value":{"kind":"StringValue","value":"마포구","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<CareServicesQuery, CareServicesQueryVariables>;
export const ConsultingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Consulting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyFee"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectionResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2020"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCases"}},{"kind":"Field","name":{"kind":"Name","value":"surchargeAmount"}},{"kind":"Field","name":{"kind":"Name","value":"matchesReported"}}]}}]}}]}}]} as unknown as DocumentNode<ConsultingQuery, ConsultingQueryVariables>;
export const OutreachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outreach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodCareSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2019"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountKRW"}}]}}]}}]}}]} as unknown as DocumentNode<OutreachQuery, OutreachQueryVariables>;