/**
 * Personal data of employees and substitute workers (직원·대체인력 인적사항): name, birth date,
 * phone and address, kept as one AES-256-GCM ciphertext per person with the platform's keyring
 * (packages/platform/src/pii.ts, `PII_KEYS` in config.ts), bound to the record id. In full only for
 * `hr` and `admin` (each full read audited); other roles that may see the person get the masked
 * name (홍*동) and nothing else personal. Never in events, errors or logs: validation messages name
 * the field, never the value.
 */
import {
  all,
  badInput,
  decryptPii,
  encryptPii,
  err,
  hasRole,
  maskName,
  ok,
  type Caller,
  type PiiHolder,
  type PiiKeyring,
  type Result,
} from '@pass-graph/platform';

/** The plaintext inside `personalData` of an employee or substitute worker. */
export interface PersonalData {
  name: string;
  birthDate: string;
  phone: string | null;
  address: string | null;
}

export interface PersonalDataInput {
  name: string;
  birthDate: string;
  phone?: string | null;
  address?: string | null;
}

/** Associated data binding a ciphertext to its record (a copy into another record or collection does not decrypt). */
export const PII_CONTEXT = {
  employee: (id: string): string => `employee:${id}:personal`,
  substituteWorker: (id: string): string => `substitute-worker:${id}:personal`,
};

/** Where staffing keeps personal data, for `npm run pii:rotate`. */
export const PII_HOLDERS: PiiHolder[] = [
  { service: 'staffing', collection: 'employees', fields: [{ field: 'personalData', context: PII_CONTEXT.employee }] },
  { service: 'staffing', collection: 'substitute_workers', fields: [{ field: 'personalData', context: PII_CONTEXT.substituteWorker }] },
];

const PERSON_NAME = /^[가-힣]{2,5}$|^[A-Za-z][A-Za-z .'-]{1,49}$/;
const PHONE = /^0\d{1,2}-\d{3,4}-\d{4}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isCalendarDate = (value: string): boolean => DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** Checks personal data for a record; errors say which field and why, never the value (it is personal). */
export function validatePersonalData(input: PersonalDataInput, today: string): Result<PersonalData> {
  const field = (name: string): string => `personalData.${name}`;
  const name = input.name.trim();
  if (!PERSON_NAME.test(name)) return err(badInput('personalData.name must be 2–5 Hangul syllables or a romanised name', field('name')));
  const birthDate = input.birthDate.trim();
  if (!isCalendarDate(birthDate)) return err(badInput('personalData.birthDate must be a calendar date YYYY-MM-DD', field('birthDate')));
  // Workers are adults: at least 15 (근로기준법 minimum working age) on the day of the record.
  const fifteen = `${String(Number(today.slice(0, 4)) - 15).padStart(4, '0')}${today.slice(4)}`;
  if (birthDate < '1900-01-01' || birthDate > fifteen) return err(badInput('personalData.birthDate is not plausible', field('birthDate')));
  const checked = all({
    phone:
      input.phone == null
        ? ok(null)
        : PHONE.test(input.phone.trim())
          ? ok(input.phone.trim())
          : err(badInput('personalData.phone must look like 010-1234-5678', field('phone'))),
    address:
      input.address == null
        ? ok(null)
        : input.address.trim().length === 0 || input.address.trim().length > 200
          ? err(badInput('personalData.address must be 1–200 characters', field('address')))
          : ok(input.address.trim()),
  });
  if (!checked.ok) return checked;
  return ok({ name, birthDate, ...checked.value });
}

/** `hr` (and `admin`, who holds every role) see an employee's or worker's personal data in full. */
export const canSeeFullPersonalData = (caller: Caller): boolean => hasRole(caller, 'hr');

export const encryptPersonalData = (ring: PiiKeyring, data: PersonalData, context: string): string =>
  encryptPii(ring, JSON.stringify(data), context);

export const decryptPersonalData = (ring: PiiKeyring, stored: string, context: string): PersonalData =>
  JSON.parse(decryptPii(ring, stored, context)) as PersonalData;

/** What a caller may see of a record's personal data: everything, or the masked name only. */
export interface VisiblePersonalData {
  visible: boolean;
  name: string;
  birthDate: string | null;
  phone: string | null;
  address: string | null;
}

export function visiblePersonalData(data: PersonalData, full: boolean): VisiblePersonalData {
  return full ? { visible: true, ...data } : { visible: false, name: maskName(data.name), birthDate: null, phone: null, address: null };
}
