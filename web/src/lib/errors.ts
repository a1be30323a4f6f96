// Turns an Apollo error into something a person can read: the server's own sentence for errors
// a user can act on (they carry extensions.code; it comes in the app's language, which every
// request sends as Accept-Language, see apollo.ts), a generic line for anything else.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

const ACTIONABLE = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED']);

export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

export function describeError(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = errorCode(error);
    // The server's own sentence says what happened in the app's language; the code's general
    // line ("Please sign in.") would contradict it on the sign-in page itself.
    if (first && code && ACTIONABLE.has(code)) return first.message.trim() || t(`errors.${code}` as 'errors.FORBIDDEN');
    return t('errors.generic');
  }
  return t('errors.network');
}
