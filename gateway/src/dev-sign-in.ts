/**
 * Development only: the IDE's sign-in bar asks `GET /ide/dev-token?role=…&facility=…&district=…` for a token signed
 * with the local dev key (`dev-signing-key.json`, made by `npm start` beside the JWKS the gateway verifies with),
 * the same kind of token `npm run token` mints. Nothing of it exists when NODE_ENV=production or without a dev key:
 * no route, and no sign-in bar in the IDE.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';
import { importJWK, SignJWT, type JWK } from 'jose';
import { ROLES, type PlatformConfig, type Role, type Route } from '@pass-graph/platform';

export const DEV_TOKEN_PATH = '/ide/dev-token';
const TTL_SECONDS = 8 * 3600;
const SCOPE = /^[\p{L}\p{N}._-]{1,64}$/u;

/** The dev signing key, or null in production or when there is none. */
export function devSigningKeyFile(config: PlatformConfig): string | null {
  if (config.production || config.auth.jwksFile === null) return null;
  const file = path.join(path.dirname(config.auth.jwksFile), 'dev-signing-key.json');
  return fs.existsSync(file) ? file : null;
}

const list = (url: URL, name: string): string[] =>
  url.searchParams
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

/** The `/ide/dev-token` route; a bad role or scope answers 400 with a code, never a token. */
export function devTokenRoute(config: PlatformConfig, keyFile: string): Route {
  return async (req: IncomingMessage) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const roles = list(url, 'role');
    const facilities = list(url, 'facility');
    const districts = list(url, 'district');
    const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
    const badScope = [...facilities, ...districts].filter((s) => !SCOPE.test(s));
    if (roles.length === 0 || unknown.length > 0 || badScope.length > 0)
      return {
        status: 400,
        body: {
          errors: [
            {
              message: `role must be one or more of ${ROLES.join(', ')}; scopes are ids or district names`,
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        },
      };
    const jwk = JSON.parse(fs.readFileSync(keyFile, 'utf8')) as JWK & { kid?: string };
    const key = await importJWK(jwk, 'RS256');
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ roles: roles as Role[], facilities, districts })
      .setProtectedHeader({ alg: 'RS256', ...(jwk.kid ? { kid: jwk.kid } : {}) })
      .setSubject(`ide-${roles.join('-')}`)
      .setIssuer(config.auth.issuer)
      .setAudience(config.auth.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + TTL_SECONDS)
      .sign(key);
    return { status: 200, body: { token, roles, facilities, districts, expiresIn: TTL_SECONDS } };
  };
}
