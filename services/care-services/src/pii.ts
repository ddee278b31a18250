/**
 * Personal data of care recipients (이용자): who may see it, and where it is kept encrypted.
 * Encryption, lookup hashes, masking and key rotation are the platform's (packages/platform/src/pii.ts,
 * keyring from `PII_KEYS` in config.ts); this file only says which fields hold what.
 * Nothing here logs; callers must not log what goes in or comes out either.
 */
import { coversFacility, hasRole, type Caller, type PiiHolder } from '@pass-graph/platform';

/** Associated data binding a ciphertext to its recipient and field (a copy into another record does not decrypt). */
export const PII_CONTEXT = {
  personalData: (recipientId: string): string => `${recipientId}:pii`,
  rrn: (recipientId: string): string => `${recipientId}:rrn`,
};

/** The 주민등록번호 as hashed for duplicate checks: digits only. */
export const normaliseRrn = (rrn: string): string => rrn.replace(/\D/g, '');

/**
 * Where care-services keeps personal data, for `npm run pii:rotate`: `pii` (name, birth date,
 * phone, address as one JSON ciphertext) and `rrn` with its lookup hash `rrnHash`.
 */
export const PII_HOLDERS: PiiHolder[] = [
  {
    service: 'care-services',
    collection: 'care_recipients',
    fields: [
      { field: 'pii', context: PII_CONTEXT.personalData },
      { field: 'rrn', context: PII_CONTEXT.rrn, lookupHash: { field: 'rrnHash', normalise: normaliseRrn } },
    ],
  },
];

/** A care manager of the recipient's facility (or an admin) sees the personal data; nobody else does. */
export const canSeePersonalData = (caller: Caller, facilityId: string | null): boolean =>
  hasRole(caller, 'care-manager') && coversFacility(caller, facilityId);
