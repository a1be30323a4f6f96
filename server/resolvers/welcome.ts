// A newcomer's welcome: the trust model in numbers for the "how trust works" page, worked out by
// the domain's own functions (never numbers written into the page), and the first-steps panel.
import type { MemberResolvers, MutationResolvers, QueryResolvers, TrustModel } from '../generated/graphql';
import { dismissFirstSteps, firstSteps } from '../../graph/first-steps';
import { decayFactor, DEFAULT_TRUST_PARAMS, deriveTrust, NO_EVIDENCE } from '../domain/trust';
import { requireViewer } from '../auth/guards';
import { notFound } from '../errors';

// Records of vouched verdicts the page explains: a first verdict, the lucky streak of 3 of 3,
// a longer clean record, and 95 good of 100 (which outranks 3 of 3 for all its five let-downs).
const EXAMPLE_RECORDS: readonly (readonly [heldUp: number, letDown: number])[] = [
  [1, 0],
  [3, 0],
  [20, 0],
  [95, 5],
];
const DECAY_DAYS = [30, 90, 180, 365, 730];

function trustModel(now: Date): TrustModel {
  const p = DEFAULT_TRUST_PARAMS;
  return {
    neutralScore: deriveTrust(NO_EVIDENCE, 0, now).score,
    halfLifeDays: p.halfLifeDays,
    confidenceEvidence: p.confidenceEvidence,
    newcomerEvidence: p.newcomerEvidence,
    minVouchedEvidence: p.minVouchedEvidence,
    unvouchedCap: p.unvouchedCap,
    letDownWeight: p.letDownWeight,
    vouchBudget: p.vouchBudget,
    minVoice: p.minVoice,
    examples: EXAMPLE_RECORDS.map(([heldUp, letDown]) => {
      // Full verdicts of vouched buyers: a let-down enters the evidence at its weight, as in weight.ts.
      const t = deriveTrust({ ...NO_EVIDENCE, vouchedPositive: heldUp, vouchedNegative: letDown * p.letDownWeight }, 0, now);
      return { heldUp, letDown, score: t.score, confidence: t.confidence, rankKey: t.rankKey, isNew: t.isNew };
    }),
    decay: DECAY_DAYS.map((days) => ({ days, weight: decayFactor(days) })),
  };
}

export const welcomeQueries: Pick<QueryResolvers, 'trustModel'> = {
  trustModel: (_parent, _args, ctx) => trustModel(ctx.clock.now()),
};

export const welcomeMutations: Pick<MutationResolvers, 'dismissFirstSteps'> = {
  dismissFirstSteps: async (_parent, _args, ctx) => {
    const viewer = requireViewer(ctx);
    await dismissFirstSteps(ctx.graph, viewer.id, ctx.clock.now());
    const member = await ctx.loaders.memberById.load(viewer.id);
    if (!member) throw notFound('Your member account'); // the session outlived its member
    return member;
  },
};

export const memberWelcomeFields: Pick<MemberResolvers, 'firstSteps'> = {
  // Only the member themself: what someone has (not) bought yet is nobody else's business.
  firstSteps: async (member, _args, ctx) => {
    if (ctx.viewer?.id !== member.id) return null;
    const steps = await firstSteps(ctx.graph, member.id);
    if (!steps) return null;
    const done = steps.boughtThroughRecommendation && steps.received && steps.rated && steps.recommended;
    return { ...steps, done };
  },
};
