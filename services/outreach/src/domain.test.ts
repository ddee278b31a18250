import { EventTypes } from '@pass-graph/contracts';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { DateScalar, DateTimeScalar, KRWScalar } from '@pass-graph/platform';
import {
  buildSummary,
  checkDeliveryFits,
  DISCOVERY_STATUSES,
  checkTransition,
  matchesReported,
  periodTotals,
  planClose,
  reportFigures,
  sumRows,
  supplyVsDemand,
  TRANSITIONS,
  validateCommunityCentre,
  validateConsortium,
  validateDelivery,
  validateProgrammeReport,
  validateVisit,
  type DeliveryRow,
  type DiscoveryStatus,
  type RecordOutreachVisitInput,
  type ReportedTotal,
  type ValidProgrammeReport,
} from './domain';
import * as events from './events';
import { CARE_SOS_VISITS, COMMUNITY_CENTRES, CONSORTIA, DELIVERIES, PROGRAMME_REPORTS, seedSteps, TABLE1_PERIOD, VISITS } from './seed';

const TODAY = '2024-01-01';
const code = (r: { ok: boolean; error?: { extensions: Record<string, unknown> } }): unknown => (r.ok ? 'OK' : r.error?.extensions['code']);
const field = (r: { ok: boolean; error?: { extensions: Record<string, unknown> } }): unknown =>
  r.ok ? undefined : r.error?.extensions['field'];

/** The seeded consortia, validated, with their Table 1 rows attached. */
function seededConsortia() {
  return CONSORTIA.map((input) => {
    const v = validateConsortium(input);
    if (!v.ok) throw v.error;
    const deliveries = DELIVERIES.filter((d) => d.consortiumId === input.id).map((d) => d.row);
    return { _id: v.value.id, ...v.value, deliveries };
  });
}
function seededReports(): (ValidProgrammeReport & { _id: string })[] {
  return PROGRAMME_REPORTS.map((input) => {
    const v = validateProgrammeReport(input);
    if (!v.ok) throw v.error;
    return { _id: v.value.id, ...v.value };
  });
}

describe('discovery follow-up of a visit', () => {
  const legal: [DiscoveryStatus, DiscoveryStatus][] = [
    ['DISCOVERED', 'REFERRED'],
    ['DISCOVERED', 'CLOSED'],
    ['REFERRED', 'REFERRED'],
    ['REFERRED', 'CLOSED'],
  ];

  it('allows exactly the documented moves and refuses every other one with CONFLICT (INVALID_TRANSITION)', () => {
    for (const from of DISCOVERY_STATUSES) {
      for (const to of DISCOVERY_STATUSES) {
        const r = checkTransition('v1', from, to);
        const expected = legal.some(([f, t]) => f === from && t === to);
        expect([from, to, r.ok]).toEqual([from, to, expected]);
        if (!r.ok)
          expect(r.error.extensions).toMatchObject({
            code: 'CONFLICT',
            reason: 'INVALID_TRANSITION',
            type: 'OutreachVisit',
            id: 'v1',
            from,
            to,
          });
      }
    }
    expect(TRANSITIONS.CLOSED).toEqual([]);
  });

  const discovered = { _id: 'v1', status: 'DISCOVERED' as DiscoveryStatus, visitedOn: '2013-03-14', lastReferredOn: null };

  it('closes with an outcome that fits, not before the last referral', () => {
    expect(field(planClose(discovered, { closedOn: '2013-04-01', outcome: 'SERVICES_LINKED' }))).toBe('outcome');
    expect(planClose(discovered, { closedOn: '2013-04-01', outcome: 'HANDED_OVER' })).toEqual({ ok: true, value: 'CLOSED' });
    expect(field(planClose(discovered, { closedOn: '2013-04-01', outcome: 'NO_NEEDS_FOUND' }))).toBe('outcome');
    const referred = { ...discovered, status: 'REFERRED' as DiscoveryStatus, lastReferredOn: '2013-03-20' };
    expect(field(planClose(referred, { closedOn: '2013-03-19', outcome: 'SERVICES_LINKED' }))).toBe('closedOn');
    expect(planClose(referred, { closedOn: '2013-03-20', outcome: 'SERVICES_LINKED' })).toEqual({ ok: true, value: 'CLOSED' });
    expect(code(planClose({ ...discovered, status: 'CLOSED' }, { closedOn: '2013-04-01', outcome: 'DECLINED' }))).toBe('CONFLICT');
  });
});

