/**
 * RecruitmentRound (채용 차수) and its hiring pipeline (seed 000 L825–891): open competitive hiring run by an outside
 * agency on NCS blind hiring (NCS 블라인드채용), 공고 → 서류 → 필기 → 면접 → 임용. Its own module: rules, model and
 * resolvers merged into the service's map. No event: 현원 is staffing's own (the hires are employees); nobody else
 * reacts to a round.
 *
 * - A round's 계 is computed (본부 + 소속) beside the printed one; the year's rounds are summed beside the printed
 *   "전체 채용인원 총 572명" (18 + 114 + 160 + 279 = 571, DQ-000-5).
 * - 공고 month and test month are stored separately: the text gives 3차 as "8월" and "(10월)" and 4차 as "10월" and
 *   "(12월)" (L831–835); the schedule (L889–891) says which is which (DQ-000-6).
 * - Stages only move forward one at a time, each in a month not before the previous one; anything else answers
 *   CONFLICT (INVALID_TRANSITION). Only APPOINTED rounds count as hired.
 */
import {
  all,
  badInput,
  checkId,
  checkInt,
  checkText,
  err,
  invalidTransition,
  notFound,
  ok,
  unwrap,
  withDocument,
  type Result,
} from '@pass-graph/platform';
import { Schema, type Connection } from 'mongoose';

export const RECRUITMENT_STAGES = ['PLANNED', 'ANNOUNCED', 'DOCUMENT_SCREENING', 'WRITTEN_TEST', 'INTERVIEW', 'APPOINTED'] as const;
export type RecruitmentStage = (typeof RECRUITMENT_STAGES)[number];

export interface StageReached {
  stage: RecruitmentStage;
  /** YYYY-MM: the sources give months only. */
  month: string;
}

export interface PositionCount {
  position: string;
  count: number;
}

export interface RecruitmentRoundDoc {
  _id: string;
  agencyId: string;
  year: number;
  roundNo: number;
  /** 공고 month, YYYY-MM. */
  announcedMonth: string;
  /** 서류·필기·면접 month, YYYY-MM; null when not printed. */
  testMonth: string | null;
  /** First 임용 month, YYYY-MM; null when not printed. */
  appointmentFrom: string | null;
  headquarters: number;
  affiliated: number;
  /** The round's 계 as printed. */
  reportedTotal: number | null;
  /** The year's printed total of all rounds (전체 채용인원), when the source prints one. */
  reportedYearTotal: number | null;
  byPosition: PositionCount[];
  stage: RecruitmentStage;
  stages: StageReached[];
}

