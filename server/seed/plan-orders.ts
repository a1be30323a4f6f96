// 60 days of trade, simulated in time order so every rule of the network holds by construction:
// an order can go through a recommendation only once that recommendation exists; a member
// recommends a product only after an order of theirs for it was delivered, once per product and
// at most three a day; feedback comes within the rating window and only on delivered orders
// placed through a recommendation; whether a recommendation holds up depends on its author's
// hidden quality, so good recommenders earn trust and poor ones lose it.
import { FEEDBACK_BAD, FEEDBACK_GOOD, GENERIC_RECOMMENDATION_TEXTS, RECOMMENDATION_TEXTS } from './catalogue';
import { RATING_WINDOW_DAYS, REFUND_WINDOW_DAYS } from '../domain/order-policy';
import { RECOMMENDATIONS_PER_DAY, SHARE_CODE_ALPHABET, SHARE_CODE_LENGTH } from '../domain/recommendation-policy';
import { DAY_MS, uniqueCode } from './plan-members';
import type { DemoRandom } from './prng';
import type { PlannedEdge, PlannedMember, PlannedOrder, PlannedProduct, PlannedRecommendation, PlannedVerdict } from './plan-types';

export const ORDERS = 2_800;
const HOUR_MS = 3_600_000;
/** Demo members post at most this many a day, well inside the anti-spam cap. */
const POSTS_PER_DAY = Math.min(3, RECOMMENDATIONS_PER_DAY);

type Stars = 1 | 2 | 3 | 4 | 5;

interface Trade {
  orders: PlannedOrder[];
  recommendations: PlannedRecommendation[];
  verdicts: PlannedVerdict[];
}

