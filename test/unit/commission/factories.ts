// Test data for the commission domain: a sale, a clock, and a commission moved to a given
// status through the real functions (never hand-built), so tests start from values the module
// itself would produce.
import {
  DEFAULT_COMMISSION_POLICY,
  confirmableAt,
  openCommission,
  transitionCommission,
  type Commission,
  type ConfirmEvent,
  type SaleForCommission,
} from '../../../server/domain/commission';

export const DAY = 86_400_000;
export const T0 = new Date('2025-03-01T08:00:00.000Z');
export const at = (days: number, from: Date = T0) => new Date(from.getTime() + days * DAY);

export function sale(overrides: Partial<SaleForCommission> = {}): SaleForCommission {
  return {
    commissionId: 'c1',
    saleId: 'o1',
    buyerId: 'buyer',
    authorId: 'author',
    resharerId: 'resharer',
    inviterIds: ['uncle'],
    unitPriceMinor: 10_000,
    quantity: 1,
    rateBps: 1_000,
    trustByMember: new Map([
      ['author', 50],
      ['resharer', 50],
    ]),
    ...overrides,
  };
}

export function opened(overrides: Partial<SaleForCommission> = {}, now: Date = T0): Commission {
  const result = openCommission(sale(overrides), now);
  if (!result.opened) throw new Error(`test sale opened no commission: ${result.reason}`);
  return result.commission;
}

export const DELIVERED = at(2);
export const DUE = confirmableAt(DELIVERED, DEFAULT_COMMISSION_POLICY);

export function confirmEvent(overrides: Partial<ConfirmEvent> = {}): ConfirmEvent {
  return {
    type: 'CONFIRM',
    deliveredAt: DELIVERED,
    trustByMember: new Map([
      ['author', 90],
      ['resharer', 65],
    ]),
    flaggedMemberIds: [],
    ...overrides,
  };
}

export function confirmed(commission: Commission = opened()): Commission {
  return transitionCommission(commission, confirmEvent(), DUE).commission;
}

export function paid(commission: Commission = confirmed()): Commission {
  return transitionCommission(commission, { type: 'PAY', payoutId: 'p1' }, at(1, DUE)).commission;
}

/** Deeply frozen copy: a function that mutates it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof Date) && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Runs `fn` and returns the CommissionRuleError code it throws (fails if it does not throw). */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    throw error;
  }
  throw new Error('expected a CommissionRuleError, nothing was thrown');
}
