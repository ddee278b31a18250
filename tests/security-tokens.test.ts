/**
 * Token timing at the gateway: a token that is not yet valid (`nbf` in the future) is refused
 * like an expired one, and the same token is accepted once valid — so the refusal is about `nbf`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importJWK, SignJWT, type JWK } from 'jose';
import { authDir } from '../packages/stack/src/auth';
import { loadConfig } from '../packages/platform/src/config';
import { gql } from './support/client';

async function sign(notBefore: number): Promise<string> {
  const key = await importJWK(JSON.parse(fs.readFileSync(path.join(authDir, 'dev-signing-key.json'), 'utf8')) as JWK, 'RS256');
  const { auth } = loadConfig();
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: ['admin'], facilities: [], districts: [] })
    .setProtectedHeader({ alg: 'RS256', kid: 'pass-graph-dev-1' })
    .setSubject('sec-nbf-probe')
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt(now)
    .setNotBefore(now + notBefore)
    .setExpirationTime(now + 3600)
    .sign(key);
}

const probe = (token: string) => gql('{ __typename }', {}, { as: 'anonymous', headers: { authorization: `Bearer ${token}` } });

describe('token validity window', () => {
  it('refuses a not-yet-valid token with UNAUTHENTICATED and accepts one whose nbf has passed', async () => {
    const early = await probe(await sign(600));
    expect({ status: early.status, codes: (early.errors ?? []).map((e) => e.extensions?.code) }).toEqual({
      status: 401,
      codes: ['UNAUTHENTICATED'],
    });
    const valid = await probe(await sign(-5));
    expect(valid.errors).toBeUndefined();
    expect(valid.data).toEqual({ __typename: 'Query' });
  });
});
