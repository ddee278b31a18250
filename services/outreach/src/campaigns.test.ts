import { campaignProgress, planPosting, validateCampaign, type CampaignDoc } from './campaigns';
import { CAMPAIGN, CAMPAIGN_POSTINGS } from './seed';

const campaign = (): CampaignDoc => {
  const v = validateCampaign(CAMPAIGN);
  if (!v.ok) throw v.error;
  return v.value;
};

describe('홍보 campaign (003 P12: 35 core postings, offline 5, online 55)', () => {
  it('counts progress from the postings: press meetings offline, the rest online; reach summed where known', () => {
    const c = campaign();
    for (const p of CAMPAIGN_POSTINGS) {
      const r = planPosting(c, p);
      if (!r.ok) throw r.error;
      c.postings.push(r.value);
    }
    expect(campaignProgress(c)).toEqual({
      corePostings: 2,
      offline: 1,
      online: 2,
      reach: 424,
      coreTargetMet: false,
      offlineTargetMet: false,
      onlineTargetMet: false,
    });
    expect(campaignProgress({ ...c, postings: [] }).reach).toBeNull();
  });

  it('refuses a repeated posting, a channel the campaign does not use and a posting outside its year', () => {
    const c = campaign();
    const first = CAMPAIGN_POSTINGS[0]!;
    const r = planPosting(c, first);
    if (!r.ok) throw r.error;
    c.postings.push(r.value);
    const code = (x: ReturnType<typeof planPosting>) => (x.ok ? 'OK' : x.error.extensions['code']);
    expect(code(planPosting(c, first))).toBe('CONFLICT');
    expect(code(planPosting(c, { ...first, id: 'x1', channel: 'OFFLINE_EVENT' }))).toBe('BAD_USER_INPUT');
    expect(code(planPosting(c, { ...first, id: 'x2', postedOn: '2024-01-02' }))).toBe('BAD_USER_INPUT');
  });
});
