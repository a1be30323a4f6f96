// The pure rules of notifications: who may receive which kind, preferences stored as exceptions
// to the defaults, the link of each cause, and which commission transitions tell the beneficiaries.
import { describe, expect, test } from '@jest/globals';
import {
  commissionChangeKinds, kindsFor, linkOf, NOTIFICATION_KIND_NAMES, preferencesOf, withPreference,
} from '../../server/domain/notifications';

describe('kinds and preferences', () => {
  test('fraud flags are for admins only; everything else for every member', () => {
    expect(kindsFor(['MEMBER'])).toEqual(NOTIFICATION_KIND_NAMES.filter((k) => k !== 'FRAUD_FLAG'));
    expect(kindsFor(['MEMBER', 'ADMIN'])).toEqual(NOTIFICATION_KIND_NAMES);
  });

  test('defaults: inbox on, email off; a choice is stored as an exception and undone by choosing the default', () => {
    const none = { inAppOff: [], emailOn: [] };
    expect(preferencesOf(none, ['MEMBER']).every((p) => p.inApp && !p.email)).toBe(true);
    const chosen = withPreference(none, { kind: 'NEW_FOLLOWER', inApp: false, email: true });
    expect(chosen).toEqual({ inAppOff: ['NEW_FOLLOWER'], emailOn: ['NEW_FOLLOWER'] });
    expect(preferencesOf(chosen, ['MEMBER']).find((p) => p.kind === 'NEW_FOLLOWER')).toEqual({ kind: 'NEW_FOLLOWER', inApp: false, email: true });
    expect(withPreference(withPreference(chosen, { kind: 'VERDICT', inApp: true, email: true }), { kind: 'NEW_FOLLOWER', inApp: true, email: false }))
      .toEqual({ inAppOff: [], emailOn: ['VERDICT'] });
  });
});

describe('links', () => {
  const refs = { recommendationCode: 'ABCD2345', actorHandle: 'ada', groupBuyId: 'g-1' };
  test.each([
    ['VERDICT', '/r/ABCD2345'],
    ['REFUND_COUNTED', '/r/ABCD2345'],
    ['NEW_RECOMMENDATION', '/r/ABCD2345'],
    ['COMMISSION_CONFIRMED', '/me/commissions'],
    ['COMMISSION_HELD', '/me/commissions'],
    ['COMMISSION_PAID', '/me/commissions'],
    ['COMMISSION_REVERSED', '/me/commissions'],
    ['NEW_FOLLOWER', '/m/ada'],
    ['FRAUD_FLAG', '/admin'],
    ['GROUP_BUY_COMPLETED', '/g/g-1'],
    ['GROUP_BUY_FAILED', '/g/g-1'],
    ['CIRCLE_DAY', '/me/circle'],
  ] as const)('%s → %s', (kind, link) => {
    expect(linkOf(kind, refs)).toBe(link);
  });

  test('a cause gone since (a recommendation, a member) falls back to my own page', () => {
    const gone = { recommendationCode: null, actorHandle: null, groupBuyId: null };
    expect(linkOf('VERDICT', gone)).toBe('/me');
    expect(linkOf('NEW_FOLLOWER', gone)).toBe('/me');
  });
});

describe('commission transitions', () => {
  const state = (status: string, held = false) => ({ status, held });
  test.each([
    [state('PENDING'), state('CONFIRMED'), ['COMMISSION_CONFIRMED']],
    [state('PENDING'), state('PENDING', true), ['COMMISSION_HELD']],
    [state('PENDING', true), state('PENDING'), []],
    [state('PENDING', true), state('PENDING', true), []],
    [state('CONFIRMED'), state('REVERSED'), ['COMMISSION_REVERSED']],
    [state('PAID'), state('REVERSED'), ['COMMISSION_REVERSED']],
    [state('REVERSED'), state('REVERSED'), []],
  ])('%o → %o tells %o', (before, after, kinds) => {
    expect(commissionChangeKinds(before, after)).toEqual(kinds);
  });
});