export function planTrade(
  rng: DemoRandom,
  ids: DemoRandom,
  /** Who passed a link on: a stream of its own, so the rest of the market does not hang on it. */
  reshares: DemoRandom,
  members: PlannedMember[],
  products: PlannedProduct[],
  follows: PlannedEdge[],
  nowMs: number,
  startMs: number,
): Trade {
  const byId = new Map(members.map((m) => [m.id, m]));
  const shoppers = members.filter((m) => m.shopper);
  const following = new Map<string, Map<string, number>>();
  const followerCount = new Map<string, number>();
  for (const f of follows) {
    if (!following.has(f.fromId)) following.set(f.fromId, new Map());
    following.get(f.fromId)!.set(f.toId, f.at);
    followerCount.set(f.toId, (followerCount.get(f.toId) ?? 0) + 1);
  }
  const follows_ = (buyerId: string, authorId: string, at: number) => (following.get(buyerId)?.get(authorId) ?? Infinity) <= at;

  const recsByProduct = new Map<string, PlannedRecommendation[]>(products.map((p) => [p.id, []]));
  const recommended = new Set<string>(); // authorId:productId
  const postedPerDay = new Map<string, number>(); // authorId:day
  const trade: Trade = { orders: [], recommendations: [], verdicts: [] };
  const records = new RecordsByTime();

  // Trade starts once the shelves are stocked and grows over the two months.
  const first = startMs + 4 * DAY_MS;
  const times = Array.from({ length: ORDERS }, () => {
    const f = rng.chance(0.35) ? rng.next() : Math.sqrt(rng.next());
    return Math.round(first + f * (nowMs - HOUR_MS - first));
  }).sort((a, b) => a - b);

  for (const [n, placedAt] of times.entries()) {
    const eligible = shoppers.map((m) => (m.createdAt < placedAt ? m.activity : 0));
    const buyer = shoppers[rng.weighted(eligible)]!;
    const live = (p: PlannedProduct) => recsByProduct.get(p.id)!.filter((r) => r.createdAt <= placedAt && r.authorId !== buyer.id);
    const product = products[
      rng.weighted(
        products.map((p) => {
          const recs = live(p);
          const friend = recs.some((r) => follows_(buyer.id, r.authorId, placedAt));
          return p.createdAt < placedAt ? p.popularity * (1 + 0.6 * recs.length) * (friend ? 3 : 1) : 0;
        }),
      )
    ]!;
    const recs = live(product);
    let rec: PlannedRecommendation | null = null;
    if (recs.length > 0 && rng.chance(0.85)) {
      const weights = recs.map((r) => (follows_(buyer.id, r.authorId, placedAt) ? 4 : 1) * Math.sqrt(1 + (followerCount.get(r.authorId) ?? 0)));
      rec = recs[rng.weighted(weights)]!;
    }
    const resharer = rec && rng.chance(0.18) ? pickResharer(reshares, shoppers, following, buyer.id, rec.authorId, placedAt, records) : null;
    const order = newOrder(rng, ids, n, buyer, product, rec, resharer, placedAt, nowMs);
    trade.orders.push(order);
    if (order.deliveredAt === null) continue;

    // What the buyer made of it: through a recommendation, its author's quality decides.
    const author = rec ? byId.get(rec.authorId)! : null;
    const heldUp = rng.chance(author ? author.quality : 0.85);
    const refundAt = Math.round(order.deliveredAt + rng.between(0.5, REFUND_WINDOW_DAYS - 0.5) * DAY_MS);
    const refunds = !heldUp && rng.chance(author ? 0.3 : 0.15);
    if (refunds) {
      if (refundAt > nowMs) continue;
      if (rec) {
        trade.verdicts.push({ cause: 'REFUND', at: refundAt, orderId: order.id, buyerId: buyer.id, authorId: rec.authorId, supplierId: product.supplierId, heldUp: false, stars: null, comment: null, feedbackId: ids.uuid() });
        records.add(rec.authorId, refundAt, false);
      } else {
        order.status = 'REFUNDED';
        order.refundedAt = refundAt;
        order.changes.push({ status: 'REFUNDED', at: refundAt, byMemberId: product.supplierId, reason: 'refund requested by the buyer' });
      }
      continue;
    }
    if (rec && rng.chance(heldUp ? 0.85 : 0.92)) {
      // Most buyers say what they think within days of delivery; some take nearly the whole window.
      const at = Math.round(order.deliveredAt + (0.05 + (RATING_WINDOW_DAYS - 2) * rng.next() ** 2) * DAY_MS);
      const stars: Stars = heldUp ? (rng.chance(0.6) ? 5 : rng.chance(0.9) ? 4 : 3) : (rng.pick([1, 2, 2, 3] as const));
      const comment = rng.pick(heldUp ? FEEDBACK_GOOD : FEEDBACK_BAD) || null;
      if (at <= nowMs) {
        trade.verdicts.push({ cause: 'FEEDBACK', at, orderId: order.id, buyerId: buyer.id, authorId: rec.authorId, supplierId: product.supplierId, heldUp, stars, comment, feedbackId: ids.uuid() });
        records.add(rec.authorId, at, heldUp);
      }
    }
    // Recommending it themselves: eager posters always, the others only when it was good.
    const key = `${buyer.id}:${product.id}`;
    if (!recommended.has(key) && (heldUp || buyer.quality < 0.42) && rng.chance(buyer.postRate)) {
      let createdAt = Math.round(order.deliveredAt + rng.between(0.2, 5) * DAY_MS);
      while ((postedPerDay.get(`${buyer.id}:${Math.floor(createdAt / DAY_MS)}`) ?? 0) >= POSTS_PER_DAY) createdAt += DAY_MS;
      if (createdAt > nowMs) continue;
      const dayKey = `${buyer.id}:${Math.floor(createdAt / DAY_MS)}`;
      postedPerDay.set(dayKey, (postedPerDay.get(dayKey) ?? 0) + 1);
      recommended.add(key);
      const recommendation = newRecommendation(rng, ids, buyer, product, order, createdAt, nowMs);
      recsByProduct.get(product.id)!.push(recommendation);
      trade.recommendations.push(recommendation);
    }
  }
  trade.verdicts.sort((a, b) => a.at - b.at);
  return trade;
}

/** When each member's own recommendations were judged, held up or not (verdicts and counted refunds). */
class RecordsByTime {
  private readonly verdicts = new Map<string, { at: number; heldUp: boolean }[]>();

  add(authorId: string, at: number, heldUp: boolean): void {
    const list = this.verdicts.get(authorId) ?? [];
    list.push({ at, heldUp });
    this.verdicts.set(authorId, list);
  }

  /**
   * Whether the member may re-share at `at`: buyers of their own recommendations said two more
   * times that it held up than that it did not, by then. The plan cannot know vouched trust (the
   * replay computes it), so this stands in for the ladder's RESHARE step, about one clean vouched
   * sale (docs/privileges.md); the live API leaves out a re-sharer below the real step.
   */
  mayReshare(memberId: string, at: number): boolean {
    let net = 0;
    for (const v of this.verdicts.get(memberId) ?? []) if (v.at <= at) net += v.heldUp ? 1 : -1;
    return net >= 2;
  }
}

