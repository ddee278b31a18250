/**
 * Oversight: regulations (규정·운영규칙) with their versions, audits (감사) with findings, and
 * outsourcing contracts (민간위탁) with their rounds and the council's consent.
 *
 * Rules: an enactment or amendment may cite only an adopted resolution of the same agency; versions
 * follow each other in time. A finding belongs to an open audit. An outsourcing round needs the
 * council's consent (동의) when it is the first outsourcing, or a renewal/re-entrustment starting more
 * than six years after the last consent; otherwise a report (보고) to the standing committee suffices
 * (seed 001 L90–94).
 */
import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import {
  addMonths,
  all,
  badInput,
  checkDate,
  checkEnum,
  checkId,
  checkInt,
  checkText,
  conflict,
  err,
  insertAggregate,
  invalidTransition,
  notFound,
  ok,
  aggregateSchema,
  unwrap,
  withDocument,
  type Result,
} from '@pass-graph/platform';
import { Schema, type Connection, type Model } from 'mongoose';
import type { ResolutionDoc } from './committees';

export const REGULATION_TIERS = ['AGENCY_REGULATION', 'FACILITY_RULE'] as const;
export const AUDIT_KINDS = ['CONTINUOUS', 'REGULAR', 'SPECIAL'] as const;
export const AUDIT_SCOPES = ['NEGLECT_OF_DUTY', 'NEGLIGENCE', 'IMPROPER_EXECUTION'] as const;
export const ROUND_KINDS = ['DESIGNATION', 'RENEWAL', 'REENTRUSTMENT'] as const;
type RoundKind = (typeof ROUND_KINDS)[number];

export interface RegulationVersion {
  version: number;
  change: 'ENACTED' | 'AMENDED';
  effectiveOn: string;
  resolutionId: string | null;
  summary: string;
}

export interface RegulationDoc {
  _id: string;
  agencyId: string;
  tier: (typeof REGULATION_TIERS)[number];
  facilityId: string | null;
  title: string;
  versions: RegulationVersion[];
}

export interface AuditFinding {
  id: string;
  raisedOn: string;
  scope: (typeof AUDIT_SCOPES)[number];
  summary: string;
}

export interface AuditDoc {
  _id: string;
  agencyId: string;
  kind: (typeof AUDIT_KINDS)[number];
  startedOn: string;
  closedOn: string | null;
  findings: AuditFinding[];
}

export interface ContractRound {
  round: number;
  kind: RoundKind;
  startOn: string;
  endOn: string;
  contractor: string;
}

export interface ConsentDoc {
  billNo: string;
  submittedOn: string;
  referredOn: string | null;
  reviewedOn: string | null;
  consentedOn: string | null;
}

export interface OutsourcingContractDoc {
  _id: string;
  principal: string;
  affair: string;
  contractorType: string;
  budgetThousandKRW: number;
  fundingShares: { source: string; percent: number }[];
  rounds: ContractRound[];
  consents: ConsentDoc[];
}

// ---------------------------------------------------------------- rules

/**
 * Does a round starting on `startOn` need the council's consent, or only a report? The first
 * outsourcing does; after that, the first renewal or re-entrustment more than six years after the
 * last consent (or, with none on record, after the first round began) does (001 L90–94).
 */
export function consentRequired(rounds: ContractRound[], consents: ConsentDoc[], next: { kind: RoundKind; startOn: string }): boolean {
  const first = rounds[0];
  if (!first) return next.kind !== 'DESIGNATION';
  const anchor =
    consents
      .map((c) => c.consentedOn)
      .filter((d): d is string => d !== null)
      .sort()
      .pop() ?? first.startOn;
  return next.startOn > addMonths(anchor, 72);
}

