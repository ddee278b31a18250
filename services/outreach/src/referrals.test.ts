import type { CareRequestReceivedData } from '@pass-graph/contracts';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { PermanentEventError, type DomainError } from '@pass-graph/platform';
import {
  funnel,
  onReceived,
  onResolved,
  planAgencyOutcome,
  planReferral,
  validateOutcomeInput,
  referralMade,
  validateReferralInput,
  type ReferralDoc,
  type ReferralSource,
  type ReferNeedsInput,
} from './referrals';

const value = <T>(r: { ok: true; value: T } | { ok: false; error: DomainError }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const field = (r: { ok: boolean; error?: DomainError }) => (r.ok ? 'OK' : r.error?.extensions['field']);

const fromVisit: ReferralSource = {
  householdId: 'HH-SYN007',
  district: '노원구',
  visitId: 'synthetic-visit-2019-007',
  caseId: null,
  discoveredNeeds: ['CARE', 'MEALS'],
  notBefore: '2019-07-22',
};
const toCare: ReferNeedsInput = {
  visitId: 'synthetic-visit-2019-007',
  target: 'CARE_SERVICES',
  requestedServices: ['TEMPORARY_HOME_CARE', 'MEAL_SUPPORT'],
  referredOn: '2019-07-23',
};
const made = (): ReferralDoc => value(planReferral(fromVisit, value(validateReferralInput(toCare)), new Date(0)));

describe('making a referral', () => {
  it('needs a source, services for care-services and a service name for other agencies', () => {
    expect(field(validateReferralInput({ ...toCare, visitId: null }))).toBe('visitId');
    expect(field(validateReferralInput({ ...toCare, requestedServices: [] }))).toBe('requestedServices');
    expect(field(validateReferralInput({ ...toCare, target: 'PUBLIC_SERVICE', requestedServices: null }))).toBe('serviceName');
    expect(field(validateReferralInput({ ...toCare, serviceName: '주민번호 800101-1234567' }))).toBe('serviceName');
    expect(field(validateReferralInput({ ...toCare, requestedServices: ['MEAL_SUPPORT', 'MEAL_SUPPORT'] }))).toBe('requestedServices');
  });

  it('refers only needs the visit discovered, not before the visit', () => {
    expect(field(planReferral(fromVisit, value(validateReferralInput({ ...toCare, needs: ['HOUSING'] })), new Date(0)))).toBe('needs');
    expect(field(planReferral(fromVisit, value(validateReferralInput({ ...toCare, referredOn: '2019-07-21' })), new Date(0)))).toBe(
      'referredOn',
    );
    expect(made()).toMatchObject({
      _id: 'synthetic-visit-2019-007.ref.2019-07-23.care_services',
      needs: ['CARE', 'MEALS'],
      status: 'MADE',
    });
  });

  it('publishes exactly the committed ReferralMade contract', () => {
    const schema = JSON.parse(
      fs.readFileSync(path.join(__dirname, '../../../schemas/events/pass.outreach.ReferralMade.v1.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    ajv.addVocabulary(['x-topic', 'x-producer', 'x-key']);
    const check = ajv.compile(schema);
    const payload = referralMade(made());
    expect(check(payload)).toBe(true);
    expect(payload).toMatchObject({ target: 'CARE_SERVICES', targetAgencyName: null, householdId: 'HH-SYN007', caseId: null });
    const other = referralMade({ ...made(), target: 'PRIVATE_RESOURCE', targetAgencyName: '복지관', requestedServices: [] });
    expect(check(other)).toBe(true);
    expect(other.target).toBe('OTHER_AGENCY');
  });
});

describe('closing the loop with care-services', () => {
  const received: CareRequestReceivedData = {
    requestId: 'sos-1',
    agencyId: 'seoul-pass',
    district: '노원구',
    channel: 'REFERRAL',
    requestedServices: ['MEAL_SUPPORT'],
    referralId: 'r',
    recipientId: null,
    receivedOn: '2019-07-24',
  };
  const resolved = {
    requestId: 'sos-1',
    referralId: 'r',
    recipientId: 'rcp-1',
    outcome: 'SERVED' as const,
    reason: null,
    resolvedOn: '2019-08-10',
  };

  it('marks the referral received, then served, and applies each only once', () => {
    const r = made();
    const afterReceived = { ...r, ...onReceived(r, received) };
    expect(afterReceived).toMatchObject({ status: 'RECEIVED', careRequestId: 'sos-1', receivedOn: '2019-07-24' });
    expect(onReceived(afterReceived, received)).toBeNull();
    const afterResolved = { ...afterReceived, ...onResolved(afterReceived, resolved) };
    expect(afterResolved).toMatchObject({ status: 'SERVED', resolvedOn: '2019-08-10' });
    expect(onResolved(afterResolved, resolved)).toBeNull();
    expect(onReceived(afterResolved, received)).toBeNull();
  });

  it('can never apply a request of another referral target or another request', () => {
    expect(() => onReceived({ ...made(), target: 'PUBLIC_SERVICE' }, received)).toThrow(PermanentEventError);
    expect(() => onResolved({ ...made(), careRequestId: 'sos-2' }, resolved)).toThrow(PermanentEventError);
  });

  it('counts the funnel visits → discoveries → referrals → received → served', () => {
    const r = made();
    expect(
      funnel(
        '노원구',
        [{ needsDiscovery: { domains: ['CARE'] } }, { needsDiscovery: null }],
        [
          { ...r, status: 'SERVED', receivedOn: '2019-07-24' },
          { ...r, status: 'RECEIVED', receivedOn: '2019-07-24' },
          { ...r, target: 'PUBLIC_SERVICE' },
        ],
      ),
    ).toEqual({ district: '노원구', visits: 2, discoveries: 1, referrals: 3, referralsToCareServices: 2, received: 2, served: 1 });
  });
});

describe('the outcome of a referral to another agency', () => {
  const TODAY = '2026-01-01';
  const toAgency = (): ReferralDoc => ({ ...made(), target: 'PUBLIC_SERVICE', targetAgencyName: '긴급복지지원', requestedServices: [] });
  const code = (r: { ok: boolean; error?: DomainError }) =>
    r.ok ? 'OK' : `${String(r.error?.extensions['code'])}/${String(r.error?.extensions['field'] ?? r.error?.extensions['reason'])}`;
  const served = { referralId: 'r', outcome: 'SERVED' as const, decidedOn: '2019-08-01' };

  it('needs a reason unless served, a date not in the future and no personal data', () => {
    expect(code(validateOutcomeInput(served, TODAY))).toBe('OK');
    expect(code(validateOutcomeInput({ ...served, outcome: 'DECLINED' }, TODAY))).toBe('BAD_USER_INPUT/reason');
    expect(code(validateOutcomeInput({ ...served, outcome: 'NOT_SERVED', reason: '  ' }, TODAY))).toBe('BAD_USER_INPUT/reason');
    expect(code(validateOutcomeInput({ ...served, outcome: 'NOT_SERVED', reason: '연락처 010-1234-5678' }, TODAY))).toBe(
      'BAD_USER_INPUT/reason',
    );
    expect(code(validateOutcomeInput({ ...served, decidedOn: '2030-01-01' }, TODAY))).toBe('BAD_USER_INPUT/decidedOn');
    expect(code(validateOutcomeInput({ ...served, referralId: '$where' }, TODAY))).toBe('BAD_USER_INPUT/referralId');
  });

  it('moves MADE → SERVED | NOT_SERVED | DECLINED once, and the funnel counts a served one', () => {
    const r = toAgency();
    const fields = value(planAgencyOutcome(r, value(validateOutcomeInput(served, TODAY))));
    expect(fields).toEqual({ status: 'SERVED', resolvedOn: '2019-08-01', outcomeReason: null });
    const declined = value(
      planAgencyOutcome(r, value(validateOutcomeInput({ ...served, outcome: 'DECLINED', reason: '가구가 서비스 거부' }, TODAY))),
    );
    expect(declined).toEqual({ status: 'DECLINED', resolvedOn: '2019-08-01', outcomeReason: '가구가 서비스 거부' });
    expect(code(planAgencyOutcome({ ...r, ...fields }, served))).toBe('CONFLICT/INVALID_TRANSITION');
    expect(code(planAgencyOutcome(r, { ...served, decidedOn: '2019-07-01' }))).toBe('BAD_USER_INPUT/decidedOn');
    expect(
      funnel(
        '노원구',
        [],
        [
          { ...r, ...fields },
          { ...r, ...declined },
        ],
      ).served,
    ).toBe(1);
  });

  it("leaves a referral to care-services to care-services' events", () => {
    expect(code(planAgencyOutcome(made(), served))).toBe('CONFLICT/CARE_SERVICES_LOOP');
  });
});
