// Notification settings (an account page): for each kind I can receive, inbox and email on or off.
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AccountShell } from '../account/AccountShell';
import { ErrorState, FormError, Loading } from '../../components/States';
import { NotificationPreferencesQuery, SetNotificationPreferenceMutation } from './operations';

export default function PreferencesPage() {
  const { t } = useTranslation();
  return (
    <AccountShell title={t('notifications.prefs.title')}>
      <Preferences />
    </AccountShell>
  );
}

function Preferences() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesQuery, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SetNotificationPreferenceMutation);
  const prefs = data?.notificationPreferences;
  if (!prefs && loading) return <Loading />;
  if (!prefs) return <ErrorState error={error} retry={refetch} />;
  return (
    <section aria-labelledby="prefs-title">
      <h2 id="prefs-title">{t('notifications.prefs.title')}</h2>
      <p className="muted">{t('notifications.prefs.intro')}</p>
      <table className="prefs-table" data-testid="notification-preferences">
        <thead>
          <tr>
            <th scope="col">{t('notifications.prefs.kind')}</th>
            <th scope="col">{t('notifications.prefs.inApp')}</th>
            <th scope="col">{t('notifications.prefs.email')}</th>
          </tr>
        </thead>
        <tbody>
          {prefs.map((p) => {
            const name = t(`notifications.prefs.names.${p.kind}`);
            const set = (inApp: boolean, email: boolean) =>
              void save({
                variables: { kind: p.kind, inApp, email },
                // The box shows the choice at once; a refusal puts the stored one back.
                // (The generated types leave __typename out; the cache needs it to find the row.)
                optimisticResponse: { setNotificationPreference: Object.assign({ __typename: 'NotificationPreference' }, { kind: p.kind, inApp, email }) },
              }).catch(() => undefined);
            return (
              <tr key={p.kind}>
                <th scope="row">{name}</th>
                <td>
                  <input type="checkbox" aria-label={`${name}: ${t('notifications.prefs.inApp')}`} checked={p.inApp} disabled={saving.loading} onChange={(e) => set(e.target.checked, p.email)} />
                </td>
                <td>
                  <input type="checkbox" aria-label={`${name}: ${t('notifications.prefs.email')}`} checked={p.email} disabled={saving.loading} onChange={(e) => set(p.inApp, e.target.checked)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FormError error={saving.error} />
    </section>
  );
}
