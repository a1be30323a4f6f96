// Buyer feedback: the buyer's verdict on the recommendation an order went through, and the
// trust event it caused. One graph call, one transaction (graph/feedback.ts).
import { z } from 'zod';
import type { FeedbackResolvers, MutationResolvers, TrustEventResolvers } from '../generated/graphql';
import { rateRecommendation } from '../../graph/feedback';
import { FEEDBACK_COMMENT_MAX } from '../domain/recommendation-policy';
import { requireViewer } from '../auth/guards';
import { adoptViewer } from '../auth/session-gate';
import { admitMember } from '../limits';
import { id, positiveInt, text, validate } from '../validation';
import { required } from './required';

/** A rating's arguments (also the bench's plain-HTTP peer's, test/bench/serve.ts). */
export const rateArgs = z.object({
  orderId: id,
  stars: positiveInt(5).transform((s) => s as 1 | 2 | 3 | 4 | 5),
  heldUp: z.boolean(),
  // An empty comment is no comment.
  comment: text(0, FEEDBACK_COMMENT_MAX)
    .nullish()
    .transform((c) => (c ? c : null)),
});

export const feedbackMutations: Pick<MutationResolvers, 'rateRecommendation'> = {
  // Checks its session itself, in its first statement (auth/session-gate.ts): `ctx.sessionCheck`
  // is then set and `ctx.viewer` not yet; a request that carried no token is refused at once.
  rateRecommendation: async (_parent, args, ctx) => {
    const check = ctx.sessionCheck;
    const rater = check ? { session: check, admit: admitMember(ctx, 1) } : requireViewer(ctx).id;
    const { feedback, trustEvent, viewer } = await rateRecommendation(ctx.graph, rater, validate(rateArgs, args), ctx.clock.now(), ctx.privileges.ladder);
    // The fields under the answer (the rater, the recommendation) are resolved for this member.
    if (check && viewer) adoptViewer(ctx, viewer, check.tokenHash);
    return { feedback, trustEvent: trustEvent ?? null };
  },
};

export const Feedback: FeedbackResolvers = {
  rater: (f, _args, ctx) => ctx.loaders.memberById.load(f.raterId).then(required('rater')),
  recommendation: (f, _args, ctx) => ctx.loaders.recommendationById.load(f.recommendationId).then(required('recommendation')),
  createdAt: (f) => new Date(f.at).toISOString(),
};

export const TrustEvent: TrustEventResolvers = {
  member: (e, _args, ctx) => ctx.loaders.memberById.load(e.memberId).then(required('member')),
  at: (e) => new Date(e.at).toISOString(),
};
