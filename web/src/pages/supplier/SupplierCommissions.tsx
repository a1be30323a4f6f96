// What my products' sales owe in commissions: confirmed and unpaid (owed now), plus the estimate
// of those still pending, in total and per product.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { Empty, ErrorState, Loading } from '../../components/States';
import { BALANCE_CURRENCY, formatMoney } from '../../lib/format';

const SupplierCommissionsOwedQuery = graphql(`
  query SupplierCommissionsOwed {
    supplierCommissionsOwed {
      owedMinor
      owedCount
      pendingEstimateMinor
      byProduct {
        product {
          id
          title
          currency
        }
        owedMinor
        owedCount
        pendingEstimateMinor
      }
    }
  }
`);

export function SupplierCommissions() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SupplierCommissionsOwedQuery);
  if (!data && loading) return <Loading />;
  if (!data) return <ErrorState error={error} retry={refetch} />;
  const owed = data.supplierCommissionsOwed;
  const money = (minor: number, currency = BALANCE_CURRENCY) => formatMoney(minor, currency, i18n.language);
  if (owed.byProduct.length === 0) return <Empty>{t('supplierCommissions.empty')}</Empty>;
  return (
    <div data-testid="supplier-commissions">
      <dl className="totals">
        <div className="total">
          <dt>{t('supplierCommissions.owed')}</dt>
          <dd data-testid="owed-total">{money(owed.owedMinor)}</dd>
        </div>
        <div className="total">
          <dt>{t('supplierCommissions.pending')}</dt>
          <dd>{money(owed.pendingEstimateMinor)}</dd>
        </div>
      </dl>
      <p className="muted small">{t('supplierCommissions.owedCount', { count: owed.owedCount })}</p>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('supplierCommissions.product')}</th>
              <th scope="col">{t('supplierCommissions.owed')}</th>
              <th scope="col">{t('supplierCommissions.pending')}</th>
            </tr>
          </thead>
          <tbody>
            {owed.byProduct.map((row) => (
              <tr key={row.product.id} data-product-id={row.product.id}>
                <th scope="row">
                  <Link to={`/p/${row.product.id}`}>{row.product.title}</Link>
                </th>
                <td>
                  <span className="money">{money(row.owedMinor, row.product.currency)}</span>{' '}
                  <span className="muted small">({t('supplierCommissions.owedCount', { count: row.owedCount })})</span>
                </td>
                <td className="money">{money(row.pendingEstimateMinor, row.product.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