describe('validateVisit', () => {
  const visit: RecordOutreachVisitInput = {
    id: 'synthetic-visit-x',
    communityCentreId: 'dong-nowon-sanggye1',
    visitorRole: 'VOLUNTEER',
    visitedOn: '2013-03-14',
    householdId: 'HH-SYN999',
    findings: '[synthetic] lives alone',
    needsDiscovery: { domains: ['MEALS'] },
  };

  it('opens a case when needs are discovered and closes it at once when none are', () => {
    const open = validateVisit(visit, TODAY);
    expect(open.ok && [open.value.status, open.value.closeOutcome]).toEqual(['DISCOVERED', null]);
    const none = validateVisit({ ...visit, needsDiscovery: null }, TODAY);
    expect(none.ok && [none.value.status, none.value.closeOutcome, none.value.closedOn]).toEqual([
      'CLOSED',
      'NO_NEEDS_FOUND',
      '2013-03-14',
    ]);
  });

  it('keeps personal data out: pseudonymous household ids only, no registration or phone numbers', () => {
    expect(field(validateVisit({ ...visit, householdId: '김철수' }, TODAY))).toBe('householdId');
    expect(field(validateVisit({ ...visit, householdId: 'HH-{"$gt":""}' }, TODAY))).toBe('householdId');
    expect(field(validateVisit({ ...visit, findings: '연락처 010-1234-5678' }, TODAY))).toBe('findings');
    expect(field(validateVisit({ ...visit, findings: '주민번호 800101-1234567' }, TODAY))).toBe('findings');
    expect(field(validateVisit({ ...visit, needsDiscovery: { domains: ['CARE'], note: '01012345678' } }, TODAY))).toBe(
      'needsDiscovery.note',
    );
  });

  it('rejects future visits, empty or repeated needs domains and bad dates', () => {
    expect(field(validateVisit({ ...visit, visitedOn: '2024-01-02' }, TODAY))).toBe('visitedOn');
    expect(field(validateVisit({ ...visit, visitedOn: '2013-02-30' }, TODAY))).toBe('visitedOn');
    expect(field(validateVisit({ ...visit, needsDiscovery: { domains: [] } }, TODAY))).toBe('needsDiscovery.domains');
    expect(field(validateVisit({ ...visit, needsDiscovery: { domains: ['CARE', 'CARE'] } }, TODAY))).toBe('needsDiscovery.domains');
  });
});

describe('community centres', () => {
  it('checks the 동 centre name and district', () => {
    const ok = validateCommunityCentre({ id: 'c1', name: '상계1동주민센터', district: '노원구', welfareStaffCount: 2, pilot: true });
    expect(ok.ok && ok.value.pilot).toBe(true);
    expect(field(validateCommunityCentre({ id: 'c1', name: '상계1동', district: '노원구', welfareStaffCount: 2 }))).toBe('name');
    expect(field(validateCommunityCentre({ id: 'c1', name: '상계1동주민센터', district: '노원', welfareStaffCount: 2 }))).toBe('district');
    expect(field(validateCommunityCentre({ id: 'c1', name: '상계1동주민센터', district: '노원구', welfareStaffCount: -1 }))).toBe(
      'welfareStaffCount',
    );
  });
});

