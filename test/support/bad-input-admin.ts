// Bad input for commissions, fraud review and the trust views: notes out of bounds, flags that
// do not exist or were already cleared, unknown enum values, history ranges and category
// slugs out of bounds, and the admin- and supplier-only fields asked by someone else.
import { INJECTIONS, LONE_SURROGATE, NUL, repeat, type ApiCase } from './bad-input-kit';

const CLEAR = 'mutation ($id: ID!, $note: String!) { clearFraudFlag(id: $id, note: $note) { releasedCommissions } }';
const UPHOLD = 'mutation ($id: ID!, $note: String!) { upholdFraudFlag(id: $id, note: $note) { flag { status } } }';
const COMMISSION = 'query ($id: ID!) { commission(id: $id) { id } }';
const HISTORY = 'query ($h: String!, $days: Int) { member(handle: $h) { trustHistory(days: $days) { day } } }';
const CATEGORY_RANK = 'query ($h: String!, $c: String!) { member(handle: $h) { categoryRank(category: $c) { rank } } }';
const LEADERBOARD = 'query ($scope: LeaderboardScope, $category: String) { leaderboard(scope: $scope, category: $category) { edges { cursor } } }';
const NOTE = 'Reviewed: an honest pair of neighbours.';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** A bad-input case of one of the two decisions on a flag; both take the same id and note. */
const decision = (mutation: 'clearFraudFlag' | 'upholdFraudFlag') =>
  (name: string, variables: ApiCase['variables'], code: ApiCase['code'] = 'BAD_USER_INPUT', as: ApiCase['as'] = 'admin'): ApiCase => ({
    name: `${mutation}: ${name}`,
    as,
    query: mutation === 'clearFraudFlag' ? CLEAR : UPHOLD,
    variables,
    code,
  });

/** What both decisions refuse alike: notes out of bounds, ids that are not flags, anyone but an admin. */
const decisionCases = (make: ReturnType<typeof decision>): ApiCase[] => [
  make('note empty', (w) => ({ id: w.openFlagId, note: '' })),
  make('note whitespace', (w) => ({ id: w.openFlagId, note: '\n\n\n' })),
  make('note of 2', (w) => ({ id: w.openFlagId, note: 'ok' })),
  make('note 501', (w) => ({ id: w.openFlagId, note: repeat('n', 501) })),
  make('note with NUL', (w) => ({ id: w.openFlagId, note: `decided${NUL}` })),
  make('note lone surrogate', (w) => ({ id: w.openFlagId, note: `decided ${LONE_SURROGATE}` })),
  make('note null', (w) => ({ id: w.openFlagId, note: null })),
  make('id malformed', { id: INJECTIONS.cypherQuote, note: NOTE }),
  make('unknown flag', { id: UNKNOWN_ID, note: NOTE }, 'NOT_FOUND'),
  make('already cleared', (w) => ({ id: w.clearedFlagId, note: NOTE }), 'CONFLICT'),
  make('a member', (w) => ({ id: w.openFlagId, note: NOTE }), 'FORBIDDEN', 'member'),
  make('a flagged member deciding on their own flag', (w) => ({ id: w.openFlagId, note: NOTE }), 'FORBIDDEN', 'other'),
  make('a supplier', (w) => ({ id: w.openFlagId, note: NOTE }), 'FORBIDDEN', 'supplier'),
  make('anonymous', (w) => ({ id: w.openFlagId, note: NOTE }), 'UNAUTHENTICATED', 'anonymous'),
];
const history = (name: string, days: unknown): ApiCase => ({
  name: `Member.trustHistory: ${name}`,
  as: 'anonymous',
  query: HISTORY,
  variables: (w) => ({ h: w.authorHandle, days }),
  code: 'BAD_USER_INPUT',
});

export const adminCases: ApiCase[] = [
  ...decisionCases(decision('clearFraudFlag')),
  ...decisionCases(decision('upholdFraudFlag')),
  { name: 'commission: id malformed', as: 'member', query: COMMISSION, variables: { id: '{"$gt": ""}' }, code: 'BAD_USER_INPUT' },
  { name: 'commission: anonymous', as: 'anonymous', query: COMMISSION, variables: { id: UNKNOWN_ID }, code: 'UNAUTHENTICATED' },
  { name: 'myCommissions: status unknown', as: 'member', query: 'query ($s: CommissionStatus) { myCommissions(status: $s) { edges { cursor } } }', variables: { s: 'LOST' }, code: 'BAD_USER_INPUT' },
  { name: 'myCommissions: status literal unknown', as: 'member', query: '{ myCommissions(status: EVERYTHING) { edges { cursor } } }', code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'myCommissionTotals: anonymous', as: 'anonymous', query: '{ myCommissionTotals { paidMinor } }', code: 'UNAUTHENTICATED' },
  { name: 'supplierCommissionsOwed: a member', as: 'member', query: '{ supplierCommissionsOwed { owedMinor } }', code: 'FORBIDDEN' },
  { name: 'payouts: anonymous', as: 'anonymous', query: '{ payouts { edges { cursor } } }', code: 'UNAUTHENTICATED' },
  { name: 'fraudFlags: a member', as: 'member', query: '{ fraudFlags { edges { cursor } } }', code: 'FORBIDDEN' },
  { name: 'fraudFlags: status unknown', as: 'admin', query: 'query ($s: FraudFlagStatus) { fraudFlags(status: $s) { edges { cursor } } }', variables: { s: 'DISMISSED' }, code: 'BAD_USER_INPUT' },
  // trust views
  history('days 0', 0),
  history('days 366', 366),
  history('days -1', -1),
  history('days 2^31', 2 ** 31),
  history('days 1.5', 1.5),
  history('days "30"', '30'),
  { name: 'Member.categoryRank: category empty', as: 'anonymous', query: CATEGORY_RANK, variables: (w) => ({ h: w.authorHandle, c: '' }), code: 'BAD_USER_INPUT' },
  { name: 'Member.categoryRank: category 41', as: 'anonymous', query: CATEGORY_RANK, variables: (w) => ({ h: w.authorHandle, c: repeat('c', 41) }), code: 'BAD_USER_INPUT' },
  { name: 'leaderboard: scope unknown', as: 'anonymous', query: LEADERBOARD, variables: { scope: 'WORLD' }, code: 'BAD_USER_INPUT' },
  { name: 'leaderboard: scope literal string', as: 'anonymous', query: '{ leaderboard(scope: "GLOBAL") { edges { cursor } } }', code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'leaderboard: CATEGORY without a category', as: 'anonymous', query: LEADERBOARD, variables: { scope: 'CATEGORY' }, code: 'BAD_USER_INPUT' },
  { name: 'leaderboard: CATEGORY of 41', as: 'anonymous', query: LEADERBOARD, variables: { scope: 'CATEGORY', category: repeat('c', 41) }, code: 'BAD_USER_INPUT' },
  { name: 'leaderboard: FOLLOWING anonymous', as: 'anonymous', query: LEADERBOARD, variables: { scope: 'FOLLOWING' }, code: 'UNAUTHENTICATED' },
];
