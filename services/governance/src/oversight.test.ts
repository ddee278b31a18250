import { checkNextRound, checkShares, consentRequired, type ContractRound } from './oversight';
import { SUPPORT_GROUP_ROUNDS } from './seed';

const rounds = SUPPORT_GROUP_ROUNDS as ContractRound[];

describe('outsourcing consent rule (001 L90–94)', () => {
  it('needs consent for the 2022 re-entrustment of the support group, more than six years on', () => {
    expect(consentRequired(rounds, [], { kind: 'REENTRUSTMENT', startOn: '2022-01-01' })).toBe(true);
    // With the consent of 2021 on record, a renewal in 2025 needs only a report.
    const consented = [
      { billNo: '2394', submittedOn: '2021-05-25', referredOn: '2021-05-31', reviewedOn: '2021-06-16', consentedOn: '2021-06-25' },
    ];
    expect(consentRequired(rounds, consented, { kind: 'RENEWAL', startOn: '2025-01-01' })).toBe(false);
    expect(consentRequired(rounds, consented, { kind: 'RENEWAL', startOn: '2027-07-01' })).toBe(true);
    expect(consentRequired([], [], { kind: 'REENTRUSTMENT', startOn: '2022-01-01' })).toBe(true);
    expect(consentRequired([], [], { kind: 'DESIGNATION', startOn: '2011-05-01' })).toBe(false);
  });

  it('keeps rounds in sequence and renewals with the same contractor', () => {
    const next: ContractRound = {
      round: 6,
      kind: 'REENTRUSTMENT',
      startOn: '2022-01-01',
      endOn: '2024-12-31',
      contractor: '공개모집 선정기관',
    };
    expect(checkNextRound(rounds, next).ok).toBe(true);
    expect(checkNextRound(rounds, { ...next, round: 7 }).ok).toBe(false);
    expect(checkNextRound(rounds, { ...next, startOn: '2021-12-31' }).ok).toBe(false);
    expect(checkNextRound(rounds, { ...next, kind: 'RENEWAL' }).ok).toBe(false);
    expect(checkNextRound(rounds, { ...next, endOn: '2021-06-01' }).ok).toBe(false);
  });

  it('makes funding shares add up to 100%', () => {
    expect(
      checkShares([
        { source: '국비', percent: 50 },
        { source: '시비', percent: 50 },
      ]).ok,
    ).toBe(true);
    expect(
      checkShares([
        { source: '국비', percent: 50 },
        { source: '시비', percent: 40 },
      ]).ok,
    ).toBe(false);
  });
});