describe('consortia and deliveries', () => {
  const nowon = CONSORTIA.find((c) => c.district === '노원구');
  if (!nowon) throw new Error('seed lacks 노원구');

  it('rejects short district names, empty services and members supplying what the consortium does not offer', () => {
    expect(field(validateConsortium({ ...nowon, district: '노원' }))).toBe('district');
    expect(field(validateConsortium({ ...nowon, services: [] }))).toBe('services');
    const member = validateConsortium({
      ...nowon,
      services: ['MEAL_SUPPORT'],
      memberOrganisations: [{ name: '가상 도시락 협동조합', services: ['MOBILITY_SUPPORT'] }],
    });
    expect(field(member)).toBe('memberOrganisations[0].services');
    const overlap = validateConsortium({
      ...nowon,
      reportedDeliveryTotals: [
        { ...TABLE1_PERIOD, count: 1 },
        { periodFrom: '2019-12-01', periodTo: '2019-12-31', count: 1 },
      ],
    });
    expect(field(overlap)).toBe('reportedDeliveryTotals[1]');
  });

  it('keeps periods inside one year and amounts in integer won', () => {
    const base = { consortiumId: nowon.id, service: 'MEAL_SUPPORT' as const, count: 1, ...TABLE1_PERIOD };
    expect(field(validateDelivery({ ...base, periodTo: '2020-01-10' }))).toBe('periodTo');
    expect(field(validateDelivery({ ...base, periodFrom: '2019-12-31', periodTo: '2019-07-18' }))).toBe('periodTo');
    expect(field(validateDelivery({ ...base, amountKRW: 1.5 }))).toBe('amountKRW');
    expect(field(validateDelivery({ ...base, count: -1 }))).toBe('count');
  });

  it('refuses a repeated or overlapping period for a service (CONFLICT) and a service not offered', () => {
    const row: DeliveryRow = { ...TABLE1_PERIOD, service: 'MEAL_SUPPORT', count: 108, amountKRW: null };
    const c = { id: nowon.id, services: ['MEAL_SUPPORT' as const], deliveries: [row] };
    expect(code(checkDeliveryFits(c, row))).toBe('CONFLICT');
    expect(code(checkDeliveryFits(c, { ...row, periodFrom: '2019-11-01', periodTo: '2019-11-30' }))).toBe('CONFLICT');
    expect(checkDeliveryFits(c, { ...row, periodFrom: '2019-04-29', periodTo: '2019-06-30' }).ok).toBe(true);
    expect(field(checkDeliveryFits(c, { ...row, service: 'HOUSING_CONVENIENCE' }))).toBe('service');
  });

  it('sums amounts only when every row has one, and compares only what is printed', () => {
    expect(
      sumRows([
        { count: 2, amountKRW: 10 },
        { count: 3, amountKRW: 5 },
      ]),
    ).toEqual({ count: 5, amountKRW: 15 });
    expect(
      sumRows([
        { count: 2, amountKRW: 10 },
        { count: 3, amountKRW: null },
      ]),
    ).toEqual({ count: 5, amountKRW: null });
    expect(matchesReported({ count: 5, amountKRW: null }, null)).toBeNull();
    expect(matchesReported({ count: 5, amountKRW: null }, { count: 5, amountKRW: null })).toBe(true);
    expect(matchesReported({ count: 5, amountKRW: null }, { count: 5, amountKRW: 100 })).toBe(false);
  });
});

describe('2019 나눔반장 figures (004 Tables 1 and 2)', () => {
  it('computes each district subtotal from its rows and matches the printed 소계', () => {
    const expected: Record<string, number> = { 노원구: 112, 마포구: 971, 성동구: 470, 은평구: 123, 강서구: 665 };
    for (const c of seededConsortia()) {
      const [total, ...rest] = periodTotals(c.deliveries, c.reportedDeliveryTotals);
      expect(rest).toEqual([]);
      expect(total).toMatchObject({
        ...TABLE1_PERIOD,
        count: expected[c.district],
        amountKRW: null,
        reportedCount: expected[c.district],
        matchesReported: true,
      });
    }
  });

  it('flags a district whose rows no longer add up to the printed 소계', () => {
    const mapo = seededConsortia().find((c) => c.district === '마포구');
    if (!mapo) throw new Error('no 마포구');
    const rows = mapo.deliveries.map((r) => (r.service === 'MEAL_SUPPORT' ? { ...r, count: 731 } : r));
    const [total] = periodTotals(rows, mapo.reportedDeliveryTotals);
    expect(total).toMatchObject({ count: 970, reportedCount: 971, matchesReported: false });
    // A printed total with no rows behind it shows up as computed 0.
    const printedOnly: ReportedTotal[] = [{ periodFrom: '2019-04-29', periodTo: '2019-06-30', count: 35, amountKRW: null }];
    expect(periodTotals([], printedOnly)).toEqual([
      {
        periodFrom: '2019-04-29',
        periodTo: '2019-06-30',
        count: 0,
        amountKRW: null,
        reportedCount: 35,
        reportedAmountKRW: null,
        matchesReported: false,
      },
    ]);
  });

  it('adds the districts up to Table 1: 1,830 / 157 / 354 = 2,341건, reconciled row by row', () => {
    const s = buildSummary(2019, seededConsortia(), seededReports());
    expect(s.districts.map((d) => [d.district, d.total.count])).toEqual([
      ['강서구', 665],
      ['노원구', 112],
      ['마포구', 971],
      ['성동구', 470],
      ['은평구', 123],
    ]);
    expect(s.byService.map((f) => [f.service, f.count])).toEqual([
      ['MEAL_SUPPORT', 1830],
      ['MOBILITY_SUPPORT', 157],
      ['HOUSING_CONVENIENCE', 354],
    ]);
    expect(s.total).toEqual({ count: 2341, amountKRW: null });
    expect(s.districts.every((d) => d.matchesReported === true)).toBe(true);
    const table1 = s.reconciliations.filter((r) => r.reportId === 'nanum-banjang-2019-table1');
    expect(table1.map((r) => [r.reportedCount, r.consortiaCount, r.matches])).toEqual([
      [1830, 1830, true],
      [157, 157, true],
      [354, 354, true],
    ]);
    // Table 2 covers 07.18–11.30, a period no district row covers: not comparable, not "wrong".
    expect(
      s.reconciliations
        .filter((r) => r.reportId === 'nanum-banjang-2019-table2')
        .every((r) => r.consortiaCount === null && r.matches === null),
    ).toBe(true);
    expect(buildSummary(2020, seededConsortia(), seededReports())).toMatchObject({
      districts: [],
      byService: [],
      total: { count: 0, amountKRW: null },
      reports: [],
    });
  });

  it('keeps Table 2 as printed: rows sum to 206,864천원 while the 총계 prints 207,060천원 (DQ-004-4)', () => {
    const [table1, table2] = seededReports();
    expect(table1 && reportFigures(table1)).toEqual({ total: { count: 2341, amountKRW: null }, matchesReported: true });
    expect(table2 && reportFigures(table2)).toEqual({ total: { count: 1821, amountKRW: 206_864_000 }, matchesReported: false });
    expect(table2 && [table2.reportedTotalCount, table2.reportedTotalAmountKRW]).toEqual([1821, 207_060_000]);
  });
});

