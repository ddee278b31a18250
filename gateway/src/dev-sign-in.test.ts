/**
 * The IDE's dev sign-in: in development the page carries the sign-in bar's settings and the gateway mints a token for
 * the chosen role and scope, signed with the dev key and accepted by the same JWKS the gateway verifies with; in
 * production neither the bar nor the route exists.
 */
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { loadConfig } from '@pass-graph/platform';
import { createIde } from './ide';
import { DEV_TOKEN_PATH } from './dev-sign-in';

const request = (url: string): IncomingMessage => ({ url }) as IncomingMessage;

describe('IDE dev sign-in', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pass-ide-'));
  const config = loadConfig({ NODE_ENV: 'development', PASS_INTERNAL_SECRET: 'x'.repeat(32), AUTH_JWKS_FILE: path.join(dir, 'jwks.json') });
  let jwks: { keys: object[] };

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    fs.writeFileSync(path.join(dir, 'dev-signing-key.json'), JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'k1', alg: 'RS256' }));
    jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
    fs.writeFileSync(path.join(dir, 'jwks.json'), JSON.stringify(jwks));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('in development: the page offers every role, and the route mints a verifiable token for a role and scope', async () => {
    const ide = createIde('/graphql', config);
    expect(ide.html).toContain(`"devSignIn":{"path":"${DEV_TOKEN_PATH}","roles":["admin"`);
    const route = ide.routes[DEV_TOKEN_PATH];
    expect(route).toBeDefined();
    const res = await route!(
      request(`${DEV_TOKEN_PATH}?role=care-manager&facility=seoul-hcc-mapo&district=${encodeURIComponent('마포구')}`),
    );
    expect(res.status).toBe(200);
    const body = res.body as { token: string };
    const { payload } = await jwtVerify(body.token, createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]), {
      issuer: config.auth.issuer,
      audience: config.auth.audience,
    });
    expect(payload).toMatchObject({ roles: ['care-manager'], facilities: ['seoul-hcc-mapo'], districts: ['마포구'] });
  });

  it('refuses an unknown role or a scope that is not an id, with a code and no token', async () => {
    const route = createIde('/graphql', config).routes[DEV_TOKEN_PATH]!;
    for (const url of [
      `${DEV_TOKEN_PATH}?role=root`,
      `${DEV_TOKEN_PATH}`,
      `${DEV_TOKEN_PATH}?role=admin&facility=${encodeURIComponent('{"$ne":1}')}`,
    ]) {
      const res = await route(request(url));
      expect([url, res.status, JSON.stringify(res.body)]).toEqual([url, 400, expect.stringContaining('"code":"BAD_USER_INPUT"')]);
      expect(JSON.stringify(res.body)).not.toContain('token');
    }
  });

  it('in production: no sign-in bar and no token route', () => {
    const ide = createIde('/graphql', { ...config, production: true });
    expect(ide.html).toContain('"devSignIn":null');
    expect(ide.routes[DEV_TOKEN_PATH]).toBeUndefined();
  });

  it('without a dev key: no sign-in bar and no token route', () => {
    const ide = createIde(
      '/graphql',
      loadConfig({
        NODE_ENV: 'development',
        PASS_INTERNAL_SECRET: 'x'.repeat(32),
        AUTH_JWKS_FILE: path.join(os.tmpdir(), 'no-such-dir', 'jwks.json'),
      }),
    );
    expect(ide.html).toContain('"devSignIn":null');
    expect(ide.routes[DEV_TOKEN_PATH]).toBeUndefined();
  });
});
