// A payout batch pays every confirmed commission it is given, member by member, net of what the
// member owes from refunds of commissions already paid. It never pays a negative amount: when a
// member owes more than they have confirmed, the whole confirmed amount goes to the debt and the
// rest of the debt is carried to the next batch. Either the whole batch is valid and returned,
// or it throws and nothing is paid: a batch is one unit of work for the caller's transaction.
//
// Commissions with a beneficiary under an open fraud flag are left CONFIRMED and listed as
// skipped (a flag raised after confirmation still holds the money, as the product asks).

import type { Commission } from './commission';
import { CommissionRuleError } from './errors';
import type { LedgerEntry } from './ledger';
import { transitionCommission } from './lifecycle';
import { assertDate, assertId, assertMinorUnits, toSafeNumber, type MinorUnits } from './money';

/** What one member receives in a batch. */
export interface PayoutLine {
  readonly memberId: string;
  /** The commissions with a share of this member paid in this batch. */
  readonly commissionIds: readonly string[];
  /** Sum of the member's confirmed shares in the batch. */
  readonly grossMinor: MinorUnits;
  /** What the member owed before the batch. */
  readonly owedBeforeMinor: MinorUnits;
  /** min(gross, owed): deducted to settle the debt. */
  readonly recoveredMinor: MinorUnits;
  /** Cash to transfer: gross − recovered, never negative. */
  readonly netMinor: MinorUnits;
  /** Debt carried to the next batch: owed − recovered. */
  readonly carriedOwedMinor: MinorUnits;
}

/** A computed batch: apply `commissions` and append `entries` in one transaction. */
export interface PayoutBatch {
  readonly payoutId: string;
  readonly at: Date;
  /** One line per member with a share > 0, by member id. */
  readonly lines: readonly PayoutLine[];
  /** The commissions, now PAID. */
  readonly commissions: readonly Commission[];
  /** Commissions left CONFIRMED because a beneficiary has an open fraud flag. */
  readonly skipped: readonly { readonly commissionId: string; readonly memberIds: readonly string[] }[];
  readonly entries: readonly LedgerEntry[];
  /** Total cash of the batch. */
  readonly totalNetMinor: MinorUnits;
}

/** Options of a batch. */
export interface PayoutOptions {
  /** A fresh id for this batch (the caller's). */
  readonly payoutId: string;
  /** Members with an open fraud flag now: their commissions wait. */
  readonly heldMemberIds?: readonly string[];
}

/**
 * Pays `confirmedCommissions`, net of `owedByMember` (each member's MemberBalance.owedMinor).
 * @throws CommissionRuleError INVALID_PAYOUT (a commission listed twice or not CONFIRMED),
 *   INVALID_AMOUNT (a bad owed amount), INVALID_ID, INVALID_DATE — and then nothing is paid
 */
export function payoutBatch(
  confirmedCommissions: readonly Commission[],
  owedByMember: ReadonlyMap<string, number>,
  now: Date,
  options: PayoutOptions,
): PayoutBatch {
  const payoutId = assertId(options.payoutId, 'payout id');
  assertDate(now, 'now');
  for (const [memberId, owed] of owedByMember) assertMinorUnits(owed, `owed amount of ${memberId}`);
  const held = new Set(options.heldMemberIds ?? []);
  const seen = new Set<string>();
  for (const c of confirmedCommissions) {
    if (seen.has(c.id) || c.status !== 'CONFIRMED') {
      throw new CommissionRuleError(
        'INVALID_PAYOUT',
        `commission ${c.id} is ${seen.has(c.id) ? 'listed twice' : c.status}; a batch pays CONFIRMED commissions once`,
        { commissionId: c.id, status: c.status },
      );
    }
    seen.add(c.id);
  }

  const commissions: Commission[] = [];
  const skipped: { commissionId: string; memberIds: string[] }[] = [];
  const entries: LedgerEntry[] = [];
  const gross = new Map<string, { amount: bigint; commissionIds: string[] }>();
  for (const c of confirmedCommissions) {
    const heldHere = c.seats.map((s) => s.memberId).filter((m) => held.has(m));
    if (heldHere.length > 0) {
      skipped.push({ commissionId: c.id, memberIds: heldHere });
      continue;
    }
    const paid = transitionCommission(c, { type: 'PAY', payoutId }, now);
    commissions.push(paid.commission);
    entries.push(...paid.entries);
    for (const share of paid.commission.shares ?? []) {
      if (share.amountMinor === 0) continue;
      const line = gross.get(share.memberId) ?? { amount: 0n, commissionIds: [] };
      line.amount += BigInt(share.amountMinor);
      line.commissionIds.push(c.id);
      gross.set(share.memberId, line);
    }
  }

  const lines: PayoutLine[] = [];
  let total = 0n;
  for (const memberId of [...gross.keys()].sort()) {
    const { amount, commissionIds } = gross.get(memberId)!;
    const owed = BigInt(owedByMember.get(memberId) ?? 0);
    const recovered = amount < owed ? amount : owed;
    const net = amount - recovered;
    total += net;
    lines.push({
      memberId,
      commissionIds,
      grossMinor: toSafeNumber(amount, 'payout gross'),
      owedBeforeMinor: toSafeNumber(owed, 'owed'),
      recoveredMinor: toSafeNumber(recovered, 'recovered'),
      netMinor: toSafeNumber(net, 'payout net'),
      carriedOwedMinor: toSafeNumber(owed - recovered, 'carried owed'),
    });
    if (net > 0n) {
      const amountMinor = Number(net);
      entries.push({ kind: 'PAYOUT', account: 'PAID', memberId, payoutId, amountMinor, at: now });
    }
    if (recovered > 0n) {
      const amountMinor = Number(recovered);
      entries.push({ kind: 'ADJUSTMENT', account: 'OWED', memberId, payoutId, amountMinor, at: now });
    }
  }
  const totalNetMinor = toSafeNumber(total, 'payout total');
  return { payoutId, at: now, lines, commissions, skipped, entries, totalNetMinor };
}
