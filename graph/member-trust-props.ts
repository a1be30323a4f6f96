// How a member's trust state (server/domain/trust MemberTrust) is stored: flat `trust*`
// properties on the Member node, so the leaderboard index can sit on trustRankKey.
import { newcomerTrust, seedTrust, type MemberTrust } from '../server/domain/trust';

export interface TrustProps {
  trustScore: number;
  trustConfidence: number;
  trustRankKey: number;
  trustIsNew: boolean;
  trustReach: number;
  trustVouchedPositive: number;
  trustVouchedNegative: number;
  trustUnvouchedPositive: number;
  trustUnvouchedNegative: number;
  trustEvidenceAt: string;
}

/** The stored property names, in one place for the reads that project them. */
export const TRUST_PROP_KEYS: readonly (keyof TrustProps)[] = [
  'trustScore', 'trustConfidence', 'trustRankKey', 'trustIsNew', 'trustReach', 'trustVouchedPositive',
  'trustVouchedNegative', 'trustUnvouchedPositive', 'trustUnvouchedNegative', 'trustEvidenceAt',
];

export function trustToProps(t: MemberTrust): TrustProps {
  return {
    trustScore: t.score,
    trustConfidence: t.confidence,
    trustRankKey: t.rankKey,
    trustIsNew: t.isNew,
    trustReach: t.reach,
    trustVouchedPositive: t.vouchedPositive,
    trustVouchedNegative: t.vouchedNegative,
    trustUnvouchedPositive: t.unvouchedPositive,
    trustUnvouchedNegative: t.unvouchedNegative,
    trustEvidenceAt: t.evidenceAt,
  };
}

/**
 * The stored state, or the starting state of a member who has none yet (a verified one's seed
 * state). `verified` may come apart from the properties: the recompute's 100k members then need
 * no merged copy each (copying them was over half of its bookkeeping between compute and write).
 */
export function trustFromProps(props: Partial<TrustProps> & { verified?: boolean }, now: Date, verified = props.verified === true): MemberTrust {
  if (typeof props.trustScore !== 'number' || typeof props.trustEvidenceAt !== 'string') {
    return verified ? seedTrust(now) : newcomerTrust(now);
  }
  return {
    score: props.trustScore,
    confidence: props.trustConfidence ?? 0,
    rankKey: props.trustRankKey ?? 0,
    isNew: props.trustIsNew ?? true,
    reach: props.trustReach ?? 0,
    vouchedPositive: props.trustVouchedPositive ?? 0,
    vouchedNegative: props.trustVouchedNegative ?? 0,
    unvouchedPositive: props.trustUnvouchedPositive ?? 0,
    unvouchedNegative: props.trustUnvouchedNegative ?? 0,
    evidenceAt: props.trustEvidenceAt,
  };
}

/** Trust properties of a brand-new member, set at sign-up so every member is on the leaderboard index. */
export function initialTrustProps(now: Date, verified = false): TrustProps {
  return trustToProps(verified ? seedTrust(now) : newcomerTrust(now));
}

/**
 * True when the stored properties already say `next`, so writing it would change nothing the
 * state means: every property equal, except the instant the evidence was decayed to when there is
 * no evidence (zero decays to zero from any instant). The recompute skips such members: most
 * members only buy, and rewriting them on every run was most of its write-back.
 */
export function storedAlready(stored: Partial<TrustProps>, next: TrustProps): boolean {
  for (const key of TRUST_PROP_KEYS) {
    if (key !== 'trustEvidenceAt' && stored[key] !== next[key]) return false;
  }
  if (stored.trustEvidenceAt === next.trustEvidenceAt) return true;
  const noEvidence =
    next.trustVouchedPositive === 0 && next.trustVouchedNegative === 0 &&
    next.trustUnvouchedPositive === 0 && next.trustUnvouchedNegative === 0;
  return noEvidence && typeof stored.trustEvidenceAt === 'string';
}
