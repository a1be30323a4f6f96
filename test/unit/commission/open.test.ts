import { openCommission } from '../../../server/domain/commission';
import { T0, codeOf, sale } from './factories';

describe('openCommission', () => {
  test('opens a PENDING commission with a provisional split at trust now, and its accruals', () => {
    const result = openCommission(sale(), T0);
    if (!result.opened) throw new Error('expected a commission');
    const { commission, entries } = result;
    expect(commission).toMatchObject({
      id: 'c1',
      saleId: 'o1',
      poolMinor: 1_000, // ¥100 × 10%
      status: 'PENDING',
      saleAt: T0,
      seats: [
        { memberId: 'author', role: 'AUTHOR' },
        { memberId: 'resharer', role: 'RESHARER' },
      ],
      shares: null,
      retainedMinor: null,
      fraudHold: null,
    });
    // trust 50 → factor ½: 80% × ½ = 400, 20% × ½ = 100
    expect(commission.provisionalShares.map((s) => [s.memberId, s.amountMinor])).toEqual([
      ['author', 400],
      ['resharer', 100],
    ]);
    expect(entries).toEqual([
      { kind: 'ACCRUAL', account: 'PENDING', memberId: 'author', commissionId: 'c1', amountMinor: 400, at: T0 },
      { kind: 'ACCRUAL', account: 'PENDING', memberId: 'resharer', commissionId: 'c1', amountMinor: 100, at: T0 },
    ]);
  });

  test('writes no accrual for a provisional share of 0', () => {
    const result = openCommission(sale({ trustByMember: new Map([['author', 10], ['resharer', 90]]) }), T0);
    expect(result.opened && result.entries.map((e) => [e.memberId, e.amountMinor])).toEqual([['resharer', 200]]);
  });

  test('no commission on a purchase through one’s own recommendation', () => {
    expect(openCommission(sale({ buyerId: 'author' }), T0)).toEqual({ opened: false, reason: 'SELF_PURCHASE' });
  });

  test('no commission when every seat is excluded', () => {
    expect(openCommission(sale({ inviterIds: ['author', 'resharer'] }), T0)).toEqual({
      opened: false,
      reason: 'NO_BENEFICIARY',
    });
  });

  test('no commission when the pool rounds to 0 fen', () => {
    expect(openCommission(sale({ rateBps: 0 }), T0)).toEqual({ opened: false, reason: 'ZERO_POOL' });
    expect(openCommission(sale({ unitPriceMinor: 3, rateBps: 3_000 }), T0)).toEqual({ opened: false, reason: 'ZERO_POOL' });
  });

  test.each([
    ['a missing trust', { trustByMember: new Map([['author', 50]]) }, 'MISSING_TRUST'],
    ['an empty commission id', { commissionId: '' }, 'INVALID_ID'],
    ['a rate above the cap', { rateBps: 5_000 }, 'INVALID_RATE'],
    ['a negative price', { unitPriceMinor: -100 }, 'INVALID_AMOUNT'],
  ])('refuses %s', (_name, overrides, code) => {
    expect(codeOf(() => openCommission(sale(overrides), T0))).toBe(code);
  });

  test('refuses an invalid clock', () => {
    expect(codeOf(() => openCommission(sale(), new Date('nope')))).toBe('INVALID_DATE');
  });
});