function pickResharer(
  rng: DemoRandom,
  shoppers: PlannedMember[],
  following: Map<string, Map<string, number>>,
  buyerId: string,
  authorId: string,
  at: number,
  records: RecordsByTime,
): string | null {
  // Usually someone the buyer follows passed the link on; otherwise any member who was there.
  // Only members with a record of their own re-share for a share.
  const friends = [...(following.get(buyerId) ?? new Map<string, number>()).entries()]
    .filter(([id, since]) => since <= at && id !== authorId && records.mayReshare(id, at))
    .map(([id]) => id)
    .filter((id) => shoppers.some((s) => s.id === id));
  if (friends.length > 0 && rng.chance(0.7)) return rng.pick(friends);
  const others = shoppers.filter((s) => s.createdAt < at && s.id !== buyerId && s.id !== authorId && records.mayReshare(s.id, at));
  return others.length > 0 ? rng.pick(others).id : null;
}

function newOrder(
  rng: DemoRandom,
  ids: DemoRandom,
  n: number,
  buyer: PlannedMember,
  product: PlannedProduct,
  rec: PlannedRecommendation | null,
  resharerId: string | null,
  placedAt: number,
  nowMs: number,
): PlannedOrder {
  const consumable = ['fresh-fruit', 'tea', 'baby'].includes(product.category);
  const quantity = consumable ? rng.pick([1, 1, 1, 1, 1, 1, 1, 2, 2, 3]) : rng.chance(0.9) ? 1 : 2;
  const delivered = Math.round(placedAt + rng.between(0.8, 4.5) * DAY_MS);
  const byBuyer = rng.chance(0.25);
  const clientKey = `demo-${String(n).padStart(5, '0')}`;
  const order: PlannedOrder = {
    id: ids.uuid(),
    buyerId: buyer.id,
    productId: product.id,
    supplierId: product.supplierId,
    clientKey,
    quantity,
    unitPriceMinor: product.priceMinor,
    totalMinor: quantity * product.priceMinor,
    commissionRateBps: product.commissionRateBps,
    status: 'PLACED',
    placedAt,
    deliveredAt: null,
    refundedAt: null,
    changes: [{ status: 'PLACED', at: placedAt, byMemberId: buyer.id, reason: null }],
    recommendationId: rec?.id ?? null,
    resharerId,
  };
  if (delivered <= nowMs) {
    order.status = 'DELIVERED';
    order.deliveredAt = delivered;
    order.changes.push(
      byBuyer
        ? { status: 'DELIVERED', at: delivered, byMemberId: buyer.id, reason: 'buyer confirmed receipt' }
        : { status: 'DELIVERED', at: delivered, byMemberId: product.supplierId, reason: 'supplier marked delivered' },
    );
  }
  return order;
}

function newRecommendation(
  rng: DemoRandom,
  ids: DemoRandom,
  author: PlannedMember,
  product: PlannedProduct,
  backing: PlannedOrder,
  createdAt: number,
  nowMs: number,
): PlannedRecommendation {
  const texts = RECOMMENDATION_TEXTS[product.category] ?? [];
  const drawText = () =>
    rng.chance(0.7) && texts.length > 0 ? rng.pick(texts) : rng.pick(GENERIC_RECOMMENDATION_TEXTS).replace('{title}', product.title);
  // Poor recommenders hype everything with five stars; careful ones spread their stars.
  const stars = author.quality < 0.42 ? 5 : rng.chance(0.6) ? 5 : rng.chance(0.85) ? 4 : 3;
  const text = drawText();
  const rec: PlannedRecommendation = {
    id: ids.uuid(),
    code: uniqueCode(ids, SHARE_CODE_LENGTH, SHARE_CODE_ALPHABET),
    authorId: author.id,
    productId: product.id,
    backingOrderId: backing.id,
    stars,
    text,
    createdAt,
    updatedAt: createdAt,
    revision: 1,
    previous: null,
  };
  const editedAt = Math.round(createdAt + rng.between(1, 8) * DAY_MS);
  if (rng.chance(0.06) && editedAt <= nowMs) {
    const newer = drawText();
    if (newer !== text) {
      rec.previous = { stars, text, at: createdAt, revision: 1 };
      rec.text = newer;
      rec.stars = Math.max(3, stars - rng.int(2));
      rec.updatedAt = editedAt;
      rec.revision = 2;
    }
  }
  return rec;
}
