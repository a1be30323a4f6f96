// "Forgot your password?": ask for a reset link by handle or email. The answer is the same
// whether or not such an account exists (the server's rule), so the page says only what happens
// if it does.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { Field } from '../../components/Field';
import { FormError } from '../../components/States';
import { usePageTitle } from '../../lib/page-title';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.forgot.title'));
  const [handleOrEmail, setHandleOrEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [request, { loading, error }] = useMutation(RequestPasswordResetMutation);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await request({ variables: { input: { handleOrEmail: handleOrEmail.trim() } } });
      setSent(true);
    } catch {
      // shown by FormError
    }
  };

  return (
    <section className="narrow">
      <h1>{t('account.forgot.title')}</h1>
      {sent ? (
        <p role="status" data-testid="reset-requested">
          {t('account.forgot.sent')}
        </p>
      ) : (
        <form className="form" onSubmit={(e) => void onSubmit(e)}>
          <p className="muted">{t('account.forgot.intro')}</p>
          <Field label={t('auth.handleOrEmail')} name="handleOrEmail" autoComplete="username" required value={handleOrEmail} onChange={(e) => setHandleOrEmail(e.target.value)} />
          <FormError error={error} />
          <button type="submit" className="button" disabled={loading}>
            {t('account.forgot.submit')}
          </button>
        </form>
      )}
      <p>
        <Link to="/signin">{t('account.forgot.backToSignIn')}</Link>
      </p>
    </section>
  );
}
