// Bad input for trusted picks and the daily ranking among friends: the picks' arguments, a
// member's own day and its history, and the cheer on a friend's day (who may cheer is the authorisation matrix's; here, what is sent).
import { INJECTIONS, repeat, type ApiCase } from './bad-input-kit';

const CHEER = 'mutation ($memberId: ID!, $day: String!) { cheerFriendDay(memberId: $memberId, day: $day) { cheers } }';
const MY_DAY = 'query ($id: ID!, $day: String) { member(id: $id) { circleDay(day: $day) { place } } }';
const MY_DAYS = 'query ($id: ID!, $days: Int) { member(id: $id) { circleDays(days: $days) { day } } }';
const DAY = '2026-06-01';

const cheer = (name: string, variables: ApiCase['variables'], code: ApiCase['code'] = 'BAD_USER_INPUT', message?: RegExp): ApiCase => ({
  name: `cheerFriendDay: ${name}`,
  as: 'member',
  query: CHEER,
  variables,
  code,
  message,
});

const badDay = (name: string, day: unknown): ApiCase[] => [
  cheer(`day ${name}`, (w) => ({ memberId: w.otherId, day }), 'BAD_USER_INPUT', /^Day /),
  { name: `circleDay: day ${name}`, as: 'member', query: MY_DAY, variables: (w) => ({ id: w.memberId, day }), code: 'BAD_USER_INPUT' },
];

const PICKS = 'query ($personal: Boolean, $first: Int, $after: String) { trustedPicks(personal: $personal, first: $first, after: $after) { edges { cursor } } }';

export const circleDayCases: ApiCase[] = [
  { name: 'trustedPicks: personal, anonymous', as: 'anonymous', query: PICKS, variables: { personal: true }, code: 'UNAUTHENTICATED' },
  { name: 'trustedPicks: personal a string', as: 'member', query: PICKS, variables: { personal: 'yes' }, code: 'BAD_USER_INPUT' },
  { name: 'trustedPicks: first 0', as: 'anonymous', query: PICKS, variables: { first: 0 }, code: 'BAD_USER_INPUT' },
  { name: 'trustedPicks: first 101', as: 'anonymous', query: PICKS, variables: { first: 101 }, code: 'BAD_USER_INPUT' },
  { name: 'trustedPicks: a cursor not given out', as: 'anonymous', query: PICKS, variables: { after: 'bm90IGEgY3Vyc29y' }, code: 'BAD_USER_INPUT' },
  { name: 'trustedPicks: a cursor with a non-finite key', as: 'anonymous', query: PICKS, variables: { after: Buffer.from('[1e400,"x"]').toString('base64url') }, code: 'BAD_USER_INPUT' },
  { name: 'cheerFriendDay: anonymous', as: 'anonymous', query: CHEER, variables: (w) => ({ memberId: w.otherId, day: DAY }), code: 'UNAUTHENTICATED' },
  cheer('my own day', (w) => ({ memberId: w.memberId, day: DAY }), 'FORBIDDEN', /own day/),
  cheer('a member outside my circle', (w) => ({ memberId: w.otherId, day: DAY }), 'FORBIDDEN', /follow/),
  cheer('memberId empty', { memberId: '', day: DAY }),
  cheer('memberId path traversal', { memberId: '../../admin', day: DAY }),
  cheer('memberId Cypher quote', { memberId: INJECTIONS.cypherQuote, day: DAY }),
  cheer('memberId 65 characters', { memberId: repeat('a', 65), day: DAY }),
  ...badDay('empty', ''),
  ...badDay('without dashes', '20260601'),
  ...badDay('month 13', '2026-13-01'),
  ...badDay('30 February', '2026-02-30'),
  ...badDay('with a time', '2026-06-01T00:00:00Z'),
  ...badDay('Cypher quote', `2026-06-01' OR 1=1 //`),
  cheer('day a number', (w) => ({ memberId: w.otherId, day: 20260601 })),
  { name: 'circleDays: 0 days', as: 'member', query: MY_DAYS, variables: (w) => ({ id: w.memberId, days: 0 }), code: 'BAD_USER_INPUT', message: /between 1 and 90/ },
  { name: 'circleDays: 91 days', as: 'member', query: MY_DAYS, variables: (w) => ({ id: w.memberId, days: 91 }), code: 'BAD_USER_INPUT' },
  { name: 'circleDays: negative', as: 'member', query: MY_DAYS, variables: (w) => ({ id: w.memberId, days: -3 }), code: 'BAD_USER_INPUT' },
];
