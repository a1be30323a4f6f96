// The demo market as plain values, before anything is written: who the members are, what is
// for sale, every order with its status history, every recommendation, and the buyers' verdicts
// in the order they happened. Times are epoch milliseconds, money is fen (docs/data-model.md).

export type DemoRole = 'MEMBER' | 'SUPPLIER' | 'ADMIN';

export interface PlannedMember {
  id: string;
  /** Handle without the run's namespace suffix (what two runs of one seed share). */
  baseHandle: string;
  handle: string;
  displayName: string;
  email: string;
  roles: DemoRole[];
  verified: boolean;
  inviteCode: string;
  bio: string;
  locale: 'en' | 'zh-CN';
  createdAt: number;
  /** Hidden: the chance a recommendation of theirs holds up. Only the seed knows it. */
  quality: number;
  /** Hidden: how often they shop, relative to others. */
  activity: number;
  /** Hidden: how readily they post a recommendation after a delivery. */
  postRate: number;
  /** True for an ordinary member who shops (not the admin, not a supplier). */
  shopper: boolean;
}

export interface PlannedProduct {
  id: string;
  supplierId: string;
  title: string;
  description: string;
  category: string;
  priceMinor: number;
  commissionRateBps: number;
  createdAt: number;
  /** Hidden: how much shoppers want it. */
  popularity: number;
}

export interface PlannedStatusChange {
  status: 'PLACED' | 'DELIVERED' | 'REFUNDED';
  at: number;
  byMemberId: string | null;
  reason: string | null;
}

export interface PlannedOrder {
  id: string;
  buyerId: string;
  productId: string;
  supplierId: string;
  clientKey: string;
  quantity: number;
  unitPriceMinor: number;
  totalMinor: number;
  commissionRateBps: number;
  /** Status when the bulk load writes it; a refund verdict moves DELIVERED to REFUNDED later. */
  status: 'PLACED' | 'DELIVERED' | 'REFUNDED';
  placedAt: number;
  deliveredAt: number | null;
  refundedAt: number | null;
  changes: PlannedStatusChange[];
  recommendationId: string | null;
  resharerId: string | null;
}

export interface PlannedRecommendation {
  id: string;
  code: string;
  authorId: string;
  productId: string;
  /** The author's delivered order of the product: the first-hand proof. */
  backingOrderId: string;
  stars: number;
  text: string;
  createdAt: number;
  updatedAt: number;
  revision: number;
  /** The first version, when the author edited it once. */
  previous: { stars: number; text: string; at: number; revision: number } | null;
}

/** A buyer's verdict on an attributed order: feedback, or a refund (always "did not hold up"). */
export interface PlannedVerdict {
  cause: 'FEEDBACK' | 'REFUND';
  at: number;
  orderId: string;
  buyerId: string;
  /** The recommender the verdict is about. */
  authorId: string;
  supplierId: string;
  heldUp: boolean;
  stars: 1 | 2 | 3 | 4 | 5 | null;
  comment: string | null;
  feedbackId: string;
}

export interface PlannedEdge {
  fromId: string;
  toId: string;
  at: number;
}

export interface DemoPlan {
  seed: number;
  members: PlannedMember[];
  products: PlannedProduct[];
  orders: PlannedOrder[];
  recommendations: PlannedRecommendation[];
  /** Sorted by time: the order the trust engine must hear them in. */
  verdicts: PlannedVerdict[];
  follows: PlannedEdge[];
  invites: PlannedEdge[];
}
