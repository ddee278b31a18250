import {
  buildRegister,
  checkFilter,
  checkFinding,
  difference,
  disagrees,
  matches,
  pageOfFindings,
  type DataQualityFindingDoc,
} from './data-quality';
import { DATA_QUALITY_REGISTER } from './data-quality/register';

const finding = (over: Partial<DataQualityFindingDoc> = {}): DataQualityFindingDoc => ({
  _id: 'DQ-000-1',
  document: '000',
  lines: ['L405'],
  description: 'd',
  printedValue: 3,
  computedValue: 2,
  unit: '원',
  status: 'OPEN',
  reading: 'r',
  shownBy: [{ service: 'budgets', entityType: 'FiscalYearBudget' }],
  ...over,
});

const ids = (doc: string) => DATA_QUALITY_REGISTER.filter((f) => f.document === doc).map((f) => f._id);

describe('the data-quality register (briefs §1.6, §2.6, §3.6, §4.6; 003 §0)', () => {
  it('holds every finding of the briefs, numbered without gaps, in register order', () => {
    expect(ids('000')).toEqual(Array.from({ length: 14 }, (_, i) => `DQ-000-${i + 1}`));
    expect(ids('001')).toHaveLength(10);
    expect(ids('002')).toHaveLength(8);
    expect(ids('003')).toHaveLength(17);
    expect(ids('004')).toHaveLength(13);
    expect(DATA_QUALITY_REGISTER[1]?._id).toBe('DQ-000-2');
    expect(DATA_QUALITY_REGISTER[13]?._id).toBe('DQ-000-14');
  });

  it('records the 2019-08-30 erratum as a correction, while DQ-000-2 stays open', () => {
    const [first, second] = DATA_QUALITY_REGISTER;
    expect(first).toMatchObject({ status: 'CORRECTED', correction: { correctedOn: '2019-08-30', value: 11_814_575_000 } });
    expect(difference(first!)).toBe(-24_000_000);
    expect(second).toMatchObject({ _id: 'DQ-000-2', status: 'OPEN' });
    expect(second?.correction ?? null).toBeNull();
    expect(difference(second!)).toBe(400_000);
  });

  it('shows printed 480 against computed 476 for the 2019 centre types (DQ-000-7)', () => {
    const f = DATA_QUALITY_REGISTER.find((x) => x._id === 'DQ-000-7')!;
    expect([f.printedValue, f.computedValue, difference(f), disagrees(f)]).toEqual([480, 476, -4, true]);
  });

  it('computes the Jeonbuk slips from their printed factors', () => {
    const slips = DATA_QUALITY_REGISTER.filter((f) => f.document === '003' && f.reading.startsWith('Both kept'));
    expect(slips.map((f) => difference(f)! / 1000)).toEqual([12, -45, 1, -15, -16, -38, 20, 4, -4]);
  });

  it('refuses a finding whose id names another document, a number without unit, or an undated correction', () => {
    expect(checkFinding(finding()).ok).toBe(true);
    expect(checkFinding(finding({ _id: 'DQ-001-1' })).ok).toBe(false);
    expect(checkFinding(finding({ _id: 'DQ-000-0' })).ok).toBe(false);
    expect(checkFinding(finding({ unit: null })).ok).toBe(false);
    expect(checkFinding(finding({ lines: ['405'] })).ok).toBe(false);
    expect(checkFinding(finding({ shownBy: [] })).ok).toBe(false);
    expect(checkFinding(finding({ status: 'CORRECTED' })).ok).toBe(false);
    expect(checkFinding(finding({ status: 'CORRECTED', correction: { source: 's', correctedOn: '2019-8-30', value: 2 } })).ok).toBe(false);
    expect(checkFinding(finding({ status: 'CORRECTED', correction: { source: 's', correctedOn: '2019-08-30', value: 3 } })).ok).toBe(false);
    expect(checkFinding(finding({ status: 'CORRECTED', correction: { source: 's', correctedOn: '2019-08-30', value: 2 } })).ok).toBe(true);
    expect(checkFinding(finding({ correction: { source: 's', correctedOn: '2019-08-30', value: 2 } })).ok).toBe(false);
  });

  it('refuses a register with a repeated id or a gap', () => {
    expect(buildRegister([finding(), finding()]).ok).toBe(false);
    expect(buildRegister([finding({ _id: 'DQ-000-2' })]).ok).toBe(false);
    expect(buildRegister([finding({ _id: 'DQ-000-2' }), finding()]).ok).toBe(true);
  });

  it('has no difference when a finding is about words', () => {
    const f = finding({ printedValue: null, computedValue: null, unit: null, printedText: 'x' });
    expect([difference(f), disagrees(f)]).toEqual([null, null]);
  });

  it('filters by document, status and service and refuses unknown ones', () => {
    expect(checkFilter({ document: '005' }).ok).toBe(false);
    expect(checkFilter({ status: 'FIXED' as never }).ok).toBe(false);
    const corrected = DATA_QUALITY_REGISTER.filter((f) => matches(f, { status: 'CORRECTED' }));
    expect(corrected.map((f) => f._id)).toEqual(['DQ-000-1']);
    const staffing = DATA_QUALITY_REGISTER.filter((f) => matches(f, { document: '000', service: 'staffing' })).map((f) => f._id);
    expect(staffing).toEqual(expect.arrayContaining(['DQ-000-3', 'DQ-000-4', 'DQ-000-5', 'DQ-000-7']));
  });

  it('pages in register order with the finding id as cursor', () => {
    const p1 = pageOfFindings([...DATA_QUALITY_REGISTER], { first: 10 });
    expect(p1.nodes.map((f) => f._id).at(-1)).toBe('DQ-000-10');
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = pageOfFindings([...DATA_QUALITY_REGISTER], { first: 10, after: p1.pageInfo.endCursor });
    expect(p2.nodes[0]?._id).toBe('DQ-000-11');
    expect(p2.totalCount).toBe(62);
    expect(() => pageOfFindings([...DATA_QUALITY_REGISTER], { after: Buffer.from('DQ-999-1').toString('base64url') })).toThrow();
  });
});
