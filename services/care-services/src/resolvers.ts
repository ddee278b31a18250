import {
  checkPage,
  DateScalar,
  DateTimeScalar,
  KRWScalar,
  paginate,
  unwrap,
  checkId,
  conflict,
  notFound,
  type ServiceRuntime,
  type SubgraphContext,
} from '@pass-graph/platform';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { FilterQuery } from 'mongoose';
import { validateFacility, type FacilityType, type RegisterFacilityInput } from './domain';
import { PUBLISHES } from './events';
import type { Loaders } from './loaders';
import type { FacilityDoc, Models } from './models';

type Ctx = SubgraphContext<Loaders>;

export function createResolvers(models: Models, runtime: ServiceRuntime): GraphQLResolverMap<Ctx> {
  const { outbox } = runtime;
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
        const doc = await models.Facility.create({ _id: id, ...fields, registeredAt: new Date(), _outbox: [event] });
        runtime.publish(models.Facility, id);
        return doc.toObject();
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
