// The whole demo market as plain values: a pure function of the seed, the namespace and `now`.
// The same seed gives the same members, handles, products and catalogue; the trade (orders,
// recommendations, verdicts) is the same for the same time of day, because the planner's daily
// post cap counts calendar (UTC) days: `now` an hour later can move a post across midnight and
// change what follows (366 recommendations at one hour, 338 at another).
import { DemoRandom, hashString } from './prng';
import { DAY_MS, DEMO_DAYS, planMembers, planProducts } from './plan-members';
import { planTrade } from './plan-orders';
import type { DemoPlan } from './plan-types';

/** The seed `npm start` and `npm run seed` use unless told otherwise. */
export const DEMO_SEED = 20_260_601;

/** A namespace is appended to handles (`wang_lei_ab12`) so runs can share one database. */
export const NAMESPACE_PATTERN = /^[A-Za-z0-9]{1,8}$/;

export function planDemoMarket(seed: number, namespace: string, nowMs: number): DemoPlan {
  if (namespace !== '' && !NAMESPACE_PATTERN.test(namespace)) {
    throw new Error(`demo namespace must be 1–8 letters or digits, got "${namespace}"`);
  }
  const rng = new DemoRandom(seed);
  const ids = new DemoRandom((seed ^ hashString(`ids:${namespace}`)) >>> 0);
  const { members, follows, invites } = planMembers(rng, ids, nowMs, namespace);
  const products = planProducts(rng, ids, members);
  const reshares = new DemoRandom((seed ^ hashString('reshares')) >>> 0);
  const trade = planTrade(rng, ids, reshares, members, products, follows, nowMs, nowMs - DEMO_DAYS * DAY_MS);
  return { seed, members, products, follows, invites, ...trade };
}
