// A new password typed twice, as the password change and the reset page ask for it; the two
// must match before anything is sent (the server judges how strong it is).
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

interface Props {
  value: string;
  repeat: string;
  mismatch: boolean;
  onChange: (value: string) => void;
  onRepeatChange: (repeat: string) => void;
}

export function NewPasswordFields({ value, repeat, mismatch, onChange, onRepeatChange }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('account.password.new')} name="newPassword" type="password" autoComplete="new-password" required minLength={10} maxLength={200} hint={t('account.password.hint')} value={value} onChange={(e) => onChange(e.target.value)} />
      <Field label={t('account.password.repeat')} name="repeatPassword" type="password" autoComplete="new-password" required value={repeat} onChange={(e) => onRepeatChange(e.target.value)} />
      {mismatch && (
        <p role="alert" className="form-error">
          {t('account.password.mismatch')}
        </p>
      )}
    </>
  );
}
