/**
 * Care writes shared by the graph's mutations and the event handlers (a referral opens the same
 * CareRequest a 동주민센터 intake does): the same rules and the same events either way.
 */
import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import { insertAggregate, notFound } from '@pass-graph/platform';
import type { IntakeChannel, SosService } from './domain';
import type { CareRequestDoc, Models } from './models';

/** The agency serving a district: the registered agency of the district's province (서울특별시 → 서울시사회서비스원). */
export async function agencyForDistrict(models: Models, district: string): Promise<string> {
  const known = await models.KnownDistrict.findById(district).lean();
  if (!known) throw notFound('District', district);
  const { province } = known.data;
  const agency = await models.KnownAgency.findOne({ 'data.region': province }).lean();
  if (!agency) throw notFound('Agency', `of ${province}`);
  return agency.data.agencyId;
}

export interface NewCareRequest {
  id: string;
  district: string;
  channel: IntakeChannel;
  requestedServices: SosService[];
  referralId: string | null;
  recipientId: string | null;
  receivedOn: string;
}

/** 접수: inserts the request with its CareRequestReceived event; a repeated id answers CONFLICT. */
export async function receiveCareRequest(models: Models, runtime: Runtime, r: NewCareRequest): Promise<CareRequestDoc> {
  const agencyId = await agencyForDistrict(models, r.district);
  const event = runtime.outbox.entry(EventTypes.CareRequestReceived, {
    requestId: r.id,
    agencyId,
    district: r.district,
    channel: r.channel,
    requestedServices: r.requestedServices,
    referralId: r.referralId,
    recipientId: r.recipientId,
    receivedOn: r.receivedOn,
  });
  return insertAggregate(
    models.CareRequest,
    {
      _id: r.id,
      agencyId,
      district: r.district,
      channel: r.channel,
      requestedServices: r.requestedServices,
      referralId: r.referralId,
      recipientId: r.recipientId,
      receivedOn: r.receivedOn,
      status: 'RECEIVED' as const,
      assessment: null,
      plan: null,
      outcome: null,
      outcomeReason: null,
      resolvedOn: null,
    },
    [event],
    runtime.publish,
    'care request',
  );
}

/** One request per referral: its id is derived from the referral's, so a redelivery hits the same document. */
export const requestIdForReferral = (referralId: string): string => `referral-${referralId}`;
