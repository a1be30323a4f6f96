import {
  DEFAULT_SPLIT_PARAMS,
  commissionPool,
  splitCommission,
  trustFactorBps,
  type Beneficiary,
} from '../../../server/domain/commission';
import { codeOf } from './factories';

const author = (trust: number, memberId = 'a'): Beneficiary => ({ memberId, role: 'AUTHOR', trust });
const resharer = (trust: number, memberId = 'r'): Beneficiary => ({ memberId, role: 'RESHARER', trust });
const amounts = (pool: number, bs: Beneficiary[], params = DEFAULT_SPLIT_PARAMS) => {
  const split = splitCommission(pool, bs, params);
  return [...split.shares.map((s) => s.amountMinor), split.retainedMinor];
};

describe('trustFactorBps (floor-then-linear)', () => {
  test.each([
    [0, 0],
    [20, 0],
    [20.0006, 0], // 0.0006 × 10⁴ / 60 = 0.1 bp → 0
    [20.006, 1],
    [21, 166], // 1 × 10⁴ / 60 = 166.67: floored, never rounded up
    [35, 2_500],
    [50, 5_000], // the neutral prior earns half
    [65, 7_500],
    [79.99, 9_998],
    [80, 10_000],
    [100, 10_000],
  ])('trust %d → %i bp', (trust, factor) => {
    expect(trustFactorBps(trust)).toBe(factor);
  });

  test('follows custom parameters', () => {
    const params = { ...DEFAULT_SPLIT_PARAMS, trustFloor: 0, trustFull: 100 };
    expect(trustFactorBps(37, params)).toBe(3_700); // plain trust / 100
  });
});

