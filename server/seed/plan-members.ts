// The people and the shelves of the demo market: one admin, the suppliers, the verified founding
// members, a couple of hundred shoppers who join over the 60 days, who follows whom, a few
// recorded invitations, and the products. `rng` shapes the market (it depends on the seed
// only); `ids` draws ids and codes (seed and namespace), so two runs of one seed in different
// namespaces are the same market under different keys.
import { BIOS_EN, BIOS_ZH, ENGLISH_FIRST, ENGLISH_LAST, GIVEN_NAMES, SUPPLIERS, SURNAMES } from './names';
import { CATALOGUE } from './catalogue';
import type { DemoRandom } from './prng';
import type { PlannedEdge, PlannedMember, PlannedProduct } from './plan-types';

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
export const DEMO_DAYS = 60;
export const SHOPPERS = 211;
export const VERIFIED = 12;
const INVITES = 30;
/** Invitation codes look like the ones sign-up issues (graph/members.ts): 10 of these. */
const INVITE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const issuedCodes = new WeakMap<DemoRandom, Set<string>>();

/** A code never issued before by this generator (collisions are redrawn). */
export function uniqueCode(ids: DemoRandom, length: number, alphabet: string): string {
  if (!issuedCodes.has(ids)) issuedCodes.set(ids, new Set());
  const issued = issuedCodes.get(ids)!;
  let code = ids.token(length, alphabet);
  while (issued.has(code)) code = ids.token(length, alphabet);
  issued.add(code);
  return code;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Name {
  handle: string;
  displayName: string;
  locale: 'en' | 'zh-CN';
}

/** A person's handle ([a-z0-9_], 3–20 characters before the namespace) and shown name. */
function drawName(rng: DemoRandom): Name {
  const [sur, surZh] = rng.pick(SURNAMES);
  const [given, givenZh] = rng.pick(GIVEN_NAMES);
  const first = rng.pick(ENGLISH_FIRST);
  const r = rng.next();
  if (r < 0.3) return { handle: `${sur}_${given}`, displayName: surZh + givenZh, locale: 'zh-CN' };
  if (r < 0.42) return { handle: `${given}_${sur}`, displayName: surZh + givenZh, locale: 'zh-CN' };
  if (r < 0.55) return { handle: `${sur}${given}${10 + rng.int(90)}`, displayName: surZh + givenZh, locale: 'zh-CN' };
  if (r < 0.63 && givenZh.length === 1) return { handle: `xiao_${given}`, displayName: `小${givenZh}`, locale: 'zh-CN' };
  if (r < 0.82) {
    return { handle: `${first}_${sur}`, displayName: `${cap(first)} ${cap(sur)}`, locale: rng.chance(0.5) ? 'zh-CN' : 'en' };
  }
  const last = rng.pick(ENGLISH_LAST);
  if (r < 0.93) return { handle: `${first}_${last}`, displayName: `${cap(first)} ${cap(last)}`, locale: 'en' };
  return { handle: `${first}${last.charAt(0)}${rng.int(100)}`, displayName: `${cap(first)} ${last.charAt(0).toUpperCase()}.`, locale: 'en' };
}

/** Hidden traits: most members recommend well, some are mixed, a few are consistently poor. */
function drawTraits(rng: DemoRandom, verified: boolean): Pick<PlannedMember, 'quality' | 'activity' | 'postRate'> {
  const activity = Math.exp(0.8 * rng.normal()) * (verified ? 2.5 : 1);
  if (verified) return { quality: rng.between(0.85, 0.97), activity, postRate: 0.6 };
  const r = rng.next();
  if (r < 0.72) return { quality: rng.between(0.72, 0.96), activity, postRate: rng.chance(0.3) ? 0.45 : 0.04 };
  if (r < 0.88) return { quality: rng.between(0.45, 0.7), activity, postRate: rng.chance(0.3) ? 0.45 : 0.04 };
  // Poor recommenders are often the eager ones: they post about everything they buy.
  return { quality: rng.between(0.12, 0.4), activity, postRate: rng.chance(0.5) ? 0.6 : 0.04 };
}

export function planMembers(
  rng: DemoRandom,
  ids: DemoRandom,
  nowMs: number,
  namespace: string,
): { members: PlannedMember[]; follows: PlannedEdge[]; invites: PlannedEdge[] } {
  const start = nowMs - DEMO_DAYS * DAY_MS;
  const taken = new Set<string>();
  const members: PlannedMember[] = [];
  const add = (m: Omit<PlannedMember, 'id' | 'handle' | 'email' | 'inviteCode'>) => {
    const handle = namespace ? `${m.baseHandle}_${namespace}` : m.baseHandle;
    taken.add(m.baseHandle);
    const member = { ...m, id: ids.uuid(), handle, email: `${handle.toLowerCase()}@demo.trustline.test`, inviteCode: uniqueCode(ids, 10, INVITE_ALPHABET) };
    members.push(member);
    return member;
  };
  const hidden = { quality: 0.9, activity: 0, postRate: 0, shopper: false };
  add({ baseHandle: 'admin', displayName: 'Trustline Admin', roles: ['MEMBER', 'ADMIN'], verified: false, bio: 'Verifies founding members and reviews fraud flags.', locale: 'en', createdAt: start, ...hidden });
  SUPPLIERS.forEach((s, i) =>
    add({ baseHandle: s.handle, displayName: s.displayName, roles: ['MEMBER', 'SUPPLIER'], verified: false, bio: s.bio, locale: 'zh-CN', createdAt: start + (i + 1) * HOUR_MS, ...hidden }),
  );
  for (let i = 0; i < SHOPPERS; i++) {
    const verified = i < VERIFIED;
    let name = drawName(rng);
    while (taken.has(name.handle)) name = { ...name, handle: `${name.handle.slice(0, 17)}${rng.int(1000)}` };
    // Founding members are there from the first day; the rest join over 55 days, more early on.
    const createdAt = verified ? start + rng.between(0, 2 * DAY_MS) : start + 55 * DAY_MS * rng.next() ** 1.6;
    const bio = name.locale === 'zh-CN' ? rng.pick(BIOS_ZH) : rng.pick(BIOS_EN);
    add({ baseHandle: name.handle, displayName: name.displayName, roles: ['MEMBER'], verified, bio, locale: name.locale, createdAt: Math.round(createdAt), ...drawTraits(rng, verified), shopper: true });
  }
  return { members, follows: planFollows(rng, members, nowMs), invites: planInvites(rng, members) };
}

/** Shoppers follow a handful of others, mostly founding members and active recommenders. */
function planFollows(rng: DemoRandom, members: PlannedMember[], nowMs: number): PlannedEdge[] {
  const appeal = members.map((m) => (m.verified ? 6 : m.roles.includes('SUPPLIER') ? 1.5 : m.roles.includes('ADMIN') ? 0 : m.postRate >= 0.4 ? 3 : 0.5));
  const follows: PlannedEdge[] = [];
  for (const [i, m] of members.entries()) {
    if (!m.shopper) continue;
    const wanted = Math.min(15, Math.floor(Math.exp(0.7 * rng.normal()) * 2.5));
    const chosen = new Set<number>([i]);
    for (let k = 0; k < wanted; k++) {
      const j = rng.weighted(appeal);
      if (chosen.has(j)) continue;
      chosen.add(j);
      const other = members[j]!;
      const at = Math.round(Math.max(m.createdAt, other.createdAt) + rng.between(HOUR_MS, 5 * DAY_MS));
      if (at < nowMs) follows.push({ fromId: m.id, toId: other.id, at });
    }
  }
  return follows;
}

/** A few members joined with someone's invitation code: recorded as data only, it earns nothing. */
function planInvites(rng: DemoRandom, members: PlannedMember[]): PlannedEdge[] {
  const shoppers = members.filter((m) => m.shopper);
  const invites: PlannedEdge[] = [];
  const invited = new Set<string>();
  for (let tries = 0; invites.length < INVITES && tries < INVITES * 20; tries++) {
    const invitee = rng.pick(shoppers);
    const inviter = rng.pick(shoppers);
    if (invitee.verified || invited.has(invitee.id) || inviter.createdAt >= invitee.createdAt) continue;
    invited.add(invitee.id);
    invites.push({ fromId: invitee.id, toId: inviter.id, at: invitee.createdAt });
  }
  return invites;
}

/** Every catalogue item, listed by the supplier of its category (keywords settle shared ones). */
export function planProducts(rng: DemoRandom, ids: DemoRandom, members: PlannedMember[]): PlannedProduct[] {
  const supplierOf = (category: string, title: string): PlannedMember => {
    const offering = SUPPLIERS.filter((s) => s.categories.includes(category));
    const seed = offering.find((s) => s.keywords?.some((k) => title.includes(k))) ?? offering.find((s) => !s.keywords) ?? offering[0]!;
    return members.find((m) => m.baseHandle === seed.handle)!;
  };
  const products: PlannedProduct[] = [];
  for (const [category, items] of Object.entries(CATALOGUE)) {
    for (const item of items) {
      const supplier = supplierOf(category, item.title);
      products.push({
        id: ids.uuid(),
        supplierId: supplier.id,
        title: item.title,
        description: item.description,
        category,
        priceMinor: item.yuan * 100,
        commissionRateBps: 500 + 50 * rng.int(41),
        createdAt: Math.round(supplier.createdAt + rng.between(HOUR_MS, 3 * DAY_MS)),
        popularity: Math.exp(0.7 * rng.normal()),
      });
    }
  }
  return products;
}
