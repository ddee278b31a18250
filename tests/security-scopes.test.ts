/**
 * Scopes where the data is (issue 29, point 2): a care worker or care manager of one facility can
 * neither read nor change another facility's recipients, visits and complaints, and an outreach
 * worker's district scope holds in care-services too — through the gateway and through `_entities`
 * straight at the subgraph. Fixtures: jb-rcp-0001 (jeonbuk-hcc-jeonbuk, 전주시) with visits
 * jb-visit-0001/0002 and complaint jb-cmp-0001; jb-rcp-0002 (jeonbuk-hcc-jangsu, 장수군) with visits
 * jb-visit-0003/0004 and complaint jb-cmp-0002 (ANALYSED).
 *
 * The refused writes are ones that would fail later anyway (an invalid transition, a date before the
 * recipient was identified, an unknown recipient): without the scope check they answer with another error and change nothing.
 */
import type { Role } from '@pass-graph/platform';
import { askSubgraph } from './support/authz-probe';
import { gql, type As } from './support/client';

const JEONJU = 'jeonbuk-hcc-jeonbuk';
const JANGSU = 'jeonbuk-hcc-jangsu';
const worker: As = { subject: 'sec-scope-worker', roles: ['care-worker'], facilities: [JEONJU] };
const manager: As = { subject: 'sec-scope-manager', roles: ['care-manager'], facilities: [JEONJU] };
const jangsuManager: As = { subject: 'sec-scope-jangsu-manager', roles: ['care-manager'], facilities: [JANGSU] };
const outreach: As = { subject: 'sec-scope-outreach', roles: ['outreach-worker'], districts: ['전주시'] };

const codes = (r: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] =>
  (r.errors ?? []).map((e) => e.extensions?.code);

interface RecipientRow {
  id: string;
  facility: { id: string } | null;
  district: { name: string };
}

const RECIPIENTS = `query($facilityId: ID) { careRecipients(first: 100, facilityId: $facilityId) {
  totalCount nodes { id facility { id } district { name } household eligibilityReasons statusHistory { status } } } }`;

