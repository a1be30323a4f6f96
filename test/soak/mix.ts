// What the soak asks of the server: what a browser fetches — the web app's own GraphQL documents
// (printed from web/src/gql, so the soak reads exactly what a browser reads) and the app itself
// (the page shell and its hashed files) — in a fixed mix, chosen by a seeded PRNG so two runs
// send the same sequence of kinds.
//
//   reads  ~65%: leaderboard 22% (a fifth of them per category), member page 18%, product page
//                15%, the app's page shell (GET /, with its first paint) 5%, one of its hashed
//                files (JS, CSS) 5%
//   writes ~35%: place an order through someone else's recommendation 15%, the product's supplier
//                marks a placed order delivered 10%, its buyer rates it 10%
//
// Writes follow the order's life: a delivery takes the oldest order the soak placed whose supplier
// may still write this minute, a rating the oldest delivered one whose buyer may; with nothing
// waiting, the slot places an order instead. Every member speaks from an address of its own and
// the mix keeps each member under WRITES_PER_MEMBER_MINUTE, below the server's production limit
// of 60, so the load is never refused by the limiter; any 429 that still comes back is counted.
import { print, type DocumentNode } from 'graphql';
import {
  LeaderboardDocument,
  MarkOrderDeliveredDocument,
  MemberPageDocument,
  PlaceOrderDocument,
  ProductPageDocument,
  RateRecommendationDocument,
} from '../../web/src/gql/graphql';
import type { PacedRequest } from '../bench/paced-load';
import { prng } from '../bench/generate';

export type Kind = 'leaderboard' | 'member' | 'product' | 'shell' | 'asset' | 'place' | 'deliver' | 'rate';

/** Each kind's share of the requests drawn (a write with nothing to do falls back, see next()). */
export const MIX_SHARES: Readonly<Record<Kind, number>> = {
  leaderboard: 0.22,
  member: 0.18,
  product: 0.15,
  shell: 0.05,
  asset: 0.05,
  place: 0.15,
  deliver: 0.1,
  rate: 0.1,
};
export const KINDS = Object.keys(MIX_SHARES) as Kind[];
export const READS: Kind[] = ['leaderboard', 'member', 'product', 'shell', 'asset'];

/** The kind a uniform draw r in [0, 1) picks among `kinds`, in proportion to their shares. */
export function kindAt(r: number, kinds: readonly Kind[] = KINDS): Kind {
  const total = kinds.reduce((s, k) => s + MIX_SHARES[k], 0);
  let acc = 0;
  for (const k of kinds) {
    acc += MIX_SHARES[k] / total;
    if (r < acc) return k;
  }
  return kinds[kinds.length - 1]!;
}

export interface SoakMarket {
  memberHandles: string[];
  productIds: string[];
  categories: string[];
  /** Live recommendations the soak may buy through: who wrote them, for what, and who supplies it. */
  recommendations: { code: string; authorHandle: string; productId: string; supplierHandle: string }[];
  /** Handles of the members who buy during the soak (not suppliers, not admins), all signed in. */
  buyers: string[];
}

export interface Session {
  handle: string;
  token: string;
  address: string;
}

export const WRITES_PER_MEMBER_MINUTE = 40;
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

/** One request of the mix, with what settle() needs to follow its answer. */
export interface Planned {
  kind: Kind;
  request: PacedRequest;
  meta?: Waiting;
}

export interface MixOptions {
  seed: number;
  /** Paths of the web app's hashed files (under /assets/) a browser fetches. */
  assets: string[];
  /** Makes this run's idempotency keys its own: a store may hold earlier soaks' orders. */
  runId: string;
  /** ms clock for the per-member write courtesy (injectable for tests). */
  now?: () => number;
}

export class SoakMix {
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly placed: Waiting[] = [];
  private readonly delivered: Waiting[] = [];
  private readonly writesAt = new Map<string, number[]>();
  private keyCounter = 0;

  constructor(
    private readonly market: SoakMarket,
    private readonly sessions: Map<string, Session>,
    private readonly options: MixOptions,
  ) {
    this.random = prng(options.seed);
    this.now = options.now ?? Date.now;
    if (options.assets.length === 0) throw new Error('the soak needs the web app built (npm run build:web): no hashed files to fetch');
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
    const now = this.now();
    const recent = (this.writesAt.get(handle) ?? []).filter((t) => now - t < 60_000);
    this.writesAt.set(handle, recent);
    if (recent.length >= WRITES_PER_MEMBER_MINUTE) return false;
    recent.push(now);
    return true;
  }

