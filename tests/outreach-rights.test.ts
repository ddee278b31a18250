/**
 * 인권상담 cases are confidential: only the rights counsellor (and admins) read or change them —
 * anonymous callers are refused with UNAUTHENTICATED, every other role with FORBIDDEN, through the
 * single query, the list and the mutations alike; the escalation event carries no personal data.
 */
import { gql, header, ok, readTopic } from './support/client';

const FIELDS = 'id status agencyId channel complainantType category counsellorId receivedOn counsellingStartedOn closedOn referredTo';
const HIDDEN = [
  'agencyId',
  'channel',
  'complainantType',
  'category',
  'counsellorId',
  'receivedOn',
  'counsellingStartedOn',
  'closedOn',
  'referredTo',
];

const COUNSELLOR = { subject: 'outreach-rights-counsellor', roles: ['rights-counsellor' as const] };
const QUERY = `{ humanRightsCase(id: "HRC-2023JB0001") { ${FIELDS} } humanRightsCases(first: 100) { totalCount nodes { ${FIELDS} } } }`;

describe('confidential human-rights cases', () => {
  it('refuses everyone but the rights counsellor (and admins), through the query, the list and the mutations', async () => {
    const anonymous = await gql(QUERY, {}, { as: 'anonymous' });
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(anonymous.data?.['humanRightsCase'] ?? null).toBeNull();
    for (const role of ['outreach-worker', 'board', 'hr', 'data-analyst'] as const) {
      const r = await gql(QUERY, {}, { as: { subject: `outreach-rights-${role}`, roles: [role] } });
      expect([role, r.errors?.map((e) => e.extensions?.code)]).toEqual([role, ['FORBIDDEN', 'FORBIDDEN']]);
      for (const f of HIDDEN) expect(JSON.stringify(r.data ?? {})).not.toContain(`"${f}":"`);
    }
    const write = await gql(
      `mutation { recordHumanRightsCaseStep(input: { caseId: "HRC-2023JB0003", to: RESOLVED, on: "2023-08-01" }) { id } }`,
      {},
      {
        as: { subject: 'outreach-rights-worker', roles: ['outreach-worker'] },
      },
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows the rights counsellor the seeded cases in full', async () => {
    const d = await ok<{
      humanRightsCase: Record<string, unknown>;
      humanRightsCases: { totalCount: number; nodes: Record<string, unknown>[] };
    }>(QUERY, {}, COUNSELLOR);
    expect(d.humanRightsCase).toMatchObject({ id: 'HRC-2023JB0001', status: 'REFERRED', agencyId: 'jeonbuk-pass' });
    for (const f of ['channel', 'complainantType', 'category', 'receivedOn']) expect(d.humanRightsCase[f]).not.toBeNull();
    const seeded = d.humanRightsCases.nodes.filter((n) => String(n['id']).startsWith('HRC-2023JB'));
    expect(seeded.map((n) => n['status'])).toEqual(['REFERRED', 'ESCALATED', 'COUNSELLING']);
  });

  it('opens and escalates a case for the counsellor, and the escalation event carries no personal data', async () => {
    const id = 'HRC-ORTEST0001';
    const opened = await gql<{ openHumanRightsCase: Record<string, unknown> }>(
      `mutation($i: OpenHumanRightsCaseInput!) { openHumanRightsCase(input: $i) { ${FIELDS} } }`,
      {
        i: {
          id,
          agencyId: 'jeonbuk-pass',
          channel: 'HOTLINE',
          complainantType: 'HQ_STAFF',
          category: 'SEXUAL_HARASSMENT',
          counsellorId: 'outreach-rights-counsellor',
          receivedOn: '2023-07-03',
        },
      },
      { as: COUNSELLOR },
    );
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.openHumanRightsCase).toMatchObject({ id, status: 'RECEIVED', category: 'SEXUAL_HARASSMENT' });

    const notOpaque = await gql(`mutation($i: OpenHumanRightsCaseInput!) { openHumanRightsCase(input: $i) { id } }`, {
      i: {
        id: 'outreach-rights-kim',
        agencyId: 'jeonbuk-pass',
        channel: 'ONLINE',
        complainantType: 'HQ_STAFF',
        category: 'OTHER',
        counsellorId: 'c',
        receivedOn: '2023-07-03',
      },
    });
    expect(notOpaque.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    const escalated = await ok<{ recordHumanRightsCaseStep: Record<string, unknown> }>(
      `mutation($i: RecordHumanRightsCaseStepInput!) { recordHumanRightsCaseStep(input: $i) { ${FIELDS} } }`,
      { i: { caseId: id, to: 'ESCALATED', on: '2023-07-04' } },
      COUNSELLOR,
    );
    expect(escalated.recordHumanRightsCaseStep).toMatchObject({ id, status: 'ESCALATED' });
    const again = await gql(`mutation($i: RecordHumanRightsCaseStepInput!) { recordHumanRightsCaseStep(input: $i) { id } }`, {
      i: { caseId: id, to: 'COUNSELLING', on: '2023-07-05' },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION', from: 'ESCALATED' });

    const messages = await readTopic('outreach.human-rights-case', (ms) => ms.some((m) => m.key?.toString() === id));
    const event = messages.find((m) => m.key?.toString() === id)!;
    expect(header(event, 'ce_type')).toBe('pass.outreach.HumanRightsCaseEscalated.v1');
    expect(JSON.parse(event.value!.toString())).toEqual({
      caseId: id,
      agencyId: 'jeonbuk-pass',
      escalatedTo: 'HUMAN_RIGHTS_MANAGEMENT_COMMITTEE',
      escalatedOn: '2023-07-04',
    });
  });
});
