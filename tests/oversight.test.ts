/** Regulations, audits and outsourcing contracts through the gateway. */
import { eventually, gql, header, ok, readTopic } from './support/client';

describe('regulations', () => {
  it('enacts and amends, citing only adopted resolutions of the same agency', async () => {
    const ENACT = `mutation($i: EnactRegulationInput!) { enactRegulation(input: $i) { id currentVersion { version change } } }`;
    const base = {
      id: 'test-reg-personnel',
      agencyId: 'jeonbuk-pass',
      tier: 'AGENCY_REGULATION',
      title: '인사규정',
      effectiveOn: '2023-01-01',
      summary: '제정',
    };
    expect((await gql(ENACT, { i: { ...base, facilityId: 'jeonbuk-hcc-jangsu' } })).errors?.[0]?.extensions?.field).toBe('facilityId');
    expect((await gql(ENACT, { i: { ...base, resolutionId: 'no-such-resolution' } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const d = await ok<{ enactRegulation: { currentVersion: { version: number; change: string } } }>(ENACT, { i: base });
    expect(d.enactRegulation.currentVersion).toEqual({ version: 1, change: 'ENACTED' });
    const AMEND = `mutation($d: Date!) { amendRegulation(id: "test-reg-personnel", effectiveOn: $d, summary: "직급 체계 개정") { currentVersion { version change effectiveOn } } }`;
    expect((await gql(AMEND, { d: '2022-12-31' })).errors?.[0]?.extensions?.field).toBe('effectiveOn');
    const amended = await ok<{ amendRegulation: { currentVersion: unknown } }>(AMEND, { d: '2023-07-01' });
    expect(amended.amendRegulation.currentVersion).toEqual({ version: 2, change: 'AMENDED', effectiveOn: '2023-07-01' });
    const events = await readTopic(
      'governance.regulation',
      (ms) => ms.filter((m) => m.key?.toString() === 'test-reg-personnel').length >= 2,
    );
    expect(events.filter((m) => m.key?.toString() === 'test-reg-personnel').map((m) => header(m, 'ce_type'))).toEqual([
      'pass.governance.RegulationAmended.v1',
      'pass.governance.RegulationAmended.v1',
    ]);
  });
});

describe('audits', () => {
  it('raises findings on an open audit only, each once', async () => {
    await ok(
      `mutation { openAudit(input: { id: "test-audit-2023-r1", agencyId: "jeonbuk-pass", kind: REGULAR, startedOn: "2023-06-01" }) { id } }`,
    );
    const RAISE = `mutation($f: AuditFindingInput!) { raiseAuditFinding(auditId: "test-audit-2023-r1", finding: $f) { findings { id scope } } }`;
    const finding = { id: 'f1', raisedOn: '2023-06-15', scope: 'IMPROPER_EXECUTION', summary: '부적정 예산집행 1건 (test)' };
    expect((await ok<{ raiseAuditFinding: { findings: unknown[] } }>(RAISE, { f: finding })).raiseAuditFinding.findings).toEqual([
      { id: 'f1', scope: 'IMPROPER_EXECUTION' },
    ]);
    expect((await gql(RAISE, { f: finding })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await gql(RAISE, { f: { ...finding, id: 'f0', raisedOn: '2023-05-01' } })).errors?.[0]?.extensions?.field).toBe(
      'finding.raisedOn',
    );
    await ok(`mutation { closeAudit(id: "test-audit-2023-r1", closedOn: "2023-06-30") { closedOn } }`);
    expect((await gql(RAISE, { f: { ...finding, id: 'f2' } })).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
    });
    const events = await eventually('the finding on Kafka', async () => {
      const ms = await readTopic('governance.audit', (m) => m.some((x) => x.key?.toString() === 'test-audit-2023-r1'), 10_000);
      return ms.filter((x) => x.key?.toString() === 'test-audit-2023-r1');
    });
    expect(events.map((m) => header(m, 'ce_type'))).toEqual(['pass.governance.AuditFindingRaised.v1']);
  });
});

describe('outsourcing (민간위탁)', () => {
  it('holds the support group’s rounds, and refuses the 2022 re-entrustment until the council consents', async () => {
    const C = `{ outsourcingContracts { id budgetThousandKRW fundingShares { source percent } rounds { round kind } consents { billNo consentedOn } nextRoundNeedsConsent } }`;
    type C = {
      outsourcingContracts: {
        id: string;
        budgetThousandKRW: number;
        fundingShares: unknown[];
        rounds: { round: number; kind: string }[];
        consents: { billNo: string; consentedOn: string | null }[];
        nextRoundNeedsConsent: boolean;
      }[];
    };
    const before = (await ok<C>(C)).outsourcingContracts.find((c) => c.id === 'seoul-community-service-support');
    expect(before).toMatchObject({
      budgetThousandKRW: 380_000,
      fundingShares: [
        { source: '국비', percent: 50 },
        { source: '시비', percent: 50 },
      ],
      consents: [{ billNo: '2394', consentedOn: null }],
      nextRoundNeedsConsent: true,
    });
    expect(before?.rounds.map((r) => r.kind)).toEqual(['DESIGNATION', 'RENEWAL', 'RENEWAL', 'RENEWAL', 'RENEWAL']);
    const ROUND = `mutation { recordOutsourcingRound(contractId: "seoul-community-service-support", round: { round: 6, kind: REENTRUSTMENT, startOn: "2022-01-01", endOn: "2024-12-31", contractor: "공개모집 선정기관" }) { rounds { round } } }`;
    expect((await gql(ROUND)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONSENT_REQUIRED' });
    // Test-only: the council's decision is not in the document.
    await ok(
      `mutation { recordCouncilConsent(contractId: "seoul-community-service-support", consent: { billNo: "2394", submittedOn: "2021-05-25", referredOn: "2021-05-31", reviewedOn: "2021-06-16", consentedOn: "2021-06-25" }) { id } }`,
    );
    const after = await ok<{ recordOutsourcingRound: { rounds: unknown[] } }>(ROUND);
    expect(after.recordOutsourcingRound.rounds).toHaveLength(6);
  });
});
