// The audit proves the product's promises on stored data, without trusting the code that wrote
// it: no commission paid for a recruit, none to more than two beneficiaries of a sale, none on a
// self-purchase, no split above its pool, and a ledger that sums to every stored balance and
// agrees with every commission. It returns every violation it finds (an empty list means the
// rules hold); `npm run audit` prints them and exits non-zero when the list is not empty.

import type { AuditCommissionRow, AuditInput, AuditShareRow, AuditViolation } from './audit-rows';
import { auditLedger } from './audit-ledger';

const isFen = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Checks commissions, ledger and stored balances together.
 * @returns every violation found, commissions first, then ledger; [] when the rules hold
 */
export function auditCommissions(input: AuditInput): AuditViolation[] {
  const violations: AuditViolation[] = [];
  const bySale = new Map<string, AuditCommissionRow[]>();
  for (const row of input.commissions) {
    violations.push(...auditCommissionRow(row));
    bySale.set(row.saleId, [...(bySale.get(row.saleId) ?? []), row]);
  }
  for (const [saleId, rows] of bySale) {
    if (rows.length > 1) {
      violations.push({
        code: 'DUPLICATE_SALE_COMMISSION',
        message: `sale ${saleId} has ${rows.length} commissions`,
        saleId,
      });
    }
    const members = new Set(rows.flatMap((r) => sharesOf(r).map((s) => s.memberId)));
    if (members.size > 2) {
      violations.push({
        code: 'TOO_MANY_BENEFICIARIES',
        message: `sale ${saleId} pays ${members.size} members: ${[...members].sort().join(', ')}`,
        saleId,
      });
    }
  }
  violations.push(...auditLedger(input));
  return violations;
}

function sharesOf(row: AuditCommissionRow): AuditShareRow[] {
  return [...row.provisionalShares, ...(row.shares ?? [])];
}

function auditCommissionRow(row: AuditCommissionRow): AuditViolation[] {
  const out: AuditViolation[] = [];
  const at = { saleId: row.saleId, commissionId: row.commissionId };
  const add = (v: Omit<AuditViolation, 'saleId' | 'commissionId'>) => out.push({ ...at, ...v });

  if (row.buyerId === row.authorId) {
    add({ code: 'SELF_PURCHASE_COMMISSION', message: `${row.buyerId} bought through their own recommendation` });
  }
  const inviters = new Set(row.buyerInviterIds);
  const named = new Set<string>();
  for (const share of sharesOf(row)) {
    const key = `${share.memberId}/${share.role}`;
    if (named.has(key)) continue;
    named.add(key);
    const { memberId } = share;
    if (inviters.has(memberId)) {
      add({ code: 'PAID_TO_INVITER', message: `${memberId} is up the buyer's invitation chain`, memberId });
    }
    if (memberId === row.buyerId && row.buyerId !== row.authorId) {
      add({ code: 'PAID_TO_BUYER', message: `the buyer ${memberId} has a share of their own purchase`, memberId });
    }
    const seatHolder = share.role === 'AUTHOR' ? row.authorId : row.resharerId;
    if (memberId !== seatHolder) {
      add({ code: 'PAID_TO_NON_BENEFICIARY', message: `${memberId} is not the sale's ${share.role}`, memberId });
    }
  }
  if (row.provisionalShares.length > 2 || (row.shares?.length ?? 0) > 2) {
    add({ code: 'TOO_MANY_BENEFICIARIES', message: 'a commission with more than two shares' });
  }

  const amounts = [row.poolMinor, ...sharesOf(row).map((s) => s.amountMinor)];
  if (row.shares !== null) amounts.push(row.retainedMinor ?? Number.NaN);
  if (!amounts.every(isFen)) {
    add({ code: 'INVALID_AMOUNT', message: 'an amount is not a whole, non-negative number of fen' });
    return out;
  }
  const sum = (shares: readonly AuditShareRow[]) => shares.reduce((t, s) => t + BigInt(s.amountMinor), 0n);
  const pool = BigInt(row.poolMinor);
  if (sum(row.provisionalShares) > pool || (row.shares !== null && sum(row.shares) > pool)) {
    add({ code: 'SHARES_EXCEED_POOL', message: `shares exceed the pool of ${row.poolMinor} fen` });
  }
  if (row.shares !== null && sum(row.shares) + BigInt(row.retainedMinor ?? 0) !== pool) {
    add({ code: 'SPLIT_UNBALANCED', message: `shares plus retained differ from the pool of ${row.poolMinor} fen` });
  }
  return out;
}
