import {
  checkPage,
  DateScalar,
  DateTimeScalar,
  KRWScalar,
  paginate,
  unwrap,
  checkId,
  conflict,
  badInput,
  checkDate,
  checkText,
  invalidTransition,
  withDocument,
  type OutboxEntry,
  notFound,
  type ServiceRuntime,
  type SubgraphContext,
} from '@pass-graph/platform';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { FilterQuery } from 'mongoose';
import {
  canFacility,
  FACILITY_TRANSITIONS,
  validateEntrustment,
  validateFacility,
  type EntrustInput,
  type FacilityAction,
  type FacilityType,
  type RegisterFacilityInput,
} from './domain';
import { PUBLISHES } from './events';
import type { Loaders } from './loaders';
import type { FacilityDoc, Models } from './models';

type Ctx = SubgraphContext<Loaders>;

export function createResolvers(models: Models, runtime: ServiceRuntime): GraphQLResolverMap<Ctx> {
  const { outbox } = runtime;

  /** One lifecycle step, read-check-write under the facility's lock; the event rides in the same write. */
  function step(
    rawId: string,
    action: FacilityAction,
    set: Partial<FacilityDoc>,
    event: (f: FacilityDoc) => OutboxEntry,
  ): Promise<FacilityDoc> {
    const id = unwrap(checkId(rawId));
    return withDocument(models.Facility, id, async () => {
      const current = await models.Facility.findById(id).lean();
      if (!current) throw notFound('Facility', id);
      const { to } = FACILITY_TRANSITIONS[action];
      if (!canFacility(current.status, action)) throw invalidTransition('Facility', id, current.status, to);
      const entry = event(current);
      const updated = await models.Facility.findOneAndUpdate(
        { _id: id, status: current.status },
        { $set: { ...set, status: to }, $push: outbox.push(entry) },
        { new: true },
      ).lean();
      if (!updated) throw conflict(`facility "${id}" was changed concurrently; retry`, { id });
      runtime.publish(models.Facility, id);
      return updated;
    });
  }
  return {
    KRW: KRWScalar,
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Query: {
      facility: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.facility.load(unwrap(checkId(args.id))),
      facilities: async (_: unknown, args: { first?: number; after?: string; type?: FacilityType; district?: string }) => {
        const filter: FilterQuery<FacilityDoc> = {};
        if (args.type) filter.type = args.type;
        if (args.district) filter.district = args.district;
        return paginate(models.Facility, filter, unwrap(checkPage(args)));
      },
    },
    Mutation: {
      registerFacility: async (_: unknown, args: { input: RegisterFacilityInput }) => {
        const f = unwrap(validateFacility(args.input));
        if (await models.Facility.exists({ _id: f.id })) throw conflict(`facility "${f.id}" is already registered`, { id: f.id });
        if (!(await models.KnownAgency.exists({ _id: f.operatorId }))) throw notFound('Agency', f.operatorId);
        if (!(await models.KnownDistrict.exists({ _id: f.district }))) throw notFound('District', f.district);
        const event = outbox.entry(PUBLISHES.FacilityRegistered, {
          facilityId: f.id,
          name: f.name,
          type: f.type,
          centreModel: f.centreModel,
          operationMode: f.operationMode,
          operatorId: f.operatorId,
          district: f.district,
          status: f.status,
          openedOn: f.openedOn,
        });
        const { id, ...fields } = f;
        const doc = await models.Facility.create({
          _id: id,
          ...fields,
          entrustmentStart: null,
          entrustmentEnd: null,
          endedOn: null,
          registeredAt: new Date(),
          _outbox: [event],
        });
        runtime.publish(models.Facility, id);
        return doc.toObject();
      },
      entrustFacility: (_: unknown, args: { input: EntrustInput }) => {
        const e = unwrap(validateEntrustment(args.input));
        return step(e.id, 'entrust', { entrustmentStart: e.entrustmentStart, entrustmentEnd: e.entrustmentEnd }, (f) =>
          outbox.entry(PUBLISHES.FacilityEntrustmentStarted, {
            facilityId: f._id,
            agencyId: f.operatorId,
            entrustmentStart: e.entrustmentStart,
            entrustmentEnd: e.entrustmentEnd,
            authorisedStaff: e.authorisedStaff,
          }),
        );
      },
      openFacility: (_: unknown, args: { id: string; openedOn: string }) => {
        const openedOn = unwrap(checkDate(args.openedOn, 'openedOn'));
        return step(args.id, 'open', { openedOn, openedOnPrecision: 'DAY' }, (f) => {
          if (f.entrustmentStart && openedOn < f.entrustmentStart)
            throw badInput('a facility opens within its entrustment period', 'openedOn');
          return outbox.entry(PUBLISHES.FacilityOpened, { facilityId: f._id, agencyId: f.operatorId, openedOn });
        });
      },
      endFacilityEntrustment: (_: unknown, args: { id: string; endedOn: string; reason: string }) => {
        const endedOn = unwrap(checkDate(args.endedOn, 'endedOn'));
        const reason = unwrap(checkText(args.reason, 'reason', 500));
        return step(args.id, 'end', { endedOn }, (f) => {
          if (f.entrustmentStart && endedOn < f.entrustmentStart)
            throw badInput('endedOn must not be before the entrustment start', 'endedOn');
          return outbox.entry(PUBLISHES.FacilityEntrustmentEnded, { facilityId: f._id, agencyId: f.operatorId, endedOn, reason });
        });
      },
    },
    Facility: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.facility.load(ref.id),
      id: (f: FacilityDoc) => f._id,
      operator: (f: FacilityDoc) => ({ id: f.operatorId }),
      district: (f: FacilityDoc) => ({ name: f.district }),
    },
  };
}
