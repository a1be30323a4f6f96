// Sign in with handle or email. The server sets an HTTP-only session cookie; the cache is reset
// so every view reloads as the signed-in member, then we return to where the visitor was going.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { Field } from '../../components/Field';
import { FormError } from '../../components/States';
import { useSessionChanged } from '../../lib/session';
import { usePageTitle } from '../../lib/page-title';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      member {
        id
        handle
      }
    }
  }
`);

/** Only same-site paths: a crafted ?next= must not send a member to another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signInTitle'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [handleOrEmail, setHandleOrEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signIn, { loading, error }] = useMutation(SignInMutation);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await signIn({ variables: { input: { handleOrEmail: handleOrEmail.trim(), password } } });
    } catch {
      return; // shown by FormError
    }
    await sessionChanged();
    void navigate(safeNext(params.get('next')), { replace: true });
  };

  return (
    <section className="narrow">
      <h1>{t('auth.signInTitle')}</h1>
      <form className="form" onSubmit={(e) => void onSubmit(e)}>
        <Field label={t('auth.handleOrEmail')} name="handleOrEmail" autoComplete="username" required value={handleOrEmail} onChange={(e) => setHandleOrEmail(e.target.value)} />
        <Field label={t('auth.password')} name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <FormError error={error} />
        <button type="submit" className="button" disabled={loading}>
          {t('auth.signIn')}
        </button>
      </form>
      <p>
        <Link to="/account/forgot">{t('account.forgot.link')}</Link>
      </p>
      <p>
        {t('auth.noAccount')} <Link to={`/signup${params.get('next') ? `?next=${encodeURIComponent(params.get('next')!)}` : ''}`}>{t('auth.signUp')}</Link>
      </p>
    </section>
  );
}
