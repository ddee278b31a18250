/**
 * Who the caller is: a bearer JWT verified with `jose` — RS256 against a JWKS (URL or file),
 * HS256 only where a dev secret is configured (never in production) — with issuer, audience,
 * `exp` and `nbf` checked. No Authorization header means anonymous; a bad token is refused
 * (UNAUTHENTICATED), never silently downgraded to anonymous; so is a token naming a role we do not know.
 */
import fs from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { GraphQLError } from 'graphql';
import { ANONYMOUS_IDENTITY, ROLES, type AuthConfig, type Identity, type Logger, type Role } from '@pass-graph/platform';

export class TokenVerifier {
  private constructor(
    private readonly config: AuthConfig,
    private readonly jwks: JWTVerifyGetKey | null,
    private readonly hs256: Uint8Array | null,
  ) {}

  static create(config: AuthConfig, log: Logger): TokenVerifier {
    let jwks: JWTVerifyGetKey | null = null;
    // In production config.ts has required an https AUTH_JWKS_URL and left no file (jwksFile null).
    if (config.jwksUrl) jwks = createRemoteJWKSet(new URL(config.jwksUrl));
    else if (config.jwksFile && fs.existsSync(config.jwksFile))
      jwks = createLocalJWKSet(JSON.parse(fs.readFileSync(config.jwksFile, 'utf8')));
    else log.warn({ file: config.jwksFile }, 'no JWKS configured: RS256 tokens cannot be verified, callers are anonymous or refused');
    const hs256 = config.hs256Secret ? new TextEncoder().encode(config.hs256Secret) : null;
    if (hs256) log.warn('HS256 tokens accepted (AUTH_HS256_SECRET): development only');
    return new TokenVerifier(config, jwks, hs256);
  }

  /** The identity behind an Authorization header; throws UNAUTHENTICATED for a bad token. */
  async identify(authorization: string | undefined): Promise<Identity> {
    if (authorization === undefined || authorization === '') return ANONYMOUS_IDENTITY;
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization);
    if (!match?.[1]) throw unauthenticated('the Authorization header must be "Bearer <JWT>"');
    const token = match[1];
    let payload: JWTPayload;
    try {
      const alg = decodeProtectedHeader(token).alg;
      const common = { issuer: this.config.issuer, audience: this.config.audience, clockTolerance: 5, requiredClaims: ['exp', 'sub'] };
      if (alg === 'HS256' && this.hs256) payload = (await jwtVerify(token, this.hs256, { ...common, algorithms: ['HS256'] })).payload;
      else if (alg === 'RS256' && this.jwks) payload = (await jwtVerify(token, this.jwks, { ...common, algorithms: ['RS256'] })).payload;
      else throw new Error(`tokens signed with ${String(alg)} are not accepted`);
    } catch (error) {
      throw unauthenticated(`invalid token: ${reason(error)}`);
    }
    // A role this platform does not know is a misconfigured issuer or a forged claim: refused, not dropped.
    const roles = listClaim(payload['roles']);
    const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
    if (unknown.length > 0) throw unauthenticated(`invalid token: unknown role "${unknown[0]?.slice(0, 32)}"`);
    return {
      subject: String(payload.sub),
      roles: roles as Role[],
      facilityIds: listClaim(payload['facilities']),
      districts: listClaim(payload['districts']),
    };
  }
}

const listClaim = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 128).slice(0, 1000) : [];

/** jose's error codes say what was wrong without echoing the token. */
function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return 'expired';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return `claim "${String((error as { claim?: unknown }).claim)}" is not acceptable`;
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'bad signature';
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return 'unknown signing key';
    default:
      return error instanceof Error && !code ? error.message : 'malformed';
  }
}

export const unauthenticated = (message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
