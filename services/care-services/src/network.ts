/**
 * 전북형 돌봄체계 (C6) and the care-partner network (C2) of the Jeonbuk 2023 plan (seed 003 §3.4):
 * hub care offices (거점 행복돌봄사무소), the 돌봄종합정보상담 call centre's consultation log
 * (1522-0365) and care-partner agreements (돌봄파트너 협약) with consulting's providers.
 * Rules first (free of I/O, tested beside), then the resolvers the graph merges in.
 */
import {
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
  todayInSeoul,
  trusted,
  unwrap,
  withDocument,
  type Result,
  type SubgraphContext,
} from '@pass-graph/platform';
import type { Loaders } from './loaders';
import { agencyForDistrict } from './care';
import { checkDistrict, checkServices, type SosService } from './domain';
import type { CallCentreConsultationDoc, CarePartnerAgreementDoc, HubCareOfficeDoc, Models } from './models';

// ---------------------------------------------------------------- hub care offices (003 L4023–4024, L4061–4069)

export type HubCareService =
  'HOME_EMERGENCY_CARE' | 'SMART_CARE' | 'CARE_COUPONS' | 'RURAL_MOBILE_WELFARE' | 'HEALTH_MANAGEMENT' | 'HOUSING_IMPROVEMENT';

/** "'23년 1개소 → '24년 5개소 → '25년 10개소", "발굴 및 지원 50명(개소당) → 100명 → 150명" (L4023–4024). */
export const HUB_TARGETS: Record<number, { offices: number; peoplePerOffice: number }> = {
  2023: { offices: 1, peoplePerOffice: 50 },
  2024: { offices: 5, peoplePerOffice: 100 },
  2025: { offices: 10, peoplePerOffice: 150 },
};
/** The pilot starts in 2023 (L4019). */
export const HUB_PILOT_START = '2023-01-01';

export interface HubProgress {
  year: number;
  officesTarget: number | null;
  officesOpen: number;
  peoplePerOfficeTarget: number | null;
  peopleTarget: number | null;
  peopleSupported: number;
  officesMeetingTarget: number;
}

/**
 * A year of the pilot: offices open by 31 December against the office target; people found and
 * supported (the offices' reports for the year) against offices target × people per office.
 */
export function hubProgress(year: number, offices: Pick<HubCareOfficeDoc, 'openedOn' | 'yearly'>[]): HubProgress {
  const target = HUB_TARGETS[year];
  const open = offices.filter((o) => o.openedOn <= `${year}-12-31`);
  const supported = open.map((o) => o.yearly.find((y) => y.year === year)?.peopleSupported ?? 0);
  return {
    year,
    officesTarget: target?.offices ?? null,
    officesOpen: open.length,
    peoplePerOfficeTarget: target?.peoplePerOffice ?? null,
    peopleTarget: target ? target.offices * target.peoplePerOffice : null,
    peopleSupported: supported.reduce((a, b) => a + b, 0),
    officesMeetingTarget: target ? supported.filter((n) => n >= target.peoplePerOffice).length : 0,
  };
}

// ---------------------------------------------------------------- call centre (003 L4020, L4042, L4054–4057)

export const CALL_CENTRE_LINE = '1522-0365';
export type CallOutcome = 'INFORMATION_GIVEN' | 'CARE_REQUEST_OPENED' | 'REFERRED_ELSEWHERE';

/** 평일 09:00–18:00 (weekdays, Seoul time; public holidays are not modelled). */
export function checkCallCentreHours(receivedAt: Date): Result<Date> {
  const seoul = new Date(receivedAt.getTime() + 9 * 3_600_000);
  const day = seoul.getUTCDay();
  const minutes = seoul.getUTCHours() * 60 + seoul.getUTCMinutes();
  if (day === 0 || day === 6 || minutes < 9 * 60 || minutes >= 18 * 60)
    return err(badInput(`the call centre ${CALL_CENTRE_LINE} answers weekdays 09:00–18:00 (Seoul time)`, 'receivedAt'));
  return ok(receivedAt);
}

