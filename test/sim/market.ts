// The market's bookkeeping: members, their stored trust, the log of outcome-backed ratings, and
// the two ways trust changes, driven through the domain module exactly as the server drives it:
// applyVerdict at every verdict (with the facts the database layer would look up: earlier
// verdicts of the pair, reciprocity, flagged rings, self-dealing) and recomputeGlobalTrust on a
// schedule, whose result replaces every stored state. Nothing here re-implements the model; the
// only arithmetic of its own is the drift bound, which checks the model from outside.

import {
  applyVerdict,
  DAY_MS,
  decayFactor,
  decayTrust,
  DEFAULT_TRUST_PARAMS,
  effectiveEvidence,
  newcomerTrust,
  recomputeGlobalTrust,
  seedTrust,
  voiceParts,
  type MemberTrust,
  type RecomputeRating,
  type TrustParams,
  type VerdictCause,
} from '../../server/domain/trust';

// Bound once: inside jest's vm context every lookup of the global `Math` costs a microsecond.
const { abs } = Math;

export { DAY_MS };

/** What an account is in the simulation; only the simulation knows (the model never sees it). */
export type Kind = 'honest' | 'newcomer' | 'ring' | 'pair' | 'camouflage' | 'whitewasher' | 'bomber' | 'steady' | 'lucky' | 'sybil';

export interface SimMember {
  readonly id: string;
  readonly kind: Kind;
  /** Hidden probability that a recommendation of theirs holds up (NaN: not a real seller). */
  readonly quality: number;
  readonly verified: boolean;
  trust: MemberTrust;
  /** Verdicts and refunds received (self-dealing excluded). */
  ratedSales: number;
}

/** One recompute's comparison of the immediate states with the recomputed ones. */
export interface DriftCheck {
  readonly day: number;
  /** |immediate score − recomputed score| of every member with any evidence. */
  readonly drifts: number[];
  /** The bound of each of those drifts (same order). */
  readonly bounds: number[];
  /** Members whose drift exceeded the bound of docs/trust-model.md. */
  readonly boundViolations: number;
  readonly iterations: number;
  readonly converged: boolean;
}

export class Market {
  readonly members: SimMember[] = [];
  readonly byId = new Map<string, SimMember>();
  readonly ratings: RecomputeRating[] = [];
  readonly drift: DriftCheck[] = [];
  rings: string[][] = [];
  reciprocalPairs: Array<[string, string]> = [];
  selfDealingMoved = 0;
  selfDealings = 0;
  // Undecayed (vouched, unvouched) weight each rating has in the stored states right now.
  private readonly storedVouched: number[] = [];
  private readonly storedUnvouched: number[] = [];
  private readonly pairCount = new Map<string, number>();
  // Everything each rater has said (undamped base weights), decayed to `givenAt`: their budget's use.
  private readonly given = new Map<string, { sum: number; atMs: number }>();
  private ringOf = new Map<string, number>();

  constructor(readonly params: TrustParams = DEFAULT_TRUST_PARAMS) {}

  join(kind: Kind, quality: number, verified: boolean, at: Date): SimMember {
    const id = `${kind}-${String(this.members.length).padStart(5, '0')}`;
    const trust = verified ? seedTrust(at, this.params) : newcomerTrust(at, this.params);
    const m: SimMember = { id, kind, quality, verified, trust, ratedSales: 0 };
    this.members.push(m);
    this.byId.set(id, m);
    return m;
  }

