// The commission domain: pure rules for who earns what from a sale through a recommendation,
// when it becomes final, and how the ledger proves it. No GraphQL, no driver, no clock, no I/O:
// callers pass plain values and `now`, and write what comes back (a commission and ledger
// lines) in one transaction. The rules, rounding and worked examples: docs/commissions.md.

export { COMMISSION_ERROR_CODES, CommissionRuleError, isCommissionRuleError } from './errors';
export type { CommissionErrorCode } from './errors';

export { BPS_DENOMINATOR } from './money';
export type { MinorUnits } from './money';

export { MAX_COMMISSION_RATE_BPS, commissionPool } from './pool';

export { beneficiariesForSale, withTrust } from './beneficiaries';
export type { Beneficiary, BeneficiaryRole, SaleBeneficiary, SaleParties } from './beneficiaries';

export { DEFAULT_SPLIT_PARAMS, baseShareBps, trustFactorBps, weightBps } from './trust-weight';
export type { SplitParams } from './trust-weight';
export { splitCommission } from './split';
export type { CommissionShare, CommissionSplit } from './split';

export { DEFAULT_COMMISSION_POLICY, confirmableAt, holdDays } from './policy';
export type { CommissionPolicy } from './policy';

export { openCommission } from './commission';
export type {
  Commission,
  CommissionStatus,
  FraudHold,
  NoCommissionReason,
  OpenCommissionResult,
  SaleForCommission,
} from './commission';
export { assertCommission } from './commission-check';
export { transitionCommission } from './lifecycle';
export type { CommissionEvent, CommissionTransition, ConfirmEvent } from './lifecycle';

export { assertLedgerEntry, balanceOf, balancesFromLedger } from './ledger';
export type { LedgerAccount, LedgerEntry, LedgerKind, MemberBalance } from './ledger';
export { payoutBatch } from './payout';
export type { PayoutBatch, PayoutLine, PayoutOptions } from './payout';

export { auditCommissions } from './audit';
export { auditRowFor } from './audit-rows';
export type {
  AuditCommissionRow,
  AuditInput,
  AuditShareRow,
  AuditViolation,
  AuditViolationCode,
} from './audit-rows';

export { auditBook, bookBalances, bookEvent, bookPayout, bookSale, emptyBook } from './book';
export type { CommissionBook } from './book';