export function checkNextRound(rounds: ContractRound[], next: ContractRound): Result<ContractRound> {
  const last = rounds[rounds.length - 1];
  if (next.endOn <= next.startOn) return err(badInput('a round ends after it starts', 'endOn'));
  if (!last)
    return next.kind === 'DESIGNATION' || next.kind === 'REENTRUSTMENT'
      ? ok(next)
      : err(badInput('the first round is a designation or an entrustment', 'kind'));
  if (next.round !== last.round + 1) return err(badInput(`the next round is ${last.round + 1}`, 'round'));
  if (next.startOn <= last.endOn)
    return err(badInput(`round ${next.round} starts after round ${last.round} ends (${last.endOn})`, 'startOn'));
  if (next.kind === 'RENEWAL' && next.contractor !== last.contractor)
    return err(badInput('a renewal (재계약) keeps the contractor; a new one is a re-entrustment', 'kind'));
  return ok(next);
}

export function checkShares(shares: { source: string; percent: number }[]): Result<typeof shares> {
  if (shares.length === 0) return ok(shares);
  if (shares.some((s) => !Number.isInteger(s.percent) || s.percent <= 0))
    return err(badInput('shares are positive whole percents', 'fundingShares'));
  const total = shares.reduce((sum, s) => sum + s.percent, 0);
  return total === 100 ? ok(shares) : err(badInput(`funding shares add up to ${total}%, not 100%`, 'fundingShares'));
}

// ---------------------------------------------------------------- data access

export function createOversightModels(db: Connection) {
  const str = { type: String, required: true };
  const optStr = { type: String, default: null };
  const mixed = { type: [Schema.Types.Mixed], default: [] };
  return {
    Regulation: db.model<RegulationDoc>(
      'Regulation',
      aggregateSchema<RegulationDoc>(
        'regulations',
        { agencyId: str, tier: str, facilityId: optStr, title: str, versions: mixed },
        { indexes: [{ agencyId: 1, _id: 1 }] },
      ),
    ),
    Audit: db.model<AuditDoc>(
      'Audit',
      aggregateSchema<AuditDoc>(
        'audits',
        { agencyId: str, kind: str, startedOn: str, closedOn: optStr, findings: mixed },
        { indexes: [{ agencyId: 1, _id: 1 }] },
      ),
    ),
    OutsourcingContract: db.model<OutsourcingContractDoc>(
      'OutsourcingContract',
      aggregateSchema<OutsourcingContractDoc>('outsourcing_contracts', {
        principal: str,
        affair: str,
        contractorType: str,
        budgetThousandKRW: { type: Number, required: true },
        fundingShares: mixed,
        rounds: mixed,
        consents: mixed,
      }),
    ),
  };
}
export type OversightModels = ReturnType<typeof createOversightModels>;

// ---------------------------------------------------------------- graph

