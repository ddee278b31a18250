import type { IncomingMessage } from 'node:http';
import { guardRoute, type Route } from './http';

const metrics: Route = async () => ({ status: 200, body: 'metric 1' });
const request = (authorization?: string): IncomingMessage => ({ headers: authorization ? { authorization } : {} }) as IncomingMessage;
const token = 't'.repeat(40);

describe('operational routes in production', () => {
  it('are open in development', async () => {
    expect((await guardRoute(metrics, false, null)(request())).status).toBe(200);
  });

  it('are not there without a token, and answer only to the bearer of the token', async () => {
    expect((await guardRoute(metrics, true, null)(request(`Bearer ${token}`))).status).toBe(404);
    const guarded = guardRoute(metrics, true, token);
    expect((await guarded(request())).status).toBe(401);
    expect((await guarded(request(`Bearer ${'x'.repeat(40)}`))).status).toBe(401);
    expect(await guarded(request(`Bearer ${token}`))).toEqual({ status: 200, body: 'metric 1' });
  });
});
