// The top bar: brand, navigation (what this viewer may use), the search box, language, and the session.
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate } from 'react-router-dom';
import { graphql } from '../gql';
import { useMe, useSessionChanged } from '../lib/session';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBadge } from './NotificationBadge';
import { SearchBox } from './SearchBox';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export function TopBar() {
  const { t } = useTranslation();
  const { me, isSupplier, isAdmin } = useMe();
  const [signOut, { loading }] = useMutation(SignOutMutation);
  const sessionChanged = useSessionChanged();
  const navigate = useNavigate();

  const onSignOut = async () => {
    await signOut();
    await sessionChanged();
    void navigate('/');
  };

  return (
    <header className="topbar">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Link className="brand" to="/">
        Trustline
      </Link>
      <nav aria-label={t('nav.label')} className="mainnav">
        <NavLink to="/" end>
          {t('nav.leaderboard')}
        </NavLink>
        <NavLink to="/products">{t('nav.products')}</NavLink>
        {me && <NavLink to="/feed">{t('nav.feed')}</NavLink>}
        {me && <NavLink to="/me">{t('nav.me')}</NavLink>}
        {isSupplier && <NavLink to="/supplier">{t('nav.supplier')}</NavLink>}
        {isAdmin && <NavLink to="/admin">{t('nav.admin')}</NavLink>}
      </nav>
      <SearchBox />
      <div className="session">
        <LanguageSwitch />
        {me ? (
          <>
            <NotificationBadge memberId={me.id} />
            <Link to={`/m/${me.handle}`} className="whoami" data-testid="signed-in-as">
              @{me.handle}
            </Link>
            <button type="button" className="button link" onClick={() => void onSignOut()} disabled={loading}>
              {t('nav.signOut')}
            </button>
          </>
        ) : (
          <>
            <NavLink to="/signin">{t('nav.signIn')}</NavLink>
            <NavLink to="/signup" className="button small">
              {t('nav.signUp')}
            </NavLink>
          </>
        )}
      </div>
    </header>
  );
}
