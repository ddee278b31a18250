/**
 * 인권상담 cases are confidential: an anonymous caller (every request today, until the gateway
 * forwards verified identities) gets only the opaque id and the status, through the single query,
 * the list and the mutations alike; the escalation event carries no personal data.
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

const onlyIdAndStatus = (c: Record<string, unknown>) => {
  for (const f of HIDDEN) expect([f, c[f]]).toEqual([f, null]);
};

describe('confidential human-rights cases (anonymous caller)', () => {
  it('answers the seeded cases with id and status only', async () => {
    const d = await ok<{
      humanRightsCase: Record<string, unknown>;
      humanRightsCases: { totalCount: number; nodes: Record<string, unknown>[] };
    }>(`{
      humanRightsCase(id: "HRC-2023JB0001") { ${FIELDS} }
      humanRightsCases(first: 100) { totalCount nodes { ${FIELDS} } }
    }`);
    expect(d.humanRightsCase).toMatchObject({ id: 'HRC-2023JB0001', status: 'REFERRED' });
    onlyIdAndStatus(d.humanRightsCase);
    expect(d.humanRightsCases.totalCount).toBeGreaterThanOrEqual(3);
    d.humanRightsCases.nodes.forEach(onlyIdAndStatus);
    const seeded = d.humanRightsCases.nodes.filter((n) => String(n['id']).startsWith('HRC-2023JB'));
    expect(seeded.map((n) => n['status'])).toEqual(['REFERRED', 'ESCALATED', 'COUNSELLING']);
  });

  it('masks the answers of its mutations too, and escalates without personal data', async () => {
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
    );
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.openHumanRightsCase).toMatchObject({ id, status: 'RECEIVED' });
    onlyIdAndStatus(opened.data!.openHumanRightsCase);

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
    );
    expect(escalated.recordHumanRightsCaseStep).toMatchObject({ id, status: 'ESCALATED' });
    onlyIdAndStatus(escalated.recordHumanRightsCaseStep);
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