export function oversightResolvers(
  models: OversightModels & { Resolution: Model<ResolutionDoc> },
  runtime: Runtime,
  agencyExists: (id: string) => Promise<boolean>,
) {
  const { outbox, publish } = runtime;

  /** A cited resolution must be adopted, by the same agency. */
  const checkResolution = async (resolutionId: string | null, agencyId: string): Promise<void> => {
    if (resolutionId === null) return;
    const r = await models.Resolution.findById(resolutionId).lean();
    if (!r) throw notFound('Resolution', resolutionId);
    if (r.agencyId !== agencyId || r.outcome !== 'ADOPTED')
      throw badInput(`resolution "${resolutionId}" is not an adopted resolution of ${agencyId}`, 'resolutionId');
  };

  const version = (regulation: RegulationDoc, v: RegulationVersion) =>
    outbox.entry(EventTypes.RegulationAmended, {
      regulationId: regulation._id,
      agencyId: regulation.agencyId,
      tier: regulation.tier,
      facilityId: regulation.facilityId,
      version: v.version,
      change: v.change,
      effectiveOn: v.effectiveOn,
      resolutionId: v.resolutionId,
    });

  return {
    Query: {
      regulations: (_: unknown, args: { agencyId: string }) =>
        models.Regulation.find({ agencyId: unwrap(checkId(args.agencyId, 'agencyId')) })
          .sort({ _id: 1 })
          .lean()
          .exec(),
      audits: (_: unknown, args: { agencyId: string }) =>
        models.Audit.find({ agencyId: unwrap(checkId(args.agencyId, 'agencyId')) })
          .sort({ _id: 1 })
          .lean()
          .exec(),
      outsourcingContracts: () => models.OutsourcingContract.find({}).sort({ _id: 1 }).lean().exec(),
    },
    Mutation: {
      enactRegulation: async (
        _: unknown,
        args: {
          input: {
            id: string;
            agencyId: string;
            tier: RegulationDoc['tier'];
            facilityId?: string | null;
            title: string;
            effectiveOn: string;
            resolutionId?: string | null;
            summary: string;
          };
        },
      ) => {
        const i = args.input;
        const v = unwrap(
          all({
            id: checkId(i.id),
            agencyId: checkId(i.agencyId, 'agencyId'),
            tier: checkEnum(i.tier, REGULATION_TIERS, 'tier'),
            facilityId: i.facilityId == null ? ok(null) : checkId(i.facilityId, 'facilityId'),
            title: checkText(i.title, 'title', 100),
            effectiveOn: checkDate(i.effectiveOn, 'effectiveOn'),
            resolutionId: i.resolutionId == null ? ok(null) : checkId(i.resolutionId, 'resolutionId'),
            summary: checkText(i.summary, 'summary', 500),
          }),
        );
        if ((v.tier === 'FACILITY_RULE') !== (v.facilityId !== null))
          throw badInput('a FACILITY_RULE names its facility; an agency regulation does not', 'facilityId');
        if (!(await agencyExists(v.agencyId))) throw notFound('Agency', v.agencyId);
        await checkResolution(v.resolutionId, v.agencyId);
        const first: RegulationVersion = {
          version: 1,
          change: 'ENACTED',
          effectiveOn: v.effectiveOn,
          resolutionId: v.resolutionId,
          summary: v.summary,
        };
        const doc: RegulationDoc = {
          _id: v.id,
          agencyId: v.agencyId,
          tier: v.tier,
          facilityId: v.facilityId,
          title: v.title,
          versions: [first],
        };
        return insertAggregate(models.Regulation, doc, [version(doc, first)], publish, 'regulation');
      },
      amendRegulation: async (_: unknown, args: { id: string; effectiveOn: string; resolutionId?: string | null; summary: string }) => {
        const id = unwrap(checkId(args.id));
        const effectiveOn = unwrap(checkDate(args.effectiveOn, 'effectiveOn'));
        const summary = unwrap(checkText(args.summary, 'summary', 500));
        const resolutionId = args.resolutionId == null ? null : unwrap(checkId(args.resolutionId, 'resolutionId'));
        return withDocument(models.Regulation, id, async () => {
          const r = await models.Regulation.findById(id).lean();
          if (!r) throw notFound('Regulation', id);
          const last = r.versions[r.versions.length - 1] as RegulationVersion;
          if (effectiveOn <= last.effectiveOn)
            throw badInput(`an amendment takes effect after version ${last.version} (${last.effectiveOn})`, 'effectiveOn');
          await checkResolution(resolutionId, r.agencyId);
          const next: RegulationVersion = { version: last.version + 1, change: 'AMENDED', effectiveOn, resolutionId, summary };
          const updated = await models.Regulation.findOneAndUpdate(
            { _id: id },
            { $push: { versions: next, ...outbox.push(version(r, next)) } },
            { new: true },
          ).lean();
          publish(models.Regulation, id);
          return updated;
        });
      },
      openAudit: async (_: unknown, args: { input: { id: string; agencyId: string; kind: AuditDoc['kind']; startedOn: string } }) => {
        const i = args.input;
        const v = unwrap(
          all({
            id: checkId(i.id),
            agencyId: checkId(i.agencyId, 'agencyId'),
            kind: checkEnum(i.kind, AUDIT_KINDS, 'kind'),
            startedOn: checkDate(i.startedOn, 'startedOn'),
          }),
        );
        if (!(await agencyExists(v.agencyId))) throw notFound('Agency', v.agencyId);
        const doc: AuditDoc = { _id: v.id, agencyId: v.agencyId, kind: v.kind, startedOn: v.startedOn, closedOn: null, findings: [] };
        // Opening an audit is not itself published; its findings are.
        return insertAggregate(models.Audit, doc, [], publish, 'audit');
      },
      raiseAuditFinding: async (_: unknown, args: { auditId: string; finding: AuditFinding }) => {
        const auditId = unwrap(checkId(args.auditId, 'auditId'));
        const f = unwrap(
          all({
            id: checkId(args.finding.id, 'finding.id'),
            raisedOn: checkDate(args.finding.raisedOn, 'finding.raisedOn'),
            scope: checkEnum(args.finding.scope, AUDIT_SCOPES, 'finding.scope'),
            summary: checkText(args.finding.summary, 'finding.summary', 500),
          }),
        );
        return withDocument(models.Audit, auditId, async () => {
          const a = await models.Audit.findById(auditId).lean();
          if (!a) throw notFound('Audit', auditId);
          if (a.closedOn !== null) throw invalidTransition('Audit', auditId, 'CLOSED', 'FINDING');
          if (f.raisedOn < a.startedOn) throw badInput('a finding is raised after the audit starts', 'finding.raisedOn');
          if (a.findings.some((x) => x.id === f.id)) throw conflict(`finding "${f.id}" is already raised`, { id: f.id });
          const event = outbox.entry(EventTypes.AuditFindingRaised, {
            auditId,
            agencyId: a.agencyId,
            kind: a.kind,
            findingId: f.id,
            scope: f.scope,
            raisedOn: f.raisedOn,
          });
          const updated = await models.Audit.findOneAndUpdate(
            { _id: auditId },
            { $push: { findings: f, ...outbox.push(event) } },
            { new: true },
          ).lean();
          publish(models.Audit, auditId);
          return updated;
        });
      },
      closeAudit: async (_: unknown, args: { id: string; closedOn: string }) => {
        const id = unwrap(checkId(args.id));
        const closedOn = unwrap(checkDate(args.closedOn, 'closedOn'));
        return withDocument(models.Audit, id, async () => {
          const a = await models.Audit.findById(id).lean();
          if (!a) throw notFound('Audit', id);
          if (a.closedOn !== null) throw invalidTransition('Audit', id, 'CLOSED', 'CLOSED');
          if (closedOn < a.startedOn) throw badInput('an audit closes after it starts', 'closedOn');
          return models.Audit.findOneAndUpdate({ _id: id }, { $set: { closedOn } }, { new: true }).lean().exec();
        });
      },
      registerOutsourcingContract: async (
        _: unknown,
        args: {
          input: {
            id: string;
            principal: string;
            affair: string;
            contractorType: string;
            budgetThousandKRW: number;
            fundingShares: { source: string; percent: number }[];
          };
        },
      ) => {
        const i = args.input;
        const v = unwrap(
          all({
            id: checkId(i.id),
            principal: checkText(i.principal, 'principal', 60),
            affair: checkText(i.affair, 'affair', 200),
            contractorType: checkText(i.contractorType, 'contractorType', 100),
            budgetThousandKRW: checkInt(i.budgetThousandKRW, 'budgetThousandKRW', 0, 1_000_000_000),
            fundingShares: checkShares(i.fundingShares),
          }),
        );
        const { id, ...rest } = v;
        return insertAggregate(
          models.OutsourcingContract,
          { _id: id, ...rest, rounds: [], consents: [] },
          [],
          publish,
          'outsourcing contract',
        );
      },
      recordOutsourcingRound: async (_: unknown, args: { contractId: string; round: ContractRound }) => {
        const contractId = unwrap(checkId(args.contractId, 'contractId'));
        const r = args.round;
        const round = unwrap(
          all({
            round: checkInt(r.round, 'round', 1, 100),
            kind: checkEnum(r.kind, ROUND_KINDS, 'kind'),
            startOn: checkDate(r.startOn, 'startOn'),
            endOn: checkDate(r.endOn, 'endOn'),
            contractor: checkText(r.contractor, 'contractor', 100),
          }),
        );
        return withDocument(models.OutsourcingContract, contractId, async () => {
          const c = await models.OutsourcingContract.findById(contractId).lean();
          if (!c) throw notFound('OutsourcingContract', contractId);
          unwrap(checkNextRound(c.rounds, round));
          // The flag is recorded for every round; a re-entrustment (a new contractor) is refused without the consent.
          const needsConsent = consentRequired(c.rounds, c.consents, round);
          const consented = c.consents.some((x) => x.consentedOn !== null && x.consentedOn < round.startOn);
          if (round.kind === 'REENTRUSTMENT' && needsConsent && !consented)
            throw conflict(`round ${round.round} needs the council's consent (동의) before it starts`, { reason: 'CONSENT_REQUIRED' });
          const event = outbox.entry(EventTypes.OutsourcingRoundRecorded, { contractId, ...round, consentRequired: needsConsent });
          const updated = await models.OutsourcingContract.findOneAndUpdate(
            { _id: contractId },
            { $push: { rounds: round, ...outbox.push(event) } },
            { new: true },
          ).lean();
          publish(models.OutsourcingContract, contractId);
          return updated;
        });
      },
      recordCouncilConsent: async (_: unknown, args: { contractId: string; consent: ConsentDoc }) => {
        const contractId = unwrap(checkId(args.contractId, 'contractId'));
        const c = args.consent;
        const consent = unwrap(
          all({
            billNo: checkText(c.billNo, 'billNo', 20),
            submittedOn: checkDate(c.submittedOn, 'submittedOn'),
            referredOn: c.referredOn == null ? ok(null) : checkDate(c.referredOn, 'referredOn'),
            reviewedOn: c.reviewedOn == null ? ok(null) : checkDate(c.reviewedOn, 'reviewedOn'),
            consentedOn: c.consentedOn == null ? ok(null) : checkDate(c.consentedOn, 'consentedOn'),
          }),
        );
        const order = [consent.submittedOn, consent.referredOn, consent.reviewedOn, consent.consentedOn].filter(
          (d): d is string => d !== null,
        );
        if (order.some((d, n) => n > 0 && d < (order[n - 1] as string)))
          throw badInput('submitted, referred, reviewed and consented dates follow each other', 'consent');
        return withDocument(models.OutsourcingContract, contractId, async () => {
          const contract = await models.OutsourcingContract.findById(contractId).lean();
          if (!contract) throw notFound('OutsourcingContract', contractId);
          const others = contract.consents.filter((x) => x.billNo !== consent.billNo);
          return models.OutsourcingContract.findOneAndUpdate(
            { _id: contractId },
            { $set: { consents: [...others, consent] } },
            { new: true },
          )
            .lean()
            .exec();
        });
      },
    },
    Regulation: {
      id: (r: RegulationDoc) => r._id,
      currentVersion: (r: RegulationDoc) => r.versions[r.versions.length - 1],
    },
    Audit: { id: (a: AuditDoc) => a._id },
    OutsourcingContract: {
      id: (c: OutsourcingContractDoc) => c._id,
      /** Whether the next round (starting the day after the last ends) needs consent. */
      nextRoundNeedsConsent: (c: OutsourcingContractDoc) => {
        const last = c.rounds[c.rounds.length - 1];
        return consentRequired(c.rounds, c.consents, { kind: 'REENTRUSTMENT', startOn: last ? last.endOn : '9999-12-31' });
      },
    },
  };
}
