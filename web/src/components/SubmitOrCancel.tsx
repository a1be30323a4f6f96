// The two buttons under a small inline form: send it (disabled while it is on its way) or put it
// away. Shared by the forms that open in place on a card (a flag, an admin's decision).
import { useTranslation } from 'react-i18next';

export function SubmitOrCancel({ label, busy, onCancel }: { label: string; busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="row">
      <button type="submit" className="button" disabled={busy}>
        {label}
      </button>
      <button type="button" className="button secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