  private address(as: Session | undefined): string {
    return as?.address ?? `10.200.${Math.floor(this.random() * 250)}.${1 + Math.floor(this.random() * 250)}`;
  }

  private graphql(kind: Exclude<Kind, 'shell' | 'asset'>, variables: Record<string, unknown>, as: Session | undefined, meta?: Waiting): Planned {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': this.address(as) };
    if (as) headers.authorization = `Bearer ${as.token}`;
    return { kind, meta, request: { method: 'POST', path: '/graphql', headers, body: JSON.stringify({ query: DOCS[kind], variables }), readBody: true } };
  }

  private read(kind: Kind): Planned {
    switch (kind) {
      case 'leaderboard': {
        const byCategory = this.random() < 0.2;
        return this.graphql('leaderboard', byCategory ? { scope: 'CATEGORY', category: this.pick(this.market.categories) } : { scope: 'GLOBAL' }, undefined);
      }
      case 'member':
        return this.graphql('member', { handle: this.pick(this.market.memberHandles) }, undefined);
      case 'product': {
        const viewer = this.random() < 0.5 ? this.sessions.get(this.pick(this.market.buyers)) : undefined;
        return this.graphql('product', { id: this.pick(this.market.productIds) }, viewer);
      }
      case 'shell':
        // A visitor landing on the home page: the shell with the leaderboard's first paint.
        return { kind, request: { method: 'GET', path: '/', headers: { accept: 'text/html', 'x-forwarded-for': this.address(undefined) } } };
      default:
        return { kind: 'asset', request: { method: 'GET', path: this.pick(this.options.assets), headers: { 'x-forwarded-for': this.address(undefined) } } };
    }
  }

  private place(): Planned | undefined {
    const buyer = this.pick(this.market.buyers);
    const rec = this.pick(this.market.recommendations);
    if (rec.authorHandle === buyer || !this.mayWrite(buyer)) return undefined;
    const variables = { productId: rec.productId, quantity: 1, code: rec.code, resharer: null, key: `soak-${this.options.runId}-${++this.keyCounter}` };
    return this.graphql('place', variables, this.sessions.get(buyer), { orderId: '', buyer, supplier: rec.supplierHandle });
  }

  /** The next request of the mix. */
  next(): Planned {
    const kind = kindAt(this.random());
    if (kind === 'rate') {
      const toRate = this.takeWritable(this.delivered, (w) => w.buyer);
      if (toRate) {
        const heldUp = this.random() < 0.8;
        return this.graphql('rate', { orderId: toRate.orderId, stars: heldUp ? 5 : 2, heldUp, comment: null }, this.sessions.get(toRate.buyer));
      }
    }
    if (kind === 'deliver') {
      const toDeliver = this.takeWritable(this.placed, (w) => w.supplier);
      if (toDeliver) return this.graphql('deliver', { orderId: toDeliver.orderId }, this.sessions.get(toDeliver.supplier), toDeliver);
    }
    if (!READS.includes(kind)) {
      const order = this.place();
      if (order) return order;
      // A write slot with nothing to do: a read, drawn in the reads' own proportions.
      return this.read(kindAt(this.random(), READS));
    }
    return this.read(kind);
  }

  /** Moves orders along their life from an answer; returns any GraphQL error code in it. */
  settle(planned: Planned, status: number, body: string | undefined): string | undefined {
    if (body === undefined) return undefined;
    let parsed: { data?: Record<string, { id?: string } | null>; errors?: { extensions?: { code?: string } }[] } = {};
    try {
      parsed = JSON.parse(body);
    } catch {
      return status === 200 ? 'NOT_JSON' : undefined; // a proxy page, a cut connection: counted by status
    }
    const code = parsed.errors?.[0]?.extensions?.code ?? (parsed.errors?.length ? 'UNKNOWN' : undefined);
    const meta = planned.meta;
    if (status === 200 && !code && meta) {
      if (planned.kind === 'place' && parsed.data?.placeOrder?.id) this.placed.push({ ...meta, orderId: parsed.data.placeOrder.id });
      if (planned.kind === 'deliver') this.delivered.push(meta);
    }
    return code;
  }

  get backlog(): { placed: number; delivered: number } {
    return { placed: this.placed.length, delivered: this.delivered.length };
  }
}
