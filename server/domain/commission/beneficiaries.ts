// Who may earn from a sale. Trustline pays for a recommendation that a buyer acted on, never for
// recruiting: a sale has at most two seats, the recommendation's author and the member who
// re-shared its link, and nobody else — in particular nobody up an invitation chain.
//
// The buyer's inviters are passed in only so they can be *excluded*: a member who invited the
// buyer earns nothing from that buyer's purchases, even through their own recommendation. That
// makes recruiting worth exactly zero by construction (a recruiter cannot sign up a relative and
// harvest commission on their purchases) and makes the audit mechanical: no share may ever go to
// a member in the buyer's invitation chain. An excluded seat is simply empty; what it would
// have earned is never handed up the chain (trust-weight.ts says how base shares follow seats).

import { CommissionRuleError } from './errors';
import { assertId } from './money';

/** The two ways of earning from a sale. */
export type BeneficiaryRole = 'AUTHOR' | 'RESHARER';

/** A seat at a sale: who may earn and in which role. Fixed when the sale is placed. */
export interface SaleBeneficiary {
  readonly memberId: string;
  readonly role: BeneficiaryRole;
}

/** A seat plus the member's trust score (0–100) at the moment the split is computed. */
export interface Beneficiary extends SaleBeneficiary {
  readonly trust: number;
}

/** The facts of a sale that decide its seats. */
export interface SaleParties {
  /** The member who placed the order. */
  readonly buyerId: string;
  /** The author of the recommendation the order was placed through. */
  readonly authorId: string;
  /** The member whose share link was used, when it is not the author's own link. */
  readonly resharerId?: string | null;
  /** The buyer's invitation chain (who invited the buyer, who invited them, …): excluded. */
  readonly inviterIds?: readonly string[];
  /** The supplier of the product sold: the pool is their own money, so they never hold a seat. */
  readonly supplierId?: string | null;
}

/**
 * The seats of a sale, author first. Rules:
 * - buyer = author (a purchase through one's own recommendation): no seat at all, no commission;
 * - buyer = the product's supplier (a supplier ordering its own product): no seat either, since
 *   that order is no sale, only a way to pay a pool out of one's own pocket to someone;
 * - the re-sharer gets a seat only when present, different from the author and from the buyer;
 * - a member in `inviterIds`, or the product's supplier, never gets a seat, whatever their role;
 * - hence at most two seats.
 * @throws CommissionRuleError INVALID_ID on an empty id
 */
export function beneficiariesForSale(parties: SaleParties): SaleBeneficiary[] {
  const buyerId = assertId(parties.buyerId, 'buyer id');
  const authorId = assertId(parties.authorId, 'author id');
  const resharerId =
    parties.resharerId === undefined || parties.resharerId === null
      ? null
      : assertId(parties.resharerId, 're-sharer id');
  const excluded = new Set((parties.inviterIds ?? []).map((id) => assertId(id, 'inviter id')));
  const supplierId = parties.supplierId === undefined || parties.supplierId === null ? null : assertId(parties.supplierId, 'supplier id');
  if (supplierId !== null) excluded.add(supplierId);

  if (buyerId === authorId || buyerId === supplierId) return [];
  const seats: SaleBeneficiary[] = [];
  if (!excluded.has(authorId)) seats.push({ memberId: authorId, role: 'AUTHOR' });
  if (
    resharerId !== null &&
    resharerId !== authorId &&
    resharerId !== buyerId &&
    !excluded.has(resharerId)
  ) {
    seats.push({ memberId: resharerId, role: 'RESHARER' });
  }
  return seats;
}

/**
 * Checks a list of seats is one a sale can have: at most two, each role at most once, each
 * member at most once. Returns the list for chaining.
 * @throws CommissionRuleError INVALID_BENEFICIARIES or INVALID_ID
 */
export function assertSeats<T extends SaleBeneficiary>(seats: readonly T[]): readonly T[] {
  if (seats.length > 2) {
    throw new CommissionRuleError(
      'INVALID_BENEFICIARIES',
      `a sale has at most two beneficiaries, got ${seats.length}`,
      { count: seats.length },
    );
  }
  const members = new Set<string>();
  const roles = new Set<BeneficiaryRole>();
  for (const seat of seats) {
    assertId(seat.memberId, 'beneficiary member id');
    if (seat.role !== 'AUTHOR' && seat.role !== 'RESHARER') {
      throw new CommissionRuleError('INVALID_BENEFICIARIES', `unknown role ${String(seat.role)}`, {
        role: seat.role,
      });
    }
    if (members.has(seat.memberId) || roles.has(seat.role)) {
      throw new CommissionRuleError(
        'INVALID_BENEFICIARIES',
        'a member or a role appears twice among the beneficiaries of one sale',
        { memberId: seat.memberId, role: seat.role },
      );
    }
    members.add(seat.memberId);
    roles.add(seat.role);
  }
  return seats;
}

/**
 * Attaches each seat holder's trust, read from `trustByMember` (the caller's snapshot of trust
 * at this moment).
 * @throws CommissionRuleError MISSING_TRUST when a seat holder has no trust in the map
 */
export function withTrust(
  seats: readonly SaleBeneficiary[],
  trustByMember: ReadonlyMap<string, number>,
): Beneficiary[] {
  return seats.map((seat) => {
    const trust = trustByMember.get(seat.memberId);
    if (trust === undefined) {
      throw new CommissionRuleError('MISSING_TRUST', `no trust score given for ${seat.memberId}`, {
        memberId: seat.memberId,
      });
    }
    return { memberId: seat.memberId, role: seat.role, trust };
  });
}
