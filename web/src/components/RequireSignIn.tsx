// Pages for signed-in members (or a role): a prompt to sign in instead of a failed query.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useMe } from '../lib/session';
import { Empty, Loading } from './States';

export function RequireSignIn({ role, children }: { role?: 'SUPPLIER' | 'ADMIN'; children: ReactNode }) {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!me) {
    return (
      <div className="state">
        <p>{t('auth.required')}</p>
        <Link className="button" to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`}>
          {t('auth.signIn')}
        </Link>
      </div>
    );
  }
  if (role && !me.roles.includes(role)) return <Empty>{role === 'ADMIN' ? t('auth.adminsOnly') : t('auth.suppliersOnly')}</Empty>;
  return <>{children}</>;
}
