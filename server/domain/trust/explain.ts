// The sentence a person reads beside every trust event ("why did my score change?"). It is
// built here, from the same numbers the event stores, rather than in the web app, so the
// sentence recorded with an event never disagrees with its delta, and the API can return it to
// any client. English follows the product spec's example word for word; Simplified Chinese says
// the same thing in the same order.

import { abs, round } from './builtins';
import { roundDelta } from './member-trust';
import type { VerdictCause } from './verdict';

export type TrustLocale = 'en' | 'zh-CN';

/** What a verdict's trust event says. Scores are 0–100. */
export interface VerdictEventFacts {
  /** Score change of the recommender, one decimal. */
  readonly delta: number;
  /** The part of `delta` that is older evidence fading since the last change (VerdictOutcome.faded). */
  readonly faded?: number;
  /** Recommender's score after the event. */
  readonly after: number;
  /** The buyer's handle, with or without the leading @. */
  readonly raterHandle: string;
  readonly productTitle: string;
  readonly heldUp: boolean;
  readonly cause: VerdictCause;
  /** The buyer's own trust score, shown so the reader sees why the verdict weighed what it did. */
  readonly raterScore: number;
}

/** What a reconcile event (the global recompute correcting a score) says. */
export interface ReconcileEventFacts {
  readonly delta: number;
  readonly after: number;
}

/** "+1.8", "-0.4", "0.0": always one decimal, a sign whenever the change is not zero. */
export function formatDelta(delta: number): string {
  const rounded = roundDelta(delta);
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '-'}${abs(rounded).toFixed(1)}`;
}

const handle = (h: string) => (h.startsWith('@') ? h : `@${h}`);

/**
 * e.g. en: "+1.8: @wang's order of Hainan cherries held up; @wang's trust is 72. Now 74.3."
 *      zh-CN: "+1.8：@wang 购买的海南樱桃符合推荐；@wang 的信任分为 72。信任分现为 74.3。"
 * When older evidence faded by a visible amount since the last change, the sentence splits the
 * delta in two, so a verdict that held up and still lowered the score is not a riddle:
 *      en: "-0.1: @wang's order of Hainan cherries held up (0.0); @wang's trust is 50. Older
 *           verdicts faded with time (-0.1). Now 92.8."
 * The verdict's part is the rounded delta less the rounded fading, so the parts add up to the
 * delta as shown, and rounding never gives a verdict that held up a negative part.
 */
export function explainTrustEvent(facts: VerdictEventFacts, locale: TrustLocale): string {
  const d = formatDelta(facts.delta);
  const who = handle(facts.raterHandle);
  const rater = String(round(facts.raterScore));
  const after = facts.after.toFixed(1);
  const outcome = facts.cause === 'REFUND' ? 'refund' : facts.heldUp ? 'heldUp' : 'letDown';
  const split = splitDelta(facts);
  if (locale === 'zh-CN') {
    const what = { refund: '已退款', heldUp: '符合推荐', letDown: '不符合推荐' }[outcome];
    const part = split ? `（${split.own}）` : '';
    const fading = split ? `较早的评价随时间淡化（${split.faded}）。` : '';
    return `${d}：${who} 购买的${facts.productTitle}${what}${part}；${who} 的信任分为 ${rater}。${fading}信任分现为 ${after}。`;
  }
  const what = { refund: 'was refunded', heldUp: 'held up', letDown: 'did not hold up' }[outcome];
  const part = split ? ` (${split.own})` : '';
  const fading = split ? ` Older verdicts faded with time (${split.faded}).` : '';
  return `${d}: ${who}'s order of ${facts.productTitle} ${what}${part}; ${who}'s trust is ${rater}.${fading} Now ${after}.`;
}

/** The verdict's own part and the fading, formatted; undefined when the fading does not show. */
function splitDelta(facts: VerdictEventFacts): { own: string; faded: string } | undefined {
  const faded = roundDelta(facts.faded ?? 0);
  if (faded === 0) return undefined;
  return { own: formatDelta(roundDelta(facts.delta) - faded), faded: formatDelta(faded) };
}

/**
 * e.g. en: "-0.6: the periodic recompute weighed every verdict again with the raters' current
 * trust. Now 73.1."
 */
export function explainReconcile(facts: ReconcileEventFacts, locale: TrustLocale): string {
  const d = formatDelta(facts.delta);
  const after = facts.after.toFixed(1);
  if (locale === 'zh-CN') {
    return `${d}：定期重算按评价者当前的信任重新衡量了所有评价。信任分现为 ${after}。`;
  }
  return `${d}: the periodic recompute weighed every verdict again with the raters' current trust. Now ${after}.`;
}
