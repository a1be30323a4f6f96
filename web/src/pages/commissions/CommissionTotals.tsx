// My balances by status, as my ledger entries sum them. Integer fen from the API; the only
// decimal is the one formatMoney puts on screen.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { ErrorState, Loading } from '../../components/States';
import { BALANCE_CURRENCY, formatMoney } from '../../lib/format';

export const CommissionTotalsFragment = graphql(`
  fragment CommissionTotals_totals on CommissionTotals {
    pendingMinor
    confirmedMinor
    paidMinor
    owedMinor
    onHoldMinor
  }
`);

const MyCommissionTotalsQuery = graphql(`
  query MyCommissionTotals {
    myCommissionTotals {
      ...CommissionTotals_totals
    }
  }
`);

export function MyCommissionTotals() {
  const { data, loading, error, refetch } = useQuery(MyCommissionTotalsQuery);
  if (!data && loading) return <Loading />;
  if (!data) return <ErrorState error={error} retry={refetch} />;
  return <CommissionTotals totals={data.myCommissionTotals} />;
}

export function CommissionTotals(props: { totals: FragmentType<typeof CommissionTotalsFragment> }) {
  const { t, i18n } = useTranslation();
  const totals = getFragmentData(CommissionTotalsFragment, props.totals);
  const rows = [
    ['pending', totals.pendingMinor],
    // Part of pending, beside it: what waits on a fraud review is not buried in the list.
    ['onHold', totals.onHoldMinor],
    ['confirmed', totals.confirmedMinor],
    ['paid', totals.paidMinor],
    ['owed', totals.owedMinor],
  ] as const;
  return (
    <dl className="totals" aria-label={t('commissions.totalsLabel')} data-testid="commission-totals">
      {rows.map(([key, minor]) => (
        <div key={key} className={`total total-${key}`} data-total={key}>
          <dt>{t(`commissions.total.${key}`)}</dt>
          <dd>{formatMoney(minor, BALANCE_CURRENCY, i18n.language)}</dd>
        </div>
      ))}
    </dl>
  );
}
