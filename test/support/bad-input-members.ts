// Bad input for members: sign-up, sign-in, profile, follows, the admin's role switches and the
// member lookup. Sign-up fields are each broken in turn on an otherwise valid input, so the
// refusal is about that field alone.
import { INJECTIONS, LONE_SURROGATE, NFC_EXPANDING, NUL, RTL_OVERRIDE, repeat, type ApiCase } from './bad-input-kit';

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token member { id } } }';
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { token } }';
const PROFILE = 'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName bio locale } }';
const FOLLOW = 'mutation ($id: ID!) { follow(memberId: $id) { id } }';
const UNFOLLOW = 'mutation ($id: ID!) { unfollow(memberId: $id) { id } }';
const SET_SUPPLIER = 'mutation ($id: ID!, $on: Boolean!) { setSupplier(memberId: $id, supplier: $on) { id roles } }';
const SET_VERIFIED = 'mutation ($id: ID!, $on: Boolean!) { setMemberVerified(memberId: $id, verified: $on) { id verified } }';
const MEMBER = 'query ($id: ID, $handle: String) { member(id: $id, handle: $handle) { id } }';

let n = 0;
/** A sign-up that would succeed, but for the overrides. */
const validSignUp = (overrides: Record<string, unknown>) => {
  n += 1;
  return {
    handle: `corpus_${n}_${Date.now() % 100000}`,
    displayName: 'Corpus Member',
    email: `corpus-${n}-${Date.now()}@example.test`,
    password: 'a long enough password',
    ...overrides,
  };
};
const signUp = (name: string, overrides: Record<string, unknown>, code: ApiCase['code'] = 'BAD_USER_INPUT', message?: RegExp): ApiCase => ({
  name: `signUp: ${name}`,
  as: 'anonymous',
  query: SIGN_UP,
  variables: { input: validSignUp(overrides) },
  code,
  message,
});

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export const memberCases: ApiCase[] = [
  // handle: the name everyone sees, so only plain letters, digits and _
  signUp('handle too short', { handle: 'ab' }),
  signUp('handle one over 30', { handle: repeat('h', 31) }),
  signUp('handle empty', { handle: '' }),
  signUp('handle whitespace only', { handle: '    ' }),
  signUp('handle with a space inside', { handle: 'wang wei' }),
  signUp('handle homoglyph (Cyrillic а)', { handle: '\u0430dmin_corpus' }),
  signUp('handle fullwidth letters', { handle: 'ａｄｍｉｎ' }),
  signUp('handle with zero-width space', { handle: 'adm\u200Bin_corpus' }),
  signUp('handle with zero-width joiner', { handle: 'adm\u200Din_corpus' }),
  signUp('handle with RTL override', { handle: `\u202Eadmin_corpus` }),
  signUp('handle with NUL', { handle: 'adm\u0000in_corpus' }),
  signUp('handle of emoji', { handle: '😀😀😀' }),
  signUp('handle Cypher quote', { handle: INJECTIONS.cypherQuote }),
  signUp('handle Cypher detach', { handle: INJECTIONS.cypherDetach }),
  signUp('handle backticks', { handle: INJECTIONS.backticks }),
  signUp('handle script tag', { handle: INJECTIONS.script }),
  signUp('handle 90 kB', { handle: repeat('h', 90_000) }),
  signUp('handle is a number', { handle: 12345 }),
  signUp('handle is an object', { handle: { $ne: null } }),
  signUp('handle is null', { handle: null }),
  signUp('handle is a list', { handle: ['a', 'b', 'c'] }),
  // display name
  signUp('displayName empty', { displayName: '' }),
  signUp('displayName whitespace only', { displayName: ' \t\n ' }),
  signUp('displayName one over 50', { displayName: repeat('n', 51) }),
  signUp('displayName over 50 after NFC', { displayName: repeat(NFC_EXPANDING, 30) }),
  signUp('displayName with NUL', { displayName: NUL }),
  signUp('displayName with a bell', { displayName: 'ding\u0007' }),
  signUp('displayName lone surrogate', { displayName: LONE_SURROGATE }),
  signUp('displayName RTL override', { displayName: RTL_OVERRIDE }),
  // invisible names (issue 24): a name must show what it holds
  signUp('displayName zero-width space inside', { displayName: 'Ali\u200Bce' }),
  signUp('displayName only zero-width spaces', { displayName: '\u200B\u200B\u200B' }),
  signUp('displayName zero-width joiner between Latin letters', { displayName: 'Ali\u200Dce' }),
  signUp('displayName word joiner', { displayName: 'Ali\u2060ce' }),
  signUp('displayName byte-order mark inside', { displayName: 'Ali\uFEFFce' }),
  signUp('displayName soft hyphen', { displayName: 'Ali\u00ADce' }),
  signUp('displayName Hangul filler U+3164', { displayName: '\u3164' }),
  signUp('displayName Hangul choseong filler U+115F', { displayName: 'A\u115F' }),
  signUp('displayName Hangul jungseong filler U+1160', { displayName: 'A\u1160' }),
  signUp('displayName halfwidth Hangul filler U+FFA0', { displayName: '\uFFA0\uFFA0' }),
  signUp('displayName Braille blank', { displayName: '\u2800' }),
  signUp('displayName C1 control (NEL)', { displayName: 'Ali\u0085ce' }),
  signUp('displayName C1 control (CSI)', { displayName: 'Ali\u009Bce' }),
  signUp('displayName line break inside', { displayName: 'Ali\nce' }),
  signUp('displayName tab inside', { displayName: 'Ali\tce' }),
  signUp('displayName right-to-left isolate', { displayName: 'Ali\u2067ce' }),
  signUp('displayName Mongolian vowel separator', { displayName: 'Ali\u180Ece' }),
  // email, password, invitation
  signUp('email without @', { email: 'not-an-email' }),
  signUp('email empty', { email: '' }),
  signUp('email over 254', { email: `${repeat('e', 250)}@example.test` }),
  signUp('email Cypher quote', { email: `x${INJECTIONS.cypherQuote}@example.test` }),
  signUp('email with NUL', { email: 'a\u0000b@example.test' }),
  signUp('password of 9', { password: '123456789' }),
  signUp('password over 200', { password: repeat('p', 201) }),
  signUp('password is a number', { password: 1234567890123 }),
  // guessable passwords (issue 24): the length alone is not enough
  signUp('password of ten spaces', { password: ' '.repeat(10) }, 'BAD_USER_INPUT', /^Password repeats/),
  signUp('password aaaaaaaaaa', { password: 'aaaaaaaaaa' }, 'BAD_USER_INPUT', /^Password repeats/),
  signUp('password password12', { password: 'password12' }, 'BAD_USER_INPUT', /^Password is one of the most common/),
  signUp('password 1234567890', { password: '1234567890' }, 'BAD_USER_INPUT', /^Password /),
  signUp('password qwertyuiop', { password: 'qwertyuiop' }, 'BAD_USER_INPUT', /^Password /),
  signUp('password iloveyou123', { password: 'iloveyou123' }, 'BAD_USER_INPUT', /^Password is one of the most common/),
  signUp('password abcdefghijkl', { password: 'abcdefghijkl' }, 'BAD_USER_INPUT', /^Password is a sequence/),
  signUp('password trustline123', { password: 'trustline123' }, 'BAD_USER_INPUT', /^Password /),
  signUp('password ababababab', { password: 'ababababab' }, 'BAD_USER_INPUT', /^Password repeats/),
  signUp('unknown invitation code', { invitationCode: 'no-such-code' }),
  signUp('invitation code over 64', { invitationCode: repeat('i', 65) }),
  signUp('unknown input field', { isAdmin: true }),
  signUp('__proto__ in input', { ['__proto__']: { roles: ['ADMIN'] } }),
  { name: 'signUp: input null', as: 'anonymous', query: SIGN_UP, variables: { input: null }, code: 'BAD_USER_INPUT' },
  { name: 'signUp: input a string', as: 'anonymous', query: SIGN_UP, variables: { input: 'handle=x' }, code: 'BAD_USER_INPUT' },
  { name: 'signUp: no variables', as: 'anonymous', query: SIGN_UP, code: 'BAD_USER_INPUT' },
  {
    name: 'signUp: handle taken in another case',
    as: 'anonymous',
    query: SIGN_UP,
    variables: (w) => ({ input: validSignUp({ handle: w.memberHandle.toUpperCase() }) }),
    code: 'CONFLICT',
  },
  {
    name: 'signUp: handle as a literal Int',
    as: 'anonymous',
    query: 'mutation { signUp(input: {handle: 123, displayName: "x", email: "x@example.test", password: "0123456789"}) { token } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  // sign-in: shape only (a well-formed wrong password is a counted failure, not bad input)
  { name: 'signIn: handle empty', as: 'anonymous', query: SIGN_IN, variables: { input: { handleOrEmail: '', password: 'x' } }, code: 'BAD_USER_INPUT' },
  { name: 'signIn: handle whitespace', as: 'anonymous', query: SIGN_IN, variables: { input: { handleOrEmail: '   ', password: 'x' } }, code: 'BAD_USER_INPUT' },
  { name: 'signIn: handle over 254', as: 'anonymous', query: SIGN_IN, variables: { input: { handleOrEmail: repeat('h', 255), password: 'x' } }, code: 'BAD_USER_INPUT' },
  { name: 'signIn: password empty', as: 'anonymous', query: SIGN_IN, variables: { input: { handleOrEmail: 'someone', password: '' } }, code: 'BAD_USER_INPUT' },
  { name: 'signIn: password over 200', as: 'anonymous', query: SIGN_IN, variables: { input: { handleOrEmail: 'someone', password: repeat('p', 201) } }, code: 'BAD_USER_INPUT' },
  { name: 'signIn: password null', as: 'anonymous', query: SIGN_IN, variables: { input: { handleOrEmail: 'someone', password: null } }, code: 'BAD_USER_INPUT' },
  { name: 'signIn: password an object', as: 'anonymous', query: SIGN_IN, variables: { input: { handleOrEmail: 'someone', password: { $gt: '' } } }, code: 'BAD_USER_INPUT' },
  // profile
  { name: 'updateProfile: anonymous', as: 'anonymous', query: PROFILE, variables: { input: { displayName: 'x' } }, code: 'UNAUTHENTICATED' },
  { name: 'updateProfile: displayName empty', as: 'member', query: PROFILE, variables: { input: { displayName: '' } }, code: 'BAD_USER_INPUT' },
  { name: 'updateProfile: displayName whitespace', as: 'member', query: PROFILE, variables: { input: { displayName: '\u3000 ' } }, code: 'BAD_USER_INPUT' },
  { name: 'updateProfile: displayName 51', as: 'member', query: PROFILE, variables: { input: { displayName: repeat('d', 51) } }, code: 'BAD_USER_INPUT' },
  { name: 'updateProfile: displayName lone surrogate', as: 'member', query: PROFILE, variables: { input: { displayName: '\uDC00' } }, code: 'BAD_USER_INPUT' },
  { name: 'updateProfile: displayName RTL override', as: 'member', query: PROFILE, variables: { input: { displayName: RTL_OVERRIDE } }, code: 'BAD_USER_INPUT' },
  { name: 'updateProfile: displayName Hangul filler', as: 'member', query: PROFILE, variables: { input: { displayName: '\u3164\u3164' } }, code: 'BAD_USER_INPUT', message: /^Display name must not contain invisible characters/ },
  { name: 'updateProfile: displayName zero-width space', as: 'member', query: PROFILE, variables: { input: { displayName: 'Bo\u200Bb' } }, code: 'BAD_USER_INPUT', message: /^Display name must not contain invisible characters/ },
  { name: 'updateProfile: displayName C1 control', as: 'member', query: PROFILE, variables: { input: { displayName: 'Bob\u0090' } }, code: 'BAD_USER_INPUT', message: /^Display name must not contain control characters/ },
  { name: 'updateProfile: bio C1 control', as: 'member', query: PROFILE, variables: { input: { bio: 'hello\u009B31m' } }, code: 'BAD_USER_INPUT', message: /^Bio must not contain control characters/ },
  { name: 'updateProfile: bio 501', as: 'member', query: PROFILE, variables: { input: { bio: repeat('b', 501) } }, code: 'BAD_USER_INPUT' },
  { name: 'updateProfile: bio with NUL', as: 'member', query: PROFILE, variables: { input: { bio: `hello${NUL}` } }, code: 'BAD_USER_INPUT' },
  { name: 'updateProfile: bio escape sequence', as: 'member', query: PROFILE, variables: { input: { bio: '\u001B[31mred' } }, code: 'BAD_USER_INPUT' },
  { name: 'updateProfile: locale fr', as: 'member', query: PROFILE, variables: { input: { locale: 'fr' } }, code: 'BAD_USER_INPUT' },
  { name: 'updateProfile: locale empty', as: 'member', query: PROFILE, variables: { input: { locale: '' } }, code: 'BAD_USER_INPUT' },
  { name: 'updateProfile: locale injection', as: 'member', query: PROFILE, variables: { input: { locale: INJECTIONS.cypherQuote } }, code: 'BAD_USER_INPUT' },
  { name: 'updateProfile: bio a number', as: 'member', query: PROFILE, variables: { input: { bio: 42 } }, code: 'BAD_USER_INPUT' },
  // follows
  { name: 'follow: anonymous', as: 'anonymous', query: FOLLOW, variables: (w) => ({ id: w.otherId }), code: 'UNAUTHENTICATED' },
  { name: 'follow: oneself', as: 'member', query: FOLLOW, variables: (w) => ({ id: w.memberId }), code: 'BAD_USER_INPUT' },
  { name: 'follow: unknown member', as: 'member', query: FOLLOW, variables: { id: UNKNOWN_ID }, code: 'NOT_FOUND' },
  { name: 'follow: id empty', as: 'member', query: FOLLOW, variables: { id: '' }, code: 'BAD_USER_INPUT' },
  { name: 'follow: id path traversal', as: 'member', query: FOLLOW, variables: { id: '../../admin' }, code: 'BAD_USER_INPUT' },
  { name: 'follow: id Cypher quote', as: 'member', query: FOLLOW, variables: { id: INJECTIONS.cypherQuote }, code: 'BAD_USER_INPUT' },
  { name: 'follow: id 65 characters', as: 'member', query: FOLLOW, variables: { id: repeat('a', 65) }, code: 'BAD_USER_INPUT' },
  { name: 'follow: id a float', as: 'member', query: FOLLOW, variables: { id: 1.5 }, code: 'BAD_USER_INPUT' },
  { name: 'follow: id an object', as: 'member', query: FOLLOW, variables: { id: { id: 'x' } }, code: 'BAD_USER_INPUT' },
  { name: 'unfollow: unknown member', as: 'member', query: UNFOLLOW, variables: { id: UNKNOWN_ID }, code: 'NOT_FOUND' },
  { name: 'unfollow: id with NUL', as: 'member', query: UNFOLLOW, variables: { id: 'ab\u0000cd' }, code: 'BAD_USER_INPUT' },
  // admin role switches
  { name: 'setSupplier: not an admin', as: 'member', query: SET_SUPPLIER, variables: (w) => ({ id: w.memberId, on: true }), code: 'FORBIDDEN' },
  { name: 'setSupplier: anonymous', as: 'anonymous', query: SET_SUPPLIER, variables: (w) => ({ id: w.memberId, on: true }), code: 'UNAUTHENTICATED' },
  { name: 'setSupplier: unknown member', as: 'admin', query: SET_SUPPLIER, variables: { id: UNKNOWN_ID, on: true }, code: 'NOT_FOUND' },
  { name: 'setSupplier: flag a string', as: 'admin', query: SET_SUPPLIER, variables: (w) => ({ id: w.memberId, on: 'yes' }), code: 'BAD_USER_INPUT' },
  { name: 'setSupplier: flag null', as: 'admin', query: SET_SUPPLIER, variables: (w) => ({ id: w.memberId, on: null }), code: 'BAD_USER_INPUT' },
  { name: 'setSupplier: flag 1', as: 'admin', query: SET_SUPPLIER, variables: (w) => ({ id: w.memberId, on: 1 }), code: 'BAD_USER_INPUT' },
  { name: 'setMemberVerified: not an admin', as: 'supplier', query: SET_VERIFIED, variables: (w) => ({ id: w.memberId, on: true }), code: 'FORBIDDEN' },
  { name: 'setMemberVerified: unknown member', as: 'admin', query: SET_VERIFIED, variables: { id: UNKNOWN_ID, on: true }, code: 'NOT_FOUND' },
  { name: 'setMemberVerified: id backticks', as: 'admin', query: SET_VERIFIED, variables: { id: INJECTIONS.backticks, on: true }, code: 'BAD_USER_INPUT' },
  { name: 'setMemberVerified: flag "false"', as: 'admin', query: SET_VERIFIED, variables: (w) => ({ id: w.memberId, on: 'false' }), code: 'BAD_USER_INPUT' },
  // lookup
  { name: 'member: both id and handle', as: 'anonymous', query: MEMBER, variables: (w) => ({ id: w.memberId, handle: w.memberHandle }), code: 'BAD_USER_INPUT' },
  { name: 'member: neither id nor handle', as: 'anonymous', query: MEMBER, variables: {}, code: 'BAD_USER_INPUT' },
  { name: 'member: id malformed', as: 'anonymous', query: MEMBER, variables: { id: 'a b' }, code: 'BAD_USER_INPUT' },
  { name: 'member: handle over 64', as: 'anonymous', query: MEMBER, variables: { handle: repeat('h', 65) }, code: 'BAD_USER_INPUT' },
];
