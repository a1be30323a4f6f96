// The market, day by day. Honest members have a hidden quality (the chance that what they
// recommend holds up); buyers pick recommenders by popularity alone, never by trust, so the
// model is judged on evidence it did not steer; verdicts follow the quality with noise. The
// attackers follow the scripts in config.ts. Every verdict goes through Market.rate
// (applyVerdict) in time order; every `recomputeEveryDays` days Market.recompute runs.

import { applyVerdict, decayTrust, DEFAULT_TRUST_PARAMS, type MemberTrust, type TrustParams } from '../../server/domain/trust';
import { DEFAULT_SIM, type SimConfig } from './config';
import { DAY_MS, Market, type SimMember } from './market';
import { Prng, WeightedPicker } from './prng';
import { median, quantile } from './stats';

// Bound once: inside jest's vm context every lookup of the global `Math` costs a microsecond.
const { floor, max, round } = Math;

/** What happened, for the assertions and the table. */
export interface SimRecord {
  readonly market: Market;
  readonly config: SimConfig;
  readonly honest: SimMember[];
  readonly ring: SimMember[];
  readonly pair: SimMember[];
  readonly camouflage: SimMember[];
  readonly newcomers: { member: SimMember; salesToTopQuartile: number | null }[];
  readonly whitewash: { old: SimMember; fresh: SimMember; freshAtStart: MemberTrust }[];
  /** P10 of rankKey of established good members (quality ≥ 0.8, ≥ 10 rated sales) on whitewash day. */
  readonly establishedGoodP10: number;
  readonly bombing: {
    target: SimMember;
    before: MemberTrust;
    after: MemberTrust;
    unweightedAfter: MemberTrust;
    afterRecompute: MemberTrust | null;
    topQuartile: number;
  };
  readonly steady: SimMember;
  readonly lucky: SimMember;
  /** Immediate states just before the final recompute (decayed to the end). */
  readonly immediateAtEnd: Map<string, MemberTrust>;
  /** After each recompute: the ring's best rankKey and the median rankKey of all honest members. */
  readonly ringSeries: { day: number; ringBest: number; honestMedian: number }[];
  /** The captured verified member and the sybils it vouched for. */
  readonly captured: { verified: SimMember | null; sybils: SimMember[] };
  /**
   * After each recompute from the capture on: the sybils' best rankKey and the median rankKey of
   * well-rated honest members (≥ 10 rated sales, quality ≥ 0.8).
   */
  readonly capturedSeries: { day: number; sybilBest: number; wellRatedMedian: number }[];
}

interface Slot {
  member: SimMember;
  readonly joinDay: number;
  readonly weight: number;
}

interface Buyer {
  readonly member: SimMember;
  readonly joinDay: number;
}

interface Sale {
  readonly buyer: SimMember;
  readonly seller: SimMember;
  readonly at: number;
  readonly valueMinor: number;
  readonly heldUp: boolean;
  readonly refund: boolean;
}

export function runSimulation(config: SimConfig = DEFAULT_SIM, params: TrustParams = DEFAULT_TRUST_PARAMS): SimRecord {
  return new Simulation(config, params).run();
}

class Simulation {
  private readonly rng: Prng;
  private readonly market: Market;
  private readonly start = Date.UTC(2025, 0, 1);
  private readonly slots: Slot[] = [];
  private readonly slotOf = new Map<SimMember, Slot>();
  private readonly buyers: Buyer[] = [];
  private picker = new WeightedPicker([]);
  private topQuartile = Number.POSITIVE_INFINITY;
  private readonly r: Omit<SimRecord, 'steady' | 'lucky' | 'bombing' | 'immediateAtEnd'> & {
    steady?: SimMember;
    lucky?: SimMember;
    bombing?: SimRecord['bombing'];
    establishedGoodP10: number;
  };

  constructor(
    private readonly config: SimConfig,
    private readonly params: TrustParams,
  ) {
    this.rng = new Prng(config.seed);
    this.market = new Market(params);
    this.r = {
      market: this.market, config, honest: [], ring: [], pair: [], camouflage: [], newcomers: [],
      whitewash: [], establishedGoodP10: Number.NaN, ringSeries: [], captured: { verified: null, sybils: [] }, capturedSeries: [],
    };
  }

