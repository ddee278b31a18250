import { classifyDatabaseError } from './errors';

describe('classifyDatabaseError', () => {
  it('maps duplicate keys to CONFLICT and mongoose validation to BAD_USER_INPUT', () => {
    expect(classifyDatabaseError({ name: 'MongoServerError', code: 11000 })).toBe('CONFLICT');
    expect(classifyDatabaseError({ name: 'CastError' })).toBe('BAD_USER_INPUT');
  });

  it('maps a database that cannot be reached, or a replica set between primaries, to SERVICE_UNAVAILABLE', () => {
    expect(classifyDatabaseError({ name: 'MongoNetworkError' })).toBe('SERVICE_UNAVAILABLE');
    expect(classifyDatabaseError({ name: 'MongooseServerSelectionError' })).toBe('SERVICE_UNAVAILABLE');
    expect(classifyDatabaseError({ name: 'MongoServerError', code: 10107 })).toBe('SERVICE_UNAVAILABLE'); // NotWritablePrimary
    expect(classifyDatabaseError({ name: 'MongoServerError', code: 11602 })).toBe('SERVICE_UNAVAILABLE'); // InterruptedDueToReplStateChange
  });

  it('leaves everything else unclassified (an internal error, logged)', () => {
    expect(classifyDatabaseError({ name: 'MongoServerError', code: 2 })).toBeUndefined();
    expect(classifyDatabaseError(new TypeError('x'))).toBeUndefined();
    expect(classifyDatabaseError('boom')).toBeUndefined();
  });
});
