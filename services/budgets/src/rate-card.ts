/**
 * RateCard (단가표): the reusable unit prices an agency pays by, versioned by year. A card is entered for the
 * year it takes effect and stays in force until a later year's card replaces it, so "the card of 2024" is the
 * newest card whose year is at most 2024. Unit prices are integer 원, entered in 천원 as the plans print them.
 *
 * Executions use it where the cost is not carried by the event: a committee meeting's attendance allowance is
 * attendees × the card's COMMITTEE_ATTENDANCE rate (003 L1315–1320).
 */
import { all, badInput, checkId, checkInt, checkText, notFound, ok, unwrap, withDocument, type Result } from '@pass-graph/platform';
import { Schema, type Connection, type Model } from 'mongoose';
import { thousandToKRW } from './domain';

/** Codes the services rely on; a card may carry others (e.g. MEAL, SNACK). */
export const RATE = {
  /** 위원회 참석수당, per person per meeting. */
  COMMITTEE_ATTENDANCE: 'COMMITTEE_ATTENDANCE',
  /** 컨설팅 수당, per consultant-hour. */
  CONSULTING_HOURLY: 'CONSULTING_HOURLY',
  /** 돌봄제공단가, per 3-hour visit. */
  CARE_VISIT: 'CARE_VISIT',
} as const;

export interface Rate {
  code: string;
  /** As printed, e.g. 위원회 참석수당. */
  name: string;
  /** 원 */
  unitPrice: number;
  /** What one unit is, e.g. 인·회 (per person per meeting), 시간, 3시간 방문. */
  per: string;
  source: string | null;
}

export interface RateCardDoc {
  _id: string;
  agencyId: string;
  /** The fiscal year the card takes effect. */
  year: number;
  rates: Rate[];
}

export const rateCardId = (agencyId: string, year: number): string => `${agencyId}:${year}`;

export interface RateInput {
  code: string;
  name: string;
  unitPriceThousandKRW: number;
  per: string;
  source?: string | null;
}

export function validateRate(input: RateInput): Result<Rate> {
  const v = all({
    code: /^[A-Z][A-Z0-9_]{1,39}$/.test(input.code)
      ? ok(input.code)
      : { ok: false as const, error: badInput('code is e.g. CARE_VISIT', 'code') },
    name: checkText(input.name, 'name', 60),
    unitPrice: checkInt(input.unitPriceThousandKRW, 'unitPriceThousandKRW', 0, 1_000_000),
    per: checkText(input.per, 'per', 30),
    source: input.source == null ? ok(null) : checkText(input.source, 'source', 60),
  });
  if (!v.ok) return v;
  return ok({ ...v.value, unitPrice: thousandToKRW(v.value.unitPrice) });
}

/** The card in force in `year`: the newest whose year is at most `year`. */
export function cardInForce<T extends { year: number }>(cards: T[], year: number): T | null {
  return cards.filter((c) => c.year <= year).sort((a, b) => b.year - a.year)[0] ?? null;
}

export const rateOf = (card: { rates: Rate[] } | null, code: string): Rate | null => card?.rates.find((r) => r.code === code) ?? null;

// ---------------------------------------------------------------- data access

export function createRateCardModels(db: Connection): { RateCard: Model<RateCardDoc> } {
  const rate = new Schema<Rate>(
    {
      code: { type: String, required: true },
      name: { type: String, required: true },
      unitPrice: { type: Number, required: true },
      per: { type: String, required: true },
      source: { type: String, default: null },
    },
    { _id: false },
  );
  const schema = new Schema<RateCardDoc>(
    {
      _id: String,
      agencyId: { type: String, required: true },
      year: { type: Number, required: true },
      rates: { type: [rate], default: [] },
    },
    { collection: 'rate_cards', versionKey: false },
  );
  schema.index({ agencyId: 1 });
  return { RateCard: db.model<RateCardDoc>('RateCard', schema) };
}
export type RateCardModels = ReturnType<typeof createRateCardModels>;

/** The card of an agency in force in a year (one query for every card of the agency: there are a handful). */
export async function findCardInForce(models: RateCardModels, agencyId: string, year: number): Promise<RateCardDoc | null> {
  const cards = await models.RateCard.find({ agencyId }).lean();
  return cardInForce(cards, year);
}

// ---------------------------------------------------------------- graph

export function rateCardResolvers(models: RateCardModels, agencyExists: (id: string) => Promise<boolean>) {
  const { RateCard } = models;
  return {
    Query: {
      rateCard: (_: unknown, args: { agencyId: string; year: number }) =>
        findCardInForce(models, unwrap(checkId(args.agencyId, 'agencyId')), unwrap(checkInt(args.year, 'year', 2000, 2100))),
    },
    Mutation: {
      /** Sets (replaces) the card that takes effect in a year; earlier years' cards are untouched. */
      setRateCard: async (_: unknown, args: { input: { agencyId: string; year: number; rates: RateInput[] } }) => {
        const v = unwrap(all({ agencyId: checkId(args.input.agencyId, 'agencyId'), year: checkInt(args.input.year, 'year', 2000, 2100) }));
        const rates = args.input.rates.map((r) => unwrap(validateRate(r)));
        if (rates.length === 0) throw badInput('a rate card has at least one rate', 'rates');
        if (new Set(rates.map((r) => r.code)).size !== rates.length) throw badInput('rate codes must not repeat', 'code');
        if (!(await agencyExists(v.agencyId))) throw notFound('Agency', v.agencyId);
        const id = rateCardId(v.agencyId, v.year);
        return withDocument(RateCard, id, () =>
          RateCard.findOneAndUpdate({ _id: id }, { $set: { agencyId: v.agencyId, year: v.year, rates } }, { new: true, upsert: true })
            .lean()
            .exec(),
        );
      },
    },
    RateCard: {
      id: (c: RateCardDoc) => c._id,
      agency: (c: RateCardDoc) => ({ id: c.agencyId }),
      rate: (c: RateCardDoc, args: { code: string }) => rateOf(c, args.code),
    },
    Rate: {
      unitPriceThousandKRW: (r: Rate) => r.unitPrice / 1000,
    },
  };
}
