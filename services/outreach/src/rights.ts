/**
 * 인권상담 (human-rights counselling, seed 003 P14/P15, L3283–3450): cases from staff of the
 * agency, its facilities and private providers. Status RECEIVED → COUNSELLING → RESOLVED | REFERRED
 * (사례 이관 to an outside body, L3333) | ESCALATED (serious cases to governance's 인권경영위원회,
 * L3379–3380); a serious case may be escalated straight from RECEIVED.
 *
 * Confidential (anonymity, victim protection, minimal sharing, L3449–3450): every field except the
 * opaque id and the status is visible only to callers with the `rights-counsellor` role (admin holds
 * every role). Other callers, anonymous ones included, get the case with those fields null — the
 * query answers, but with nothing but id and status. Lists filter only by status, so a filter cannot
 * reveal a hidden field. The escalation event carries the opaque id, the agency and the date only.
 */
import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import {
  aggregateSchema,
  all,
  badInput,
  checkDate,
  checkId,
  checkPage,
  err,
  hasRole,
  insertAggregate,
  invalidTransition,
  notFound,
  ok,
  paginate,
  unwrap,
  withDocument,
  type Caller,
  type Result,
  type SubgraphContext,
} from '@pass-graph/platform';
import type DataLoader from 'dataloader';
import type { Connection, FilterQuery } from 'mongoose';
import { checkNoPii } from './domain';

export const RIGHTS_STATUSES = ['RECEIVED', 'COUNSELLING', 'RESOLVED', 'REFERRED', 'ESCALATED'] as const;
export type RightsStatus = (typeof RIGHTS_STATUSES)[number];
export type RightsChannel = 'ONLINE' | 'HOTLINE' | 'IN_PERSON';
export type ComplainantType = 'HQ_STAFF' | 'FACILITY_STAFF' | 'PROVIDER_STAFF';
export type RightsCategory = 'WORKPLACE_HARASSMENT' | 'VERBAL_ABUSE' | 'SEXUAL_HARASSMENT' | 'DISCRIMINATION' | 'LABOUR_RIGHTS' | 'OTHER';

export const RIGHTS_TRANSITIONS: Readonly<Record<RightsStatus, readonly RightsStatus[]>> = {
  RECEIVED: ['COUNSELLING', 'ESCALATED'],
  COUNSELLING: ['RESOLVED', 'REFERRED', 'ESCALATED'],
  RESOLVED: [],
  REFERRED: [],
  ESCALATED: [],
};

/** Opaque: nothing in the id may say who or what the case is about. */
const OPAQUE_ID = /^HRC-[A-Z0-9]{6,20}$/;

export interface HumanRightsCaseDoc {
  _id: string;
  status: RightsStatus;
  agencyId: string;
  channel: RightsChannel;
  complainantType: ComplainantType;
  category: RightsCategory;
  /** 상담위원 (counsellor), a pseudonym. */
  counsellorId: string;
  receivedOn: string;
  counsellingStartedOn: string | null;
  closedOn: string | null;
  /** 이관 기관 (e.g. 전라북도 인권담당관실) for a REFERRED case. */
  referredTo: string | null;
}

/** What a caller may see of a case: id and status always, the rest only as a rights counsellor. */
export type VisibleRightsCase = Pick<HumanRightsCaseDoc, '_id' | 'status'> & {
  [K in Exclude<keyof HumanRightsCaseDoc, '_id' | 'status'>]: HumanRightsCaseDoc[K] | null;
};

export const canSeeRightsCases = (caller: Caller): boolean => hasRole(caller, 'rights-counsellor');

export function visibleRightsCase(c: HumanRightsCaseDoc, caller: Caller): VisibleRightsCase {
  if (canSeeRightsCases(caller)) return c;
  return {
    _id: c._id,
    status: c.status,
    agencyId: null,
    channel: null,
    complainantType: null,
    category: null,
    counsellorId: null,
    receivedOn: null,
    counsellingStartedOn: null,
    closedOn: null,
    referredTo: null,
  };
}

// ---------------------------------------------------------------- rules

export interface OpenRightsCaseInput {
  id: string;
  agencyId: string;
  channel: RightsChannel;
  complainantType: ComplainantType;
  category: RightsCategory;
  counsellorId: string;
  receivedOn: string;
}

export function validateRightsCase(input: OpenRightsCaseInput): Result<HumanRightsCaseDoc> {
  if (!OPAQUE_ID.test(input.id)) return err(badInput('id must be opaque: HRC- and 6–20 capitals or digits', 'id'));
  const v = all({
    agencyId: checkId(input.agencyId, 'agencyId'),
    counsellorId: checkId(input.counsellorId, 'counsellorId'),
    receivedOn: checkDate(input.receivedOn, 'receivedOn'),
  });
  if (!v.ok) return v;
  return ok({
    _id: input.id,
    status: 'RECEIVED',
    ...v.value,
    channel: input.channel,
    complainantType: input.complainantType,
    category: input.category,
    counsellingStartedOn: null,
    closedOn: null,
    referredTo: null,
  });
}

