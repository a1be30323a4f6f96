// The sub-pages of "me": orders and recommendations at /me, commissions at /me/commissions,
// what trust unlocks at /me/privileges.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

export function MeNav() {
  const { t } = useTranslation();
  return (
    <nav className="subnav" aria-label={t('meNav.label')}>
      <NavLink to="/me" end>
        {t('meNav.overview')}
      </NavLink>
      <NavLink to="/me/commissions">{t('meNav.commissions')}</NavLink>
      <NavLink to="/me/privileges">{t('meNav.privileges')}</NavLink>
      <NavLink to="/me/circle">{t('meNav.circle')}</NavLink>
      <NavLink to="/account">{t('account.nav.open')}</NavLink>
    </nav>
  );
}
