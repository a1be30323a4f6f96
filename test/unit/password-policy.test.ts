// The password policy (server/auth/password-policy.ts): guessable passwords are refused with a
// reason a person understands, in English and in Chinese; strong ones of any shape pass.
import { describe, expect, test } from '@jest/globals';
import { checkNewPassword } from '../../server/auth/password-policy';
import { translateError } from '../../server/error-translations';

const about = { handle: 'wang_wei', displayName: 'Wang Wei', email: 'wei.wang@example.test' };

function refusal(password: string): string | undefined {
  try {
    checkNewPassword(password, about);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

describe('refused, with the reason', () => {
  test.each([
    [' '.repeat(10), /^Password repeats/],
    ['aaaaaaaaaa', /^Password repeats/],
    ['ababababab', /^Password repeats/],
    ['password12', /^Password is one of the most common passwords/],
    ['iloveyou123', /^Password is one of the most common passwords/],
    ['abcdefghijkl', /^Password is a sequence/],
    ['wang_wei2026', /^Password contains your handle, name or email/],
    ['wei.wang@example.test', /^Password contains your handle, name or email/],
    ['trustline2026', /^Password contains your handle, name or email, or the name of this site/],
    ['Summer2024!', /^Password /],
  ])('%j', (password, reason) => {
    const message = refusal(password);
    expect(message).toMatch(reason);
    // Every reason has its Chinese sentence (the scan of thrown messages cannot see these).
    expect(translateError(message!, 'zh-CN')).toMatch(/^密码/);
  });
});

test.each(['correct horse battery', 'a long enough password', 'Tr0ub4dor&3x-blue', '我的密码很长而且没人猜得到', 'matrix password 42'])('accepted: %j', (password) => {
  expect(refusal(password)).toBeUndefined();
});