export function planRightsStep(
  c: HumanRightsCaseDoc,
  input: { to: RightsStatus; on: string; referredTo?: string | null },
): Result<Partial<HumanRightsCaseDoc>> {
  const on = checkDate(input.on, 'on');
  if (!on.ok) return on;
  if (!RIGHTS_TRANSITIONS[c.status].includes(input.to)) return err(invalidTransition('HumanRightsCase', c._id, c.status, input.to));
  const last = c.counsellingStartedOn ?? c.receivedOn;
  if (on.value < last) return err(badInput(`on must not be before ${last}`, 'on'));
  if (input.to === 'REFERRED') {
    if (input.referredTo == null) return err(badInput('a referred case names the body it went to', 'referredTo'));
    const to = checkNoPii(input.referredTo, 'referredTo', 100);
    if (!to.ok) return to;
    return ok({ status: 'REFERRED', closedOn: on.value, referredTo: to.value });
  }
  if (input.referredTo != null) return err(badInput('referredTo is only for REFERRED', 'referredTo'));
  if (input.to === 'COUNSELLING') return ok({ status: 'COUNSELLING', counsellingStartedOn: on.value });
  return ok({ status: input.to, closedOn: on.value });
}

/** No personal data: the opaque id, the agency (whose committee takes it) and the date. */
export const humanRightsCaseEscalated = (c: HumanRightsCaseDoc, escalatedOn: string) => ({
  caseId: c._id,
  agencyId: c.agencyId,
  escalatedTo: 'HUMAN_RIGHTS_MANAGEMENT_COMMITTEE' as const,
  escalatedOn,
});

// ---------------------------------------------------------------- data access

export function createRightsModels(db: Connection) {
  const str = { type: String, required: true };
  const nullable = { type: String, default: null };
  const schema = aggregateSchema<HumanRightsCaseDoc>('human_rights_cases', {
    status: str,
    agencyId: str,
    channel: str,
    complainantType: str,
    category: str,
    counsellorId: str,
    receivedOn: str,
    counsellingStartedOn: nullable,
    closedOn: nullable,
    referredTo: nullable,
  });
  schema.index({ status: 1 });
  return { HumanRightsCase: db.model<HumanRightsCaseDoc>('HumanRightsCase', schema) };
}
export type RightsModels = ReturnType<typeof createRightsModels>;

// ---------------------------------------------------------------- graph

interface RightsLoaders {
  humanRightsCase: DataLoader<string, HumanRightsCaseDoc | null>;
}

export function rightsResolvers<L extends RightsLoaders>(models: RightsModels, runtime: Runtime) {
  type Ctx = SubgraphContext<L>;
  const { outbox, publish } = runtime;
  const shown = (ctx: Ctx) => (c: HumanRightsCaseDoc | null) => (c ? visibleRightsCase(c, ctx.caller) : null);

  return {
    Query: {
      humanRightsCase: (_: unknown, args: { id: string }, ctx: Ctx) =>
        ctx.loaders.humanRightsCase.load(unwrap(checkId(args.id))).then(shown(ctx)),
      humanRightsCases: async (_: unknown, args: { first?: number; after?: string; status?: RightsStatus | null }, ctx: Ctx) => {
        const filter: FilterQuery<HumanRightsCaseDoc> = args.status ? { status: args.status } : {};
        const page = await paginate(models.HumanRightsCase, filter, unwrap(checkPage(args)));
        const see = shown(ctx);
        return {
          ...page,
          nodes: page.nodes.map((n) => see(n)),
          edges: page.edges.map((e) => ({ cursor: e.cursor, node: see(e.node) })),
        };
      },
    },
    Mutation: {
      // Callable anonymously for now (roles on mutations come with the gateway's identity); the answer is masked all the same.
      openHumanRightsCase: async (_: unknown, args: { input: OpenRightsCaseInput }, ctx: Ctx) => {
        const c = unwrap(validateRightsCase(args.input));
        return shown(ctx)(await insertAggregate(models.HumanRightsCase, c, [], publish, 'human-rights case'));
      },
      recordHumanRightsCaseStep: (
        _: unknown,
        args: { input: { caseId: string; to: RightsStatus; on: string; referredTo?: string | null } },
        ctx: Ctx,
      ) => {
        const id = unwrap(checkId(args.input.caseId, 'caseId'));
        return withDocument(models.HumanRightsCase, id, async () => {
          const c = await ctx.loaders.humanRightsCase.clear(id).load(id);
          if (!c) throw notFound('HumanRightsCase', id);
          const fields = unwrap(planRightsStep(c, args.input));
          const events =
            fields.status === 'ESCALATED'
              ? [outbox.entry(EventTypes.HumanRightsCaseEscalated, humanRightsCaseEscalated(c, args.input.on))]
              : [];
          const updated = await models.HumanRightsCase.findOneAndUpdate(
            { _id: id, status: c.status },
            events.length > 0 ? { $set: fields, $push: outbox.push(...events) } : { $set: fields },
            { new: true },
          )
            .lean<HumanRightsCaseDoc>()
            .exec();
          if (!updated) throw invalidTransition('HumanRightsCase', id, c.status, args.input.to);
          ctx.loaders.humanRightsCase.clear(id).prime(id, updated);
          publish(models.HumanRightsCase, id);
          return shown(ctx)(updated);
        });
      },
    },
    HumanRightsCase: {
      id: (c: VisibleRightsCase) => c._id,
    },
  };
}
