// Session tokens: 256 random bits handed to the client once; only their SHA-256 is stored, so a
// leaked database does not leak live sessions.
import { createHash, randomBytes } from 'node:crypto';

export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
