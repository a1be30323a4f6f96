// Commissions, payouts and fraud flags. Each field checks who is asking, then calls one graph
// function; shares, members and products resolve through the request's DataLoaders. A member
// sees only their own share of a commission and their own line of a payout; admins see all.
import { z } from 'zod';
import type {
  CommissionHoldReasonResolvers,
  CommissionResolvers,
  CommissionShareResolvers,
  FraudEvidenceResolvers,
  FraudFlagResolvers,
  MemberResolvers,
  MutationResolvers,
  PayoutLineResolvers,
  PayoutResolvers,
  QueryResolvers,
  SupplierProductCommissionsResolvers,
} from '../generated/graphql';
import * as queries from '../../graph/commission-queries';
import * as flags from '../../graph/fraud-flags';
import type { StoredShare } from '../../graph/commission-store';
import { requireRole, requireViewer } from '../auth/guards';
import { badInput, forbidden } from '../errors';
import { decodeCursor, decodeTuple, pageSize, toConnection, toTupleConnection } from '../pagination';
import { id, text, validate } from '../validation';
import type { Context } from '../context';
import { required } from './required';

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());
const isAdmin = (ctx: Context) => ctx.viewer?.roles.includes('ADMIN') ?? false;
const onHoldOnly = z.boolean().nullish().transform((v) => v ?? false);
const commissionStatus = z.enum(['PENDING', 'CONFIRMED', 'PAID', 'REVERSED']).nullish().transform((v) => v ?? null);
const flagStatus = z.enum(['OPEN', 'CLEARED', 'UPHELD']).nullish().transform((v) => v ?? null);
const decisionArgs = z.object({ id, note: text(3, 500) });

function timeCursor(after: string | null | undefined) {
  const position = decodeCursor(after);
  if (position && typeof position.key !== 'number') throw badInput('This cursor is not one we gave out; start again without it.', 'after');
  return position && { key: position.key as number, id: position.id };
}

const asView = (c: queries.CommissionRecord) => (s: StoredShare): queries.ShareView => ({ ...s, commissionReversed: c.status === 'REVERSED' });

/** The share the viewer holds: the confirmed one once there is one, else the estimate. */
function viewerShare(c: queries.CommissionRecord, memberId: string | undefined): queries.ShareView | null {
  const mine = c.shares.filter((s) => s.memberId === memberId);
  const share = mine.find((s) => s.kind === 'CONFIRMED') ?? mine.find((s) => s.kind === 'ESTIMATE');
  return share ? asView(c)(share) : null;
}

const percent = (bps: number) => `${(bps / 100).toFixed(2)}%`;
const money = (minor: number, currency: string) => `${currency === 'CNY' ? '¥' : `${currency} `}${(minor / 100).toFixed(2)}`;

function explain(c: queries.CommissionRecord, s: StoredShare) {
  const reversed = c.status === 'REVERSED';
  // A reversed estimate is no longer an estimate of anything: the refund settled it at nothing.
  const estimated = s.kind === 'ESTIMATE' && !reversed;
  const role = s.role === 'AUTHOR' ? 'author' : 're-sharer';
  const when = s.kind === 'CONFIRMED' ? 'at confirmation' : reversed ? 'at the sale' : 'at the sale; an estimate until confirmation';
  const outcome = !reversed ? '' : c.reversedFrom === 'PAID' ? ' Reversed by a refund: owed back from your next payouts.' : ' Reversed by a refund: not owed.';
  return {
    orderTotalMinor: c.orderTotalMinor,
    commissionRateBps: c.rateBps,
    poolMinor: c.poolMinor,
    trustAtConfirmation: s.kind === 'CONFIRMED' ? s.trust : null,
    trustUsed: s.trust,
    trustFactorBps: s.trustFactorBps,
    baseShareBps: s.baseBps,
    weightBps: s.weightBps,
    amountMinor: s.amountMinor,
    estimated,
    reversed,
    text:
      `Order ${money(c.orderTotalMinor, c.currency)} × rate ${percent(c.rateBps)} = pool ${money(c.poolMinor, c.currency)}; ` +
      `pool × ${role} base ${percent(s.baseBps)} × trust factor ${percent(s.trustFactorBps)} ` +
      `(trust ${s.trust.toFixed(1)} ${when}) = weight ${percent(s.weightBps)} of the pool → ${money(s.amountMinor, c.currency)}.${outcome}`,
  };
}

