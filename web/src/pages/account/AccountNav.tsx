// The sub-pages of "my account": profile, password, sessions, delivery addresses, notification settings.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

export function AccountNav() {
  const { t } = useTranslation();
  return (
    <nav className="subnav" aria-label={t('account.nav.label')}>
      <NavLink to="/account" end>
        {t('account.nav.profile')}
      </NavLink>
      <NavLink to="/account/password">{t('account.nav.password')}</NavLink>
      <NavLink to="/account/sessions">{t('account.nav.sessions')}</NavLink>
      <NavLink to="/account/addresses">{t('account.nav.addresses')}</NavLink>
      <NavLink to="/account/notifications">{t('account.nav.notifications')}</NavLink>
    </nav>
  );
}
