/**
 * 우리동네 나눔반장 fixtures through the gateway against seed 004's tables: supply vs 돌봄SOS demand by
 * service and in total (Table 1: 2,341 of 2,805건 = 83%; Table 2: 1,821 of 2,499건 = 73%, 206,864 of
 * 392,212천원 = 53%), supply per district (소계 112 / 971 / 470 / 123 / 665), and the
 * NeighbourhoodServiceSupplied events that carry the same rows.
 */
import { header, ok, readTopic } from './support/client';

interface Share {
  service: string;
  supplyCount: number;
  demandCount: number;
  reportedSharePercent: number;
  supplyAmountKRW: number | null;
  demandAmountKRW: number | null;
  reportedAmountSharePercent: number | null;
  matchesReported: boolean;
}
interface Comparison {
  report: { id: string };
  periodFrom: string;
  periodTo: string;
  byService: Share[];
  total: Omit<Share, 'service'> & { sharePercent: number; reportedDemandCount: number; demandMatchesReported: boolean };
  byDistrict: { district: { name: string }; service: string; supplyCount: number }[];
}

const QUERY = `{
  neighbourhoodSupplyVsDemand(year: 2019) {
    report { id } periodFrom periodTo
    byService { service supplyCount demandCount reportedSharePercent supplyAmountKRW demandAmountKRW reportedAmountSharePercent matchesReported }
    total { supplyCount demandCount sharePercent reportedSharePercent supplyAmountKRW demandAmountKRW reportedAmountSharePercent matchesReported reportedDemandCount demandMatchesReported }
    byDistrict { district { name } service supplyCount }
  }
}`;

describe('나눔반장 supply vs 돌봄SOS demand (seed 004)', () => {
  let tables: Comparison[];
  beforeAll(async () => {
    tables = (await ok<{ neighbourhoodSupplyVsDemand: Comparison[] }>(QUERY)).neighbourhoodSupplyVsDemand;
  });

  it('Table 1 ("19.7.18–12.31): 식사 1,830/2,032, 이동 157/227, 주거 354/546, 소계 2,341/2,805 = 83%', () => {
    const t1 = tables.find((t) => t.report.id === 'nanum-banjang-2019-table1')!;
    expect(t1.byService.map((s) => [s.service, s.supplyCount, s.demandCount, s.reportedSharePercent, s.matchesReported])).toEqual([
      ['MEAL_SUPPORT', 1830, 2032, 90, true],
      ['MOBILITY_SUPPORT', 157, 227, 69, true],
      ['HOUSING_CONVENIENCE', 354, 546, 65, true],
    ]);
    expect(t1.total).toMatchObject({
      supplyCount: 2341,
      demandCount: 2805,
      reportedDemandCount: 2805,
      reportedSharePercent: 83,
      matchesReported: true,
    });
    expect(t1.total.demandMatchesReported).toBe(true);
  });

  it('supply by district and service adds up to each district’s printed 소계', () => {
    const t1 = tables.find((t) => t.report.id === 'nanum-banjang-2019-table1')!;
    const perDistrict = new Map<string, number>();
    for (const d of t1.byDistrict) perDistrict.set(d.district.name, (perDistrict.get(d.district.name) ?? 0) + d.supplyCount);
    expect(Object.fromEntries(perDistrict)).toEqual({ 강서구: 665, 노원구: 112, 마포구: 971, 성동구: 470, 은평구: 123 });
    expect(t1.byDistrict.find((d) => d.district.name === '마포구' && d.service === 'MEAL_SUPPORT')?.supplyCount).toBe(732);
  });

  it('Table 2 (07.18–11.30) in 원: 194,415 / 7,066 / 5,383천원 against 358,656 / 19,522 / 14,034천원, 소계 53%', () => {
    const t2 = tables.find((t) => t.report.id === 'nanum-banjang-2019-table2')!;
    expect([t2.periodFrom, t2.periodTo]).toEqual(['2019-07-18', '2019-11-30']);
    expect(t2.byService.map((s) => [s.supplyCount, s.demandCount, s.supplyAmountKRW, s.demandAmountKRW, s.matchesReported])).toEqual([
      [1442, 1854, 194_415_000, 358_656_000, true],
      [119, 185, 7_066_000, 19_522_000, true],
      [260, 460, 5_383_000, 14_034_000, true],
    ]);
    expect(t2.total).toMatchObject({
      supplyCount: 1821,
      demandCount: 2499,
      supplyAmountKRW: 206_864_000,
      demandAmountKRW: 392_212_000,
      reportedSharePercent: 73,
      reportedAmountSharePercent: 53,
      matchesReported: true,
    });
  });

  it('publishes one NeighbourhoodServiceSupplied per seeded row, adding up to Table 1', async () => {
    const isSupply = (m: { headers?: Record<string, unknown> }) =>
      header(m as Parameters<typeof header>[0], 'ce_type') === 'pass.outreach.NeighbourhoodServiceSupplied.v1';
    const messages = await readTopic('outreach.consortium', (ms) => ms.filter(isSupply).length >= 15);
    const rows = messages
      .filter(isSupply)
      .map((m) => JSON.parse(m.value!.toString()) as { consortiumId: string; service: string; count: number; periodFrom: string });
    const seeded = rows.filter((r) => r.consortiumId.startsWith('nanum-banjang-') && r.periodFrom === '2019-07-18');
    expect(seeded).toHaveLength(15);
    const byService = (s: string) => seeded.filter((r) => r.service === s).reduce((n, r) => n + r.count, 0);
    expect([byService('MEAL_SUPPORT'), byService('MOBILITY_SUPPORT'), byService('HOUSING_CONVENIENCE')]).toEqual([1830, 157, 354]);
  });
});
