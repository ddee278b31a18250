import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  CASE_STATUSES,
  STANDARD_HOURLY_FEE,
  canTransition,
  checkConsultantFits,
  checkEligibility,
  checkHours,
  checkNotBefore,
  checkTransition,
  computeFee,
  isTerminal,
  rowMatchesReported,
  summarizeInspections,
  totalCases,
  validateConsultant,
  validateInspectionResult,
  validateProvider,
  validateReportedTotals,
  validateRequest,
  type CaseStatus,
  type ValidConsultant,
  type ValidInspectionResult,
  type ValidReportedTotals,
} from './domain';
import {
  PUBLISHES,
  caseAssigned,
  caseCancelled,
  caseCompleted,
  caseRequested,
  caseStarted,
  consultantAppointed,
  inspectionResultRecorded,
  inspectionTotalsReported,
  providerRegistered,
} from './events';
import { CASES, CONSULTANTS, INSPECTION_RESULTS_2020, PROVIDERS, REPORTED_TOTALS_2020, seedSteps } from './seed';

const unwrapOk = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.message}`);
  return r.value;
};
const codeOf = (r: { ok: boolean; error?: { extensions: Record<string, unknown> } }): unknown =>
  r.ok ? 'OK' : r.error?.extensions['code'];
const fieldOf = (r: { ok: boolean; error?: { extensions: Record<string, unknown> } }): unknown =>
  r.ok ? 'OK' : r.error?.extensions['field'];

describe('consulting-case lifecycle', () => {
  const allowed: [CaseStatus, CaseStatus][] = [
    ['REQUESTED', 'ASSIGNED'],
    ['ASSIGNED', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'COMPLETED'],
    ['REQUESTED', 'CANCELLED'],
    ['ASSIGNED', 'CANCELLED'],
    ['IN_PROGRESS', 'CANCELLED'],
  ];

  it('allows exactly REQUESTED → ASSIGNED → IN_PROGRESS → COMPLETED and cancelling a non-terminal case', () => {
    for (const from of CASE_STATUSES)
      for (const to of CASE_STATUSES) {
        const expected = allowed.some(([f, t]) => f === from && t === to);
        expect([from, to, canTransition(from, to)]).toEqual([from, to, expected]);
      }
  });

  it('treats COMPLETED and CANCELLED as terminal', () => {
    expect(CASE_STATUSES.filter(isTerminal)).toEqual(['COMPLETED', 'CANCELLED']);
  });

  it('answers CONFLICT (INVALID_TRANSITION) with the states for an illegal step', () => {
    const skip = checkTransition('jb-case-2023-001', 'REQUESTED', 'IN_PROGRESS');
    expect(codeOf(skip)).toBe('CONFLICT');
    expect(!skip.ok && skip.error.extensions).toMatchObject({
      type: 'ConsultingCase',
      id: 'jb-case-2023-001',
      from: 'REQUESTED',
      to: 'IN_PROGRESS',
    });
    expect(codeOf(checkTransition('x', 'COMPLETED', 'CANCELLED'))).toBe('CONFLICT');
    expect(codeOf(checkTransition('x', 'CANCELLED', 'ASSIGNED'))).toBe('CONFLICT');
    expect(codeOf(checkTransition('x', 'ASSIGNED', 'ASSIGNED'))).toBe('CONFLICT');
    expect(checkTransition('x', 'IN_PROGRESS', 'COMPLETED')).toEqual({ ok: true, value: 'COMPLETED' });
  });

  it('refuses a step dated before the previous one', () => {
    expect(checkNotBefore('2023-03-13', 'assignedOn', '2023-03-06', 'requestedOn')).toEqual({ ok: true, value: '2023-03-13' });
    expect(checkNotBefore('2023-03-06', 'assignedOn', '2023-03-06', 'requestedOn').ok).toBe(true);
    expect(fieldOf(checkNotBefore('2023-03-05', 'assignedOn', '2023-03-06', 'requestedOn'))).toBe('assignedOn');
    expect(fieldOf(checkNotBefore('2023-02-30', 'startedOn', '2023-01-01', 'assignedOn'))).toBe('startedOn');
  });
});

describe('consulting fee', () => {
  it('uses the rate card of 100천원 per hour = 100,000원', () => {
    expect(STANDARD_HOURLY_FEE).toBe(100_000);
  });

  it('is hours × hourly fee in integer won', () => {
    expect(computeFee(3, 100_000)).toEqual({ ok: true, value: 300_000 });
    expect(computeFee(2.5, 100_000)).toEqual({ ok: true, value: 250_000 });
    expect(computeFee(0.5, 150_000)).toEqual({ ok: true, value: 75_000 });
    expect(computeFee(200, 100_000)).toEqual({ ok: true, value: 20_000_000 });
  });

  it('never yields a fraction of a won', () => {
    expect(codeOf(computeFee(0.5, 1_001))).toBe('BAD_USER_INPUT');
    expect(computeFee(1.5, 1_001)).toEqual({ ok: false, error: expect.anything() });
  });

  it('counts hours in half-hour steps, more than 0 and at most 200', () => {
    for (const bad of [0, -1, 0.3, 1.25, 200.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect([bad, fieldOf(checkHours(bad))]).toEqual([bad, 'hours']);
    expect(checkHours(1.5)).toEqual({ ok: true, value: 1.5 });
  });
});

describe('validateConsultant', () => {
  const base = CONSULTANTS[0]!;

  it('defaults the hourly fee to the rate card', () => {
    const c = unwrapOk(validateConsultant({ ...base, hourlyFee: null }));
    expect(c.hourlyFee).toBe(100_000);
    expect(c.fields).toEqual(['LABOR', 'LAW']);
  });

  it('wants the fee in whole 천원, a sane appointment period and distinct fields', () => {
    expect(fieldOf(validateConsultant({ ...base, hourlyFee: 100_500 }))).toBe('hourlyFee');
    expect(fieldOf(validateConsultant({ ...base, hourlyFee: 0 }))).toBe('hourlyFee');
    expect(fieldOf(validateConsultant({ ...base, appointedUntil: '2023-01-31' }))).toBe('appointedUntil');
    expect(fieldOf(validateConsultant({ ...base, fields: [] }))).toBe('fields');
    expect(fieldOf(validateConsultant({ ...base, fields: ['LAW', 'LAW'] }))).toBe('fields');
    expect(fieldOf(validateConsultant({ ...base, id: '{"$gt":""}' }))).toBe('id');
  });
});

describe('assigning a consultant', () => {
  const consultant: ValidConsultant = unwrapOk(validateConsultant(CONSULTANTS[0]!)); // 노무·법률, 2023-02-01 … 2023-12-31

  it('needs an appointment covering the day', () => {
    expect(checkConsultantFits(consultant, ['LABOR'], '2023-02-01').ok).toBe(true);
    expect(checkConsultantFits(consultant, ['LABOR'], '2023-12-31').ok).toBe(true);
    expect(fieldOf(checkConsultantFits(consultant, ['LABOR'], '2023-01-31'))).toBe('consultantId');
    expect(fieldOf(checkConsultantFits(consultant, ['LABOR'], '2024-01-01'))).toBe('consultantId');
    expect(checkConsultantFits({ ...consultant, appointedUntil: null }, ['LABOR'], '2030-01-01').ok).toBe(true);
  });

  it('needs a field covering at least one topic', () => {
    expect(checkConsultantFits(consultant, ['RECRUITMENT', 'ACCOUNTING'], '2023-05-01').ok).toBe(true); // 채용 → 노무
    expect(checkConsultantFits(consultant, ['LEGAL'], '2023-05-01').ok).toBe(true);
    expect(codeOf(checkConsultantFits(consultant, ['ACCOUNTING', 'SAFETY'], '2023-05-01'))).toBe('BAD_USER_INPUT');
  });
});

describe('programme eligibility and requests', () => {
  it('keeps small-facility consulting for small disability facilities', () => {
    expect(checkEligibility('SMALL_FACILITY', { type: 'SMALL_DISABILITY_FACILITY', qualityGrade: null }).ok).toBe(true);
    expect(fieldOf(checkEligibility('SMALL_FACILITY', { type: 'VOUCHER_PROVIDER', qualityGrade: null }))).toBe('program');
  });

  it('keeps quality consulting for providers graded D or F (미흡)', () => {
    expect(checkEligibility('QUALITY', { type: 'VOUCHER_PROVIDER', qualityGrade: 'D' }).ok).toBe(true);
    expect(checkEligibility('QUALITY', { type: 'VOUCHER_PROVIDER', qualityGrade: 'F' }).ok).toBe(true);
    expect(checkEligibility('QUALITY', { type: 'VOUCHER_PROVIDER', qualityGrade: 'C' }).ok).toBe(false);
    expect(checkEligibility('QUALITY', { type: 'VOUCHER_PROVIDER', qualityGrade: null }).ok).toBe(false);
    expect(checkEligibility('STAGED', { type: 'OTHER', qualityGrade: null }).ok).toBe(true);
  });

  it('validates a request before it reaches the database', () => {
    const req = CASES[0]!.request;
    expect(unwrapOk(validateRequest(req))).toEqual(req);
    expect(fieldOf(validateRequest({ ...req, topics: [] }))).toBe('topics');
    expect(fieldOf(validateRequest({ ...req, topics: ['LABOR', 'LABOR'] }))).toBe('topics');
    expect(fieldOf(validateRequest({ ...req, providerId: '$where' }))).toBe('providerId');
    expect(fieldOf(validateRequest({ ...req, requestedOn: '2023-13-01' }))).toBe('requestedOn');
  });

  it('validates providers: full district names, a grade year only with a grade', () => {
    const p = PROVIDERS[0]!;
    expect(unwrapOk(validateProvider(p))).toMatchObject({ district: '영등포구', qualityGrade: null, qualityGradeYear: null });
    expect(fieldOf(validateProvider({ ...p, district: '영등포' }))).toBe('district');
    expect(fieldOf(validateProvider({ ...p, qualityGradeYear: 2022 }))).toBe('qualityGradeYear');
    expect(fieldOf(validateProvider({ ...p, name: '   ' }))).toBe('name');
  });
});

describe('inspection results (001 L150–186)', () => {
  const rows: ValidInspectionResult[] = INSPECTION_RESULTS_2020.map((r) => unwrapOk(validateInspectionResult(r)));
  const reported: ValidReportedTotals = unwrapOk(validateReportedTotals(REPORTED_TOTALS_2020));

  it('has one valid row for each of the 25 districts', () => {
    expect(rows).toHaveLength(25);
    expect(new Set(rows.map((r) => r.district)).size).toBe(25);
    expect(rows.every((r) => r.district.endsWith('구'))).toBe(true);
  });

  it('keys a row by year and district', () => {
    expect(rows.find((r) => r.district === '영등포구')).toEqual({
      id: '2020:영등포구',
      year: 2020,
      district: '영등포구',
      cautionCount: 25,
      warningCount: 2,
      surchargeCount: 1,
      surchargeAmount: 306_900,
      clawbackCount: 1,
      clawbackAmount: 1_024_000,
      reportedTotalCases: 29,
    });
  });

  it('computes totals that equal the printed 합계: 주의 528, 경고 14, 과징금 2건 2,466,900원, 환수 21건 10,202,750원, 계 565', () => {
    const s = summarizeInspections(2020, rows, reported);
    expect(s).toMatchObject({
      year: 2020,
      districtCount: 25,
      cautionCount: 528,
      warningCount: 14,
      surchargeCount: 2,
      surchargeAmount: 2_466_900,
      clawbackCount: 21,
      clawbackAmount: 10_202_750,
      totalCases: 565,
      matchesReported: true,
    });
    expect(s.reported).toBe(reported);
  });

  it('exposes the misprinted district totals instead of fixing them (DQ-001-1…4)', () => {
    const s = summarizeInspections(2020, rows, reported);
    expect(s.sumOfReportedRowTotals).toBe(558);
    expect(s.mismatchedDistricts).toEqual(['도봉구', '마포구', '강동구']);
    const row = (d: string) => rows.find((r) => r.district === d)!;
    expect([totalCases(row('도봉구')), row('도봉구').reportedTotalCases, rowMatchesReported(row('도봉구'))]).toEqual([29, 32, false]);
    expect([totalCases(row('마포구')), row('마포구').reportedTotalCases, rowMatchesReported(row('마포구'))]).toEqual([40, 41, false]);
    expect([totalCases(row('강동구')), row('강동구').reportedTotalCases, rowMatchesReported(row('강동구'))]).toEqual([11, null, false]);
    expect([totalCases(row('용산구')), row('용산구').reportedTotalCases, rowMatchesReported(row('용산구'))]).toEqual([0, null, true]);
    expect(rowMatchesReported(row('노원구'))).toBe(true);
  });

  it('flags a printed total that differs, and says nothing when none was recorded', () => {
    expect(summarizeInspections(2020, rows, { ...reported, clawbackAmount: 10_202_751 }).matchesReported).toBe(false);
    expect(summarizeInspections(2020, rows, { ...reported, totalCases: 558 }).matchesReported).toBe(false);
    expect(summarizeInspections(2020, rows, null).matchesReported).toBeNull();
    expect(summarizeInspections(2021, [], null)).toMatchObject({ districtCount: 0, totalCases: 0, mismatchedDistricts: [] });
  });

  it('rejects an amount without a count (or the reverse), negative counts and short district names', () => {
    const r = INSPECTION_RESULTS_2020[0]!;
    expect(fieldOf(validateInspectionResult({ ...r, surchargeCount: 1, surchargeAmount: 0 }))).toBe('surchargeAmount');
    expect(fieldOf(validateInspectionResult({ ...r, clawbackCount: 0, clawbackAmount: 5_000 }))).toBe('clawbackAmount');
    expect(fieldOf(validateInspectionResult({ ...r, cautionCount: -1 }))).toBe('cautionCount');
    expect(fieldOf(validateInspectionResult({ ...r, surchargeAmount: 1.5, surchargeCount: 1 }))).toBe('surchargeAmount');
    expect(fieldOf(validateInspectionResult({ ...r, district: '종로' }))).toBe('district');
    expect(fieldOf(validateInspectionResult({ ...r, year: 1999 }))).toBe('year');
  });
});

/**
 * The platform catalog's checks on this service's files only, with the same Ajv settings as
 * platform events/catalog.ts. Not `EventCatalog.load` itself: it reads every service's files,
 * so another team's file in progress could fail these tests (and, while this was written, its
 * `addVocabulary([..., 'examples'])` threw "Keyword examples is already defined" on ajv 8.20).
 */
function loadOwnCatalog() {
  const dir = path.resolve(__dirname, '../../../schemas/events');
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addVocabulary(['x-topic', 'x-producer', 'x-key']);
  const defs = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('pass.consulting.') && f.endsWith('.json'))
    .map((file) => {
      const schema = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
      return {
        type: path.basename(file, '.json'),
        schema,
        producer: schema['x-producer'],
        topic: schema['x-topic'],
        keyField: schema['x-key'],
        validate: ajv.compile(schema),
      };
    });
  const byType = new Map(defs.map((d) => [d.type, d]));
  return {
    all: () => defs,
    get: (type: string) => byType.get(type),
    check: (type: string, data: unknown): string | null => {
      const def = byType.get(type);
      if (!def) return `unknown event type ${type}`;
      return def.validate(data)
        ? null
        : (def.validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}`).join('; ');
    },
  };
}

