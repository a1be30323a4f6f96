import fc from 'fast-check';
import { MAX_COMMISSION_RATE_BPS, commissionPool } from '../../../server/domain/commission';
import { codeOf } from './factories';

describe('commissionPool', () => {
  test.each([
    [9_990, 1, 1_000, 999],
    [199, 3, 1_500, 89], // 597 × 15% = 89.55 → 89: the fraction stays with the supplier
    [1, 1, 3_000, 0], // 0.3 fen → 0
    [4, 1, 2_500, 1],
    [10_000, 1, 0, 0],
    [12_345, 7, 3_000, 25_924], // 86,415 × 30% = 25,924.5
  ])('price %i × quantity %i at %i bp → %i fen', (price, quantity, rate, pool) => {
    expect(commissionPool(price, quantity, rate)).toBe(pool);
  });

  test('the cap is 30%', () => {
    expect(MAX_COMMISSION_RATE_BPS).toBe(3_000);
    expect(commissionPool(100, 1, 3_000)).toBe(30);
    expect(codeOf(() => commissionPool(100, 1, 3_001))).toBe('INVALID_RATE');
  });

  test('is exact where float arithmetic is not', () => {
    const price = 1_000_000_000_000_010; // fen; price × rate exceeds 2^53, so a float rounds it
    expect(commissionPool(price, 1, 2_999)).toBe(299_900_000_000_002);
    expect(Math.floor((price * 2_999) / 10_000)).toBe(299_900_000_000_003); // a fen too many
    const top = Number.MAX_SAFE_INTEGER;
    expect(commissionPool(top, 1, 3_000)).toBe(Number((BigInt(top) * 3_000n) / 10_000n));
  });

  test.each([
    ['negative price', () => commissionPool(-1, 1, 100), 'INVALID_AMOUNT'],
    ['fractional price', () => commissionPool(10.5, 1, 100), 'INVALID_AMOUNT'],
    ['NaN price', () => commissionPool(Number.NaN, 1, 100), 'INVALID_AMOUNT'],
    ['unsafe price', () => commissionPool(2 ** 53, 1, 100), 'INVALID_AMOUNT'],
    ['zero quantity', () => commissionPool(100, 0, 100), 'INVALID_QUANTITY'],
    ['fractional quantity', () => commissionPool(100, 1.5, 100), 'INVALID_QUANTITY'],
    ['negative rate', () => commissionPool(100, 1, -1), 'INVALID_RATE'],
    ['fractional rate', () => commissionPool(100, 1, 10.5), 'INVALID_RATE'],
    ['order total beyond a safe integer', () => commissionPool(Number.MAX_SAFE_INTEGER, 2, 100), 'AMOUNT_OUT_OF_RANGE'],
  ])('refuses %s', (_name, fn, code) => {
    expect(codeOf(fn)).toBe(code);
  });

  test('property: pool = floor(total × rate / 10⁴), never above the rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: MAX_COMMISSION_RATE_BPS }),
        (price, quantity, rate) => {
          const total = BigInt(price) * BigInt(quantity);
          fc.pre(total <= BigInt(Number.MAX_SAFE_INTEGER));
          const pool = BigInt(commissionPool(price, quantity, rate));
          expect(pool * 10_000n <= total * BigInt(rate)).toBe(true);
          expect((pool + 1n) * 10_000n > total * BigInt(rate)).toBe(true);
        },
      ),
    );
  });
});
