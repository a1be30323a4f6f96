// The simulation's market and attack scripts, as data. The numbers are a plausible small
// network (a few thousand members, ten months), chosen to run in seconds on two cores, not tuned
// to make the assertions pass: docs/trust-model.md explains each attack and shows the table.

export interface SimConfig {
  readonly seed: number;
  readonly days: number;
  readonly honestMembers: number;
  /** Honest quality = floor + span × Beta(a, b): most recommenders good, a long tail of poor ones. */
  readonly quality: { readonly floor: number; readonly span: number; readonly a: number; readonly b: number };
  /** Share of honest members who recommend (the rest only buy). */
  readonly recommenderShare: number;
  /** Share of day-0 honest members an admin verified (the EigenTrust seed). */
  readonly verifiedShare: number;
  /** Share of honest members who join during the run rather than on day 0. */
  readonly lateJoinShare: number;
  /** Chance an active buyer places an order on a given day. */
  readonly buyChance: number;
  /** Chance a delivered order ends in a verdict or a refund. */
  readonly rateChance: number;
  /** Chance a buyer's verdict is the opposite of what happened. */
  readonly verdictNoise: number;
  /** Share of bad outcomes that end in a refund rather than a "did not hold up" verdict. */
  readonly refundShare: number;
  /** Chance an order of a recommender goes through their own recommendation (self-dealing). */
  readonly selfDealChance: number;
  readonly recomputeEveryDays: number;
  /** A closed ring: `size` accounts buying (at `valueMinor`) from and rating only each other. */
  readonly ring: { readonly size: number; readonly day: number; readonly buyChance: number; readonly valueMinor: number };
  /** Two accounts buying from and rating only each other. */
  readonly pair: { readonly day: number; readonly buyChance: number; readonly valueMinor: number };
  /** Sellers whose recommendations hold up on cheap orders and fail on dear ones. */
  readonly camouflage: { readonly count: number; readonly failAboveMinor: number };
  /** Bad sellers who drop their account on `day` and carry on under a fresh one. */
  readonly whitewash: { readonly count: number; readonly quality: number; readonly day: number };
  /**
   * A verified member's account is captured on `day`: it buys twice (at `valueMinor`) through each
   * of `sybils` fresh accounts' recommendations and says they held up; from then on the sybils buy
   * from one another (each from the next `ringOut`, then at random with `buyChance` a day), and
   * one of them rates the captured account back.
   */
  readonly captured: { readonly day: number; readonly sybils: number; readonly valueMinor: number; readonly ringOut: number; readonly buyChance: number };
  /** Fresh accounts that each buy once from the best member and say it did not hold up. */
  readonly bombing: { readonly day: number; readonly bombers: number; readonly valueMinor: number };
  /** Excellent, popular sellers who join late: they must still be able to rise. */
  readonly newcomers: { readonly count: number; readonly day: number; readonly quality: number };
  /** From `day`, one rated sale a day for 100 days, exactly 95 of them held up. */
  readonly steady: { readonly day: number };
  /** From `day`, three rated sales, all held up. */
  readonly lucky: { readonly day: number };
}

export const DEFAULT_SIM: SimConfig = {
  seed: 20250101,
  days: 300,
  honestMembers: 2500,
  quality: { floor: 0.1, span: 0.88, a: 2, b: 1.3 },
  recommenderShare: 0.8,
  verifiedShare: 0.05,
  lateJoinShare: 0.15,
  buyChance: 0.15,
  rateChance: 0.85,
  verdictNoise: 0.05,
  refundShare: 0.3,
  selfDealChance: 0.01,
  recomputeEveryDays: 7,
  ring: { size: 100, day: 30, buyChance: 0.3, valueMinor: 30_000 },
  pair: { day: 20, buyChance: 0.5, valueMinor: 30_000 },
  camouflage: { count: 20, failAboveMinor: 15_000 },
  whitewash: { count: 10, quality: 0.2, day: 150 },
  bombing: { day: 250, bombers: 40, valueMinor: 30_000 },
  captured: { day: 200, sybils: 30, valueMinor: 30_000, ringOut: 5, buyChance: 0.3 },
  newcomers: { count: 10, day: 90, quality: 0.95 },
  steady: { day: 150 },
  lucky: { day: 290 },
};