  run(): SimRecord {
    this.populate();
    const c = this.config;
    for (let day = 0; day < c.days; day++) {
      const dayStart = this.start + day * DAY_MS;
      this.scripted(day, dayStart);
      const sales = [...this.marketSales(day, dayStart), ...this.collusionSales(dayStart)];
      sales.sort((a, b) => a.at - b.at);
      for (const s of sales) this.apply(s);
      if ((day + 1) % c.recomputeEveryDays === 0 && day + 1 < c.days) this.recompute(dayStart + DAY_MS, day);
    }
    const end = new Date(this.start + c.days * DAY_MS);
    const immediateAtEnd = new Map(this.market.members.map((m) => [m.id, decayTrust(m.trust, end, this.params)]));
    this.recompute(end.getTime(), c.days);
    return { ...this.r, steady: this.r.steady!, lucky: this.r.lucky!, bombing: this.r.bombing!, immediateAtEnd };
  }

  private populate(): void {
    const c = this.config;
    const at = new Date(this.start);
    const popularity: number[] = [];
    for (let i = 0; i < c.honestMembers; i++) {
      const late = this.rng.chance(c.lateJoinShare);
      const joinDay = late ? 1 + this.rng.int(floor(c.days * 0.7)) : 0;
      const verified = !late && this.rng.chance(c.verifiedShare);
      const quality = c.quality.floor + c.quality.span * this.rng.beta(c.quality.a, c.quality.b);
      const m = this.market.join('honest', quality, verified, at);
      this.r.honest.push(m);
      this.buyers.push({ member: m, joinDay });
      if (this.rng.chance(c.recommenderShare)) {
        const p = this.rng.logNormal(1, 1);
        popularity.push(p);
        this.addSlot(m, joinDay, p);
      }
    }
    const p90 = quantile(popularity, 0.9);
    const p95 = quantile(popularity, 0.95);
    for (let i = 0; i < c.camouflage.count; i++) {
      const m = this.market.join('camouflage', Number.NaN, false, at);
      this.r.camouflage.push(m);
      this.addSlot(m, 0, this.rng.logNormal(1, 1));
    }
    for (let i = 0; i < c.whitewash.count; i++) {
      this.addSlot(this.market.join('whitewasher', c.whitewash.quality, false, at), 0, p90);
    }
    for (let i = 0; i < c.newcomers.count; i++) {
      const m = this.market.join('newcomer', c.newcomers.quality, false, at);
      this.addSlot(m, c.newcomers.day, p95);
      this.buyers.push({ member: m, joinDay: c.newcomers.day });
      this.r.newcomers.push({ member: m, salesToTopQuartile: null });
    }
    this.picker = new WeightedPicker(this.slots.map((s) => s.weight));
  }

  private addSlot(member: SimMember, joinDay: number, weight: number): void {
    const slot = { member, joinDay, weight };
    this.slots.push(slot);
    this.slotOf.set(member, slot);
  }

  /** Joins and one-off events of `day`. Accounts join when their script starts. */
  private scripted(day: number, dayStart: number): void {
    const c = this.config;
    const at = new Date(dayStart);
    if (day === c.ring.day) {
      for (let i = 0; i < c.ring.size; i++) this.r.ring.push(this.market.join('ring', Number.NaN, false, at));
    }
    if (day === c.pair.day) {
      for (let i = 0; i < 2; i++) this.r.pair.push(this.market.join('pair', Number.NaN, false, at));
    }
    if (day === c.steady.day) this.r.steady = this.market.join('steady', 0.95, false, at);
    if (day === c.lucky.day) this.r.lucky = this.market.join('lucky', 1, false, at);
    if (day === c.whitewash.day) this.whitewash(at);
    if (day === c.bombing.day) this.bomb(dayStart);
    if (day === c.captured.day) this.capture(at);
  }

  /** A verified account is captured: it vouches for fresh sybils, which then trade among themselves. */
  private capture(at: Date): void {
    const c = this.config.captured;
    const verified = this.r.honest.find((m) => m.verified && m.ratedSales >= 10) ?? null;
    this.r.captured.verified = verified;
    for (let i = 0; i < c.sybils; i++) this.r.captured.sybils.push(this.market.join('sybil', Number.NaN, false, at));
  }