describe('나눔반장 supply against 돌봄SOS demand (004 Tables 1 and 2)', () => {
  const withConsortia = seededConsortia().map((c) => ({ ...c, _id: c.id }));

  it('Table 1: 1,830/2,032 = 90%, 157/227 = 69%, 354/546 = 65%; 소계 2,341/2,805 = 83%, all as printed', () => {
    const [table1] = seededReports();
    const t = supplyVsDemand(table1!, withConsortia);
    expect(t.byService.map((s) => [s.service, s.supplyCount, s.demandCount, s.reportedSharePercent, s.matchesReported])).toEqual([
      ['MEAL_SUPPORT', 1830, 2032, 90, true],
      ['MOBILITY_SUPPORT', 157, 227, 69, true],
      ['HOUSING_CONVENIENCE', 354, 546, 65, true],
    ]);
    expect(t.total).toMatchObject({
      supplyCount: 2341,
      demandCount: 2805,
      sharePercent: 83.5,
      reportedSharePercent: 83,
      matchesReported: true,
      reportedDemandCount: 2805,
      demandMatchesReported: true,
    });
    // Supply by district and service is the consortia's rows: 마포 식사지원 732건, 은평 이동지원 0건.
    expect(t.byDistrict).toContainEqual({ district: '마포구', service: 'MEAL_SUPPORT', supplyCount: 732 });
    expect(t.byDistrict).toContainEqual({ district: '은평구', service: 'MOBILITY_SUPPORT', supplyCount: 0 });
    expect(t.byDistrict.reduce((s, d) => s + d.supplyCount, 0)).toBe(2341);
  });

  it('Table 2 (07.18–11.30): 1,821/2,499 = 73% by count, 206,864/392,212천원 = 53% by amount', () => {
    const [, table2] = seededReports();
    const t = supplyVsDemand(table2!, withConsortia);
    expect(t.byService.map((s) => [s.reportedSharePercent, s.reportedAmountSharePercent, s.matchesReported])).toEqual([
      [78, 54, true],
      [64, 36, true],
      [57, 38, true],
    ]);
    expect(t.total).toMatchObject({
      supplyCount: 1821,
      demandCount: 2499,
      supplyAmountKRW: 206_864_000,
      demandAmountKRW: 392_212_000,
      reportedSharePercent: 73,
      reportedAmountSharePercent: 53,
      matchesReported: true,
      demandMatchesReported: true,
    });
    // No consortium row covers exactly 07.18–11.30: no district breakdown is invented.
    expect(t.byDistrict).toEqual([]);
  });

  it('flags a printed 비율 the figures do not give', () => {
    const [table1] = seededReports();
    const altered = { ...table1!, rows: table1!.rows.map((r) => (r.service === 'MEAL_SUPPORT' ? { ...r, reportedSharePercent: 91 } : r)) };
    expect(supplyVsDemand(altered, withConsortia).byService[0]?.matchesReported).toBe(false);
  });
});

