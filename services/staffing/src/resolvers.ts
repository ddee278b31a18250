import {
  badInput,
  checkId,
  checkPage,
  checkText,
  conflict,
  DateScalar,
  DateTimeScalar,
  pageOfLoaded,
  invalidTransition,
  KRWScalar,
  notFound,
  paginate,
  trusted,
  unwrap,
  withDocument,
  all,
  checkDate,
  checkEnum,
  type OutboxEntry,
  type PageArgs,
  type ServiceRuntime,
  type SubgraphContext,
} from '@pass-graph/platform';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { FilterQuery } from 'mongoose';
import {
  canTransition,
  headcount,
  overlaps,
  TRANSITIONS,
  validateAlias,
  validateDispatchRequest,
  validateHeadcountPlan,
  type DispatchAction,
  type DispatchStatus,
  type EmploymentForm,
  type JobType,
  type RequestDispatchInput,
  type SubstituteJobType,
} from './domain';
import { PUBLISHES } from './events';
import type { Loaders } from './loaders';
import type { EmployeeDoc, Models, SubstituteDispatchDoc, SubstituteWorkerDoc } from './models';

type Ctx = SubgraphContext<Loaders>;

export function createResolvers(models: Models, runtime: ServiceRuntime): GraphQLResolverMap<Ctx> {
  const { outbox } = runtime;
  const { SubstituteDispatch, SubstituteWorker, Employee, HeadcountPlan, KnownFacility } = models;

  /** Applies one lifecycle step with the state guard in the filter: concurrent steps cannot both win. */
  async function transition(
    id: string,
    action: DispatchAction,
    set: Partial<SubstituteDispatchDoc>,
    event: (d: SubstituteDispatchDoc) => OutboxEntry,
  ): Promise<SubstituteDispatchDoc> {
    const dispatchId = unwrap(checkId(id));
    // Read, check and write under the document's lock (FerretDB v1 does not isolate concurrent updates);
    // the status guard in the filter still protects against other writers on MongoDB.
    return withDocument(SubstituteDispatch, dispatchId, async () => {
      const current = await SubstituteDispatch.findById(dispatchId).lean();
      if (!current) throw notFound('SubstituteDispatch', dispatchId);
      const { to } = TRANSITIONS[action];
      if (!canTransition(current.status, action)) throw invalidTransition('SubstituteDispatch', dispatchId, current.status, to);
      const next = { ...current, ...set, status: to };
      const updated = await SubstituteDispatch.findOneAndUpdate(
        { _id: dispatchId, status: current.status },
        { $set: { ...set, status: to }, $push: outbox.push(event(next)) },
        { new: true },
      ).lean();
      if (!updated) throw conflict(`SubstituteDispatch "${dispatchId}" was changed concurrently; reload and retry`, { id: dispatchId });
      runtime.publish(SubstituteDispatch, dispatchId);
      return updated;
    });
  }

  return {
    KRW: KRWScalar,
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Query: {
      substituteDispatch: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.dispatch.load(unwrap(checkId(args.id))),
      substituteDispatches: (_: unknown, args: PageArgs & { status?: DispatchStatus; facilityId?: string }) => {
        const filter: FilterQuery<SubstituteDispatchDoc> = {};
        if (args.status) filter.status = args.status;
        if (args.facilityId) filter.facilityId = unwrap(checkId(args.facilityId, 'facilityId'));
        return paginate(SubstituteDispatch, filter, unwrap(checkPage(args)));
      },
      substituteWorker: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.worker.load(unwrap(checkId(args.id))),
      substituteWorkers: (_: unknown, args: PageArgs) => paginate(SubstituteWorker, {}, unwrap(checkPage(args))),
      employees: (_: unknown, args: PageArgs & { facilityId?: string }) =>
        paginate(Employee, args.facilityId ? { facilityId: unwrap(checkId(args.facilityId, 'facilityId')) } : {}, unwrap(checkPage(args))),
    },
    Mutation: {
      setHeadcountPlan: async (_: unknown, args: { input: { facilityId: string; year: number; authorized: number } }) => {
        const p = unwrap(validateHeadcountPlan(args.input));
        if (!(await KnownFacility.exists({ _id: p.facilityId }))) throw notFound('Facility', p.facilityId);
        const _id = `${p.facilityId}:${p.year}`;
        return withDocument(HeadcountPlan, _id, async () => {
          const existing = await HeadcountPlan.findById(_id).lean();
          if (existing && existing.authorized === p.authorized) return existing; // unchanged: no event
          await HeadcountPlan.updateOne(
            { _id },
            {
              $set: { facilityId: p.facilityId, year: p.year, authorized: p.authorized },
              $push: outbox.push(outbox.entry(PUBLISHES.HeadcountPlanSet, p)),
            },
            { upsert: true },
          );
          runtime.publish(HeadcountPlan, _id);
          return { _id, ...p };
        });
      },
      hireEmployee: async (
        _: unknown,
        args: {
          input: { id: string; alias: string; facilityId: string; jobType: JobType; employmentForm: EmploymentForm; hiredOn: string };
        },
      ) => {
        const e = unwrap(
          all({
            id: checkId(args.input.id),
            alias: validateAlias(args.input.alias),
            facilityId: checkId(args.input.facilityId, 'facilityId'),
            hiredOn: checkDate(args.input.hiredOn, 'hiredOn'),
          }),
        );
        if (await Employee.exists({ _id: e.id })) throw conflict(`employee "${e.id}" already exists`, { id: e.id });
        if (!(await KnownFacility.exists({ _id: e.facilityId }))) throw notFound('Facility', e.facilityId);
        const event = outbox.entry(PUBLISHES.EmployeeHired, {
          employeeId: e.id,
          facilityId: e.facilityId,
          jobType: args.input.jobType,
          employmentForm: args.input.employmentForm,
          hiredOn: e.hiredOn,
        });
        const doc = await Employee.create({
          _id: e.id,
          alias: e.alias,
          facilityId: e.facilityId,
          jobType: args.input.jobType,
          employmentForm: args.input.employmentForm,
          hiredOn: e.hiredOn,
          status: 'ACTIVE',
          _outbox: [event],
        });
        runtime.publish(Employee, e.id);
        return doc.toObject();
      },
      registerSubstituteWorker: async (
        _: unknown,
        args: { input: { id: string; alias: string; jobType: SubstituteJobType; residenceDistrict: string } },
      ) => {
        const w = unwrap(
          all({
            id: checkId(args.input.id),
            alias: validateAlias(args.input.alias),
            residenceDistrict: checkText(args.input.residenceDistrict, 'residenceDistrict', 20),
            jobType: checkEnum(args.input.jobType, ['CARE', 'COOK'] as const, 'jobType'),
          }),
        );
        if (await SubstituteWorker.exists({ _id: w.id })) throw conflict(`substitute worker "${w.id}" already exists`, { id: w.id });
        const event = outbox.entry(PUBLISHES.SubstituteWorkerRegistered, {
          workerId: w.id,
          jobType: w.jobType,
          residenceDistrict: w.residenceDistrict,
        });
        const doc = await SubstituteWorker.create({
          _id: w.id,
          alias: w.alias,
          jobType: w.jobType,
          residenceDistrict: w.residenceDistrict,
          _outbox: [event],
        });
        runtime.publish(SubstituteWorker, w.id);
        return doc.toObject();
      },
      requestSubstituteDispatch: async (_: unknown, args: { input: RequestDispatchInput }) => {
        const r = unwrap(validateDispatchRequest(args.input));
        const facility = await KnownFacility.findById(r.facilityId).lean();
        if (!facility) throw notFound('Facility', r.facilityId);
        if (await SubstituteDispatch.exists({ _id: r.id })) throw conflict(`dispatch "${r.id}" already exists`, { id: r.id });
        const event = outbox.entry(PUBLISHES.SubstituteDispatchRequested, {
          dispatchId: r.id,
          facilityId: r.facilityId,
          agencyId: facility.data.operatorId,
          reason: r.reason,
          jobType: r.jobType,
          startDate: r.startDate,
          endDate: r.endDate,
          days: r.days,
          dailyRateKRW: r.dailyRate,
          costKRW: r.cost,
        });
        const doc = await SubstituteDispatch.create({
          _id: r.id,
          facilityId: r.facilityId,
          agencyId: facility.data.operatorId,
          reason: r.reason,
          jobType: r.jobType,
          startDate: r.startDate,
          endDate: r.endDate,
          days: r.days,
          dailyRate: r.dailyRate,
          cost: r.cost,
          status: 'REQUESTED',
          requestedAt: new Date(),
          _outbox: [event],
        });
        runtime.publish(SubstituteDispatch, r.id);
        return doc.toObject();
      },
      matchSubstituteDispatch: async (_: unknown, args: { id: string; workerId: string }) => {
        const workerId = unwrap(checkId(args.workerId, 'workerId'));
        const [dispatch, worker] = await Promise.all([
          SubstituteDispatch.findById(unwrap(checkId(args.id))).lean(),
          SubstituteWorker.findById(workerId).lean(),
        ]);
        if (!dispatch) throw notFound('SubstituteDispatch', args.id);
        if (!worker) throw notFound('SubstituteWorker', workerId);
        if (worker.jobType !== dispatch.jobType)
          throw badInput(`worker "${workerId}" is ${worker.jobType}, the request needs ${dispatch.jobType}`, 'workerId');
        // The worker's lock: two requests cannot both book the same worker for overlapping periods.
        return withDocument(SubstituteWorker, workerId, async () => {
          const busy = await SubstituteDispatch.find({ workerId, status: trusted({ $in: ['MATCHED', 'DISPATCHED'] }) }).lean();
          const clash = busy.find((b) => b._id !== dispatch._id && overlaps(b, dispatch));
          if (clash) throw conflict(`worker "${workerId}" is already matched to "${clash._id}" in that period`, { clash: clash._id });
          return transition(args.id, 'match', { workerId, matchedAt: new Date() }, (d) =>
            outbox.entry(PUBLISHES.SubstituteDispatchMatched, { dispatchId: d._id, facilityId: d.facilityId, workerId }),
          );
        });
      },
      startSubstituteDispatch: (_: unknown, args: { id: string }) =>
        transition(args.id, 'start', { dispatchedAt: new Date() }, (d) =>
          outbox.entry(PUBLISHES.SubstituteDispatchStarted, { dispatchId: d._id, facilityId: d.facilityId, workerId: d.workerId ?? '' }),
        ),
      completeSubstituteDispatch: (_: unknown, args: { id: string }) => {
        const completedAt = new Date();
        return transition(args.id, 'complete', { completedAt }, (d) =>
          outbox.entry(PUBLISHES.SubstituteDispatchCompleted, {
            dispatchId: d._id,
            facilityId: d.facilityId,
            agencyId: d.agencyId,
            workerId: d.workerId ?? '',
            startDate: d.startDate,
            endDate: d.endDate,
            days: d.days,
            dailyRateKRW: d.dailyRate,
            costKRW: d.cost,
            completedAt: completedAt.toISOString(),
          }),
        );
      },
      cancelSubstituteDispatch: (_: unknown, args: { id: string; reason: string }) => {
        const reason = unwrap(checkText(args.reason, 'reason', 500));
        return transition(args.id, 'cancel', { cancelledAt: new Date(), cancelReason: reason }, (d) =>
          outbox.entry(PUBLISHES.SubstituteDispatchCancelled, { dispatchId: d._id, facilityId: d.facilityId, reason }),
        );
      },
    },
    Facility: {
      headcount: async (f: { id: string }, args: { year?: number | null }, ctx: Ctx) => {
        const [plans, actual] = await Promise.all([ctx.loaders.plansByFacility.load(f.id), ctx.loaders.activeHeadcount.load(f.id)]);
        const plan = args.year == null ? plans[0] : plans.find((p) => p.year === args.year);
        return plan ? headcount(plan.year, plan.authorized, actual) : null;
      },
      substituteDispatches: async (f: { id: string }, args: PageArgs & { status?: DispatchStatus }, ctx: Ctx) => {
        const all = await ctx.loaders.dispatchesByFacility.load(f.id);
        return pageOfLoaded(args.status ? all.filter((d) => d.status === args.status) : all, args);
      },
    },
    HeadcountPlan: {
      facility: (p: { facilityId: string }) => ({ id: p.facilityId }),
    },
    Employee: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.employee.load(ref.id),
      id: (e: EmployeeDoc) => e._id,
      facility: (e: EmployeeDoc) => ({ id: e.facilityId }),
    },
    SubstituteWorker: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.worker.load(ref.id),
      id: (w: SubstituteWorkerDoc) => w._id,
    },
    SubstituteDispatch: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.dispatch.load(ref.id),
      id: (d: SubstituteDispatchDoc) => d._id,
      facility: (d: SubstituteDispatchDoc) => ({ id: d.facilityId }),
      worker: (d: SubstituteDispatchDoc, _: unknown, ctx: Ctx) => (d.workerId ? ctx.loaders.worker.load(d.workerId) : null),
    },
  };
}
