/** What governance publishes (schemas in schemas/events/) and consumes, and the payload of each. */
import type { ValidAgency, ValidAppointment, ValidDistrict } from './domain';

export const PUBLISHES = {
  AgencyRegistered: 'pass.governance.AgencyRegistered.v1',
  DistrictRegistered: 'pass.governance.DistrictRegistered.v1',
  BoardMemberAppointed: 'pass.governance.BoardMemberAppointed.v1',
  OrgUnitRegistered: 'pass.governance.OrgUnitRegistered.v1',
} as const;

/** What governance consumes (handlers in service.ts and strategy.ts): references and the events that feed KPI actuals. */
export const CONSUMES = {
  ProviderRegistered: 'pass.consulting.ProviderRegistered.v1',
  SubstituteDispatchCompleted: 'pass.staffing.SubstituteDispatchCompleted.v1',
  FacilityEntrustmentStarted: 'pass.care-services.FacilityEntrustmentStarted.v1',
  TrainingCompleted: 'pass.staffing.TrainingCompleted.v1',
  /** Closed staged consulting cases (outcome CLOSED) count towards the staged-consulting KPI, once per case. */
  ConsultingCaseClosed: 'pass.consulting.ConsultingCaseClosed.v1',
} as const;

export const agencyRegistered = (a: ValidAgency) => ({
  agencyId: a.id,
  nameKo: a.nameKo,
  nameEn: a.nameEn,
  legalForm: a.legalForm,
  legalBasis: a.legalBasis,
  region: a.region,
  establishedOn: a.establishedOn,
});

export const districtRegistered = (d: ValidDistrict) => ({
  name: d.name,
  shortName: d.shortName,
  romanizedName: d.romanizedName,
  province: d.province,
  kind: d.kind,
});

/** No name: a board member's (pseudonymous) name stays in this service. */
export const boardMemberAppointed = (m: ValidAppointment) => ({
  boardMemberId: m.id,
  agencyId: m.agencyId,
  role: m.role,
  standing: m.standing,
  selection: m.selection,
  termStart: m.termStart,
  termEnd: m.termEnd,
});
