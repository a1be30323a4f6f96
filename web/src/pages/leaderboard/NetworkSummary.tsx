// How big the network is: one cheap query, shown under the leaderboard's title.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formatCount } from '../../lib/format';
import { useFreshPreload } from '../../preload';

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
  const { t } = useTranslation();
  const shipped = useFreshPreload('network');
  const { data } = useQuery(NetworkQuery, shipped ? { fetchPolicy: 'cache-first' } : {});
  // A nicety: the page neither waits for it nor fails with it. Until it arrives the same list
  // stands there with dashes, so the board below does not jump down when the numbers come in.
  const network = data?.network;
  const stats = [
    ['members', t('network.members'), network?.members],
    ['products', t('network.products'), network?.products],
    ['orders', t('network.orders'), network?.orders],
    ['recommendations', t('network.recommendations'), network?.recommendations],
  ] as const;
  return (
    <ul aria-label={t('network.label')} aria-busy={!network} className="stats">
      {stats.map(([key, label, value]) => (
        // The test id marks a figure that has arrived, not its placeholder.
        <li key={key} className="stat" data-testid={value === undefined ? undefined : `stat-${key}`}>
          <span className="stat-value">{value === undefined ? '–' : formatCount(value)}</span> <span className="stat-label">{label}</span>
        </li>
      ))}
    </ul>
  );
}
