// Join Trustline. An invitation code may be given; it is kept as data only and earns nobody
// anything (the product pays for verdicts, never for recruits).
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { Field } from '../../components/Field';
import { FormError } from '../../components/States';
import { useSessionChanged } from '../../lib/session';
import { safeNext } from './SignInPage';
import { usePageTitle } from '../../lib/page-title';

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      member {
        id
        handle
      }
    }
  }
`);

export default function SignUpPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signUpTitle'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [form, setForm] = useState({ handle: '', displayName: '', email: '', password: '', invitationCode: params.get('invite') ?? '' });
  const [signUp, { loading, error }] = useMutation(SignUpMutation);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const { invitationCode, ...rest } = form;
    try {
      await signUp({ variables: { input: { ...rest, handle: rest.handle.trim(), email: rest.email.trim(), invitationCode: invitationCode.trim() || null } } });
    } catch {
      return;
    }
    await sessionChanged();
    // Without a page to go back to, a newcomer lands on "me", where their first steps are.
    const next = params.get('next');
    void navigate(next ? safeNext(next) : '/me', { replace: true });
  };

  return (
    <section className="narrow">
      <h1>{t('auth.signUpTitle')}</h1>
      <form className="form" onSubmit={(e) => void onSubmit(e)}>
        <Field label={t('auth.handle')} name="handle" hint={t('auth.handleHint')} required minLength={3} maxLength={30} pattern="[A-Za-z0-9_]+" autoComplete="username" value={form.handle} onChange={set('handle')} />
        <Field label={t('auth.displayName')} name="displayName" required maxLength={50} autoComplete="name" value={form.displayName} onChange={set('displayName')} />
        <Field label={t('auth.email')} name="email" type="email" required autoComplete="email" value={form.email} onChange={set('email')} />
        <Field label={t('auth.password')} name="password" type="password" hint={t('auth.passwordHint')} required minLength={10} maxLength={200} autoComplete="new-password" value={form.password} onChange={set('password')} />
        <Field label={t('auth.invitationCode')} name="invitationCode" hint={t('auth.invitationHint')} value={form.invitationCode} onChange={set('invitationCode')} />
        <FormError error={error} />
        <button type="submit" className="button" disabled={loading}>
          {t('auth.signUp')}
        </button>
      </form>
      <p>
        {t('auth.haveAccount')} <Link to="/signin">{t('auth.signIn')}</Link>
      </p>
    </section>
  );
}
