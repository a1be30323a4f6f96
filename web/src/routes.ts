// The app's routes, in one place: App.tsx renders them, and the server answers any other path
// with HTTP 404 (the app's own not-found page still in the body), so a link checker, a search
// engine or a chat's link preview is told the truth instead of a 200 for a page that is not there.

export const ROUTES = {
  leaderboard: '/',
  member: '/m/:handle',
  products: '/products',
  product: '/p/:id',
  share: '/r/:code',
  feed: '/feed',
  me: '/me',
  myCommissions: '/me/commissions',
  privileges: '/me/privileges',
  myCircleDays: '/me/circle',
  trustedPicks: '/picks',
  signIn: '/signin',
  signUp: '/signup',
  account: '/account',
  accountPassword: '/account/password',
  accountSessions: '/account/sessions',
  accountAddresses: '/account/addresses',
  accountNotifications: '/account/notifications',
  notifications: '/notifications',
  forgotPassword: '/account/forgot',
  resetPassword: '/account/reset',
  supplier: '/supplier',
  admin: '/admin',
  search: '/search',
  howTrustWorks: '/how-trust-works',
  groupBuy: '/g/:id',
} as const;

// A parameter is one non-empty path segment; a trailing slash is allowed, as the router allows it.
const PATTERNS = Object.values(ROUTES).map(
  (route) => new RegExp(`^${route === '/' ? '' : route.replace(/:[a-z]+/gi, '[^/]+')}/?$`),
);

/** True when `pathname` is one of the app's routes. */
export function isAppRoute(pathname: string): boolean {
  return PATTERNS.some((p) => p.test(pathname));
}
