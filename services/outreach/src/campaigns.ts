/**
 * 홍보 (public communication, seed 003 P12, L3156–3215): a yearly campaign with its targets — 35
 * postings about core programmes, 5 offline and 55 online contacts (L3161–3162) — and the postings
 * made on its channels (homepage, Facebook, KakaoTalk, YouTube, press, the weekly 마음편지 email).
 * Progress is counted from the postings. Which channels count as offline is ours: the plan does not
 * say; press meetings and offline events do, every other channel is online.
 */
import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import {
  aggregateSchema,
  all,
  badInput,
  checkDate,
  checkId,
  checkInt,
  checkText,
  conflict,
  err,
  insertAggregate,
  notFound,
  ok,
  unwrap,
  withDocument,
  type Result,
  type SubgraphContext,
} from '@pass-graph/platform';
import type DataLoader from 'dataloader';
import { Schema, type Connection } from 'mongoose';

export const CAMPAIGN_CHANNELS = [
  'HOMEPAGE',
  'FACEBOOK',
  'KAKAOTALK',
  'YOUTUBE',
  'PRESS_RELEASE',
  'PRESS_MEETING',
  'NEWSLETTER',
  'OFFLINE_EVENT',
] as const;
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];
const OFFLINE: readonly CampaignChannel[] = ['PRESS_MEETING', 'OFFLINE_EVENT'];
export const isOffline = (c: CampaignChannel): boolean => OFFLINE.includes(c);

export interface Posting {
  id: string;
  channel: CampaignChannel;
  postedOn: string;
  title: string;
  /** About one of the agency's core programmes (기관 핵심사업). */
  coreProgramme: boolean;
  /** 도달 (views, recipients or attendees) where known. */
  reach: number | null;
}

export interface CampaignDoc {
  _id: string;
  agencyId: string;
  year: number;
  title: string;
  channels: CampaignChannel[];
  targetCorePostings: number;
  targetOffline: number;
  targetOnline: number;
  postings: Posting[];
}

export interface CampaignProgress {
  corePostings: number;
  offline: number;
  online: number;
  /** Sum of the known reach figures; null when none is known. */
  reach: number | null;
  coreTargetMet: boolean;
  offlineTargetMet: boolean;
  onlineTargetMet: boolean;
}

export function campaignProgress(
  c: Pick<CampaignDoc, 'postings' | 'targetCorePostings' | 'targetOffline' | 'targetOnline'>,
): CampaignProgress {
  const offline = c.postings.filter((p) => isOffline(p.channel)).length;
  const online = c.postings.length - offline;
  const core = c.postings.filter((p) => p.coreProgramme).length;
  const reaches = c.postings.map((p) => p.reach).filter((r): r is number => r !== null);
  return {
    corePostings: core,
    offline,
    online,
    reach: reaches.length === 0 ? null : reaches.reduce((a, b) => a + b, 0),
    coreTargetMet: core >= c.targetCorePostings,
    offlineTargetMet: offline >= c.targetOffline,
    onlineTargetMet: online >= c.targetOnline,
  };
}

export interface RegisterCampaignInput {
  id: string;
  agencyId: string;
  year: number;
  title: string;
  channels: CampaignChannel[];
  targetCorePostings: number;
  targetOffline: number;
  targetOnline: number;
}

export function validateCampaign(input: RegisterCampaignInput): Result<CampaignDoc> {
  const v = all({
    id: checkId(input.id),
    agencyId: checkId(input.agencyId, 'agencyId'),
    year: checkInt(input.year, 'year', 2000, 2100),
    title: checkText(input.title, 'title', 200),
    targetCorePostings: checkInt(input.targetCorePostings, 'targetCorePostings', 0, 10_000),
    targetOffline: checkInt(input.targetOffline, 'targetOffline', 0, 10_000),
    targetOnline: checkInt(input.targetOnline, 'targetOnline', 0, 10_000),
  });
  if (!v.ok) return v;
  if (input.channels.length === 0 || new Set(input.channels).size !== input.channels.length)
    return err(badInput('channels must name each channel once, at least one', 'channels'));
  const { id, ...rest } = v.value;
  return ok({ _id: id, ...rest, channels: [...input.channels], postings: [] });
}

