/** 홍보 campaign of the Jeonbuk 2023 plan (003 P12): printed targets and progress counted from the postings. */
import { gql, ok } from './support/client';

describe('outreach campaign (홍보)', () => {
  it('keeps the printed targets and counts a new posting once', async () => {
    const QUERY = `{ campaign(id: "jeonbuk-2023-P12") { targetCorePostings targetOffline targetOnline progress { corePostings offline online } } }`;
    const before = await ok<{
      campaign: { targetCorePostings: number; targetOffline: number; targetOnline: number; progress: Record<string, number> };
    }>(QUERY);
    expect([before.campaign.targetCorePostings, before.campaign.targetOffline, before.campaign.targetOnline]).toEqual([35, 5, 55]);
    const input = {
      campaignId: 'jeonbuk-2023-P12',
      id: 'outreach-campaign-fb-01',
      channel: 'FACEBOOK',
      postedOn: '2023-05-10',
      title: '[test] 종사자 교육 모집',
      coreProgramme: true,
      reach: 300,
    };
    const first = await gql(`mutation($i: RecordCampaignPostingInput!) { recordCampaignPosting(input: $i) { id } }`, { i: input });
    expect(first.errors).toBeUndefined();
    const again = await gql(`mutation($i: RecordCampaignPostingInput!) { recordCampaignPosting(input: $i) { id } }`, { i: input });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const after = await ok<typeof before>(QUERY);
    expect(after.campaign.progress).toEqual({
      corePostings: before.campaign.progress['corePostings']! + 1,
      offline: before.campaign.progress['offline'],
      online: before.campaign.progress['online']! + 1,
    });
  });
});
