/**
 * The typed operations front-end teams import from `@pass-graph/client` run through the gateway, and their
 * results (typed by `ResultOf`, no hand-written row types) hold the seeded data.
 */
import { print } from 'graphql';
import { GovernanceDocument, OverviewDocument, type ResultOf, type VariablesOf } from '../packages/client/src';
import { AGENCIES, DISTRICTS } from '../services/governance/src/seed';
import { FACILITIES } from '../services/care-services/src/seed';
import { HEADCOUNT_PLANS_2019, SEOUL_2019_STAFF } from '../services/staffing/src/seed';
import { ok } from './support/client';

type Variables<D> = VariablesOf<D> & Record<string, unknown>;

/** Runs a TypedDocumentNode as an admin; the result is typed by the document. */
const run = <D extends typeof GovernanceDocument | typeof OverviewDocument>(doc: D, variables: Variables<D>): Promise<ResultOf<D>> =>
  ok<ResultOf<D>>(print(doc), variables);

describe('typed client operations (packages/client) through the gateway', () => {
  it('Governance: the seeded agencies and the first Seoul districts', async () => {
    const data = await run(GovernanceDocument, {});
    for (const a of AGENCIES) {
      expect(data.agencies.find((x) => x.id === a.id)).toEqual({
        id: a.id,
        nameKo: a.nameKo,
        nameEn: a.nameEn,
        region: a.region,
        establishedOn: a.establishedOn ?? null,
      });
    }
    const seoul = DISTRICTS.filter((d) => d.province === '서울특별시').sort((x, y) => (x.name < y.name ? -1 : 1));
    expect(data.districts.totalCount).toBe(seoul.length);
    expect(data.districts.nodes).toEqual(seoul.slice(0, 5).map((d) => ({ name: d.name, romanizedName: d.romanizedName, kind: d.kind })));
    expect(data.districts.pageInfo.hasNextPage).toBe(true);
  });

  it('Overview: facilities with their district, operator and 2019 headcount across three subgraphs', async () => {
    const data = await run(OverviewDocument, {});
    expect(data.facilities.totalCount).toBeGreaterThanOrEqual(FACILITIES.length);
    const firstFive = [...FACILITIES].sort((x, y) => (x.id < y.id ? -1 : 1)).slice(0, 5);
    expect(data.facilities.nodes.map((n) => n.name)).toEqual(firstFive.map((f) => f.name));
    for (const [i, node] of data.facilities.nodes.entries()) {
      const seeded = firstFive[i]!;
      expect(node.type).toBe(seeded.type);
      expect(node.district.name).toBe(seeded.district);
      expect(node.operator?.nameKo).toBe(AGENCIES.find((a) => a.id === seeded.operatorId)?.nameKo);
      const plan = HEADCOUNT_PLANS_2019.find((p) => p.facilityId === seeded.id);
      if (plan) {
        const actual = SEOUL_2019_STAFF.filter((g) => g.facilityId === seeded.id).reduce((sum, g) => sum + g.count, 0);
        expect(node.headcount).toEqual({ authorised: plan.authorised, actual, vacancies: plan.authorised - actual });
      } else {
        expect(node.headcount).toBeNull();
      }
    }
  });
});