export function planPosting(c: CampaignDoc, input: Posting): Result<Posting> {
  const v = all({
    id: checkId(input.id),
    postedOn: checkDate(input.postedOn, 'postedOn'),
    title: checkText(input.title, 'title', 200),
    reach: input.reach == null ? ok(null) : checkInt(input.reach, 'reach', 0, 1e9),
  });
  if (!v.ok) return v;
  if (c.postings.some((p) => p.id === v.value.id))
    return err(conflict(`posting "${v.value.id}" is already recorded`, { id: c._id, postingId: v.value.id }));
  if (!c.channels.includes(input.channel)) return err(badInput(`campaign "${c._id}" does not use ${input.channel}`, 'channel'));
  if (Number(v.value.postedOn.slice(0, 4)) !== c.year) return err(badInput(`postedOn must be in ${c.year}`, 'postedOn'));
  return ok({ ...v.value, channel: input.channel, coreProgramme: input.coreProgramme });
}

export function createCampaignModels(db: Connection) {
  const str = { type: String, required: true };
  const num = { type: Number, required: true };
  const posting = new Schema(
    {
      id: str,
      channel: str,
      postedOn: str,
      title: str,
      coreProgramme: { type: Boolean, required: true },
      reach: { type: Number, default: null },
    },
    { _id: false },
  );
  const schema = aggregateSchema<CampaignDoc>('campaigns', {
    agencyId: str,
    year: num,
    title: str,
    channels: { type: [String], default: [] },
    targetCorePostings: num,
    targetOffline: num,
    targetOnline: num,
    postings: { type: [posting], default: [] },
  });
  schema.index({ year: 1 });
  return { Campaign: db.model<CampaignDoc>('Campaign', schema) };
}
export type CampaignModels = ReturnType<typeof createCampaignModels>;

interface CampaignLoaders {
  campaign: DataLoader<string, CampaignDoc | null>;
}

export function campaignResolvers<L extends CampaignLoaders>(models: CampaignModels, runtime: Runtime) {
  type Ctx = SubgraphContext<L>;
  const { outbox, publish } = runtime;
  return {
    Query: {
      campaign: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.campaign.load(unwrap(checkId(args.id))),
      campaigns: (_: unknown, args: { year: number }) =>
        models.Campaign.find({ year: unwrap(checkInt(args.year, 'year', 2000, 2100)) })
          .sort({ _id: 1 })
          .lean<CampaignDoc[]>()
          .exec(),
    },
    Mutation: {
      registerCampaign: (_: unknown, args: { input: RegisterCampaignInput }) =>
        insertAggregate(models.Campaign, unwrap(validateCampaign(args.input)), [], publish, 'campaign'),
      recordCampaignPosting: (_: unknown, args: { input: Posting & { campaignId: string } }, ctx: Ctx) => {
        const id = unwrap(checkId(args.input.campaignId, 'campaignId'));
        return withDocument(models.Campaign, id, async () => {
          const c = await ctx.loaders.campaign.clear(id).load(id);
          if (!c) throw notFound('Campaign', id);
          const { campaignId: _ignored, ...input } = args.input;
          const p = unwrap(planPosting(c, input));
          const event = outbox.entry(EventTypes.CampaignPosted, {
            campaignId: id,
            agencyId: c.agencyId,
            postingId: p.id,
            channel: p.channel,
            offline: isOffline(p.channel),
            coreProgramme: p.coreProgramme,
            postedOn: p.postedOn,
            reach: p.reach,
          });
          const updated = await models.Campaign.findOneAndUpdate(
            { _id: id },
            { $push: { postings: p, ...outbox.push(event) } },
            { new: true },
          )
            .lean<CampaignDoc>()
            .exec();
          if (!updated) throw notFound('Campaign', id);
          ctx.loaders.campaign.clear(id).prime(id, updated);
          publish(models.Campaign, id);
          return updated;
        });
      },
    },
    Campaign: {
      id: (c: CampaignDoc) => c._id,
      progress: (c: CampaignDoc) => campaignProgress(c),
      postings: (c: CampaignDoc) => [...c.postings].sort((a, b) => a.postedOn.localeCompare(b.postedOn) || a.id.localeCompare(b.id)),
    },
    CampaignPosting: {
      offline: (p: Posting) => isOffline(p.channel),
    },
  };
}
