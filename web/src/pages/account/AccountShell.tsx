// What every "my account" page shares: signed-in only, the page's name in the tab, the heading
// and the sub-navigation.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../components/RequireSignIn';
import { usePageTitle } from '../../lib/page-title';
import { AccountNav } from './AccountNav';

export function AccountShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <RequireSignIn>
      <h1>{t('account.title')}</h1>
      <AccountNav />
      {children}
    </RequireSignIn>
  );
}
