// Factories for the trust unit tests: a fixed clock and verdicts with sensible defaults, so each
// test states only the facts it is about.

import { seedTrust, type MemberTrust, type Verdict } from '../../../server/domain/trust';

export const T0 = new Date('2025-03-01T08:00:00.000Z');
export const DAY_MS = 86_400_000;

export const daysAfter = (days: number, from: Date = T0) => new Date(from.getTime() + days * DAY_MS);

/** A "held up" feedback on a ¥100 order from a verified (fully vouched) first-time buyer, at T0. */
export function verdict(overrides: Partial<Verdict> = {}): Verdict {
  return {
    heldUp: true,
    stars: 5,
    cause: 'FEEDBACK',
    raterTrust: seedTrust(T0),
    orderValueMinor: 10_000,
    previousRatingsByRaterOfRecommender: 0,
    reciprocal: false,
    inRing: false,
    selfDealing: false,
    at: T0,
    ...overrides,
  };
}

/** Only reach matters for a rater's voice. */
export const rater = (reach: number): Pick<MemberTrust, 'reach'> => ({ reach });