describe('events', () => {
  const catalog = loadOwnCatalog();

  it('follow the catalog conventions: $id = file name, producer, topic, key', () => {
    for (const def of catalog.all()) {
      expect(def.type).toMatch(/^pass\.consulting\.[A-Z][A-Za-z]+\.v1$/);
      expect(def.schema['$id']).toBe(def.type);
      expect(def.schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(def.producer).toBe('consulting');
      expect(String(def.topic)).toMatch(/^consulting\.[a-z-]+$/);
      expect(def.schema['additionalProperties']).toBe(false);
      expect(def.schema['required']).toContain(def.keyField);
      expect(Object.keys(def.schema['properties'] as object)).toContain(def.keyField);
    }
  });

  it('has a schema for every published type, produced by consulting, with valid examples', () => {
    expect(
      catalog
        .all()
        .map((d) => d.type)
        .sort(),
    ).toEqual(Object.values(PUBLISHES).sort());
    for (const def of catalog.all()) {
      expect(def.producer).toBe('consulting');
      const examples = def.schema['examples'] as unknown[];
      expect(examples.length).toBeGreaterThan(0);
      for (const ex of examples) expect([def.type, catalog.check(def.type, ex)]).toEqual([def.type, null]);
    }
  });

  it('builds payloads that match their schemas', () => {
    const provider = unwrapOk(validateProvider(PROVIDERS[6]!));
    const consultant = unwrapOk(validateConsultant(CONSULTANTS[1]!));
    const request = unwrapOk(validateRequest(CASES[0]!.request));
    const doc = { _id: request.id, providerId: request.providerId, program: request.program, consultantId: consultant.id };
    const payloads: [string, object][] = [
      [PUBLISHES.ProviderRegistered, providerRegistered(provider)],
      [PUBLISHES.ConsultantAppointed, consultantAppointed(consultant)],
      [PUBLISHES.ConsultingCaseRequested, caseRequested(request)],
      [PUBLISHES.ConsultingCaseAssigned, caseAssigned(doc, consultant.id, consultant.hourlyFee, '2023-03-13')],
      [PUBLISHES.ConsultingCaseStarted, caseStarted(doc, '2023-03-20')],
      [PUBLISHES.ConsultingCaseCompleted, caseCompleted(doc, { completedOn: '2023-04-14', hours: 3, hourlyFee: 100_000, fee: 300_000 })],
      [PUBLISHES.ConsultingCaseCancelled, caseCancelled(doc, 'ASSIGNED', '2023-04-03', '기관 사정으로 참여 철회')],
      [PUBLISHES.InspectionResultRecorded, inspectionResultRecorded(unwrapOk(validateInspectionResult(INSPECTION_RESULTS_2020[2]!)))],
      [PUBLISHES.InspectionTotalsReported, inspectionTotalsReported(unwrapOk(validateReportedTotals(REPORTED_TOTALS_2020)))],
    ];
    for (const [type, data] of payloads) expect([type, catalog.check(type, data)]).toEqual([type, null]);
    expect(
      catalog.check(PUBLISHES.ConsultingCaseCompleted, {
        ...caseCompleted(doc, { completedOn: '2023-04-14', hours: 3, hourlyFee: 100_000, fee: 300_000 }),
        fee: 1.5,
      }),
    ).not.toBeNull();
  });

  it('keys each event by its aggregate id', () => {
    expect(catalog.get(PUBLISHES.ConsultingCaseCompleted)).toMatchObject({ topic: 'consulting.consulting-case', keyField: 'caseId' });
    expect(catalog.get(PUBLISHES.ProviderRegistered)).toMatchObject({ topic: 'consulting.provider', keyField: 'providerId' });
    expect(catalog.get(PUBLISHES.InspectionResultRecorded)).toMatchObject({
      topic: 'consulting.inspection-result',
      keyField: 'inspectionResultId',
    });
  });
});

describe('seed fixtures', () => {
  it('are all valid and have stable, distinct ids', () => {
    const providerIds = PROVIDERS.map((p) => unwrapOk(validateProvider(p)).id);
    const consultantIds = CONSULTANTS.map((c) => unwrapOk(validateConsultant(c)).id);
    const caseIds = CASES.map((c) => unwrapOk(validateRequest(c.request)).id);
    for (const ids of [providerIds, consultantIds, caseIds]) expect(new Set(ids).size).toBe(ids.length);
    expect(CONSULTANTS.every((c) => c.hourlyFee === STANDARD_HOURLY_FEE)).toBe(true);
    expect(seedSteps).toHaveLength(PROVIDERS.length + CONSULTANTS.length + CASES.reduce((n, c) => n + 1 + c.steps.length, 0) + 25 + 1);
    expect(seedSteps.every((s) => s.query.trim().startsWith('mutation'))).toBe(true);
  });

  it('replay through the lifecycle rules, with fees computed from hours', () => {
    const finals: Record<string, { status: CaseStatus; fee: number | null }> = {};
    for (const c of CASES) {
      const provider = PROVIDERS.find((p) => p.id === c.request.providerId)!;
      expect(checkEligibility(c.request.program, { type: provider.type, qualityGrade: provider.qualityGrade ?? null }).ok).toBe(true);
      let status: CaseStatus = 'REQUESTED';
      let last = c.request.requestedOn;
      let hourlyFee = 0;
      let fee: number | null = null;
      for (const step of c.steps) {
        const to: CaseStatus = { assign: 'ASSIGNED', start: 'IN_PROGRESS', complete: 'COMPLETED', cancel: 'CANCELLED' }[
          step.kind
        ] as CaseStatus;
        expect([c.request.id, step.kind, checkTransition(c.request.id, status, to).ok]).toEqual([c.request.id, step.kind, true]);
        expect(checkNotBefore(step.on, 'on', last, 'previous').ok).toBe(true);
        if (step.kind === 'assign') {
          const consultant = unwrapOk(validateConsultant(CONSULTANTS.find((x) => x.id === step.consultantId)!));
          expect(checkConsultantFits(consultant, c.request.topics, step.on).ok).toBe(true);
          hourlyFee = consultant.hourlyFee;
        }
        if (step.kind === 'complete') fee = unwrapOk(computeFee(step.hours, hourlyFee));
        status = to;
        last = step.on;
      }
      finals[c.request.id] = { status, fee };
      // A repeated last step is refused, so re-seeding is harmless.
      expect(checkTransition(c.request.id, status, status).ok).toBe(false);
    }
    expect(finals).toEqual({
      'jb-case-2023-001': { status: 'COMPLETED', fee: 300_000 },
      'jb-case-2023-002': { status: 'COMPLETED', fee: 250_000 },
      'jb-case-2023-003': { status: 'IN_PROGRESS', fee: null },
      'jb-case-2023-004': { status: 'ASSIGNED', fee: null },
      'jb-case-2023-005': { status: 'CANCELLED', fee: null },
    });
  });
});
