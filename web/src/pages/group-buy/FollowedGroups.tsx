// Open group buys led by the people I follow, at the top of the feed: what, who, the price now and
// how far each is, linking to its page. Nothing at all when there is none.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { formatMoney } from '../../lib/format';

const FollowedGroupsQuery = graphql(`
  query FollowedGroups {
    groupBuysFromFollowed(first: 10) {
      id
      targetBuyers
      countedBuyers
      unitPriceMinor
      currency
      leader {
        id
        displayName
      }
      product {
        id
        title
      }
    }
  }
`);

export function FollowedGroups() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(FollowedGroupsQuery);
  const groups = data?.groupBuysFromFollowed ?? [];
  if (groups.length === 0) return null;
  return (
    <section className="panel" data-testid="followed-groups">
      <h2>{t('groupBuy.fromFollowed')}</h2>
      <ul>
        {groups.map((g) => (
          <li key={g.id}>
            <Link to={`/g/${g.id}`}>{g.product.title}</Link>{' '}
            {t('groupBuy.feedLine', {
              leader: g.leader.displayName,
              price: formatMoney(g.unitPriceMinor, g.currency, i18n.language),
              counted: g.countedBuyers,
              target: g.targetBuyers,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
