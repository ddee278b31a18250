import { EventTypes } from '@pass-graph/contracts';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  checkConsultantFits,
  checkEligibility,
  checkNotBefore,
  checkTransition,
  computeFee,
  sessionTotals,
  validateConsultant,
  validateProvider,
  validateRequest,
  type CaseStatus,
  type Session,
} from './domain';
import { validateInspection, validateInspectionResult, validateProviderTraining, validateReportedTotals } from './inspections';
import {
  caseClosed,
  caseOpened,
  consultantAppointed,
  inspectionCompleted,
  inspectionResultRecorded,
  inspectionTotalsReported,
  providerRegistered,
  providerTrainingHeld,
  sanctionsImposed,
  sessionHeld,
} from './events';
import { CASES, CONSULTANTS, INSPECTION_RESULTS_2020, INSPECTIONS, PROGRAMS, PROVIDERS, REPORTED_TOTALS_2020, seedSteps } from './seed';

const unwrapOk = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.message}`);
  return r.value;
};

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

const caseDoc = {
  _id: 'jb-case-2023-003',
  providerId: 'jb-provider-iksan-01',
  agencyId: 'jeonbuk-pass',
  programId: 'jeonbuk-small-facility',
  program: 'SMALL_FACILITY' as const,
  district: '익산시',
  topics: ['ACCOUNTING' as const],
  mode: 'VISIT' as const,
  requestedOn: '2023-07-10',
};
const session: Session = {
  id: 'jb-case-2023-003-s1',
  heldOn: '2023-08-23',
  hours: 2,
  consultantIds: ['jb-consultant-tax-01', 'jb-consultant-welfare-01'],
  hourlyFee: 100_000,
  fee: 400_000,
};

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

  it('has a schema for every published type (and none retired left behind), with valid examples', () => {
    expect(
      catalog
        .all()
        .map((d) => d.type)
        .sort(),
    ).toEqual(
      Object.values(EventTypes)
        .filter((t) => t.startsWith('pass.consulting.'))
        .sort(),
    );
    for (const def of catalog.all()) {
      const examples = def.schema['examples'] as unknown[];
      expect(examples.length).toBeGreaterThan(0);
      for (const ex of examples) expect([def.type, catalog.check(def.type, ex)]).toEqual([def.type, null]);
    }
  });

  it('builds payloads that match their schemas', () => {
    const inspection = { ...unwrapOk(validateInspection(INSPECTIONS[0]!)), district: '영등포구' };
    const inspectionDoc = { ...inspection, _id: inspection.id };
    const payloads: [string, object][] = [
      [EventTypes.ProviderRegistered, providerRegistered(unwrapOk(validateProvider(PROVIDERS[6]!)))],
      [EventTypes.ConsultantAppointed, consultantAppointed(unwrapOk(validateConsultant(CONSULTANTS[1]!)))],
      [EventTypes.ConsultingCaseOpened, caseOpened(caseDoc)],
      [EventTypes.ConsultingSessionHeld, sessionHeld(caseDoc, session)],
      [
        EventTypes.ConsultingCaseClosed,
        caseClosed(
          { ...caseDoc, sessions: [session] },
          { outcome: 'CLOSED', on: '2023-12-01', declineReason: null, satisfactionScore: 90 },
        ),
      ],
      [
        EventTypes.ConsultingCaseClosed,
        caseClosed(
          { ...caseDoc, sessions: [] },
          { outcome: 'DECLINED', on: '2023-08-01', declineReason: '참여 거부', satisfactionScore: null },
        ),
      ],
      [EventTypes.InspectionResultRecorded, inspectionResultRecorded(unwrapOk(validateInspectionResult(INSPECTION_RESULTS_2020[2]!)))],
      [EventTypes.InspectionTotalsReported, inspectionTotalsReported(unwrapOk(validateReportedTotals(REPORTED_TOTALS_2020)))],
      [EventTypes.InspectionCompleted, inspectionCompleted(inspectionDoc)],
      ...sanctionsImposed(inspectionDoc).map((s): [string, object] => [EventTypes.SanctionImposed, s]),
      [
        EventTypes.ProviderTrainingHeld,
        providerTrainingHeld(
          unwrapOk(
            validateProviderTraining({
              id: 't',
              course: '개인정보보호 교육',
              topics: ['PRIVACY'],
              heldOn: '2020-06-10',
              capacity: 40,
              attendees: 35,
              completed: 33,
            }),
          ),
        ),
      ],
    ];
    for (const [type, data] of payloads) expect([type, catalog.check(type, data)]).toEqual([type, null]);
    expect(sanctionsImposed(inspectionDoc)).toEqual([expect.objectContaining({ kind: 'SURCHARGE', amountKRW: 306_900, findingNo: 2 })]);
  });

  it('publishes InspectionCompleted with the agency of a P7 safety inspection (budgets posts its fee) and none for the Seoul table', () => {
    const p7 = { ...unwrapOk(validateInspection(INSPECTIONS[1]!)), district: '익산시' };
    const payload = inspectionCompleted({ ...p7, _id: p7.id });
    expect(payload).toMatchObject({
      inspectionId: 'jb-safety-2023-001',
      kind: 'SAFETY',
      feeTier: 'BASIC',
      feeKRW: 100_000,
      agencyId: 'jeonbuk-pass',
    });
    expect(catalog.check(EventTypes.InspectionCompleted, payload)).toBeNull();
    const seoul = { ...unwrapOk(validateInspection(INSPECTIONS[0]!)), district: '영등포구' };
    expect(inspectionCompleted({ ...seoul, _id: seoul.id }).agencyId).toBeNull();
    // Events from before the field (no agencyId) stay valid.
    const { agencyId: _a, ...old } = payload;
    expect(catalog.check(EventTypes.InspectionCompleted, old)).toBeNull();
  });

  it('publishes ConsultingSessionHeld exactly as the committed contract: hours × consultants × hourly fee', () => {
    expect(sessionHeld(caseDoc, session)).toEqual({
      sessionId: 'jb-case-2023-003-s1',
      caseId: 'jb-case-2023-003',
      providerId: 'jb-provider-iksan-01',
      agencyId: 'jeonbuk-pass',
      programmeCode: 'SMALL_FACILITY',
      heldOn: '2023-08-23',
      hours: 2,
      consultantIds: ['jb-consultant-tax-01', 'jb-consultant-welfare-01'],
      hourlyFeeKRW: 100_000,
      feeKRW: 400_000,
    });
    expect(catalog.check(EventTypes.ConsultingSessionHeld, { ...sessionHeld(caseDoc, session), feeKRW: 1.5 })).not.toBeNull();
  });

  it('keys each event by its aggregate id', () => {
    expect(catalog.get(EventTypes.ConsultingSessionHeld)).toMatchObject({ topic: 'consulting.consulting-case', keyField: 'caseId' });
    expect(catalog.get(EventTypes.ConsultingCaseClosed)).toMatchObject({ topic: 'consulting.consulting-case', keyField: 'caseId' });
    expect(catalog.get(EventTypes.SanctionImposed)).toMatchObject({ topic: 'consulting.inspection', keyField: 'inspectionId' });
    expect(catalog.get(EventTypes.ProviderRegistered)).toMatchObject({ topic: 'consulting.provider', keyField: 'providerId' });
  });
});

describe('seed fixtures', () => {
  it('are valid, with distinct ids and mutations only', () => {
    const providerIds = PROVIDERS.map((p) => unwrapOk(validateProvider(p)).id);
    const consultantIds = CONSULTANTS.map((c) => unwrapOk(validateConsultant(c)).id);
    const caseIds = CASES.map((c) => unwrapOk(validateRequest(c.request)).id);
    for (const ids of [providerIds, consultantIds, caseIds, PROGRAMS.map((p) => p.id)]) expect(new Set(ids).size).toBe(ids.length);
    expect(CONSULTANTS.every((c) => c.hourlyFee === 100_000)).toBe(true);
    expect(seedSteps.every((s) => s.query.trim().startsWith('mutation'))).toBe(true);
    expect(seedSteps.length).toBeLessThan(300);
  });

  it('replay through the lifecycle rules, with fees from sessions', () => {
    const to: Record<string, CaseStatus | null> = {
      accept: 'ACCEPTED',
      start: 'IN_PROGRESS',
      session: null,
      complete: 'COMPLETED',
      monitor: 'MONITORING',
      close: 'CLOSED',
      decline: 'DECLINED',
    };
    const finals: Record<string, { status: CaseStatus; fee: number }> = {};
    for (const c of CASES) {
      const provider = PROVIDERS.find((p) => p.id === c.request.providerId)!;
      expect(checkEligibility(c.request.program, { type: provider.type, qualityGrade: provider.qualityGrade ?? null }).ok).toBe(true);
      let status: CaseStatus = 'APPLIED';
      let last = c.request.requestedOn;
      let consultants: string[] = [];
      const sessions: Session[] = [];
      for (const step of c.steps) {
        expect(checkNotBefore(step.on, 'on', last, 'previous').ok).toBe(true);
        if (step.kind === 'accept') {
          consultants = step.consultantIds;
          for (const id of consultants) {
            const consultant = unwrapOk(validateConsultant(CONSULTANTS.find((x) => x.id === id)!));
            expect(checkConsultantFits(consultant, c.request.topics, step.on).ok).toBe(true);
          }
        }
        if (step.kind === 'session') {
          expect(status).toBe('IN_PROGRESS');
          const ids = step.consultantIds ?? consultants;
          sessions.push({
            id: step.id,
            heldOn: step.on,
            hours: step.hours,
            consultantIds: ids,
            hourlyFee: 100_000,
            fee: unwrapOk(computeFee(step.hours, ids.length, 100_000)),
          });
        }
        if (step.kind === 'complete') expect(step.hours).toBe(sessionTotals(sessions).hours);
        const next = to[step.kind];
        if (next) {
          expect([c.request.id, step.kind, checkTransition(c.request.id, status, next).ok]).toEqual([c.request.id, step.kind, true]);
          status = next;
        }
        last = step.on;
      }
      finals[c.request.id] = { status, fee: sessionTotals(sessions).fee };
    }
    expect(finals).toEqual({
      'jb-case-2023-001': { status: 'CLOSED', fee: 300_000 },
      'jb-case-2023-002': { status: 'COMPLETED', fee: 250_000 },
      'jb-case-2023-003': { status: 'IN_PROGRESS', fee: 400_000 },
      'jb-case-2023-004': { status: 'DECLINED', fee: 0 },
      'jb-case-2023-005': { status: 'DECLINED', fee: 0 },
      'jb-case-2023-006': { status: 'ACCEPTED', fee: 0 },
      'jb-case-2023-007': { status: 'APPLIED', fee: 0 },
      'jb-case-2023-008': { status: 'IN_PROGRESS', fee: 200_000 },
    });
  });
});