  private whitewash(at: Date): void {
    const established = this.r.honest.filter((m) => m.quality >= 0.8 && m.ratedSales >= 10);
    this.r.establishedGoodP10 = quantile(
      established.map((m) => decayTrust(m.trust, at, this.params).rankKey),
      0.1,
    );
    for (const slot of this.slots.filter((s) => s.member.kind === 'whitewasher')) {
      const old = slot.member;
      const fresh = this.market.join('whitewasher', old.quality, false, at);
      slot.member = fresh;
      this.r.whitewash.push({ old, fresh, freshAtStart: fresh.trust });
    }
  }

  /** Fresh accounts each buy once from the best-ranked honest member: all "did not hold up". */
  private bomb(dayStart: number): void {
    const c = this.config.bombing;
    const at = new Date(dayStart);
    const target = [...this.r.honest].sort((a, b) => b.trust.rankKey - a.trust.rankKey)[0]!;
    const before = decayTrust(target.trust, at, this.params);
    let unweighted = before;
    for (let i = 0; i < c.bombers; i++) {
      const bomber = this.market.join('bomber', Number.NaN, false, at);
      const t = new Date(dayStart + i * 1000);
      const cause = i % 2 === 0 ? 'FEEDBACK' : 'REFUND';
      this.market.rate(bomber, target, t, c.valueMinor, false, cause);
      // The same verdicts if every account counted as fully vouched (reach 1): what weighting saves.
      unweighted = applyVerdict(
        unweighted,
        {
          heldUp: false, cause, raterTrust: { reach: 1 }, orderValueMinor: c.valueMinor,
          previousRatingsByRaterOfRecommender: 0, reciprocal: false, selfDealing: false, at: t,
        },
        t,
        this.params,
      ).next;
    }
    this.r.bombing = {
      target, before, after: target.trust, unweightedAfter: unweighted, afterRecompute: null,
      topQuartile: this.topQuartile,
    };
  }

  /** Ordinary buying: active buyers pick a recommendation by popularity. */
  private *marketSales(day: number, dayStart: number): Generator<Sale> {
    const c = this.config;
    for (const b of this.buyers) {
      if (b.joinDay > day || !this.rng.chance(c.buyChance)) continue;
      const own = this.slotOf.get(b.member);
      let slot: Slot | undefined = own && this.rng.chance(c.selfDealChance) ? own : undefined;
      for (let tries = 0; !slot && tries < 10; tries++) {
        const s = this.slots[this.picker.pick(this.rng)]!;
        if (s.joinDay <= day && s.member !== b.member) slot = s;
      }
      if (!slot) continue;
      const valueMinor = max(100, round(this.rng.logNormal(8_000, 0.7)));
      const held = this.outcome(slot.member, valueMinor);
      if (!this.rng.chance(c.rateChance)) continue;
      yield this.sale(b.member, slot.member, dayStart, valueMinor, held);
    }
    yield* this.scriptedSales(day, dayStart);
  }

  private outcome(seller: SimMember, valueMinor: number): boolean {
    const q =
      seller.kind === 'camouflage' ? (valueMinor < this.config.camouflage.failAboveMinor ? 0.95 : 0.1) : seller.quality;
    const held = this.rng.chance(q);
    return this.rng.chance(this.config.verdictNoise) ? !held : held;
  }

  private sale(buyer: SimMember, seller: SimMember, dayStart: number, valueMinor: number, heldUp: boolean): Sale {
    const at = dayStart + 60_000 + floor(this.rng.next() * (DAY_MS - 120_000));
    const refund = !heldUp && this.rng.chance(this.config.refundShare);
    return { buyer, seller, at, valueMinor, heldUp, refund };
  }

  /** The steady and the lucky seller: sales from random honest buyers, outcomes scripted. */
  private *scriptedSales(day: number, dayStart: number): Generator<Sale> {
    const c = this.config;
    const buyer = () => {
      for (;;) {
        const b = this.buyers[this.rng.int(this.buyers.length)]!;
        if (b.joinDay <= day) return b.member;
      }
    };
    const k = day - c.steady.day;
    if (this.r.steady && k >= 0 && k < 100) {
      yield this.sale(buyer(), this.r.steady, dayStart, 8_000, !STEADY_MISSES.has(k));
    }
    if (this.r.lucky && day - c.lucky.day < 3) yield this.sale(buyer(), this.r.lucky, dayStart, 8_000, true);
  }