/** A consultation that opened a request names it; one that did not names none. */
export function checkOutcome(outcome: CallOutcome, requestId: string | null): Result<string | null> {
  if (outcome === 'CARE_REQUEST_OPENED' && requestId === null)
    return err(badInput('a consultation that opened a care request names it', 'requestId'));
  if (outcome !== 'CARE_REQUEST_OPENED' && requestId !== null)
    return err(badInput('requestId is given only when the consultation opened a care request', 'requestId'));
  return ok(requestId);
}

const countBy = <T, K extends string>(rows: T[], key: (r: T) => K[]): { key: K; count: number }[] => {
  const m = new Map<K, number>();
  for (const r of rows) for (const k of key(r)) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].map(([k, count]) => ({ key: k, count })).sort((a, b) => a.key.localeCompare(b.key));
};

export function callStatistics(rows: Pick<CallCentreConsultationDoc, 'outcome' | 'topics' | 'district'>[], from: string, to: string) {
  return {
    line: CALL_CENTRE_LINE,
    from,
    to,
    consultations: rows.length,
    byOutcome: countBy(rows, (r) => [r.outcome]).map(({ key, count }) => ({ outcome: key, consultations: count })),
    byTopic: countBy(rows, (r) => r.topics).map(({ key, count }) => ({ serviceType: key, consultations: count })),
    byDistrict: countBy(rows, (r) => [r.district]).map(({ key, count }) => ({ district: key, consultations: count })),
  };
}

// ---------------------------------------------------------------- care partners (003 L3706, L3730–3731)

/** "협약 5건" a year (L3706), planned for Feb, Apr, Jun, Aug and Oct. */
export const CARE_PARTNER_TARGET = 5;

export function partnerProgress(agencyId: string, year: number, agreements: CarePartnerAgreementDoc[]) {
  return {
    agencyId,
    year,
    target: CARE_PARTNER_TARGET,
    signed: agreements.length,
    meetsTarget: agreements.length >= CARE_PARTNER_TARGET,
    byProviderType: countBy(agreements, (a) => [a.providerType]).map(({ key, count }) => ({ providerType: key, agreements: count })),
    agreements,
  };
}

// ---------------------------------------------------------------- resolvers

type Ctx = SubgraphContext<Loaders>;
const yearRange = (year: number) => trusted({ $gte: `${year}-01-01`, $lte: `${year}-12-31` });

