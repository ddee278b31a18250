import { EventTypes } from '@pass-graph/contracts';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { validateAgency, validateAppointment, validateDistrict } from './domain';
import { agencyRegistered, boardMemberAppointed, districtRegistered } from './events';
import { AGENCIES, DISTRICTS, SEOUL_BOARD } from './seed';

/**
 * The catalog's checks on our own files (same Ajv settings as platform events/catalog.ts). Not
 * `EventCatalog.load` itself: with ajv 8.20 its `addVocabulary([..., 'examples'])` throws
 * "Keyword examples is already defined" (reported to the platform owner).
 */
const EVENTS_DIR = path.resolve(__dirname, '../../../schemas/events');
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addVocabulary(['x-topic', 'x-producer', 'x-key']);
const schemas = new Map<string, Record<string, unknown>>(
  Object.values(EventTypes)
    .filter((t) => t.startsWith('pass.governance.'))
    .map((type) => [type, JSON.parse(fs.readFileSync(path.join(EVENTS_DIR, `${type}.json`), 'utf8')) as Record<string, unknown>]),
);
const validators = new Map([...schemas].map(([type, schema]) => [type, ajv.compile(schema)]));
const catalog = {
  get: (type: string) => schemas.get(type),
  check: (type: string, data: unknown): string | null => {
    const validate = validators.get(type);
    if (!validate) return `unknown event type ${type}`;
    return validate(data) ? null : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}`).join('; ');
  },
};

const valid = <T>(r: { ok: true; value: T } | { ok: false; error: Error }): T => {
  if (!r.ok) throw r.error;
  return r.value;
};

describe('governance event schemas', () => {
  it('follow the catalog conventions: $id = file name, producer, topic, key', () => {
    const expected: [string, string, string][] = [
      [EventTypes.AgencyRegistered, 'governance.agency', 'agencyId'],
      [EventTypes.DistrictRegistered, 'governance.district', 'name'],
      [EventTypes.BoardMemberAppointed, 'governance.board', 'boardMemberId'],
    ];
    for (const [type, topic, key] of expected) {
      const schema = catalog.get(type);
      expect(schema).toMatchObject({ $id: type, 'x-producer': 'governance', 'x-topic': topic, 'x-key': key, additionalProperties: false });
      expect((schema?.['required'] as string[]).includes(key)).toBe(true);
    }
  });

  it('accept their own examples', () => {
    for (const type of Object.values(EventTypes).filter((t) => t.startsWith('pass.governance.'))) {
      const examples = catalog.get(type)?.['examples'];
      expect(Array.isArray(examples) && examples.length > 0).toBe(true);
      for (const example of examples as unknown[]) expect(catalog.check(type, example)).toBeNull();
    }
  });

  it('accept the payload of every seeded fact', () => {
    for (const a of AGENCIES) expect(catalog.check(EventTypes.AgencyRegistered, agencyRegistered(valid(validateAgency(a))))).toBeNull();
    for (const d of DISTRICTS)
      expect(catalog.check(EventTypes.DistrictRegistered, districtRegistered(valid(validateDistrict(d))))).toBeNull();
    for (const m of SEOUL_BOARD)
      expect(catalog.check(EventTypes.BoardMemberAppointed, boardMemberAppointed(valid(validateAppointment(m))))).toBeNull();
  });

  it('keep the board member name out of the event, and refuse it if added', () => {
    const payload = boardMemberAppointed(valid(validateAppointment(SEOUL_BOARD[0]!)));
    expect(payload).not.toHaveProperty('name');
    expect(catalog.check(EventTypes.BoardMemberAppointed, { ...payload, name: '임원 A' })).toMatch(/additional/);
  });
});