describe('events', () => {
  const eventsDir = path.join(__dirname, '../../../schemas/events');
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addVocabulary(['x-topic', 'x-producer', 'x-key']);
  const schemas = new Map<string, Record<string, unknown>>();
  for (const type of Object.values(EventTypes).filter((t) => t.startsWith('pass.outreach.'))) {
    schemas.set(type, JSON.parse(fs.readFileSync(path.join(eventsDir, `${type}.json`), 'utf8')) as Record<string, unknown>);
  }
  const check = (type: string, data: object): unknown => {
    const schema = schemas.get(type);
    if (!schema) throw new Error(`no schema for ${type}`);
    const v = ajv.getSchema(type) ?? ajv.compile(schema);
    return v(data) ? 'valid' : v.errors;
  };

  it('has one schema per published type, with the catalog conventions and valid examples', () => {
    for (const [type, schema] of schemas) {
      expect(schema).toMatchObject({ $id: type, 'x-producer': 'outreach', additionalProperties: false });
      expect(String(schema['x-topic'])).toMatch(/^outreach\.[a-z-]+$/);
      expect(schema['required']).toContain(schema['x-key']);
      for (const example of schema['examples'] as object[]) expect(check(type, example)).toBe('valid');
    }
  });

  it('builds schema-valid payloads, without household codes or findings, from the seed', () => {
    for (const c of seededConsortia()) {
      expect(check(EventTypes.ConsortiumRegistered, events.consortiumRegistered(c))).toBe('valid');
      for (const row of c.deliveries)
        expect(check(EventTypes.NeighbourhoodServiceSupplied, events.neighbourhoodServiceSupplied(c.id, c.district, row))).toBe('valid');
    }
    for (const r of seededReports()) expect(check(EventTypes.ProgrammeDeliveryReported, events.programmeDeliveryReported(r))).toBe('valid');
    const v = validateVisit(VISITS[0] as RecordOutreachVisitInput, TODAY);
    if (!v.ok) throw v.error;
    const visit = { ...v.value, _id: v.value.id, district: '노원구' };
    const recorded = events.outreachVisitRecorded(visit);
    expect(check(EventTypes.OutreachVisitRecorded, recorded)).toBe('valid');
    expect(JSON.stringify(recorded)).not.toMatch(/HH-|synthetic\]/);
    const discovered = events.needsDiscovered(visit, ['MEALS', 'CARE']);
    expect(check(EventTypes.NeedsDiscovered, discovered)).toBe('valid');
    // The household appears only as its pseudonymous id, never with the findings.
    expect(JSON.stringify(discovered)).not.toMatch(/synthetic\]/);
    expect(check(EventTypes.DiscoveryClosed, events.discoveryClosed(visit, 'REFERRED', 'SERVICES_LINKED', '2013-04-30'))).toBe('valid');
    // additionalProperties: false catches a leaked field.
    expect(check(EventTypes.OutreachVisitRecorded, { ...recorded, householdId: 'HH-SYN001' })).not.toBe('valid');
    expect(check(EventTypes.NeedsDiscovered, { ...discovered, findings: 'x' })).not.toBe('valid');
  });
});

describe('seed', () => {
  const schema: GraphQLSchema = buildSubgraphSchema([
    {
      typeDefs: parse(fs.readFileSync(path.join(__dirname, '../../../schemas/outreach.graphql'), 'utf8')),
      resolvers: { KRW: KRWScalar, Date: DateScalar, DateTime: DateTimeScalar },
    },
  ]);

  it('sends only operations and variables the schema accepts', () => {
    for (const step of seedSteps) {
      const doc = parse(step.query);
      expect([step.label, validate(schema, doc).map((e) => e.message)]).toEqual([step.label, []]);
      const op = doc.definitions[0];
      if (op?.kind !== 'OperationDefinition') throw new Error('not an operation');
      const coerced = getVariableValues(schema, op.variableDefinitions ?? [], step.variables);
      expect([step.label, coerced.errors?.map((e) => e.message)]).toEqual([step.label, undefined]);
    }
  });

  it('passes every domain check', () => {
    for (const c of CONSORTIA) expect(validateConsortium(c).ok).toBe(true);
    for (const c of COMMUNITY_CENTRES) expect(validateCommunityCentre(c).ok).toBe(true);
    for (const d of DELIVERIES) expect(validateDelivery({ consortiumId: d.consortiumId, ...d.row }).ok).toBe(true);
    for (const input of [...VISITS, ...CARE_SOS_VISITS]) {
      expect(validateVisit(input, TODAY).ok).toBe(true);
      expect(COMMUNITY_CENTRES.some((c) => c.id === input.communityCentreId)).toBe(true);
    }
  });
});