  /** A delivered order from `buyer` through `seller`'s recommendation gets a verdict at `at`. */
  rate(buyer: SimMember, seller: SimMember, at: Date, valueMinor: number, heldUp: boolean, cause: VerdictCause) {
    const key = `${buyer.id}>${seller.id}`;
    const selfDealing = buyer === seller;
    const ringA = this.ringOf.get(buyer.id);
    const before = seller.trust;
    const said = this.given.get(buyer.id);
    const raterGiven = said ? said.sum * decayFactor((at.getTime() - said.atMs) / DAY_MS, this.params) : 0;
    const out = applyVerdict(
      before,
      {
        heldUp,
        stars: heldUp ? 5 : 2,
        cause,
        raterTrust: buyer.trust,
        orderValueMinor: valueMinor,
        previousRatingsByRaterOfRecommender: this.pairCount.get(key) ?? 0,
        reciprocal: this.pairCount.has(`${seller.id}>${buyer.id}`),
        inRing: ringA !== undefined && ringA === this.ringOf.get(seller.id),
        selfDealing,
        raterGiven,
        at,
      },
      at,
      this.params,
    );
    seller.trust = out.next;
    if (!selfDealing) this.given.set(buyer.id, { sum: raterGiven + out.said, atMs: at.getTime() });
    const voice = voiceParts(ringA !== undefined && ringA === this.ringOf.get(seller.id) ? 0 : buyer.trust.reach, this.params);
    this.storedVouched.push(out.baseWeight * out.share * voice.vouched);
    this.storedUnvouched.push(out.baseWeight * out.share * voice.unvouched);
    this.ratings.push({ raterId: buyer.id, recommenderId: seller.id, heldUp, orderValueMinor: valueMinor, at, cause });
    if (selfDealing) {
      this.selfDealings++;
      if (out.next !== before || out.weight !== 0) this.selfDealingMoved++;
      return out;
    }
    this.pairCount.set(key, (this.pairCount.get(key) ?? 0) + 1);
    seller.ratedSales++;
    return out;
  }

  /** The periodic recompute; replaces every stored state, and checks the drift it reconciles. */
  recompute(now: Date, day: number): void {
    const members = this.members.map((m) => ({ id: m.id, verified: m.verified }));
    const result = recomputeGlobalTrust({ members, ratings: this.ratings }, now, this.params);
    // D⁺ / D⁻ per recommender: the change of decayed weight that can reach the good / bad side
    // of their effective evidence (vouched changes stay on their side, unvouched ones may reach
    // either); see "Drift" in docs/trust-model.md.
    const good = new Map<string, number>();
    const bad = new Map<string, number>();
    const nowMs = now.getTime();
    this.ratings.forEach((r, k) => {
      const v = result.ratingVouchedWeights[k]!;
      const u = result.ratingUnvouchedWeights[k]!;
      const age = decayFactor((nowMs - r.at.getTime()) / DAY_MS, this.params);
      const dv = abs(v - this.storedVouched[k]!) * age;
      const du = abs(u - this.storedUnvouched[k]!) * age;
      const id = r.recommenderId;
      good.set(id, (good.get(id) ?? 0) + (r.heldUp ? dv : 0) + du);
      bad.set(id, (bad.get(id) ?? 0) + (r.heldUp ? 0 : dv) + du);
      this.storedVouched[k] = v;
      this.storedUnvouched[k] = u;
    });
    const { priorPositive: a, priorNegative: b } = this.params;
    const drifts: number[] = [];
    const bounds: number[] = [];
    let boundViolations = 0;
    for (const m of this.members) {
      const immediate = decayTrust(m.trust, now, this.params);
      const recomputed = result.trust.get(m.id)!;
      const e = effectiveEvidence(immediate, this.params);
      const e2 = effectiveEvidence(recomputed, this.params);
      const t1 = e.positive + e.negative + a + b;
      const t2 = e2.positive + e2.negative + a + b;
      // |Δscore| ≤ 100·(D⁺·(N + b) + D⁻·(P + a)) / (T·T′), plus 0.1 for rounding two scores.
      const slack = (good.get(m.id) ?? 0) * (e.negative + b) + (bad.get(m.id) ?? 0) * (e.positive + a);
      const bound = (100 * slack) / (t1 * t2) + 0.1 + 1e-9;
      const drift = abs(immediate.score - recomputed.score);
      if (drift > bound) boundViolations++;
      if (m.ratedSales > 0) {
        drifts.push(drift);
        bounds.push(bound);
      }
      m.trust = recomputed;
    }
    this.drift.push({ day, drifts, bounds, boundViolations, iterations: result.iterations, converged: result.converged });
    this.rings = result.rings;
    this.reciprocalPairs = result.reciprocalPairs;
    this.ringOf = new Map(result.rings.flatMap((ring, r) => ring.map((id) => [id, r] as [string, number])));
  }
}
