// Bad input for notifications: the inbox's paging, marking read and preferences. Every refusal
// writes nothing.
import { INJECTIONS, repeat, type ApiCase } from './bad-input-kit';
import { FIELD_LABELS } from '../../server/field-labels';

const about = (field: string, rest = ''): RegExp => new RegExp(`^${FIELD_LABELS[field]!.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${rest}`);

const INBOX = 'query ($first: Int, $after: String) { notifications(first: $first, after: $after) { edges { cursor } } }';
const MARK = 'mutation ($id: ID!) { markNotificationRead(id: $id) { id } }';
const SET = 'mutation ($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) { setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) { kind } }';
const pref = (name: string, vars: Record<string, unknown>, message?: RegExp): ApiCase => ({
  name: `setNotificationPreference: ${name}`,
  as: 'member',
  query: SET,
  variables: { kind: 'NEW_FOLLOWER', inApp: true, email: false, ...vars },
  code: 'BAD_USER_INPUT',
  message,
});
/** A cursor of the right form whose sort key is text: the inbox sorts by time, so not one it gave out. */
const textKeyCursor = Buffer.from(JSON.stringify(['yesterday', 'abc'])).toString('base64url');

export const notificationCases: ApiCase[] = [
  { name: 'notifications: anonymous', as: 'anonymous', query: INBOX, variables: {}, code: 'UNAUTHENTICATED' },
  { name: 'notifications: first 0', as: 'member', query: INBOX, variables: { first: 0 }, code: 'BAD_USER_INPUT', message: about('first', 'must be between 1 and 100') },
  { name: 'notifications: first 101', as: 'member', query: INBOX, variables: { first: 101 }, code: 'BAD_USER_INPUT', message: about('first') },
  { name: 'notifications: after not a cursor', as: 'member', query: INBOX, variables: { after: 'not-a-cursor' }, code: 'BAD_USER_INPUT', message: /^This cursor is not one we gave out/ },
  { name: 'notifications: after with a text key', as: 'member', query: INBOX, variables: { after: textKeyCursor }, code: 'BAD_USER_INPUT', message: /^This cursor is not one we gave out/ },
  { name: 'notifications: after 401 characters', as: 'member', query: INBOX, variables: { after: repeat('A', 401) }, code: 'BAD_USER_INPUT' },
  { name: 'markNotificationRead: anonymous', as: 'anonymous', query: MARK, variables: { id: 'abc' }, code: 'UNAUTHENTICATED' },
  { name: 'markNotificationRead: id empty', as: 'member', query: MARK, variables: { id: '' }, code: 'BAD_USER_INPUT', message: about('id', 'must not be empty') },
  { name: 'markNotificationRead: id 65 characters', as: 'member', query: MARK, variables: { id: repeat('a', 65) }, code: 'BAD_USER_INPUT' },
  ...Object.entries(INJECTIONS).map(([name, text]): ApiCase => ({
    name: `markNotificationRead: id ${name}`, as: 'member', query: MARK, variables: { id: text }, code: 'BAD_USER_INPUT',
  })),
  { name: 'markNotificationRead: an id nobody has', as: 'member', query: MARK, variables: { id: 'no-such-notification' }, code: 'NOT_FOUND', message: /^That notification was not found\.$/ },
  { name: 'markAllNotificationsRead: anonymous', as: 'anonymous', query: 'mutation { markAllNotificationsRead }', variables: {}, code: 'UNAUTHENTICATED' },
  { name: 'setNotificationPreference: anonymous', as: 'anonymous', query: SET, variables: { kind: 'NEW_FOLLOWER', inApp: true, email: false }, code: 'UNAUTHENTICATED' },
  pref('kind not a kind', { kind: 'EVERYTHING' }, about('kind')),
  pref('kind in lower case', { kind: 'new_follower' }, about('kind')),
  pref('kind null', { kind: null }),
  pref('inApp null', { inApp: null }),
  pref('inApp a string', { inApp: 'yes' }, about('inApp')),
  pref('email a number', { email: 1 }, about('email')),
];
