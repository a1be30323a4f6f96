// Step 5 of the recompute: every recommender's four evidence sums, each pair's verdicts weighed
// with its rater's fresh voice and budget share. Inside one flagged ring a rater vouches for
// nothing: a closed group's praise of itself is unvouched by definition, so those verdicts count
// only in the capped unvouched pot (reach taken as 0), besides being damped.

import type { TrustParams } from './params';
import { voiceParts } from './weight';

export interface EvidenceInput {
  readonly ids: readonly string[];
  readonly pairCount: number;
  readonly pairRater: Int32Array;
  readonly pairTarget: Int32Array;
  /** Per pair: decayed base sums of the verdicts that held up and of those that did not. */
  readonly positive: Float64Array;
  readonly negative: Float64Array;
  /** Per pair: collusion damping, and whether both ends sit in one flagged ring. */
  readonly damping: Float64Array;
  readonly sameRing: Uint8Array;
  /** Per member: reach and budget share. */
  readonly reach: Float64Array;
  readonly share: Float64Array;
}

/** The four evidence sums of every member, and per pair the vouched and unvouched voice used. */
export function weighEvidence(g: EvidenceInput, params: TrustParams) {
  const n = g.ids.length;
  const vp = new Float64Array(n);
  const vn = new Float64Array(n);
  const up = new Float64Array(n);
  const un = new Float64Array(n);
  // A rater's voice once per rater (not an object per pair), and the voice inside a ring once.
  const raterVouched = new Float64Array(n);
  const raterUnvouched = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const voice = voiceParts(g.reach[i]!, params);
    raterVouched[i] = voice.vouched;
    raterUnvouched[i] = voice.unvouched;
  }
  const ringVoice = voiceParts(0, params);
  const voices = { vouched: new Float64Array(g.pairCount), unvouched: new Float64Array(g.pairCount) };
  for (let p = 0; p < g.pairCount; p++) {
    const i = g.pairRater[p]!;
    const j = g.pairTarget[p]!;
    const good = g.positive[p]! * g.damping[p]!;
    const bad = g.negative[p]! * g.damping[p]!;
    const vouched = (g.sameRing[p] ? ringVoice.vouched : raterVouched[i]!) * g.share[i]!;
    const unvouched = (g.sameRing[p] ? ringVoice.unvouched : raterUnvouched[i]!) * g.share[i]!;
    voices.vouched[p] = vouched;
    voices.unvouched[p] = unvouched;
    vp[j]! += good * vouched;
    vn[j]! += bad * vouched;
    up[j]! += good * unvouched;
    un[j]! += bad * unvouched;
  }
  return { vp, vn, up, un, voices };
}
