// What a new password must be, after NIST SP 800-63B §5.1.1.2 and OWASP's authentication advice:
// long enough (10–200 characters, any characters, spaces included, no composition rules), and
// not easy to guess — not a common or breached password, not a repetition or a keyboard or
// alphabet sequence, not built from the member's own handle, name or email or the site's name.
// The guessing is judged by zxcvbn-ts (a maintained TypeScript port of Dropbox's zxcvbn) with its
// common-password and diceware lists (@zxcvbn-ts/language-common): a password must reach
// score 3, "safely unguessable" (about 10^8 guesses or more), which "aaaaaaaaaa", ten spaces and
// "password12" are far from. The refusal says why in a sentence, translated like every other.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { badInput } from '../errors';
import { fieldMessage } from '../field-labels';

/** zxcvbn's score a new password needs: 3 = "safely unguessable: moderate protection from an offline slow-hash attack". */
export const MIN_PASSWORD_SCORE = 3;

// Levenshtein matching against every dictionary word is off: it costs 100–500 ms a check here
// and adds little once the exact, l33t and reversed matches have run.
const estimator = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs, useLevenshteinDistance: false });

/** Why zxcvbn thought a password weak, in our words (its warning keys are stable identifiers). */
function reason(warning: string | null): string {
  switch (warning) {
    case 'topTen':
    case 'topHundred':
    case 'common':
    case 'similarToCommon':
      return 'is one of the most common passwords; choose one nobody else would';
    case 'simpleRepeat':
    case 'extendedRepeat':
      return 'repeats a character or a pattern; choose one that does not';
    case 'sequences':
    case 'straightRow':
    case 'keyPattern':
      return 'is a sequence of letters, digits or keys; choose one that is not';
    case 'userInputs':
      return 'contains your handle, name or email, or the name of this site; choose one that does not';
    default:
      return 'is too easy to guess; a few unrelated words make a strong one';
  }
}

/** Refuses a weak new password with a BAD_USER_INPUT naming the reason. */
export function checkNewPassword(password: string, about: { handle: string; displayName: string; email: string }): void {
  const words = [about.handle, about.displayName, about.email, about.email.split('@')[0] ?? '', 'trustline'];
  const result = estimator.check(password, words.filter((w) => w.length > 0));
  if (result.score < MIN_PASSWORD_SCORE) throw badInput(fieldMessage('password', reason(result.feedback.warning)), 'password');
}
