/**
 * OrgUnit (조직): the tree of 본부/실/팀/센터 of an agency. Its own module: schema fragment
 * types, rules, model, and the resolvers merged into the service's map.
 */
import type { EventTypes } from '@pass-graph/contracts';
import type { Runtime } from './contract';
import {
  all,
  badInput,
  checkEnum,
  checkId,
  checkText,
  err,
  insertAggregate,
  notFound,
  ok,
  outboxPlugin,
  unwrap,
  type Result,
  type SubgraphContext,
} from '@pass-graph/platform';
import type DataLoader from 'dataloader';
import { Schema, type Connection } from 'mongoose';

export const ORG_UNIT_KINDS = ['HEADQUARTERS', 'OFFICE', 'TEAM', 'CENTRE'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export interface OrgUnitDoc {
  _id: string;
  agencyId: string;
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
  registeredAt: Date;
}

export interface RegisterOrgUnitInput {
  id: string;
  agencyId: string;
  name: string;
  kind: OrgUnitKind;
  parentId?: string | null;
}

/** A HEADQUARTERS is a root; every other unit hangs under a unit of the same agency. */
export function validateOrgUnit(input: RegisterOrgUnitInput): Result<Omit<OrgUnitDoc, '_id' | 'registeredAt'> & { id: string }> {
  const v = all({
    id: checkId(input.id),
    agencyId: checkId(input.agencyId, 'agencyId'),
    name: checkText(input.name, 'name', 60),
    kind: checkEnum(input.kind, ORG_UNIT_KINDS, 'kind'),
    parentId: input.parentId == null ? ok(null) : checkId(input.parentId, 'parentId'),
  });
  if (!v.ok) return v;
  if (v.value.kind === 'HEADQUARTERS' && v.value.parentId !== null) return err(badInput('a HEADQUARTERS unit has no parent', 'parentId'));
  if (v.value.kind !== 'HEADQUARTERS' && v.value.parentId === null)
    return err(badInput('only a HEADQUARTERS unit may have no parent', 'parentId'));
  return v;
}

export const orgUnitRegistered = (u: Omit<OrgUnitDoc, 'registeredAt'>) => ({
  orgUnitId: u._id,
  agencyId: u.agencyId,
  name: u.name,
  kind: u.kind,
  parentId: u.parentId,
});

export function createOrgUnitModel(db: Connection) {
  const schema = new Schema<OrgUnitDoc>(
    {
      _id: { type: String, required: true },
      agencyId: { type: String, required: true },
      name: { type: String, required: true },
      kind: { type: String, required: true },
      parentId: { type: String, default: null },
      registeredAt: { type: Date, required: true },
    },
    { collection: 'org_units', versionKey: false },
  );
  schema.index({ agencyId: 1, _id: 1 });
  schema.plugin(outboxPlugin);
  return db.model<OrgUnitDoc>('OrgUnit', schema);
}
export type OrgUnitModel = ReturnType<typeof createOrgUnitModel>;

interface OrgUnitLoaders {
  agency: DataLoader<string, unknown>;
  orgUnit: DataLoader<string, OrgUnitDoc | null>;
  orgUnitsByAgency: DataLoader<string, OrgUnitDoc[]>;
}

export function orgUnitResolvers<L extends OrgUnitLoaders>(
  model: OrgUnitModel,
  runtime: Runtime,
  eventType: typeof EventTypes.OrgUnitRegistered,
) {
  type Ctx = SubgraphContext<L>;
  return {
    Query: {
      orgUnit: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.orgUnit.load(unwrap(checkId(args.id))),
      orgUnits: (_: unknown, args: { agencyId: string }, ctx: Ctx) =>
        ctx.loaders.orgUnitsByAgency.load(unwrap(checkId(args.agencyId, 'agencyId'))),
    },
    Mutation: {
      registerOrgUnit: async (_: unknown, args: { input: RegisterOrgUnitInput }, ctx: Ctx) => {
        const u = unwrap(validateOrgUnit(args.input));
        if (!(await ctx.loaders.agency.load(u.agencyId))) throw notFound('Agency', u.agencyId);
        if (u.parentId !== null) {
          const parent = await model.findById(u.parentId).lean();
          if (!parent) throw notFound('OrgUnit', u.parentId);
          if (parent.agencyId !== u.agencyId) throw badInput(`parent "${u.parentId}" belongs to another agency`, 'parentId');
        }
        const doc = { _id: u.id, agencyId: u.agencyId, name: u.name, kind: u.kind, parentId: u.parentId };
        return insertAggregate(
          model,
          { ...doc, registeredAt: new Date() },
          [runtime.outbox.entry(eventType, orgUnitRegistered(doc))],
          runtime.publish,
          'org unit',
        );
      },
    },
    OrgUnit: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.orgUnit.load(ref.id),
      id: (u: OrgUnitDoc) => u._id,
      agency: (u: OrgUnitDoc, _: unknown, ctx: Ctx) => ctx.loaders.agency.load(u.agencyId),
      parent: (u: OrgUnitDoc, _: unknown, ctx: Ctx) => (u.parentId ? ctx.loaders.orgUnit.load(u.parentId) : null),
      children: async (u: OrgUnitDoc, _: unknown, ctx: Ctx) =>
        (await ctx.loaders.orgUnitsByAgency.load(u.agencyId)).filter((c) => c.parentId === u._id),
    },
  };
}
