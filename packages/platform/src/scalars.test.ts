import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { DateScalar, DateTimeScalar, KRWScalar } from './scalars';

const int = (value: string): ValueNode => ({ kind: Kind.INT, value });
const str = (value: string): ValueNode => ({ kind: Kind.STRING, value });
const float = (value: string): ValueNode => ({ kind: Kind.FLOAT, value });

function refusal(f: () => unknown): { message: string; code: unknown } | 'accepted' {
  try {
    f();
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return { message: (error as GraphQLError).message, code: (error as GraphQLError).extensions['code'] };
  }
}

describe('KRW: integer won, never a float', () => {
  it('passes safe integers through, beyond 32 bits too', () => {
    for (const won of [0, -1_000, 503_000_000, 48_800_299_000, Number.MAX_SAFE_INTEGER]) {
      expect(KRWScalar.serialize(won)).toBe(won);
      expect(KRWScalar.parseValue(won)).toBe(won);
      expect(KRWScalar.parseLiteral(int(String(won)))).toBe(won);
    }
  });

  it('refuses fractions, unsafe integers, strings and other literals as BAD_USER_INPUT', () => {
    expect(refusal(() => KRWScalar.serialize(1.5))).toEqual({ message: 'KRW must be a safe integer', code: 'BAD_USER_INPUT' });
    expect(refusal(() => KRWScalar.serialize('1000'))).toEqual({ message: 'KRW must be a safe integer', code: 'BAD_USER_INPUT' });
    expect(refusal(() => KRWScalar.serialize(2 ** 53))).toEqual({ message: 'KRW must be a safe integer', code: 'BAD_USER_INPUT' });
    const parse = { message: 'KRW must be an integer number of won', code: 'BAD_USER_INPUT' };
    expect(refusal(() => KRWScalar.parseValue(0.1))).toEqual(parse);
    expect(refusal(() => KRWScalar.parseValue('1000'))).toEqual(parse);
    expect(refusal(() => KRWScalar.parseValue(2 ** 53))).toEqual(parse);
    expect(refusal(() => KRWScalar.parseLiteral(float('1.5')))).toEqual(parse);
    expect(refusal(() => KRWScalar.parseLiteral(str('1000')))).toEqual(parse);
    expect(refusal(() => KRWScalar.parseLiteral(int('9007199254740993')))).toEqual({
      message: 'KRW is out of range',
      code: 'BAD_USER_INPUT',
    });
  });
});

describe('Date and DateTime', () => {
  it('Date: a calendar date YYYY-MM-DD, from values and string literals', () => {
    expect(DateScalar.serialize('2025-03-01')).toBe('2025-03-01');
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(DateScalar.parseLiteral(str('2025-12-31'))).toBe('2025-12-31');
    expect(refusal(() => DateScalar.parseValue(20250301))).toEqual({ message: 'Date must be a string YYYY-MM-DD', code: 'BAD_USER_INPUT' });
    expect(refusal(() => DateScalar.parseLiteral(int('20250301')))).toEqual({
      message: 'Date must be a string YYYY-MM-DD',
      code: 'BAD_USER_INPUT',
    });
    expect(refusal(() => DateScalar.parseValue('2025-02-30'))).toEqual({
      message: 'Date "2025-02-30" is not a calendar date',
      code: 'BAD_USER_INPUT',
    });
    expect(refusal(() => DateScalar.serialize('2025-13-01'))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('DateTime: any ISO-8601 instant, written in UTC', () => {
    expect(DateTimeScalar.serialize(new Date('2025-03-01T09:00:00+09:00'))).toBe('2025-03-01T00:00:00.000Z');
    expect(DateTimeScalar.parseValue('2025-03-01T09:00:00+09:00')).toBe('2025-03-01T00:00:00.000Z');
    expect(DateTimeScalar.parseLiteral(str('2025-03-01T00:00:00Z'))).toBe('2025-03-01T00:00:00.000Z');
    const bad = { message: 'DateTime must be an ISO-8601 instant', code: 'BAD_USER_INPUT' };
    expect(refusal(() => DateTimeScalar.parseValue('yesterday'))).toEqual(bad);
    expect(refusal(() => DateTimeScalar.parseValue(1_700_000_000_000))).toEqual(bad);
    expect(refusal(() => DateTimeScalar.parseLiteral(int('1700000000000')))).toEqual({
      message: 'DateTime must be a string',
      code: 'BAD_USER_INPUT',
    });
  });
});
