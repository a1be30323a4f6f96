// What the soak asks of the server: the web app's own GraphQL documents (printed from
// web/src/gql, so the soak reads exactly what a browser reads) in a fixed mix, chosen by a seeded
// PRNG so two runs send the same sequence of kinds.
//
//   reads  ~65%: leaderboard 25% (a fifth of them per category), member page 20%, product page 20%
//   writes ~35%: place an order through someone else's recommendation 15%, the product's supplier
//                marks a placed order delivered 10%, its buyer rates it 10%
//
// Writes follow the order's life: a delivery takes the oldest order the soak placed whose supplier
// may still write this minute, a rating the oldest delivered one whose buyer may; with nothing
// waiting, the slot places an order instead. Every member speaks from an address of its own and
// the mix keeps each member under WRITES_PER_MEMBER_MINUTE, below the server's production limit
// of 60, so the load is never refused by the limiter; any 429 that still comes back is counted on
// its own line.
import { print, type DocumentNode } from 'graphql';
import {
  LeaderboardDocument,
  MarkOrderDeliveredDocument,
  MemberPageDocument,
  PlaceOrderDocument,
  ProductPageDocument,
  RateRecommendationDocument,
} from '../../web/src/gql/graphql';
import type { AutocannonRequest } from 'autocannon';
import { prng } from '../bench/generate';

export type Kind = 'leaderboard' | 'member' | 'product' | 'place' | 'deliver' | 'rate';
export const READS: Kind[] = ['leaderboard', 'member', 'product'];

export interface SoakMarket {
  memberHandles: string[];
  productIds: string[];
  categories: string[];
  /** Live recommendations: who wrote them, for what, and who supplies it. */
  recommendations: { code: string; authorHandle: string; productId: string; supplierHandle: string }[];
  /** Handles of the members who buy during the soak (not suppliers, not admins). */
  buyers: string[];
}

export interface Session {
  handle: string;
  token: string;
  address: string;
}

const WRITES_PER_MEMBER_MINUTE = 40;
const text = (doc: unknown) => print(doc as DocumentNode);
const DOCS = {
  leaderboard: text(LeaderboardDocument),
  member: text(MemberPageDocument),
  product: text(ProductPageDocument),
  place: text(PlaceOrderDocument),
  deliver: text(MarkOrderDeliveredDocument),
  rate: text(RateRecommendationDocument),
};

interface Waiting {
  orderId: string;
  buyer: string;
  supplier: string;
}

export class SoakMix {
  private readonly random: () => number;
  private readonly placed: Waiting[] = [];
  private readonly delivered: Waiting[] = [];
  private readonly writesAt = new Map<string, number[]>();
  private keyCounter = 0;

  constructor(
    private readonly market: SoakMarket,
    private readonly sessions: Map<string, Session>,
    seed: number,
  ) {
    this.random = prng(seed);
  }

  private pick<T>(items: T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  /**
   * The oldest waiting order whose writer (its buyer or its supplier) may still write this
   * minute, taken off the queue. Taking only the head would stall the whole queue behind one busy
   * supplier while the others sit idle.
   */
  private takeWritable(queue: Waiting[], writer: (w: Waiting) => string): Waiting | undefined {
    const i = queue.findIndex((w) => this.mayWrite(writer(w)));
    return i < 0 ? undefined : queue.splice(i, 1)[0];
  }

  /** Client-side courtesy: a member who wrote WRITES_PER_MEMBER_MINUTE times in the last minute waits. */
  private mayWrite(handle: string): boolean {
    const now = Date.now();
    const recent = (this.writesAt.get(handle) ?? []).filter((t) => now - t < 60_000);
    this.writesAt.set(handle, recent);
    if (recent.length >= WRITES_PER_MEMBER_MINUTE) return false;
    recent.push(now);
    return true;
  }

  private request(kind: Kind, variables: Record<string, unknown>, as: Session | undefined, context: Record<string, unknown>, meta?: Waiting): AutocannonRequest {
    context.kind = kind;
    context.meta = meta;
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': as?.address ?? `10.200.${Math.floor(this.random() * 250)}.${1 + Math.floor(this.random() * 250)}` };
    if (as) headers.authorization = `Bearer ${as.token}`;
    return { method: 'POST', path: '/graphql', headers, body: JSON.stringify({ query: DOCS[kind], variables }) };
  }

  /** autocannon's setupRequest: the next request of the mix. */
  next(context: Record<string, unknown>): AutocannonRequest {
    const r = this.random();
    const toRate = r >= 0.9 ? this.takeWritable(this.delivered, (w) => w.buyer) : undefined;
    if (toRate) {
      const heldUp = this.random() < 0.8;
      return this.request('rate', { orderId: toRate.orderId, stars: heldUp ? 5 : 2, heldUp, comment: null }, this.sessions.get(toRate.buyer), context);
    }
    const toDeliver = r >= 0.8 && r < 0.9 ? this.takeWritable(this.placed, (w) => w.supplier) : undefined;
    if (toDeliver) return this.request('deliver', { orderId: toDeliver.orderId }, this.sessions.get(toDeliver.supplier), context, toDeliver);
    if (r >= 0.65) {
      const buyer = this.pick(this.market.buyers);
      const rec = this.pick(this.market.recommendations);
      if (rec.authorHandle !== buyer && this.mayWrite(buyer)) {
        const variables = { productId: rec.productId, quantity: 1, code: rec.code, resharer: null, key: `soak-${process.pid}-${++this.keyCounter}` };
        return this.request('place', variables, this.sessions.get(buyer), context, { orderId: '', buyer, supplier: rec.supplierHandle });
      }
    }
    // Reads: the rest of the mix, and any write slot that had nothing to do.
    const read = this.random();
    if (read < 0.38) {
      const byCategory = this.random() < 0.2;
      return this.request('leaderboard', byCategory ? { scope: 'CATEGORY', category: this.pick(this.market.categories) } : { scope: 'GLOBAL' }, undefined, context);
    }
    if (read < 0.69) return this.request('member', { handle: this.pick(this.market.memberHandles) }, undefined, context);
    const viewer = this.random() < 0.5 ? this.sessions.get(this.pick(this.market.buyers)) : undefined;
    return this.request('product', { id: this.pick(this.market.productIds) }, viewer, context);
  }

  /** autocannon's onResponse: moves orders along their life, returns the kind and any error code. */
  settle(status: number, body: string, context: Record<string, unknown>): { kind: Kind; code?: string } {
    const kind = context.kind as Kind;
    let parsed: { data?: Record<string, { id?: string } | null>; errors?: { extensions?: { code?: string } }[] } = {};
    try {
      parsed = JSON.parse(body);
    } catch {
      // not JSON (a proxy page, a cut connection): counted by status alone
    }
    const code = parsed.errors?.[0]?.extensions?.code;
    const meta = context.meta as Waiting | undefined;
    if (status === 200 && !code && meta) {
      if (kind === 'place' && parsed.data?.placeOrder?.id) this.placed.push({ ...meta, orderId: parsed.data.placeOrder.id });
      if (kind === 'deliver') this.delivered.push(meta);
    }
    return { kind, code };
  }

  get backlog(): { placed: number; delivered: number } {
    return { placed: this.placed.length, delivered: this.delivered.length };
  }
}
