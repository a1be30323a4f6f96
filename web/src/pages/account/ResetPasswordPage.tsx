// The page a reset link opens: /account/reset#token=…. The token is in the fragment, so it never
// reached a server log; it is read once and taken out of the address bar, then sent in the
// body of resetPassword with the new password. Afterwards every session of the member is gone,
// this browser's too, so the page leads to sign-in.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { Empty, FormError } from '../../components/States';
import { usePageTitle } from '../../lib/page-title';
import { useSessionChanged } from '../../lib/session';
import { NewPasswordFields } from './NewPasswordFields';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

/** The token of the link, read from the fragment once; the address bar keeps only the path. */
function takeTokenFromFragment(): string {
  const token = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '';
  if (token) window.history.replaceState(window.history.state, '', window.location.pathname);
  return token;
}

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.reset.title'));
  const [token] = useState(takeTokenFromFragment);
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const sessionChanged = useSessionChanged();
  const [resetPassword, { loading, error, reset }] = useMutation(ResetPasswordMutation);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    reset();
    setMismatch(newPassword !== repeat);
    if (newPassword !== repeat) return;
    try {
      await resetPassword({ variables: { input: { token, newPassword } } });
    } catch {
      return; // shown by FormError
    }
    setDone(true);
    await sessionChanged();
  };

  return (
    <section className="narrow">
      <h1>{t('account.reset.title')}</h1>
      {done ? (
        <>
          <p role="status" data-testid="reset-done">
            {t('account.reset.done')}
          </p>
          <Link className="button" to="/signin">
            {t('auth.signIn')}
          </Link>
        </>
      ) : !token ? (
        <Empty>
          {t('account.reset.noToken')} <Link to="/account/forgot">{t('account.reset.askAgain')}</Link>
        </Empty>
      ) : (
        <form className="form" onSubmit={(e) => void onSubmit(e)}>
          <NewPasswordFields value={newPassword} repeat={repeat} mismatch={mismatch} onChange={setNew} onRepeatChange={setRepeat} />
          <FormError error={error} />
          {error && (
            <p>
              <Link to="/account/forgot">{t('account.reset.askAgain')}</Link>
            </p>
          )}
          <button type="submit" className="button" disabled={loading}>
            {t('account.reset.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
