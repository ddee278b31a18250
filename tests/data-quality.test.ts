/**
 * Data quality of the source documents through the gateway: governance's register (DQ-000…004, filters, pages),
 * the 2019-08-30 erratum as a dated correction in budgets (DQ-000-1 CORRECTED, DQ-000-2 still a MISMATCH), the
 * 2019 centre types printed 480 against the centres' 476 (DQ-000-7), the recruitment rounds (571 against the
 * printed 572, DQ-000-5) with their pipeline, and the 현원 readings of the 2019.8.19 table (DQ-000-3/4).
 */
import { gql, ok } from './support/client';

type Finding = {
  id: string;
  status: string;
  printedValue: number | null;
  computedValue: number | null;
  difference: number | null;
  disagrees: boolean | null;
  correction: { correctedOn: string; value: number | null } | null;
  shownBy: { service: string; entityType: string; entityId: string | null; field: string | null }[];
};
const FINDING = `id status printedValue computedValue difference disagrees correction { correctedOn value } shownBy { service entityType entityId field }`;

describe('the data-quality register (governance)', () => {
  it('lists every finding of the five documents to anonymous callers, paged in register order', async () => {
    const all = await ok<{ dataQualityFindings: { totalCount: number; nodes: { id: string; document: { id: string } }[] } }>(
      `{ dataQualityFindings(first: 100) { totalCount nodes { id document { id } } } }`,
      {},
      'anonymous',
    );
    expect(all.dataQualityFindings.totalCount).toBe(62);
    const count = (doc: string) => all.dataQualityFindings.nodes.filter((n) => n.document.id === doc).length;
    expect([count('000'), count('001'), count('002'), count('003'), count('004')]).toEqual([14, 10, 8, 17, 13]);

    const page = `query($after: String) { dataQualityFindings(document: "000", first: 10, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } totalCount } }`;
    type Page = {
      dataQualityFindings: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number };
    };
    const p1 = await ok<Page>(page, {}, 'anonymous');
    expect(p1.dataQualityFindings.nodes.map((n) => n.id).slice(8)).toEqual(['DQ-000-9', 'DQ-000-10']);
    expect(p1.dataQualityFindings.pageInfo.hasNextPage).toBe(true);
    const p2 = await ok<Page>(page, { after: p1.dataQualityFindings.pageInfo.endCursor }, 'anonymous');
    expect(p2.dataQualityFindings.nodes.map((n) => n.id)).toEqual(['DQ-000-11', 'DQ-000-12', 'DQ-000-13', 'DQ-000-14']);
    expect(p2.dataQualityFindings.pageInfo.hasNextPage).toBe(false);
  });

  it('tells the corrected erratum from the open discrepancy, with printed and computed values', async () => {
    const d = await ok<{ a: Finding; b: Finding; c: Finding; corrected: { nodes: { id: string }[] } }>(
      `{ a: dataQualityFinding(id: "DQ-000-1") { ${FINDING} } b: dataQualityFinding(id: "DQ-000-2") { ${FINDING} }
         c: dataQualityFinding(id: "DQ-000-7") { ${FINDING} } corrected: dataQualityFindings(status: CORRECTED) { nodes { id } } }`,
    );
    expect(d.a).toMatchObject({ status: 'CORRECTED', printedValue: 11_838_575_000, computedValue: 11_814_575_000, disagrees: true });
    expect(d.a.correction).toEqual({ correctedOn: '2019-08-30', value: 11_814_575_000 });
    expect(d.b).toMatchObject({ status: 'OPEN', difference: 400_000, correction: null });
    expect(d.c).toMatchObject({ printedValue: 480, computedValue: 476, difference: -4, disagrees: true });
    expect(d.c.shownBy.map((s) => s.service)).toEqual(['staffing', 'care-services']);
    expect(d.corrected.nodes.map((n) => n.id)).toEqual(['DQ-000-1']);
  });

  it('filters by the service that shows a finding, and refuses an unknown document with BAD_USER_INPUT', async () => {
    const d = await ok<{ dataQualityFindings: { nodes: { id: string }[] } }>(
      `{ dataQualityFindings(document: "003", service: "governance", first: 50) { nodes { id } } }`,
    );
    expect(d.dataQualityFindings.nodes.map((n) => n.id)).toEqual(['DQ-003-14', 'DQ-003-15', 'DQ-003-16', 'DQ-003-17']);
    const bad = await gql(`{ dataQualityFindings(document: "009") { totalCount } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
    expect((await ok<{ dataQualityFinding: null }>(`{ dataQualityFinding(id: "DQ-000-99") { id } }`)).dataQualityFinding).toBeNull();
  });
});

describe('errata as facts (budgets, seed 000 L1177–1215)', () => {
  type Account = {
    code: string;
    reportedChange: number;
    change: number;
    changeStatus: string;
    erratum: { before: number; after: number; filedOn: string } | null;
  };
  const BUDGET = `{ fiscalYearBudget(agencyId: "seoul-pass", year: 2020) { id errata { code beforeThousandKRW afterThousandKRW filedOn } accounts { code reportedChange change changeStatus erratum { before after filedOn } } } }`;

  it('reads the corrected 영업수익 증감 as CORRECTED on 2019-08-30 and 인건비 소속기관 as a MISMATCH', async () => {
    const d = await ok<{ fiscalYearBudget: { errata: unknown[]; accounts: Account[] } }>(BUDGET);
    const at = (code: string) => d.fiscalYearBudget.accounts.find((a) => a.code === code);
    expect(d.fiscalYearBudget.errata).toEqual([
      { code: 'R1', beforeThousandKRW: 11_838_575, afterThousandKRW: 11_814_575, filedOn: '2019-08-30' },
    ]);
    expect(at('R1')).toMatchObject({
      reportedChange: 11_838_575_000,
      change: 11_814_575_000,
      changeStatus: 'CORRECTED',
      erratum: { before: 11_838_575_000, after: 11_814_575_000, filedOn: '2019-08-30' },
    });
    expect(at('E3-2')).toMatchObject({ reportedChange: 27_589_389_000, change: 27_589_789_000, changeStatus: 'MISMATCH', erratum: null });
    expect(at('R1-1')?.changeStatus).toBe('MATCHES');
  });

  it('refuses the same erratum twice (CONFLICT ALREADY_CORRECTED) and one whose before is not the print', async () => {
    const file = `mutation($e: BudgetErratumInput!) { fileBudgetErratum(budgetId: "seoul-pass:2020:ORIGINAL", erratum: $e) { id } }`;
    const e = { code: 'R1', beforeThousandKRW: 11_838_575, afterThousandKRW: 11_814_575, filedOn: '2019-08-30', source: 'test' };
    expect((await gql(file, { e })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CORRECTED' });
    const wrong = await gql(file, { e: { ...e, code: 'E3-2', beforeThousandKRW: 1 } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'beforeThousandKRW' });
    const anonymous = await gql(file, { e }, { as: 'anonymous' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('2019 centre types (staffing, DQ-000-7)', () => {
  it('shows the table’s 480 against the centres’ 476 with a flag, model by model', async () => {
    type Check = {
      reportedAuthorised: number;
      facilitiesAuthorised: number;
      matches: boolean;
      byModel: { centreModel: string; reportedSites: number; facilitySites: number; matches: boolean }[];
    };
    const d = await ok<{ headcountTargets: { year: number; homeCareCentres: Check | null }[] }>(
      `{ headcountTargets(agencyId: "seoul-pass") { year homeCareCentres { reportedAuthorised facilitiesAuthorised matches byModel { centreModel reportedSites facilitySites matches } } } }`,
      {},
      'anonymous',
    );
    const y2019 = d.headcountTargets.find((y) => y.year === 2019)?.homeCareCentres;
    expect(y2019).toMatchObject({ reportedAuthorised: 480, facilitiesAuthorised: 476, matches: false });
    expect(y2019?.byModel.filter((m) => !m.matches).map((m) => [m.centreModel, m.reportedSites, m.facilitySites])).toEqual([
      ['EXTENDED', 1, 2],
      ['NURSING', 1, 0],
    ]);
    expect(d.headcountTargets.find((y) => y.year === 2020)?.homeCareCentres).toBeNull();
  });
});

describe('recruitment (staffing, seed 000 L825–891)', () => {
  it('sums the rounds to 571 beside the printed 572, with 132 appointed', async () => {
    const d = await ok<{
      recruitmentYear: {
        total: number;
        reportedTotal: number;
        matchesReported: boolean;
        appointed: number;
        rounds: {
          roundNo: number;
          stage: string;
          announcedMonth: string;
          testMonth: string | null;
          total: number;
          positionsTotal: number | null;
        }[];
      };
    }>(
      `{ recruitmentYear(agencyId: "seoul-pass", year: 2019) { total reportedTotal matchesReported appointed rounds { roundNo stage announcedMonth testMonth total positionsTotal } } }`,
      {},
      'anonymous',
    );
    expect(d.recruitmentYear).toMatchObject({ total: 571, reportedTotal: 572, matchesReported: false, appointed: 132 });
    expect(d.recruitmentYear.rounds.map((r) => [r.roundNo, r.stage, r.total])).toEqual([
      [1, 'APPOINTED', 18],
      [2, 'APPOINTED', 114],
      [3, 'ANNOUNCED', 160],
      [4, 'PLANNED', 279],
    ]);
    expect(d.recruitmentYear.rounds[2]).toMatchObject({ announcedMonth: '2019-08', testMonth: '2019-10' });
    expect(d.recruitmentYear.rounds[1]?.positionsTotal).toBe(114);
  });

  it('moves a round through its pipeline one stage at a time; a skip answers CONFLICT INVALID_TRANSITION', async () => {
    const round = {
      agencyId: 'seoul-pass',
      year: 2031,
      roundNo: 1,
      announcedMonth: '2031-03',
      testMonth: '2031-04',
      headquarters: 2,
      affiliated: 3,
    };
    await ok(`mutation($i: SetRecruitmentRoundInput!) { setRecruitmentRound(input: $i) { id } }`, { i: round });
    const step = (stage: string, month: string) =>
      gql<{ advanceRecruitmentRound: { stage: string } }>(
        `mutation($s: RecruitmentStage!, $m: String!) { advanceRecruitmentRound(id: "seoul-pass:2031:1", stage: $s, month: $m) { stage } }`,
        { s: stage, m: month },
      );
    const skip = await step('APPOINTED', '2031-05');
    expect(skip.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
      from: expect.any(String),
      to: 'APPOINTED',
    });
    const stages = ['ANNOUNCED', 'DOCUMENT_SCREENING', 'WRITTEN_TEST', 'INTERVIEW', 'APPOINTED'];
    const current = (
      await ok<{ recruitmentYear: { rounds: { stage: string }[] } }>(
        `{ recruitmentYear(agencyId: "seoul-pass", year: 2031) { rounds { stage } } }`,
      )
    ).recruitmentYear.rounds[0]?.stage;
    for (const s of stages.slice(stages.indexOf(current ?? 'PLANNED') + 1)) expect((await step(s, '2031-05')).errors).toBeUndefined();
    const y = await ok<{ recruitmentYear: { appointed: number } }>(`{ recruitmentYear(agencyId: "seoul-pass", year: 2031) { appointed } }`);
    expect(y.recruitmentYear.appointed).toBe(5);
    const hr = await gql(
      `mutation { advanceRecruitmentRound(id: "seoul-pass:2031:1", stage: APPOINTED, month: "2031-05") { id } }`,
      {},
      { as: { subject: 'dq-analyst', roles: ['data-analyst'] } },
    );
    expect(hr.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('현원 of the 2019.8.19 table (staffing, DQ-000-3/4)', () => {
  type Table = {
    headcountPlans: {
      actualAsOf: string;
      total: { authorised: number; actual: number };
      reported: {
        asOf: string;
        authorised: number;
        actual: number;
        secondedCivilServants: number;
        computedActual: number;
        matchesComputed: boolean;
        dataQualityFindingIds: string[];
      };
      rows: { jobFamily: string; grade: string; actual: number; reading: string | null; dataQualityFindingIds: string[] }[];
    };
  };
  const TABLE = `query($asOf: Date) { headcountPlans(agencyId: "seoul-pass", year: 2019, asOf: $asOf) { actualAsOf total { authorised actual }
    reported { asOf authorised actual secondedCivilServants computedActual matchesComputed dataQualityFindingIds }
    rows { jobFamily grade actual reading dataQualityFindingIds } } }`;

  it('counts 현원 at the year end or on the printed 기준일, beside the printed 572 / 89 with its 3 파견공무원', async () => {
    const end = await ok<Table>(TABLE, {}, 'anonymous');
    expect(end.headcountPlans.actualAsOf).toBe('2019-12-31');
    expect(end.headcountPlans.reported).toEqual({
      asOf: '2019-08-19',
      authorised: 572,
      actual: 89,
      secondedCivilServants: 3,
      computedActual: 89,
      matchesComputed: true,
      dataQualityFindingIds: ['DQ-000-3'],
    });
    const snap = await ok<Table>(TABLE, { asOf: '2019-08-19' }, 'anonymous');
    expect(snap.headcountPlans).toMatchObject({ actualAsOf: '2019-08-19', total: { authorised: 572, actual: 89 } });
    const bad = await gql(TABLE, { asOf: '2020-01-01' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('says on each row how the missing cell and the 나급 column were read', async () => {
    const d = await ok<Table>(TABLE, { asOf: '2019-08-19' }, 'anonymous');
    const row = (f: string, g: string) => d.headcountPlans.rows.find((r) => r.jobFamily === f && r.grade === g);
    expect(row('SERVICE_SUPPORT', 'NA')).toMatchObject({ actual: 2, dataQualityFindingIds: ['DQ-000-4'] });
    expect(row('TECHNICAL', 'DA')).toMatchObject({ actual: 0, dataQualityFindingIds: ['DQ-000-3'] });
    expect(row('CHILDCARE', 'GRADE_4')?.reading).toMatch(/원장/);
    expect(row('GENERAL_ADMINISTRATION', 'GRADE_4')).toMatchObject({ reading: null, dataQualityFindingIds: [] });
  });
});
