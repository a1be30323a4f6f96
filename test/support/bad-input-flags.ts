// Bad input for community flags: a reason outside the list, texts out of bounds or not text,
// malformed ids, and the rules behind them (the flag step, an unknown recommendation or review).
// Input is checked before trust, so a member without the flag step gets BAD_USER_INPUT for bad
// input and FORBIDDEN for good input; an admin deciding gets BAD_USER_INPUT before NOT_FOUND.
import { INJECTIONS, LONE_SURROGATE, NFC_EXPANDING, NUL, RTL_OVERRIDE, repeat, type ApiCase, type BadInputWorld } from './bad-input-kit';

const FLAG = 'mutation ($rec: ID!, $reason: FlagReason!, $text: String!) { flagRecommendation(recommendationId: $rec, reason: $reason, text: $text) { id } }';
const RESOLVE = 'mutation ($id: ID!, $decision: FlagDecision!, $note: String!) { resolveFlagReview(id: $id, decision: $decision, note: $note) { id } }';
const TEXT = 'Claims a harvest date the product page contradicts.';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const RESHARE = 'query ($code: String!) { reshareLink(recommendationCode: $code) }';

type Overrides = Record<string, unknown> | ((w: BadInputWorld) => Record<string, unknown>);
const resolve = (o: Overrides, w: BadInputWorld) => (typeof o === 'function' ? o(w) : o);

const flag = (name: string, overrides: Overrides, code: ApiCase['code'] = 'BAD_USER_INPUT', as: ApiCase['as'] = 'member'): ApiCase => ({
  name: `flagRecommendation: ${name}`,
  as,
  query: FLAG,
  variables: (w) => ({ rec: w.recommendationId, reason: 'MISLEADING', text: TEXT, ...resolve(overrides, w) }),
  code,
});
const decide = (name: string, overrides: Overrides, code: ApiCase['code'] = 'BAD_USER_INPUT', as: ApiCase['as'] = 'admin'): ApiCase => ({
  name: `resolveFlagReview: ${name}`,
  as,
  query: RESOLVE,
  variables: { id: UNKNOWN_ID, decision: 'DISMISSED', note: 'Nothing wrong with it.', ...resolve(overrides, {} as BadInputWorld) },
  code,
});

export const flagCases: ApiCase[] = [
  flag('reason not in the list', { reason: 'BORING' }),
  flag('reason lower case', { reason: 'misleading' }),
  flag('reason null', { reason: null }),
  flag('reason a number', { reason: 3 }),
  flag('text of 9', { text: '123456789' }),
  flag('text of 9 after trimming', { text: '   123456789   \n' }),
  flag('text 501', { text: repeat('t', 501) }),
  flag('text over 500 after NFC', { text: repeat(NFC_EXPANDING, 251) }),
  flag('text whitespace only', { text: repeat(' \n\t', 10) }),
  flag('text with NUL', { text: `${TEXT}${NUL}` }),
  flag('text lone surrogate', { text: `${TEXT}${LONE_SURROGATE}` }),
  flag('text RTL override', { text: `${TEXT} ${RTL_OVERRIDE}` }),
  flag('text null', { text: null }),
  flag('recommendation id malformed', { rec: INJECTIONS.cypherQuote }),
  flag('recommendation id empty', { rec: '' }),
  flag('below the flag step', {}, 'FORBIDDEN'),
  flag('below the flag step, unknown recommendation', { rec: UNKNOWN_ID }, 'FORBIDDEN'),
  flag('anonymous', {}, 'UNAUTHENTICATED', 'anonymous'),
  decide('decision not in the list', { decision: 'MAYBE' }),
  decide('decision OPEN', { decision: 'OPEN' }),
  decide('note of 2', { note: 'ok' }),
  decide('note 501', { note: repeat('n', 501) }),
  decide('note with NUL', { note: `decided${NUL}` }),
  decide('note null', { note: null }),
  decide('id malformed', { id: INJECTIONS.cypherQuote }),
  decide('unknown review', {}, 'NOT_FOUND'),
  decide('a member', {}, 'FORBIDDEN', 'member'),
  decide('anonymous', {}, 'UNAUTHENTICATED', 'anonymous'),
  ...reshareCases(),
];

/** Asking for a re-share link: the code checked first, then whether it names one, then the step. */
function reshareCases(): ApiCase[] {
  const ask = (name: string, code: unknown, answer: ApiCase['code'] = 'BAD_USER_INPUT', as: ApiCase['as'] = 'member', message?: RegExp): ApiCase => ({
    name: `reshareLink: ${name}`,
    as,
    query: RESHARE,
    variables: (w) => ({ code: typeof code === 'function' ? code(w) : code }),
    code: answer,
    ...(message ? { message } : {}),
  });
  return [
    ask('code empty', ''),
    ask('code whitespace only', '   '),
    ask('code of 33', repeat('A', 33)),
    ask('code null', null),
    ask('code a number', 12345678),
    ask('unknown code', 'ZZZZZZZZ', 'NOT_FOUND'),
    ask('below the RESHARE step', (w: BadInputWorld) => w.recommendationCode, 'FORBIDDEN', 'member',
      /^Re-sharing for a share needs a vouched rank key of at least 20\.0 and a confidence of at least 0\.09; yours are /),
    ask('anonymous', (w: BadInputWorld) => w.recommendationCode, 'UNAUTHENTICATED', 'anonymous'),
  ];
}
