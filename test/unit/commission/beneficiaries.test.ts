import fc from 'fast-check';
import { beneficiariesForSale, withTrust } from '../../../server/domain/commission';
import { assertSeats } from '../../../server/domain/commission/beneficiaries';
import { codeOf } from './factories';

describe('beneficiariesForSale', () => {
  test('the author alone when there is no re-share', () => {
    expect(beneficiariesForSale({ buyerId: 'b', authorId: 'a' })).toEqual([{ memberId: 'a', role: 'AUTHOR' }]);
    expect(beneficiariesForSale({ buyerId: 'b', authorId: 'a', resharerId: null })).toHaveLength(1);
  });

  test('author and re-sharer, author first', () => {
    expect(beneficiariesForSale({ buyerId: 'b', authorId: 'a', resharerId: 'r' })).toEqual([
      { memberId: 'a', role: 'AUTHOR' },
      { memberId: 'r', role: 'RESHARER' },
    ]);
  });

  test('the author re-sharing their own link is one seat, not two', () => {
    expect(beneficiariesForSale({ buyerId: 'b', authorId: 'a', resharerId: 'a' })).toEqual([
      { memberId: 'a', role: 'AUTHOR' },
    ]);
  });

  test('buying through your own recommendation creates no seat at all, even with a re-sharer', () => {
    expect(beneficiariesForSale({ buyerId: 'a', authorId: 'a' })).toEqual([]);
    expect(beneficiariesForSale({ buyerId: 'a', authorId: 'a', resharerId: 'r' })).toEqual([]);
  });

  test('a buyer re-sharing to themselves earns nothing; the author still does', () => {
    expect(beneficiariesForSale({ buyerId: 'b', authorId: 'a', resharerId: 'b' })).toEqual([
      { memberId: 'a', role: 'AUTHOR' },
    ]);
  });

  test('inviters of the buyer never get a seat, whatever their role', () => {
    const inviterIds = ['i1', 'i2'];
    expect(beneficiariesForSale({ buyerId: 'b', authorId: 'a', inviterIds })).toEqual([{ memberId: 'a', role: 'AUTHOR' }]);
    expect(beneficiariesForSale({ buyerId: 'b', authorId: 'i1', resharerId: 'r', inviterIds })).toEqual([
      { memberId: 'r', role: 'RESHARER' },
    ]);
    expect(beneficiariesForSale({ buyerId: 'b', authorId: 'a', resharerId: 'i2', inviterIds })).toEqual([
      { memberId: 'a', role: 'AUTHOR' },
    ]);
    expect(beneficiariesForSale({ buyerId: 'b', authorId: 'i1', resharerId: 'i2', inviterIds })).toEqual([]);
  });

  test('the product\'s supplier never holds a seat, and its own order of the product is no sale', () => {
    expect(beneficiariesForSale({ buyerId: 'b', authorId: 's', supplierId: 's' })).toEqual([]);
    expect(beneficiariesForSale({ buyerId: 'b', authorId: 'a', resharerId: 's', supplierId: 's' })).toEqual([
      { memberId: 'a', role: 'AUTHOR' },
    ]);
    expect(beneficiariesForSale({ buyerId: 's', authorId: 'a', resharerId: 'r', supplierId: 's' })).toEqual([]);
    expect(codeOf(() => beneficiariesForSale({ buyerId: 'b', authorId: 'a', supplierId: '' }))).toBe('INVALID_ID');
  });

  test('refuses empty ids', () => {
    expect(codeOf(() => beneficiariesForSale({ buyerId: '', authorId: 'a' }))).toBe('INVALID_ID');
    expect(codeOf(() => beneficiariesForSale({ buyerId: 'b', authorId: 'a', resharerId: '' }))).toBe('INVALID_ID');
    expect(codeOf(() => beneficiariesForSale({ buyerId: 'b', authorId: 'a', inviterIds: [''] }))).toBe('INVALID_ID');
  });

  test('property: at most two seats, distinct, never the buyer, an inviter or the supplier', () => {
    const id = fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5');
    fc.assert(
      fc.property(id, id, fc.option(id, { nil: undefined }), fc.array(id, { maxLength: 4 }), fc.option(id, { nil: undefined }), (buyerId, authorId, resharerId, inviterIds, supplierId) => {
        const seats = beneficiariesForSale({ buyerId, authorId, resharerId, inviterIds, supplierId });
        expect(seats.length).toBeLessThanOrEqual(2);
        expect(new Set(seats.map((s) => s.memberId)).size).toBe(seats.length);
        expect(new Set(seats.map((s) => s.role)).size).toBe(seats.length);
        for (const seat of seats) {
          expect(seat.memberId).not.toBe(buyerId);
          expect(inviterIds).not.toContain(seat.memberId);
          expect(seat.memberId).not.toBe(supplierId);
          expect(seat.memberId).toBe(seat.role === 'AUTHOR' ? authorId : resharerId);
        }
        if (buyerId === authorId || buyerId === supplierId) expect(seats).toEqual([]);
      }),
    );
  });
});

describe('seats and trust', () => {
  test('assertSeats refuses more than two seats, a member twice, a role twice', () => {
    const a = { memberId: 'a', role: 'AUTHOR' } as const;
    const r = { memberId: 'r', role: 'RESHARER' } as const;
    expect(assertSeats([a, r])).toEqual([a, r]);
    expect(codeOf(() => assertSeats([a, r, { memberId: 'x', role: 'RESHARER' }]))).toBe('INVALID_BENEFICIARIES');
    expect(codeOf(() => assertSeats([a, { memberId: 'a', role: 'RESHARER' }]))).toBe('INVALID_BENEFICIARIES');
    expect(codeOf(() => assertSeats([a, { memberId: 'b', role: 'AUTHOR' }]))).toBe('INVALID_BENEFICIARIES');
  });

  test('withTrust reads each seat holder’s trust and refuses a missing one', () => {
    const seats = beneficiariesForSale({ buyerId: 'b', authorId: 'a', resharerId: 'r' });
    expect(withTrust(seats, new Map([['a', 70], ['r', 40]]))).toEqual([
      { memberId: 'a', role: 'AUTHOR', trust: 70 },
      { memberId: 'r', role: 'RESHARER', trust: 40 },
    ]);
    expect(codeOf(() => withTrust(seats, new Map([['a', 70]])))).toBe('MISSING_TRUST');
  });
});