  /** The ring and the pair: only each other, always "held up". */
  private *collusionSales(dayStart: number): Generator<Sale> {
    const c = this.config;
    const ring = this.r.ring;
    for (const m of ring) {
      if (!this.rng.chance(c.ring.buyChance)) continue;
      let seller = m;
      while (seller === m) seller = ring[this.rng.int(ring.length)]!;
      yield this.sale(m, seller, dayStart, c.ring.valueMinor, true);
    }
    yield* this.capturedSales(dayStart);
    const [a, b] = this.r.pair;
    if (a && b) {
      if (this.rng.chance(c.pair.buyChance)) yield this.sale(a, b, dayStart, c.pair.valueMinor, true);
      if (this.rng.chance(c.pair.buyChance)) yield this.sale(b, a, dayStart, c.pair.valueMinor, true);
    }
  }

  /** On the capture day the scripted vouching; after it, the sybils trading among themselves. */
  private *capturedSales(dayStart: number): Generator<Sale> {
    const c = this.config.captured;
    const { verified, sybils } = this.r.captured;
    if (!verified || sybils.length === 0) return;
    const day = round((dayStart - this.start) / DAY_MS);
    if (day === c.day) {
      for (const s of sybils) for (let twice = 0; twice < 2; twice++) yield this.sale(verified, s, dayStart, c.valueMinor, true);
      for (const [k, s] of sybils.entries()) {
        for (let step = 1; step <= c.ringOut; step++) yield this.sale(s, sybils[(k + step) % sybils.length]!, dayStart, c.valueMinor, true);
      }
      yield this.sale(sybils[0]!, verified, dayStart, c.valueMinor, true);
      return;
    }
    for (const s of sybils) {
      if (!this.rng.chance(c.buyChance)) continue;
      let seller = s;
      while (seller === s) seller = sybils[this.rng.int(sybils.length)]!;
      yield this.sale(s, seller, dayStart, c.valueMinor, true);
    }
  }

  private apply(s: Sale): void {
    this.market.rate(s.buyer, s.seller, new Date(s.at), s.valueMinor, s.heldUp, s.refund ? 'REFUND' : 'FEEDBACK');
    if (s.seller.kind !== 'newcomer') return;
    const entry = this.r.newcomers.find((n) => n.member === s.seller);
    if (entry && entry.salesToTopQuartile === null && s.seller.trust.rankKey >= this.topQuartile) {
      entry.salesToTopQuartile = s.seller.ratedSales;
    }
  }

  private recompute(atMs: number, day: number): void {
    this.market.recompute(new Date(atMs), day);
    const established = this.r.honest.filter((m) => m.ratedSales >= 10).map((m) => m.trust.rankKey);
    this.topQuartile = established.length > 0 ? quantile(established, 0.75) : Number.POSITIVE_INFINITY;
    if (this.r.ring.length > 0) {
      this.r.ringSeries.push({
        day,
        ringBest: max(...this.r.ring.map((m) => m.trust.rankKey)),
        honestMedian: median(this.r.honest.map((m) => m.trust.rankKey)),
      });
    }
    if (this.r.captured.sybils.length > 0) {
      const wellRated = this.r.honest.filter((m) => m.ratedSales >= 10 && m.quality >= 0.8).map((m) => m.trust.rankKey);
      this.r.capturedSeries.push({
        day,
        sybilBest: max(...this.r.captured.sybils.map((m) => m.trust.rankKey)),
        wellRatedMedian: median(wellRated),
      });
    }
    if (this.r.bombing && this.r.bombing.afterRecompute === null) {
      this.r.bombing.afterRecompute = this.r.bombing.target.trust;
    }
  }
}

/** Which 5 of the steady seller's 100 sales did not hold up (fixed, spread out). */
const STEADY_MISSES = new Set([7, 29, 48, 66, 91]);
