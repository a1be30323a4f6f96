// The products list's "trusted picks" section: the best three, and the way to all of them. A
// nicety: while it loads, or if it fails, the list below stands on its own.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TrustedPicksQuery } from './trusted-picks-query';
import { PickCard } from './PickCard';

export function TrustedPicksSection() {
  const { t } = useTranslation();
  const { data } = useQuery(TrustedPicksQuery, { variables: { personal: false, first: 3 } });
  // The page's longer list of the same picks may be in the cache: the section shows the best three.
  const edges = (data?.trustedPicks.edges ?? []).slice(0, 3);
  if (edges.length === 0) return null;
  return (
    <section aria-labelledby="picks-section-title" className="picks-section" data-testid="picks-section">
      <h2 id="picks-section-title">{t('picks.title')}</h2>
      <div className="cards">
        {edges.map((edge) => (
          <PickCard key={edge.node.product.id} pick={edge.node} personal={false} />
        ))}
      </div>
      <p>
        <Link to="/picks">{t('picks.seeAll')}</Link>
      </p>
    </section>
  );
}