export interface SetRecruitmentRoundInput {
  agencyId: string;
  year: number;
  roundNo: number;
  announcedMonth: string;
  testMonth?: string | null;
  appointmentFrom?: string | null;
  headquarters: number;
  affiliated: number;
  reportedTotal?: number | null;
  reportedYearTotal?: number | null;
  byPosition?: PositionCount[] | null;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const checkMonth = (value: string, field: string): Result<string> =>
  MONTH.test(value) ? ok(value) : err(badInput(`${field} must be a month YYYY-MM`, field));

export const roundId = (agencyId: string, year: number, roundNo: number): string => `${agencyId}:${year}:${roundNo}`;

type RoundFigures = Omit<RecruitmentRoundDoc, 'stage' | 'stages'>;

export function validateRound(input: SetRecruitmentRoundInput): Result<RoundFigures> {
  const opt = (v: string | null | undefined, field: string) => (v == null ? ok(null) : checkMonth(v, field));
  const v = all({
    agencyId: checkId(input.agencyId, 'agencyId'),
    year: checkInt(input.year, 'year', 2000, 2100),
    roundNo: checkInt(input.roundNo, 'roundNo', 1, 99),
    announcedMonth: checkMonth(input.announcedMonth, 'announcedMonth'),
    testMonth: opt(input.testMonth, 'testMonth'),
    appointmentFrom: opt(input.appointmentFrom, 'appointmentFrom'),
    headquarters: checkInt(input.headquarters, 'headquarters', 0, 100_000),
    affiliated: checkInt(input.affiliated, 'affiliated', 0, 100_000),
    reportedTotal: input.reportedTotal == null ? ok(null) : checkInt(input.reportedTotal, 'reportedTotal', 0, 100_000),
    reportedYearTotal: input.reportedYearTotal == null ? ok(null) : checkInt(input.reportedYearTotal, 'reportedYearTotal', 0, 100_000),
  });
  if (!v.ok) return v;
  const r = v.value;
  if (r.testMonth !== null && r.testMonth < r.announcedMonth) return err(badInput('the test comes after the 공고', 'testMonth'));
  if (r.appointmentFrom !== null && r.appointmentFrom < (r.testMonth ?? r.announcedMonth))
    return err(badInput('임용 comes after the tests', 'appointmentFrom'));
  const byPosition: PositionCount[] = [];
  for (const p of input.byPosition ?? []) {
    const c = all({ position: checkText(p.position, 'byPosition.position', 40), count: checkInt(p.count, 'byPosition.count', 0, 100_000) });
    if (!c.ok) return c;
    byPosition.push(c.value);
  }
  return ok({ _id: roundId(r.agencyId, r.year, r.roundNo), ...r, byPosition });
}

/** The round's 계 (computed) against the printed one, and its positions against the 계. */
export function roundTotals(r: Pick<RecruitmentRoundDoc, 'headquarters' | 'affiliated' | 'reportedTotal' | 'byPosition'>) {
  const total = r.headquarters + r.affiliated;
  const positionsTotal = r.byPosition.length === 0 ? null : r.byPosition.reduce((s, p) => s + p.count, 0);
  return {
    total,
    matchesReported: r.reportedTotal === null ? null : r.reportedTotal === total,
    positionsTotal,
    positionsMatchTotal: positionsTotal === null ? null : positionsTotal === total,
  };
}

/** The pipeline: one stage forward at a time, in a month not before the stage reached last. */
export function advance(
  r: Pick<RecruitmentRoundDoc, '_id' | 'stage' | 'stages'>,
  to: RecruitmentStage,
  month: string,
): Result<StageReached[]> {
  const from = RECRUITMENT_STAGES.indexOf(r.stage);
  if (RECRUITMENT_STAGES.indexOf(to) !== from + 1) return err(invalidTransition('RecruitmentRound', r._id, r.stage, to));
  const m = checkMonth(month, 'month');
  if (!m.ok) return m;
  const last = r.stages[r.stages.length - 1];
  if (last && month < last.month) return err(badInput(`month ${month} is before ${last.stage} (${last.month})`, 'month'));
  return ok([...r.stages, { stage: to, month }]);
}

/** The rounds of a year: sums beside the printed year total; hired = the rounds that reached 임용. */
export function recruitmentYear(rounds: RecruitmentRoundDoc[]) {
  const sum = (f: (r: RecruitmentRoundDoc) => number) => rounds.reduce((s, r) => s + f(r), 0);
  const total = sum((r) => r.headquarters + r.affiliated);
  const reportedTotal = rounds.find((r) => r.reportedYearTotal !== null)?.reportedYearTotal ?? null;
  return {
    headquarters: sum((r) => r.headquarters),
    affiliated: sum((r) => r.affiliated),
    total,
    reportedTotal,
    matchesReported: reportedTotal === null ? null : reportedTotal === total,
    appointed: sum((r) => (r.stage === 'APPOINTED' ? r.headquarters + r.affiliated : 0)),
  };
}

// ---------------------------------------------------------------- data access

export function createRecruitmentModel(db: Connection) {
  const str = { type: String, required: true };
  const num = { type: Number, required: true };
  const schema = new Schema<RecruitmentRoundDoc>(
    {
      _id: str,
      agencyId: str,
      year: num,
      roundNo: num,
      announcedMonth: str,
      testMonth: { type: String, default: null },
      appointmentFrom: { type: String, default: null },
      headquarters: num,
      affiliated: num,
      reportedTotal: { type: Number, default: null },
      reportedYearTotal: { type: Number, default: null },
      byPosition: { type: [new Schema<PositionCount>({ position: str, count: num }, { _id: false })], default: [] },
      stage: str,
      stages: { type: [new Schema<StageReached>({ stage: str, month: str }, { _id: false })], default: [] },
    },
    { collection: 'recruitment_rounds', versionKey: false },
  );
  // recruitmentYear: the rounds of an agency's year.
  schema.index({ agencyId: 1, year: 1 });
  return db.model<RecruitmentRoundDoc>('RecruitmentRound', schema);
}
export type RecruitmentRoundModel = ReturnType<typeof createRecruitmentModel>;

// ---------------------------------------------------------------- graph

export function recruitmentResolvers(model: RecruitmentRoundModel, knownAgency: (id: string) => Promise<unknown>) {
  return {
    Query: {
      recruitmentYear: async (_: unknown, args: { agencyId: string; year: number }) => {
        const agencyId = unwrap(checkId(args.agencyId, 'agencyId'));
        const year = unwrap(checkInt(args.year, 'year', 2000, 2100));
        const rounds = await model.find({ agencyId, year }).sort({ roundNo: 1 }).lean<RecruitmentRoundDoc[]>().exec();
        return { agencyId, year, rounds, ...recruitmentYear(rounds) };
      },
    },
    Mutation: {
      setRecruitmentRound: async (_: unknown, args: { input: SetRecruitmentRoundInput }) => {
        const r = unwrap(validateRound(args.input));
        await knownAgency(r.agencyId);
        return withDocument(model, r._id, async () => {
          const existing = await model.findById(r._id).lean<RecruitmentRoundDoc>();
          // Setting the figures again revises them; the pipeline stage stays where it is.
          const stage = existing ? { stage: existing.stage, stages: existing.stages } : { stage: 'PLANNED' as const, stages: [] };
          return model
            .findOneAndUpdate({ _id: r._id }, { $set: { ...r, ...stage } }, { upsert: true, new: true })
            .lean()
            .exec();
        });
      },
      advanceRecruitmentRound: async (_: unknown, args: { id: string; stage: RecruitmentStage; month: string }) => {
        const id = unwrap(checkId(args.id));
        return withDocument(model, id, async () => {
          const r = await model.findById(id).lean<RecruitmentRoundDoc>();
          if (!r) throw notFound('RecruitmentRound', id);
          const stages = unwrap(advance(r, args.stage, args.month));
          return model
            .findOneAndUpdate({ _id: id }, { $set: { stage: args.stage, stages } }, { new: true })
            .lean()
            .exec();
        });
      },
    },
    RecruitmentRound: {
      id: (r: RecruitmentRoundDoc) => r._id,
      total: (r: RecruitmentRoundDoc) => roundTotals(r).total,
      matchesReported: (r: RecruitmentRoundDoc) => roundTotals(r).matchesReported,
      positionsTotal: (r: RecruitmentRoundDoc) => roundTotals(r).positionsTotal,
      positionsMatchTotal: (r: RecruitmentRoundDoc) => roundTotals(r).positionsMatchTotal,
    },
    RecruitmentYear: {
      agency: (y: { agencyId: string }) => ({ id: y.agencyId }),
    },
  };
}
