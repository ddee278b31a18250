/**
 * The 정원 확대(안)'s 종합재가센터 lines of a year against the centres that were set up (seed 000, DQ-000-7): the table
 * gives 기본형 2 × 114, 확대형 1 × 139, 간호특화형 1 × 143, 통원형 1 × 84 = 480 for 2019, while the text makes 성동 and
 * 노원 both 확대형, so the five centres' 정원 sum to 476. Both are shown, per model and in all, with a flag.
 */
export const CENTRE_MODELS = ['BASIC', 'EXTENDED', 'NURSING', 'DAY_VISIT'] as const;

export interface CentreTargetLine {
  category: string;
  centreModel: string | null;
  sites: number | null;
  authorised: number;
}

/** A home-care centre's whole-facility 정원 of the year, with the model care-services registered it under. */
export interface CentrePlan {
  centreModel: string | null;
  authorised: number;
}

export interface CentreModelCheck {
  centreModel: string;
  reportedSites: number;
  reportedAuthorised: number;
  facilitySites: number;
  facilitiesAuthorised: number;
  matches: boolean;
}

/** Null when the year has no centre plans to compare (later years of the plan). */
export function homeCareCentreCheck(lines: CentreTargetLine[], plans: CentrePlan[]) {
  const centreLines = lines.filter((l) => l.category === 'HOME_CARE_CENTRE');
  if (centreLines.length === 0 || plans.length === 0) return null;
  const models = [
    ...new Set([...CENTRE_MODELS, ...centreLines.map((l) => l.centreModel ?? 'UNKNOWN'), ...plans.map((p) => p.centreModel ?? 'UNKNOWN')]),
  ];
  const byModel: CentreModelCheck[] = models.map((centreModel) => {
    const ls = centreLines.filter((l) => (l.centreModel ?? 'UNKNOWN') === centreModel);
    const ps = plans.filter((p) => (p.centreModel ?? 'UNKNOWN') === centreModel);
    const reportedSites = ls.reduce((s, l) => s + (l.sites ?? 0), 0);
    const reportedAuthorised = ls.reduce((s, l) => s + l.authorised, 0);
    const facilitiesAuthorised = ps.reduce((s, p) => s + p.authorised, 0);
    return {
      centreModel,
      reportedSites,
      reportedAuthorised,
      facilitySites: ps.length,
      facilitiesAuthorised,
      matches: reportedSites === ps.length && reportedAuthorised === facilitiesAuthorised,
    };
  });
  const sum = (k: 'reportedSites' | 'reportedAuthorised' | 'facilitySites' | 'facilitiesAuthorised') =>
    byModel.reduce((s, m) => s + m[k], 0);
  return {
    reportedSites: sum('reportedSites'),
    reportedAuthorised: sum('reportedAuthorised'),
    facilitySites: sum('facilitySites'),
    facilitiesAuthorised: sum('facilitiesAuthorised'),
    matches: byModel.every((m) => m.matches),
    byModel: byModel.filter((m) => m.reportedSites > 0 || m.facilitySites > 0),
  };
}
