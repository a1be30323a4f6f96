// A group buy's page (/g/<id>): what is bought, who leads it and with what trust, the tiers and
// the price now, progress with the joiners' faces, the countdown, join, share, and — for the
// leader — closing early once a tier is met. While the group is open the page asks again every
// few seconds, so everyone watching sees it fill and complete.
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { MemberBadge } from '../../components/MemberBadge';
import { ProductSummary } from '../../components/ProductSummary';
import { ShareButton } from '../../components/ShareButton';
import { TrustScore } from '../../components/TrustScore';
import { Avatar } from '../../components/photos/Avatar';
import { ErrorState, FormError, Loading } from '../../components/States';
import { formatMoney } from '../../lib/format';
import { useMe } from '../../lib/session';
import { usePageTitle } from '../../lib/page-title';
import { NotFound } from '../NotFoundPage';
import { Countdown } from './Countdown';
import { GroupProgress } from './GroupProgress';
import { JoinGroup } from './JoinGroup';

const GroupBuyPageQuery = graphql(`
  query GroupBuyPage($id: ID!) {
    groupBuy(id: $id) {
      id
      status
      note
      targetBuyers
      deadline
      closedAt
      shareLink
      basePriceMinor
      currency
      countedBuyers
      joinedMembers
      unitPriceMinor
      tiers {
        minBuyers
        discountBps
        unitPriceMinor
      }
      leader {
        id
        displayName
        ...MemberBadge_member
        ...Avatar_member
        trust {
          ...TrustScore_trust
        }
      }
      product {
        id
        title
        ...ProductSummary_product
      }
      recommendation {
        code
      }
      joiners {
        id
        displayName
        ...Avatar_member
      }
    }
  }
`);

const MyJoinsQuery = graphql(`
  query MyGroupJoins($id: ID!) {
    myGroupJoins(groupBuyId: $id) {
      id
      quantity
      status
      order {
        id
        totalMinor
        currency
      }
    }
  }
`);

const CloseGroupMutation = graphql(`
  mutation CloseGroup($id: ID!) {
    closeGroupBuy(groupBuyId: $id) {
      id
      status
    }
  }
`);

const POLL_MS = 3000;

export default function GroupBuyPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const via = params.get('via') ?? undefined;
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(GroupBuyPageQuery, { variables: { id }, pollInterval: POLL_MS });
  const mine = useQuery(MyJoinsQuery, { variables: { id }, skip: !me, pollInterval: POLL_MS });
  const [closeGroup, closing] = useMutation(CloseGroupMutation);
  const group = data?.groupBuy;
  usePageTitle(group ? t('groupBuy.title', { product: group.product.title }) : undefined);
  if (!data && loading) return <Loading />;
  if (!data) return <ErrorState error={error} retry={refetch} />;
  if (!group) return <NotFound what={t('groupBuy.notFound')} />;
  const money = (minor: number) => formatMoney(minor, group.currency, i18n.language);
  const leading = me?.id === group.leader.id;
  const joins = mine.data?.myGroupJoins ?? [];
  const refresh = () => Promise.all([refetch(), me ? mine.refetch() : undefined]);
  return (
    <>
      <h1>{t('groupBuy.title', { product: group.product.title })}</h1>
      <p className={`notice ${group.status === 'FAILED' ? 'error' : group.status === 'COMPLETED' ? 'success' : ''}`} role="status" data-testid="group-status">
        {t(`groupBuy.status.${group.status}`, { price: money(group.unitPriceMinor) })}
      </p>
      <section className="panel">
        <ProductSummary product={group.product} compact />
        <p className="group-price">
          <strong data-testid="group-price">{money(group.unitPriceMinor)}</strong>{' '}
          {group.unitPriceMinor < group.basePriceMinor && <s className="muted">{money(group.basePriceMinor)}</s>}
        </p>
      </section>
      <section className="panel group-leader">
        <h2>{t('groupBuy.leader')}</h2>
        <Avatar member={group.leader} size={48} />
        <MemberBadge member={group.leader} />
        <TrustScore trust={group.leader.trust} />
        {group.note && <blockquote className="group-note">{group.note}</blockquote>}
      </section>
      <section className="panel">
        <GroupProgress group={group} />
        {group.status === 'OPEN' && <Countdown deadline={group.deadline} />}
      </section>
      {joins.length > 0 && (
        <section className="panel" data-testid="my-joins">
          <h2>{t('groupBuy.myJoins')}</h2>
          <ul>
            {joins.map((j) => (
              <li key={j.id}>
                {t(`groupBuy.joinStatus.${j.status}`, { n: j.quantity, total: j.order ? money(j.order.totalMinor) : '' })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {group.status === 'OPEN' && (
        <section className="panel">
          {!leading || joins.length === 0 ? <JoinGroup groupBuyId={group.id} resharer={via} onJoined={refresh} /> : null}
          {leading && group.countedBuyers >= group.tiers[0]!.minBuyers && (
            <p>
              <button type="button" className="button secondary" disabled={closing.loading} onClick={() => void closeGroup({ variables: { id: group.id } }).then(refresh, () => undefined)}>
                {t('groupBuy.closeNow')}
              </button>
              <FormError error={closing.error} />
            </p>
          )}
          <p className="group-share">
            <ShareButton
              what={{ kind: 'groupBuy', id: group.id, recommendationCode: group.recommendation.code }}
              shareLink={group.shareLink}
              ownerId={group.leader.id}
              shareTitle={t('groupBuy.title', { product: group.product.title })}
              primary
            />
          </p>
        </section>
      )}
    </>
  );
}
