/** What governance publishes (schemas in schemas/events/) and consumes, and the payload of each. */
import type { ValidAgency, ValidAppointment, ValidDistrict } from './domain';

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