export const commissionQueries: Pick<
  QueryResolvers,
  'myCommissions' | 'myCommissionTotals' | 'commission' | 'supplierCommissionsOwed' | 'payouts' | 'fraudFlags'
> = {
  myCommissions: async (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const size = pageSize(args.first);
    const page = { status: validate(commissionStatus, args.status), onHold: validate(onHoldOnly, args.onHold), limit: size + 1, after: timeCursor(args.after) };
    const rows = await queries.commissionsOfMember(ctx.graph, viewer.id, page);
    return toConnection(rows, size, (c) => ({ key: c.openedAt, id: c.id }));
  },
  myCommissionTotals: async (_parent, _args, ctx) => {
    const viewer = requireViewer(ctx);
    const [{ pendingMinor, confirmedMinor, paidMinor, owedMinor }, onHoldMinor] = await Promise.all([
      queries.ledgerTotals(ctx.graph, viewer.id),
      queries.heldEstimateTotal(ctx.graph, viewer.id),
    ]);
    return { pendingMinor, confirmedMinor, paidMinor, owedMinor, onHoldMinor };
  },
  commission: async (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const c = await queries.commissionById(ctx.graph, validate(id, args.id));
    if (!c) return null;
    if (!isAdmin(ctx) && !c.shares.some((s) => s.memberId === viewer.id)) {
      throw forbidden('Only the beneficiaries of this commission and admins can see it.');
    }
    return c;
  },
  supplierCommissionsOwed: async (_parent, _args, ctx) => {
    const rows = await queries.supplierCommissionsOwed(ctx.graph, requireRole(ctx, 'SUPPLIER').id);
    const total = (pick: (r: queries.SupplierProductOwed) => number) => rows.reduce((t, r) => t + pick(r), 0);
    return {
      owedMinor: total((r) => r.owedMinor),
      owedCount: total((r) => r.owedCount),
      pendingEstimateMinor: total((r) => r.pendingEstimateMinor),
      byProduct: rows,
    };
  },
  payouts: async (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const size = pageSize(args.first);
    const rows = await queries.payoutHistory(ctx.graph, isAdmin(ctx) ? null : viewer.id, { limit: size + 1, after: timeCursor(args.after) });
    return toConnection(rows, size, (p) => ({ key: p.at, id: p.id }));
  },
  fraudFlags: async (_parent, args, ctx) => {
    requireRole(ctx, 'ADMIN');
    const size = pageSize(args.first);
    const after = decodeTuple(args.after, ['number', 'number', 'string']) as [number, number, string] | undefined;
    const rows = await flags.listFraudFlags(ctx.graph, { status: validate(flagStatus, args.status), limit: size + 1, after });
    return toTupleConnection(rows, size, (f) => [f.status === 'OPEN' ? 0 : 1, f.createdAt, f.id]);
  },
};

export const commissionMutations: Pick<MutationResolvers, 'clearFraudFlag' | 'upholdFraudFlag'> = {
  upholdFraudFlag: async (_parent, args, ctx) => {
    const admin = requireRole(ctx, 'ADMIN');
    const { id: flagId, note } = validate(decisionArgs, args);
    return { flag: await flags.upholdFraudFlag(ctx.graph, flagId, admin.id, note, ctx.clock.now()) };
  },
  clearFraudFlag: async (_parent, args, ctx) => {
    const admin = requireRole(ctx, 'ADMIN');
    const { id: flagId, note } = validate(decisionArgs, args);
    const { flag, released } = await flags.clearFraudFlag(ctx.graph, flagId, admin.id, note, ctx.clock.now());
    return { flag, releasedCommissions: released };
  },
};