describe('facility scope in care-services', () => {
  it('lists only the recipients of the care worker’s facilities, and none of another facility asked by id', async () => {
    const mine = await gql<{ careRecipients: { totalCount: number; nodes: RecipientRow[] } }>(RECIPIENTS, {}, { as: worker });
    expect(mine.errors).toBeUndefined();
    const ids = mine.data?.careRecipients.nodes.map((n) => n.id) ?? [];
    expect(ids).toContain('jb-rcp-0001');
    expect(ids).not.toContain('jb-rcp-0002');
    expect(new Set(mine.data?.careRecipients.nodes.map((n) => n.facility?.id))).toEqual(new Set([JEONJU]));
    expect(mine.data?.careRecipients.totalCount).toBe(ids.length);
    const other = await gql<{ careRecipients: { totalCount: number; nodes: RecipientRow[] } }>(
      RECIPIENTS,
      { facilityId: JANGSU },
      { as: worker },
    );
    expect(other.errors).toBeUndefined();
    expect(other.data?.careRecipients).toEqual({ totalCount: 0, nodes: [] });
    // An unscoped reader (data-analyst) still sees both facilities.
    const analyst = await gql<{ careRecipients: { nodes: RecipientRow[] } }>(
      RECIPIENTS,
      { facilityId: JANGSU },
      {
        as: { subject: 'sec-scope-analyst', roles: ['data-analyst'] as Role[] },
      },
    );
    expect(analyst.data?.careRecipients.nodes.map((n) => n.id)).toContain('jb-rcp-0002');
  });

  it('refuses single reads of another facility’s recipient, visit and cap usage with FORBIDDEN', async () => {
    const reads: [string, string][] = [
      ['careRecipient', '{ careRecipient(id: "jb-rcp-0002") { id household eligibilityReasons } }'],
      ['careVisit', '{ careVisit(id: "jb-visit-0003") { id hours } }'],
      ['careCapUsage', '{ careCapUsage(recipientId: "jb-rcp-0002", on: "2023-08-21") { cap used } }'],
      ['recipient through a request', '{ careVisit(id: "jb-visit-0001") { id recipient { id } } }'],
    ];
    const answers = await Promise.all(reads.map(async ([what, q]) => ({ what, r: await gql(q, {}, { as: worker }) })));
    const got = answers.map(({ what, r }) => ({ what, codes: codes(r) }));
    expect(got).toEqual([
      { what: 'careRecipient', codes: ['FORBIDDEN'] },
      { what: 'careVisit', codes: ['FORBIDDEN'] },
      { what: 'careCapUsage', codes: ['FORBIDDEN'] },
      { what: 'recipient through a request', codes: [] }, // jb-visit-0001 and its recipient are the worker's own
    ]);
    expect(answers[0]?.r.data).toEqual({ careRecipient: null });
    // The same reads for the worker's own facility answer.
    const own = await gql('{ careRecipient(id: "jb-rcp-0001") { id } careVisit(id: "jb-visit-0001") { id } }', {}, { as: worker });
    expect(own).toMatchObject({ data: { careRecipient: { id: 'jb-rcp-0001' }, careVisit: { id: 'jb-visit-0001' } } });
    expect(own.errors).toBeUndefined();
  });

  it('refuses a care manager’s writes on another facility’s records before anything is written', async () => {
    const writes: [string, string][] = [
      ['moveCareRecipient', 'mutation { moveCareRecipient(id: "jb-rcp-0002", status: RECEIVING, on: "2023-09-01") { id status } }'],
      [
        'recordCareVisit',
        `mutation { recordCareVisit(input: { id: "sec-scope-visit", recipientId: "jb-rcp-0002", workerIds: ["jb-ecw-10"],
          serviceType: EMERGENCY_CARE, covidRelated: false, activities: [HOUSEWORK], deliveredOn: "2000-01-01", hours: 1 }) { id } }`,
      ],
      ['advanceComplaint', 'mutation { advanceComplaint(id: "jb-cmp-0002", stage: RECEIVED, on: "2023-10-13") { id } }'],
      [
        // Linking a call to another facility's recipient (2021-03-02, a Tuesday, 10:00 Seoul time).
        'recordCallCentreConsultation',
        `mutation { recordCallCentreConsultation(input: { id: "sec-scope-call", receivedAt: "2021-03-02T01:00:00Z", district: "장수군",
          topics: [TEMPORARY_HOME_CARE], outcome: INFORMATION_GIVEN, recipientId: "jb-rcp-0002" }) { id } }`,
      ],
      [
        'receiveComplaint',
        'mutation { receiveComplaint(input: { id: "sec-scope-cmp", facilityId: "jeonbuk-hcc-jangsu", recipientId: "no-such-recipient", channel: PHONE, receivedOn: "2023-10-01" }) { id } }',
      ],
    ];
    for (const [what, m] of writes) {
      const refused = await gql(m, {}, { as: manager });
      expect({ what, codes: codes(refused) }).toEqual({ what, codes: ['FORBIDDEN'] });
      // The facility's own manager gets past the scope check to the domain's own answer.
      const own = await gql(m, {}, { as: jangsuManager });
      expect({ what, forbidden: codes(own).includes('FORBIDDEN') }).toEqual({ what, forbidden: false });
    }
    const after = await gql<{ careRecipient: { status: string } }>('{ careRecipient(id: "jb-rcp-0002") { status } }');
    expect(after.data?.careRecipient.status).toBe('RECEIVING');
  });

  it('refuses an out-of-scope recipient through _entities straight at care-services (the gateway’s side door)', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CareRecipient { id eligibilityReasons } } }`;
    const identity = { subject: 'sec-scope-worker', roles: ['care-worker' as const], facilityIds: [JEONJU], districts: [] };
    const r = await askSubgraph('care-services', identity, query, {
      r: [
        { __typename: 'CareRecipient', id: 'jb-rcp-0001' },
        { __typename: 'CareRecipient', id: 'jb-rcp-0002' },
      ],
    });
    expect(r.body.data?.['_entities']).toEqual([expect.objectContaining({ id: 'jb-rcp-0001' }), null]);
    expect(r.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['_entities', 1], 'FORBIDDEN']]);
  });
});

describe('district scope of outreach workers in care-services', () => {
  it('lists only recipients and 돌봄SOS requests of the worker’s districts, also when another district is asked', async () => {
    const recipients = await gql<{ careRecipients: { nodes: RecipientRow[] } }>(RECIPIENTS, {}, { as: outreach });
    expect(recipients.errors).toBeUndefined();
    expect(recipients.data?.careRecipients.nodes.map((n) => n.id)).toContain('jb-rcp-0001');
    expect(new Set(recipients.data?.careRecipients.nodes.map((n) => n.district.name))).toEqual(new Set(['전주시']));
    const REQUESTS = `query($d: String) { careRequests(first: 100, district: $d) { totalCount nodes { id district { name } } } }`;
    const elsewhere = await gql<{ careRequests: { totalCount: number; nodes: unknown[] } }>(REQUESTS, { d: '마포구' }, { as: outreach });
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data?.careRequests).toEqual({ totalCount: 0, nodes: [] });
    const admin = await gql<{ careRequests: { totalCount: number } }>(REQUESTS, { d: '마포구' });
    expect(admin.data?.careRequests.totalCount).toBeGreaterThan(0);
    const one = await gql('{ careRecipient(id: "jb-rcp-0002") { id } }', {}, { as: outreach });
    expect(codes(one)).toEqual(['FORBIDDEN']);
  });
});