export function networkResolvers(models: Models) {
  const Query = {
    hubCareOffices: () => models.HubCareOffice.find().sort({ _id: 1 }).lean().exec(),
    hubCareOfficeProgress: async (_: unknown, args: { year: number }) => {
      const year = unwrap(checkInt(args.year, 'year', 2000, 2100));
      return hubProgress(year, await models.HubCareOffice.find({}, { openedOn: 1, yearly: 1 }).lean());
    },
    callCentreStatistics: async (_: unknown, args: { from: string; to: string }) => {
      const v = unwrap(all({ from: checkDate(args.from, 'from'), to: checkDate(args.to, 'to') }));
      if (v.to < v.from) throw badInput('to must not be before from', 'to');
      const rows = await models.CallCentreConsultation.find(
        { receivedOn: trusted({ $gte: v.from, $lte: v.to }) },
        { outcome: 1, topics: 1, district: 1 },
      ).lean();
      return callStatistics(rows, v.from, v.to);
    },
    carePartnerProgress: async (_: unknown, args: { agencyId: string; year: number }) => {
      const agencyId = unwrap(checkId(args.agencyId, 'agencyId'));
      const year = unwrap(checkInt(args.year, 'year', 2000, 2100));
      const rows = await models.CarePartnerAgreement.find({ agencyId, signedOn: yearRange(year) })
        .sort({ signedOn: 1, _id: 1 })
        .lean();
      return partnerProgress(agencyId, year, rows);
    },
  };

  const Mutation = {
    registerHubCareOffice: async (
      _: unknown,
      args: { input: { id: string; name: string; district: string; openedOn: string; services: HubCareService[] } },
    ) => {
      const i = args.input;
      const v = unwrap(
        all({
          id: checkId(i.id),
          name: checkText(i.name, 'name', 100),
          district: checkDistrict(i.district),
          openedOn: checkDate(i.openedOn, 'openedOn'),
        }),
      );
      if (v.openedOn < HUB_PILOT_START || v.openedOn > todayInSeoul())
        throw badInput('openedOn must be from the 2023 pilot on and not in the future', 'openedOn');
      if (i.services.length === 0 || new Set(i.services).size !== i.services.length)
        throw badInput('services must name at least one service, without repeats', 'services');
      const agencyId = await agencyForDistrict(models, v.district);
      // One office per 시군 ("권역별 1개소", L4061): the district's office is looked for under its lock.
      return withDocument(models.HubCareOffice, `district:${v.district}`, async () => {
        const other = await models.HubCareOffice.findOne({ district: v.district }, { _id: 1 }).lean();
        if (other) throw conflict(`${v.district} already has a hub care office`, { reason: 'OFFICE_IN_DISTRICT', id: other._id });
        const { id, ...rest } = v;
        return insertAggregate(
          models.HubCareOffice,
          { _id: id, agencyId, ...rest, services: i.services, yearly: [] },
          [],
          () => undefined,
          'hub care office',
        );
      });
    },
    reportHubCareOfficeYear: async (_: unknown, args: { id: string; year: number; peopleSupported: number }) => {
      const id = unwrap(checkId(args.id));
      const v = unwrap(
        all({
          year: checkInt(args.year, 'year', 2000, Number(todayInSeoul().slice(0, 4))),
          peopleSupported: checkInt(args.peopleSupported, 'peopleSupported', 0, 100_000),
        }),
      );
      return withDocument(models.HubCareOffice, id, async () => {
        const office = await models.HubCareOffice.findById(id).lean();
        if (!office) throw notFound('HubCareOffice', id);
        if (v.year < Number(office.openedOn.slice(0, 4))) throw badInput('year must not be before the office opened', 'year');
        const yearly = [...office.yearly.filter((y) => y.year !== v.year), v].sort((a, b) => a.year - b.year);
        return models.HubCareOffice.findOneAndUpdate({ _id: id }, { $set: { yearly } }, { new: true }).lean();
      });
    },
    recordCallCentreConsultation: async (
      _: unknown,
      args: {
        input: {
          id: string;
          receivedAt: Date | string;
          district: string;
          topics: SosService[];
          outcome: CallOutcome;
          requestId?: string | null;
          recipientId?: string | null;
        };
      },
      ctx: Ctx,
    ) => {
      const i = args.input;
      const receivedAt = new Date(i.receivedAt);
      if (Number.isNaN(receivedAt.getTime())) throw badInput('receivedAt must be a date-time', 'receivedAt');
      const v = unwrap(
        all({
          id: checkId(i.id),
          district: checkDistrict(i.district),
          topics: checkServices(i.topics, 'topics'),
          receivedAt: checkCallCentreHours(receivedAt),
          requestId: i.requestId == null ? ok(null) : checkId(i.requestId, 'requestId'),
          recipientId: i.recipientId == null ? ok(null) : checkId(i.recipientId, 'recipientId'),
        }),
      );
      unwrap(checkOutcome(i.outcome, v.requestId));
      if (receivedAt.getTime() > Date.now()) throw badInput('receivedAt must not be in the future', 'receivedAt');
      if (v.requestId !== null) {
        const request = await models.CareRequest.findById(v.requestId, { channel: 1 }).lean();
        if (!request) throw notFound('CareRequest', v.requestId);
        if (request.channel !== 'CALL_CENTRE')
          throw badInput(`care request "${v.requestId}" was not received by the call centre`, 'requestId');
      }
      if (v.recipientId !== null) {
        const recipient = await models.CareRecipient.findById(v.recipientId, { facilityId: 1, district: 1 }).lean();
        if (!recipient) throw notFound('CareRecipient', v.recipientId);
        // Linking a call to a recipient is a write about that recipient: only within the caller's scope.
        ctx.reach.check('CareRecipient', recipient);
      }
      const agencyId = await agencyForDistrict(models, v.district);
      const receivedOn = new Date(receivedAt.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
      const { id, ...rest } = v;
      return insertAggregate(
        models.CallCentreConsultation,
        { _id: id, agencyId, ...rest, receivedOn, outcome: i.outcome },
        [],
        () => undefined,
        'call-centre consultation',
      );
    },
    signCarePartnerAgreement: async (
      _: unknown,
      args: { input: { id: string; agencyId: string; providerId: string; signedOn: string } },
    ) => {
      const i = args.input;
      const v = unwrap(
        all({
          id: checkId(i.id),
          agencyId: checkId(i.agencyId, 'agencyId'),
          providerId: checkId(i.providerId, 'providerId'),
          signedOn: checkDate(i.signedOn, 'signedOn'),
        }),
      );
      if (v.signedOn > todayInSeoul()) throw badInput('signedOn must not be in the future', 'signedOn');
      if (!(await models.KnownAgency.exists({ _id: v.agencyId }))) throw notFound('Agency', v.agencyId);
      const provider = await models.KnownProvider.findById(v.providerId).lean();
      if (!provider) throw notFound('ProviderOrganization', v.providerId);
      // One agreement per agency and provider: the pair is locked while it is looked for.
      return withDocument(models.CarePartnerAgreement, `${v.agencyId}:${v.providerId}`, async () => {
        const signed = await models.CarePartnerAgreement.findOne({ agencyId: v.agencyId, providerId: v.providerId }, { _id: 1 }).lean();
        if (signed)
          throw conflict(`agency "${v.agencyId}" already has an agreement with "${v.providerId}"`, {
            reason: 'DUPLICATE_AGREEMENT',
            id: signed._id,
          });
        const { id, ...rest } = v;
        return insertAggregate(
          models.CarePartnerAgreement,
          { _id: id, ...rest, providerType: provider.data.type },
          [],
          () => undefined,
          'care partner agreement',
        );
      });
    },
  };

  const types = {
    HubCareOffice: {
      id: (o: HubCareOfficeDoc) => o._id,
      agency: (o: HubCareOfficeDoc) => ({ id: o.agencyId }),
      district: (o: HubCareOfficeDoc) => ({ name: o.district }),
    },
    CallCentreConsultation: {
      id: (c: CallCentreConsultationDoc) => c._id,
      line: () => CALL_CENTRE_LINE,
      agency: (c: CallCentreConsultationDoc) => ({ id: c.agencyId }),
      district: (c: CallCentreConsultationDoc) => ({ name: c.district }),
      request: (c: CallCentreConsultationDoc, _: unknown, ctx: Ctx) => (c.requestId ? ctx.loaders.request.load(c.requestId) : null),
      recipient: (c: CallCentreConsultationDoc, _: unknown, ctx: Ctx) => (c.recipientId ? ctx.loaders.recipient.load(c.recipientId) : null),
    },
    CarePartnerAgreement: {
      id: (a: CarePartnerAgreementDoc) => a._id,
      agency: (a: CarePartnerAgreementDoc) => ({ id: a.agencyId }),
      partner: (a: CarePartnerAgreementDoc) => ({ id: a.providerId }),
    },
    CarePartnerProgress: {
      agency: (p: { agencyId: string }) => ({ id: p.agencyId }),
    },
    CallCentreDistrictCount: {
      district: (d: { district: string }) => ({ name: d.district }),
    },
  };
  return { Query, Mutation, types };
}
