// Evidence has a cost. An account costs nothing to open and an order confirmed by its own buyer
// a minute after placing proves no delivery, so a verdict that rests on nothing but those is weak
// evidence: it counts weakEvidenceFactor of a verdict that something real stands behind.
//
// A verdict is weak when, at the moment it is given,
// - the order was not shipped: nobody but the buyer marked it delivered, and the buyer did so
//   within quickConfirmHours of placing it (an order the supplier marked delivered, or that
//   confirmed itself after the confirmation window, has time or a second party behind it); or
// - the rater has no history: their account is younger than probationDays.
// Weakness is decided per verdict from these facts and kept with the verdict (in its trust edge):
// time backs a rater (their verdicts after the probation week weigh fully) and so do other
// outcomes (a supplier's delivery), but a verdict given weak stays weak. An attacker can wait, but
// waiting is a cost, and every other rule (budget, rings, vouching) still applies after it.

import type { TrustParams } from './params';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** The facts of one verdict's order and rater that decide whether it is weak. */
export interface EvidenceCostFacts {
  /** When the order was placed (epoch ms). */
  readonly placedAtMs: number;
  /** When it became DELIVERED (epoch ms); null when it never was (a refund before delivery). */
  readonly deliveredAtMs: number | null;
  /** Somebody other than the buyer marked it delivered: its supplier, or the auto-confirmation. */
  readonly deliveredByOther: boolean;
  /** When the rater's account was opened (epoch ms); null when unknown (counted as old). */
  readonly raterJoinedAtMs: number | null;
  /** When the verdict (or refund) happened (epoch ms). */
  readonly atMs: number;
}

/** True when the verdict is weak evidence (see the module comment). */
export function isWeakEvidence(f: EvidenceCostFacts, params: TrustParams): boolean {
  const unshipped =
    f.deliveredAtMs !== null && !f.deliveredByOther && f.deliveredAtMs - f.placedAtMs < params.quickConfirmHours * HOUR_MS;
  const noHistory = f.raterJoinedAtMs !== null && f.atMs - f.raterJoinedAtMs < params.probationDays * DAY_MS;
  return unshipped || noHistory;
}
