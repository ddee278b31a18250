import { homeCareCentreCheck } from './centre-targets';
import { HEADCOUNT_PLANS_2019, HEADCOUNT_TARGETS } from './seed';
import { readingOf, reportedHeadcountOf } from './headcount-readings';

/** The models care-services registers the 2019 centres under (its seed: the text, 000 L587–593). */
const MODELS: Record<string, string> = {
  'seoul-hcc-seongdong': 'EXTENDED',
  'seoul-hcc-eunpyeong': 'BASIC',
  'seoul-hcc-gangseo': 'BASIC',
  'seoul-hcc-nowon': 'EXTENDED',
  'seoul-hcc-mapo': 'DAY_VISIT',
};

const lines = (year: number) =>
  (HEADCOUNT_TARGETS.find((y) => y.year === year)?.lines ?? []).map((l) => ({
    category: l.category,
    centreModel: l.centreModel ?? null,
    sites: l.sites ?? null,
    authorised: l.authorised,
  }));

describe('2019 centre types: the target table against the centres (DQ-000-7)', () => {
  const plans = HEADCOUNT_PLANS_2019.map((p) => ({ centreModel: MODELS[p.facilityId] ?? null, authorised: p.authorised }));

  it('shows printed 480 against the centres’ 476, flagged', () => {
    const c = homeCareCentreCheck(lines(2019), plans);
    expect(c).toMatchObject({ reportedSites: 5, reportedAuthorised: 480, facilitySites: 5, facilitiesAuthorised: 476, matches: false });
  });

  it('shows where: 확대형 1 × 139 printed vs 2 × 278 set up, 간호특화형 1 × 143 printed vs none', () => {
    const c = homeCareCentreCheck(lines(2019), plans)!;
    expect(c.byModel).toEqual([
      { centreModel: 'BASIC', reportedSites: 2, reportedAuthorised: 114, facilitySites: 2, facilitiesAuthorised: 114, matches: true },
      { centreModel: 'EXTENDED', reportedSites: 1, reportedAuthorised: 139, facilitySites: 2, facilitiesAuthorised: 278, matches: false },
      { centreModel: 'NURSING', reportedSites: 1, reportedAuthorised: 143, facilitySites: 0, facilitiesAuthorised: 0, matches: false },
      { centreModel: 'DAY_VISIT', reportedSites: 1, reportedAuthorised: 84, facilitySites: 1, facilitiesAuthorised: 84, matches: true },
    ]);
  });

  it('matches when the centres follow the table, and is null for a year without centre 정원', () => {
    const asTable = [57, 57, 139, 143, 84].map((authorised, i) => ({
      centreModel: ['BASIC', 'BASIC', 'EXTENDED', 'NURSING', 'DAY_VISIT'][i]!,
      authorised,
    }));
    expect(homeCareCentreCheck(lines(2019), asTable)?.matches).toBe(true);
    expect(homeCareCentreCheck(lines(2020), [])).toBeNull();
  });
});

describe('readings of the 2019.8.19 table (DQ-000-3, DQ-000-4)', () => {
  const row = (jobFamily: string, grade: string, facilityId: string | null = null) => ({
    agencyId: 'seoul-pass',
    year: 2019,
    facilityId,
    jobFamily,
    grade,
  });

  it('says how the 나급 column and the short 현원 row were read', () => {
    expect(readingOf(row('SERVICE_SUPPORT', 'NA'))?.dataQualityFindingIds).toEqual(['DQ-000-4']);
    expect(readingOf(row('TECHNICAL', 'DA'))?.dataQualityFindingIds).toEqual(['DQ-000-3']);
    expect(readingOf(row('CHILDCARE', 'GRADE_4'))?.reading).toMatch(/원장/);
    expect(readingOf(row('GENERAL_ADMINISTRATION', 'GRADE_4'))).toBeNull();
    expect(readingOf(row('SERVICE_SUPPORT', 'NA', 'seoul-hcc-mapo'))).toBeNull();
  });

  it('keeps the printed snapshot: 572 / 89 on 2019-08-19 with 3 seconded civil servants', () => {
    expect(reportedHeadcountOf('seoul-pass', 2019)).toMatchObject({
      asOf: '2019-08-19',
      authorised: 572,
      actual: 89,
      secondedCivilServants: 3,
    });
    expect(reportedHeadcountOf('seoul-pass', 2020)).toBeNull();
  });
});
