// An in-memory commission book: commissions, the facts of their sales, and the ledger, moved
// together by the functions of this module. It is the reference for what the database layer
// does in Neo4j (each step here is one transaction there), and it lets simulations — the demo
// market's comparison with a recruit-based scheme — and tests run the whole lifecycle without a
// database. Immutable: every step returns a new book; a refused step throws and the book it was
// given is unchanged, so a failed action appends nothing.

import { auditRowFor, type AuditViolation } from './audit-rows';
import { auditCommissions } from './audit';
import type { SaleParties } from './beneficiaries';
import {
  openCommission,
  type Commission,
  type OpenCommissionResult,
  type SaleForCommission,
} from './commission';
import { CommissionRuleError } from './errors';
import { balancesFromLedger, type LedgerEntry, type MemberBalance } from './ledger';
import { transitionCommission, type CommissionEvent } from './lifecycle';
import { payoutBatch, type PayoutBatch, type PayoutOptions } from './payout';
import { DEFAULT_SPLIT_PARAMS, type SplitParams } from './trust-weight';

/** Commissions by id, the parties of their sales, and the append-only ledger. */
export interface CommissionBook {
  readonly commissions: ReadonlyMap<string, Commission>;
  readonly sales: ReadonlyMap<string, SaleParties>;
  readonly ledger: readonly LedgerEntry[];
}

/** A book with nothing in it. */
export function emptyBook(): CommissionBook {
  return { commissions: new Map(), sales: new Map(), ledger: [] };
}

/** Records a sale: opens its commission when there is one (see openCommission). */
export function bookSale(
  book: CommissionBook,
  sale: SaleForCommission,
  now: Date,
  params: SplitParams = DEFAULT_SPLIT_PARAMS,
): { book: CommissionBook; result: OpenCommissionResult } {
  if (book.commissions.has(sale.commissionId)) {
    throw new CommissionRuleError('INVALID_COMMISSION', `commission ${sale.commissionId} already exists`, {
      commissionId: sale.commissionId,
    });
  }
  const result = openCommission(sale, now, params);
  if (!result.opened) return { book, result };
  const commissions = new Map(book.commissions).set(result.commission.id, result.commission);
  const sales = new Map(book.sales).set(result.commission.id, sale);
  return { book: { commissions, sales, ledger: [...book.ledger, ...result.entries] }, result };
}

/** Applies one lifecycle event to one commission (see transitionCommission). */
export function bookEvent(
  book: CommissionBook,
  commissionId: string,
  event: CommissionEvent,
  now: Date,
): CommissionBook {
  const commission = book.commissions.get(commissionId);
  if (!commission) {
    throw new CommissionRuleError('INVALID_ID', `no commission ${commissionId}`, { commissionId });
  }
  const next = transitionCommission(commission, event, now);
  return {
    commissions: new Map(book.commissions).set(commissionId, next.commission),
    sales: book.sales,
    ledger: [...book.ledger, ...next.entries],
  };
}

/** Pays every CONFIRMED commission, net of what members owe (see payoutBatch). */
export function bookPayout(
  book: CommissionBook,
  now: Date,
  options: PayoutOptions,
): { book: CommissionBook; batch: PayoutBatch } {
  const owed = new Map([...balancesFromLedger(book.ledger)].map(([id, b]) => [id, b.owedMinor]));
  const confirmed = [...book.commissions.values()].filter((c) => c.status === 'CONFIRMED');
  const batch = payoutBatch(confirmed, owed, now, options);
  const commissions = new Map(book.commissions);
  for (const c of batch.commissions) commissions.set(c.id, c);
  return { book: { commissions, sales: book.sales, ledger: [...book.ledger, ...batch.entries] }, batch };
}

/** Balances of every member named by the ledger. */
export function bookBalances(book: CommissionBook): Map<string, MemberBalance> {
  return balancesFromLedger(book.ledger);
}

/** Audits the book, with `storedBalances` standing for the database's cached balances. */
export function auditBook(
  book: CommissionBook,
  storedBalances: readonly MemberBalance[] = [...bookBalances(book).values()],
): AuditViolation[] {
  const rows = [...book.commissions.values()].map((c) =>
    auditRowFor(c, book.sales.get(c.id) ?? missingSale(c)),
  );
  return auditCommissions({ commissions: rows, ledger: book.ledger, balances: storedBalances });
}

function missingSale(c: Commission): never {
  throw new CommissionRuleError('INVALID_COMMISSION', `no sale recorded for commission ${c.id}`, {
    commissionId: c.id,
  });
}