export const Commission: CommissionResolvers = {
  product: (c, _args, ctx) => ctx.loaders.productById.load(c.productId).then(required('product')),
  openedAt: (c) => iso(c.openedAt)!,
  deliveredAt: (c) => iso(c.deliveredAt),
  confirmableAt: (c) => iso(c.confirmableAt),
  confirmedAt: (c) => iso(c.confirmedAt),
  paidAt: (c) => iso(c.paidAt),
  reversedAt: (c) => iso(c.reversedAt),
  heldSince: (c) => iso(c.holdSince),
  commissionRateBps: (c) => c.rateBps,
  myShare: (c, _args, ctx) => viewerShare(c, ctx.viewer?.id),
  shares: (c, _args, ctx) => {
    const confirmed = c.shares.some((s) => s.kind === 'CONFIRMED');
    const current = c.shares.filter((s) => s.kind === (confirmed ? 'CONFIRMED' : 'ESTIMATE'));
    return (isAdmin(ctx) ? current : current.filter((s) => s.memberId === ctx.viewer?.id)).map(asView(c));
  },
  explanation: (c, _args, ctx) => {
    const share = viewerShare(c, ctx.viewer?.id);
    return share && explain(c, share);
  },
};

export const CommissionShare: CommissionShareResolvers = {
  member: (s, _args, ctx) => ctx.loaders.memberById.load(s.memberId).then(required('beneficiary')),
  estimated: (s) => s.kind === 'ESTIMATE' && !s.commissionReversed,
  baseShareBps: (s) => s.baseBps,
};

export const CommissionHoldReason: CommissionHoldReasonResolvers = {
  raisedAt: (r) => iso(r.raisedAt)!,
  onViewer: (r, _args, ctx) => r.memberId === ctx.viewer?.id,
};

export const SupplierProductCommissions: SupplierProductCommissionsResolvers = {
  product: (r, _args, ctx) => ctx.loaders.productById.load(r.productId).then(required('product')),
};

export const Payout: PayoutResolvers = {
  at: (p) => iso(p.at)!,
};

export const PayoutLine: PayoutLineResolvers = {
  member: (l, _args, ctx) => ctx.loaders.memberById.load(l.memberId).then(required('payee')),
};

export const FraudFlag: FraudFlagResolvers = {
  createdAt: (f) => iso(f.createdAt)!,
  clearedAt: (f) => iso(f.clearedAt),
  upheldAt: (f) => iso(f.upheldAt),
  note: (f) => f.clearNote ?? f.upholdNote,
  upheldBy: (f, _args, ctx) => (f.upheldById ? ctx.loaders.memberById.load(f.upheldById) : null),
  evidence: (f, _args, ctx) => ctx.loaders.flagEvidence.load(f.id),
  members: (f, _args, ctx) => Promise.all(f.memberIds.map((m) => ctx.loaders.memberById.load(m).then(required('flagged member')))),
  clearedBy: (f, _args, ctx) => (f.clearedById ? ctx.loaders.memberById.load(f.clearedById) : null),
};

export const FraudEvidence: FraudEvidenceResolvers = {
  product: (e, _args, ctx) => ctx.loaders.productById.load(e.productId).then(required('product')),
  rater: (e, _args, ctx) => ctx.loaders.memberById.load(e.raterId).then(required('rater')),
  recommender: (e, _args, ctx) => ctx.loaders.memberById.load(e.recommenderId).then(required('recommender')),
  at: (e) => iso(e.at)!,
};

/** The "under review" mark: admins only, so a detector's suspicion never reads as a public verdict. */
export const memberReviewFields: Pick<MemberResolvers, 'underReview'> = {
  underReview: (m, _args, ctx) => (isAdmin(ctx) ? ctx.loaders.underReview.load(m.id) : null),
};
