// The ledger half of the audit: the stored balances must be exactly what the entries sum to,
// no sum may go negative, and each commission's own lines must say what its status says
// (PENDING: its estimate is in PENDING; CONFIRMED: its shares are in CONFIRMED; PAID: both are
// released; REVERSED: released, and if it had been paid, its shares are owed).

import type { AuditCommissionRow, AuditInput, AuditViolation } from './audit-rows';
import { assertLedgerEntry, balancesFromLedger, type LedgerAccount, type LedgerEntry } from './ledger';

const FIELDS = ['pendingMinor', 'confirmedMinor', 'paidMinor', 'owedMinor'] as const;
const ZERO = { pendingMinor: 0, confirmedMinor: 0, paidMinor: 0, owedMinor: 0 };
/** Accounts whose commission-linked lines must match a commission (PAID cash is per payout). */
const TRACKED: readonly LedgerAccount[] = ['PENDING', 'CONFIRMED', 'OWED'];
const SEP = '\u0000';
const key = (commissionId: string, memberId: string, account: LedgerAccount) =>
  [commissionId, memberId, account].join(SEP);

/** Ledger checks of auditCommissions (see the module comment). */
export function auditLedger(input: AuditInput): AuditViolation[] {
  const out: AuditViolation[] = [];
  const valid: LedgerEntry[] = [];
  for (const entry of input.ledger) {
    try {
      valid.push(assertLedgerEntry(entry));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const { memberId, commissionId } = entry;
      out.push({ code: 'INVALID_LEDGER_ENTRY', message, memberId, commissionId });
    }
  }
  out.push(...checkBalances(input, valid), ...checkCommissions(input.commissions, valid));
  return out;
}

function checkBalances(input: AuditInput, valid: readonly LedgerEntry[]): AuditViolation[] {
  const out: AuditViolation[] = [];
  const summed = balancesFromLedger(valid);
  const stored = new Map(input.balances.map((b) => [b.memberId, b]));
  for (const memberId of new Set([...summed.keys(), ...stored.keys()])) {
    const fromLedger = summed.get(memberId) ?? { memberId, ...ZERO };
    const fromStore = stored.get(memberId) ?? { memberId, ...ZERO };
    for (const field of FIELDS) {
      const [has, sums] = [fromStore[field], fromLedger[field]];
      if (has !== sums) {
        const message = `${field} of ${memberId} is ${has} but the ledger sums to ${sums}`;
        out.push({ code: 'BALANCE_MISMATCH', message, memberId });
      }
      if (sums < 0) {
        const message = `the ledger sums ${field} of ${memberId} to ${sums}`;
        out.push({ code: 'NEGATIVE_BALANCE', message, memberId });
      }
    }
  }
  return out;
}

function checkCommissions(rows: readonly AuditCommissionRow[], valid: readonly LedgerEntry[]): AuditViolation[] {
  const actual = new Map<string, bigint>();
  for (const e of valid) {
    if (e.commissionId === undefined || !TRACKED.includes(e.account)) continue;
    const k = key(e.commissionId, e.memberId, e.account);
    actual.set(k, (actual.get(k) ?? 0n) + BigInt(e.amountMinor));
  }
  const expected = new Map<string, bigint>();
  const want = (k: string, amount: number) => {
    // Malformed amounts are reported by the commission checks; here they are left out.
    if (Number.isSafeInteger(amount) && amount !== 0) expected.set(k, (expected.get(k) ?? 0n) + BigInt(amount));
  };
  for (const row of rows) {
    const id = row.commissionId;
    if (row.status === 'PENDING') {
      for (const s of row.provisionalShares) want(key(id, s.memberId, 'PENDING'), s.amountMinor);
    }
    for (const s of row.shares ?? []) {
      if (row.status === 'CONFIRMED') want(key(id, s.memberId, 'CONFIRMED'), s.amountMinor);
      if (row.status === 'REVERSED' && row.reversedFrom === 'PAID') want(key(id, s.memberId, 'OWED'), -s.amountMinor);
    }
  }

  const out: AuditViolation[] = [];
  for (const k of new Set([...actual.keys(), ...expected.keys()])) {
    const has = actual.get(k) ?? 0n;
    const wants = expected.get(k) ?? 0n;
    if (has === wants) continue;
    const [commissionId = '', memberId = '', account = ''] = k.split(SEP);
    out.push({
      code: 'LEDGER_COMMISSION_MISMATCH',
      message: `commission ${commissionId}: ${account} lines of ${memberId} sum to ${has}, its status says ${wants}`,
      commissionId,
      memberId,
    });
  }
  return out;
}
