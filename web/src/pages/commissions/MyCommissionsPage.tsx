// "Me → Commissions": my balances by status, my commissions (each with how it was computed) and
// the payouts that paid me.
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../components/RequireSignIn';
import { useMe } from '../../lib/session';
import { MyCommissionTotals } from './CommissionTotals';
import { CommissionList } from './CommissionList';
import { MeNav } from '../me/MeNav';
import { PayoutHistory } from './PayoutHistory';
import { usePageTitle } from '../../lib/page-title';

export default function MyCommissionsPage() {
  return (
    <RequireSignIn>
      <MyCommissions />
    </RequireSignIn>
  );
}

function MyCommissions() {
  const { t } = useTranslation();
  const { me } = useMe();
  usePageTitle(me ? t('commissions.title') : undefined);
  if (!me) return null;
  return (
    <>
      <h1>{t('commissions.title')}</h1>
      <MeNav />
      <p className="lede">{t('commissions.lede')}</p>
      <section aria-labelledby="totals-title">
        <h2 id="totals-title">{t('commissions.totalsLabel')}</h2>
        <MyCommissionTotals />
      </section>
      <section aria-labelledby="commission-list-title">
        <h2 id="commission-list-title">{t('commissions.list')}</h2>
        <CommissionList />
      </section>
      <section aria-labelledby="payouts-title">
        <h2 id="payouts-title">{t('payouts.title')}</h2>
        <PayoutHistory memberId={me.id} />
      </section>
    </>
  );
}
