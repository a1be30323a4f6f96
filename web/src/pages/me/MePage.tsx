// "Me": my orders (confirm receipt, rate, recommend what I received), my recommendations (edit
// them), and my trust events. My commissions are the sub-page /me/commissions (MeNav).
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { RequireSignIn } from '../../components/RequireSignIn';
import { Empty, ErrorState, FormError, LoadMore, Loading } from '../../components/States';
import { TrustEventList } from '../../components/TrustEventList';
import { MeNav } from './MeNav';
import { usePager } from '../../lib/paging';
import { useMe } from '../../lib/session';
import { MyRecommendations, MyRecommendationsQuery } from './MyRecommendations';
import { OrderItem } from './OrderItem';
import { FirstSteps } from './FirstSteps';
import { usePageTitle } from '../../lib/page-title';
import { MyAvatar } from '../../components/photos/MyAvatar';

const MyOrdersQuery = graphql(`
  query MyOrders($after: String) {
    myOrders(first: 10, after: $after) {
      edges {
        cursor
        node {
          id
          product {
            id
          }
          ...OrderItem_order
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export default function MePage() {
  return (
    <RequireSignIn>
      <Me />
    </RequireSignIn>
  );
}

function Me() {
  const { t } = useTranslation();
  const { me } = useMe();
  usePageTitle(me ? t('me.title', { name: me.displayName }) : undefined);
  if (!me) return null;
  return (
    <>
      <h1>{t('me.title', { name: me.displayName })}</h1>
      <MeNav />
      <FirstSteps handle={me.handle} />
      <MyAvatar />
      <p className="muted">
        <Link to={`/m/${me.handle}`}>{t('me.publicPage')}</Link>
      </p>
      <section aria-labelledby="orders-title">
        <h2 id="orders-title">{t('me.orders')}</h2>
        <MyOrders handle={me.handle} />
      </section>
      <section aria-labelledby="my-recs-title">
        <h2 id="my-recs-title">{t('me.recommendations')}</h2>
        <MyRecommendations handle={me.handle} />
      </section>
      <section aria-labelledby="my-events-title">
        <h2 id="my-events-title">{t('me.trustEvents')}</h2>
        <TrustEventList memberId={me.id} />
      </section>
    </>
  );
}

function MyOrders({ handle }: { handle: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(MyOrdersQuery);
  // Which products I already recommend: those orders offer "edit" below instead of "recommend".
  const mine = useQuery(MyRecommendationsQuery, { variables: { handle } });
  const recommended = new Set(mine.data?.memberRecommendations.edges.map((e) => e.node.product.id));
  const connection = data?.myOrders;
  const pager = usePager(connection?.pageInfo, fetchMore);
  if (!connection && loading) return <Loading />;
  if (!connection) return <ErrorState error={error} retry={refetch} />;
  if (connection.edges.length === 0) {
    return (
      <Empty>
        {t('me.noOrders')} <Link to="/products">{t('me.browse')}</Link>
      </Empty>
    );
  }
  return (
    <>
      <ol className="orders" data-testid="my-orders">
        {connection.edges.map((edge) => (
          <OrderItem key={edge.node.id} order={edge.node} recommended={recommended.has(edge.node.product.id)} />
        ))}
      </ol>
      <LoadMore hasMore={pager.hasMore} loading={pager.loadingMore} onMore={pager.more} />
      <FormError error={pager.error} />
    </>
  );
}
