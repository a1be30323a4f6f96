// Rules of a recommendation that are not about who may post it (that is the first-hand check in
// graph/recommendations.ts): the daily cap, the bounds of its text, and its share code.
// Pure apart from the random source, which is injectable for tests.
import { randomInt } from 'node:crypto';

/** Anti-spam: new recommendations per member per UTC day. Edits do not count. */
export const RECOMMENDATIONS_PER_DAY = 5;
export const RECOMMENDATION_TEXT_MIN = 10;
export const RECOMMENDATION_TEXT_MAX = 2000;
export const FEEDBACK_COMMENT_MAX = 1000;

/**
 * Share codes: 8 symbols from an alphabet without look-alikes (no 0/O, 1/I/L), upper case only,
 * so a code read aloud or copied from a screenshot survives; URL-safe as is.
 * 31^8 ≈ 8.5e11 codes: a collision is rare, and the caller retries on one.
 */
export const SHARE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const SHARE_CODE_LENGTH = 8;
export const SHARE_CODE_ATTEMPTS = 5;

export function newShareCode(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < SHARE_CODE_LENGTH; i++) code += SHARE_CODE_ALPHABET[random(SHARE_CODE_ALPHABET.length)];
  return code;
}

/** Codes are case-insensitive for people typing them; stored upper case. */
export function normaliseShareCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The public path of a recommendation's share page. */
export function sharePath(code: string): string {
  return `/r/${code}`;
}

/** [start, end) of the UTC day containing `now`, in epoch ms. */
export function utcDay(now: number): { start: number; end: number } {
  const start = Math.floor(now / 86_400_000) * 86_400_000;
  return { start, end: start + 86_400_000 };
}
