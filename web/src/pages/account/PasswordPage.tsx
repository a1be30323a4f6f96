// Change my password: the current one, then the new one twice. Every other session ends; the
// page says how many, so a member who was signed in elsewhere knows those are out now.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Field } from '../../components/Field';
import { FormError } from '../../components/States';
import { AccountShell } from './AccountShell';
import { NewPasswordFields } from './NewPasswordFields';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export default function PasswordPage() {
  const { t } = useTranslation();
  return (
    <AccountShell title={t('account.password.title')}>
      <ChangePasswordForm />
    </AccountShell>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [ended, setEnded] = useState<number | null>(null);
  const [change, { loading, error, reset }] = useMutation(ChangePasswordMutation);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setEnded(null);
    reset();
    setMismatch(newPassword !== repeat);
    if (newPassword !== repeat) return;
    try {
      const result = await change({ variables: { input: { currentPassword, newPassword } } });
      setEnded(result.data?.changePassword ?? 0);
      setCurrent('');
      setNew('');
      setRepeat('');
    } catch {
      // shown by FormError
    }
  };

  return (
    <section aria-labelledby="password-title">
      <h2 id="password-title">{t('account.password.title')}</h2>
      <form className="form" onSubmit={(e) => void onSubmit(e)}>
        <Field label={t('account.password.current')} name="currentPassword" type="password" autoComplete="current-password" required value={currentPassword} onChange={(e) => setCurrent(e.target.value)} />
        <NewPasswordFields value={newPassword} repeat={repeat} mismatch={mismatch} onChange={setNew} onRepeatChange={setRepeat} />
        <FormError error={error} />
        {ended !== null && <p role="status">{t('account.password.changed', { count: ended })}</p>}
        <button type="submit" className="button" disabled={loading}>
          {t('account.password.submit')}
        </button>
      </form>
    </section>
  );
}
