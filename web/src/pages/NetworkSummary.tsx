// How big the network is: one cheap query, shown under the leaderboard's title.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';

const NetworkQuery = graphql(`
  query NetworkSummary {
    network {
      members
      products
      orders
      recommendations
    }
  }
`);

export function NetworkSummary() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(NetworkQuery);
  if (!data) return null; // a nicety: the page does not wait for it or fail with it
  const { members, products, orders, recommendations } = data.network;
  const stats = [
    ['members', t('network.members'), members],
    ['products', t('network.products'), products],
    ['orders', t('network.orders'), orders],
    ['recommendations', t('network.recommendations'), recommendations],
  ] as const;
  return (
    <ul aria-label={t('network.label')} className="stats">
      {stats.map(([key, label, value]) => (
        <li key={key} className="stat" data-testid={`stat-${key}`}>
          <span className="stat-value">{value.toLocaleString(i18n.language)}</span> <span className="stat-label">{label}</span>
        </li>
      ))}
    </ul>
  );
}
