/**
 * Local identity for development and tests: an RS256 signing key whose public half is the
 * gateway's JWKS, and the gateway↔subgraph HMAC key — generated once per checkout into
 * `.infra/auth/` (never committed) — and a minting function for tokens of any role.
 * Production uses a real identity provider's JWKS (AUTH_JWKS_URL) and PASS_INTERNAL_SECRET.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { loadConfig, type Role } from '@pass-graph/platform';
import { infraDir } from './paths';

export const authDir = path.join(infraDir, 'auth');
const signingKeyFile = path.join(authDir, 'dev-signing-key.json');
const KID = 'pass-graph-dev-1';

/** Creates the dev keys if missing; idempotent. */
export async function ensureDevKeys(): Promise<void> {
  fs.mkdirSync(authDir, { recursive: true, mode: 0o700 });
  const internal = path.join(authDir, 'internal.key');
  if (!fs.existsSync(internal)) fs.writeFileSync(internal, randomBytes(32).toString('base64url'), { mode: 0o600 });
  if (fs.existsSync(signingKeyFile) && fs.existsSync(path.join(authDir, 'jwks.json'))) return;
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const priv = { ...(await exportJWK(privateKey)), kid: KID, alg: 'RS256', use: 'sig' };
  const pub = { ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  fs.writeFileSync(signingKeyFile, JSON.stringify(priv), { mode: 0o600 });
  fs.writeFileSync(path.join(authDir, 'jwks.json'), JSON.stringify({ keys: [pub] }, null, 2));
}

export interface TokenSpec {
  subject: string;
  roles: Role[];
  facilities?: string[];
  districts?: string[];
  /** Seconds from now; negative makes an expired token (tests). */
  expiresIn?: number;
  audience?: string;
  issuer?: string;
}

/** A dev RS256 token the local gateway accepts (unless the spec says otherwise). */
export async function mintToken(spec: TokenSpec): Promise<string> {
  await ensureDevKeys();
  const key = await importJWK(JSON.parse(fs.readFileSync(signingKeyFile, 'utf8')) as JWK, 'RS256');
  const config = loadConfig();
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: spec.roles, facilities: spec.facilities ?? [], districts: spec.districts ?? [] })
    .setProtectedHeader({ alg: 'RS256', kid: KID })
    .setSubject(spec.subject)
    .setIssuer(spec.issuer ?? config.auth.issuer)
    .setAudience(spec.audience ?? config.auth.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + (spec.expiresIn ?? 8 * 3600))
    .sign(key);
}

/** The identity seeding acts as. */
export const SEED_IDENTITY: TokenSpec = { subject: 'pass-seed', roles: ['admin'] };