describe('splitCommission', () => {
  test('a fully trusted author alone takes the whole pool', () => {
    expect(amounts(1_000, [author(90)])).toEqual([1_000, 0]);
  });

  test('fully trusted author and re-sharer split 80/20', () => {
    const split = splitCommission(1_000, [author(80), resharer(100)]);
    expect(split).toEqual({
      shares: [
        { memberId: 'a', role: 'AUTHOR', trust: 80, baseBps: 8_000, trustFactorBps: 10_000, weightBps: 8_000, amountMinor: 800 },
        { memberId: 'r', role: 'RESHARER', trust: 100, baseBps: 2_000, trustFactorBps: 10_000, weightBps: 2_000, amountMinor: 200 },
      ],
      retainedMinor: 0,
    });
  });

  test('lower trust earns a smaller part; the rest stays with the supplier', () => {
    expect(amounts(1_000, [author(50)])).toEqual([500, 500]);
    expect(amounts(1_000, [author(50), resharer(65)])).toEqual([400, 150, 450]);
    expect(amounts(1_000, [author(15), resharer(90)])).toEqual([0, 200, 800]);
  });

  test('weights are floored to whole bp before they touch money', () => {
    // trust 30 → factor floor(10 × 10⁴ / 60) = 1,666 bp; weight = 8,000 × 1,666 / 10⁴ = 1,332.8 → 1,332
    const [share] = splitCommission(10_000, [author(30), resharer(100)]).shares;
    expect(share).toMatchObject({ trustFactorBps: 1_666, weightBps: 1_332, amountMinor: 1_332 });
  });

  test('a re-sharer alone (author excluded) never earns more than the re-sharer base', () => {
    expect(amounts(1_000, [resharer(100)])).toEqual([200, 800]);
  });

  test('largest remainder: the fen the floors lose goes to the larger remainder', () => {
    // 3 fen × 80% = 2.4, × 20% = 0.6: floors 2 + 0 = 2, paid = floor(3 × 100%) = 3.
    expect(amounts(3, [author(100), resharer(100)])).toEqual([2, 1, 0]);
    // 7 × 56% = 3.92 (weight 8,000 × 7,000) and 7 × 20% = 1.4: floors 3 + 1, paid floor(5.32) = 5.
    expect(amounts(7, [author(62), resharer(100)])).toEqual([4, 1, 2]);
  });

  test('equal remainders: the author is served first', () => {
    const even = { ...DEFAULT_SPLIT_PARAMS, authorBps: 5_000, resharerBps: 5_000 };
    expect(amounts(1, [author(100), resharer(100)], even)).toEqual([1, 0, 0]);
    expect(amounts(1, [resharer(100), author(100)], even)).toEqual([0, 1, 0]); // order given is kept
  });

  test('the pool rounds in the supplier’s favour when nobody is owed a whole fen', () => {
    expect(amounts(1, [author(50)])).toEqual([0, 1]);
  });

  test('no beneficiary: everything is retained; a zero pool pays nothing', () => {
    expect(splitCommission(1_234, [])).toEqual({ shares: [], retainedMinor: 1_234 });
    expect(amounts(0, [author(100), resharer(100)])).toEqual([0, 0, 0]);
  });

  test('exact on the largest pools', () => {
    const pool = Number.MAX_SAFE_INTEGER;
    const split = splitCommission(pool, [author(61.3), resharer(77.7)]);
    const total = split.shares.reduce((t, s) => t + BigInt(s.amountMinor), BigInt(split.retainedMinor));
    expect(total).toBe(BigInt(pool));
  });

  test.each([
    ['a negative pool', () => splitCommission(-1, [author(50)]), 'INVALID_AMOUNT'],
    ['a fractional pool', () => splitCommission(1.5, [author(50)]), 'INVALID_AMOUNT'],
    ['trust above 100', () => splitCommission(100, [author(101)]), 'INVALID_TRUST'],
    ['negative trust', () => splitCommission(100, [author(-1)]), 'INVALID_TRUST'],
    ['NaN trust', () => splitCommission(100, [author(Number.NaN)]), 'INVALID_TRUST'],
    ['three beneficiaries', () => splitCommission(100, [author(50), resharer(50), resharer(50, 'x')]), 'INVALID_BENEFICIARIES'],
    ['two authors', () => splitCommission(100, [author(50), author(50, 'b')]), 'INVALID_BENEFICIARIES'],
    ['one member twice', () => splitCommission(100, [author(50), resharer(50, 'a')]), 'INVALID_BENEFICIARIES'],
    ['bases over 100%', () => splitCommission(100, [author(50)], { ...DEFAULT_SPLIT_PARAMS, authorBps: 9_000 }), 'INVALID_PARAMS'],
    ['floor above full', () => splitCommission(100, [author(50)], { ...DEFAULT_SPLIT_PARAMS, trustFloor: 90 }), 'INVALID_PARAMS'],
    ['fractional base', () => splitCommission(100, [author(50)], { ...DEFAULT_SPLIT_PARAMS, resharerBps: 0.5 }), 'INVALID_PARAMS'],
  ])('refuses %s', (_name, fn, code) => {
    expect(codeOf(fn)).toBe(code);
  });
});

describe('the worked examples of docs/commissions.md', () => {
  test('1. author and re-sharer: estimate at the sale, split at confirmation', () => {
    expect(commissionPool(19_900, 2, 1_200)).toBe(4_776);
    const atSale = splitCommission(4_776, [author(50, 'wang'), resharer(41, 'li')]);
    expect(atSale.shares.map((s) => s.amountMinor)).toEqual([1_910, 334]);
    const atConfirmation = splitCommission(4_776, [author(72, 'wang'), resharer(41, 'li')]);
    expect(atConfirmation.shares.map((s) => [s.trustFactorBps, s.weightBps, s.amountMinor])).toEqual([
      [8_666, 6_932, 3_311],
      [3_500, 700, 334],
    ]);
    expect(atConfirmation.retainedMinor).toBe(1_131);
  });

  test('2. a trusted author alone', () => {
    expect(commissionPool(8_800, 1, 1_500)).toBe(1_320);
    expect(amounts(1_320, [author(86, 'zhao')])).toEqual([1_320, 0]);
  });

  test('3. the remainder fen', () => {
    expect(commissionPool(2_990, 1, 1_000)).toBe(299);
    expect(amounts(299, [author(100), resharer(100)])).toEqual([239, 60, 0]);
    expect(amounts(299, [author(62), resharer(100)])).toEqual([167, 60, 72]);
  });
});
