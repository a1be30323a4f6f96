// One of my orders, with what I can do next: confirm receipt, rate the recommendation it came
// through (and see the trust event my verdict made), recommend the product myself.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { MemberBadge } from '../../components/MemberBadge';
import { Stars } from '../../components/Stars';
import { FormError } from '../../components/States';
import { formatDate, formatMoney } from '../../lib/format';
import { RateForm, type RatedEvent } from './RateForm';
import { RecommendationForm } from './RecommendationForm';
import { RecommendationPosted } from './RecommendationPosted';

export const OrderItemFragment = graphql(`
  fragment OrderItem_order on Order {
    id
    status
    quantity
    totalMinor
    currency
    placedAt
    deliveredAt
    ratableUntil
    product {
      id
      title
    }
    recommendation {
      id
      author {
        id
        displayName
        ...MemberBadge_member
      }
    }
    feedback {
      id
      stars
      heldUp
    }
  }
`);

const ConfirmReceiptMutation = graphql(`
  mutation ConfirmReceipt($orderId: ID!) {
    confirmReceipt(orderId: $orderId) {
      id
      status
      deliveredAt
      ratableUntil
      refundableUntil
    }
  }
`);

export function OrderItem(props: { order: FragmentType<typeof OrderItemFragment>; recommended: boolean }) {
  const { t, i18n } = useTranslation();
  const order = getFragmentData(OrderItemFragment, props.order);
  const [confirm, confirmState] = useMutation(ConfirmReceiptMutation);
  const [open, setOpen] = useState<'rate' | 'recommend' | null>(null);
  const [verdict, setVerdict] = useState<{ event: RatedEvent | null; heldUp: boolean } | null>(null);
  // Kept here, not in the form: once posted, the order is recommended and the form goes away.
  const [posted, setPosted] = useState<{ shareUrl: string } | null>(null);
  // The server's clock decides whether the window is still open (it refuses late verdicts with
  // the date it closed); the page only shows the deadline.
  const ratable = order.status === 'DELIVERED' && !!order.recommendation && !order.feedback && !!order.ratableUntil;
  const canRecommend = order.status === 'DELIVERED' && !props.recommended;

  return (
    <li className="card order" data-testid="order" data-status={order.status}>
      <p className="order-head">
        <Link to={`/p/${order.product.id}`}>{order.product.title}</Link> × {order.quantity}{' '}
        <strong>{formatMoney(order.totalMinor, order.currency, i18n.language)}</strong>{' '}
        <span className={`tag status-${order.status.toLowerCase()}`}>{t(`orders.status.${order.status}`)}</span>
      </p>
      <p className="muted small">
        {t('orders.placed', { date: formatDate(order.placedAt, i18n.language) })}
        {order.recommendation && (
          <>
            {' · '}
            {t('orders.through')} <MemberBadge member={order.recommendation.author} />
          </>
        )}
      </p>
      {ratable && order.ratableUntil && <p className="muted small">{t('orders.rateBy', { date: formatDate(order.ratableUntil, i18n.language) })}</p>}
      {order.feedback && (
        <p className="small">
          {t('orders.yourVerdict')} <Stars stars={order.feedback.stars} /> · {order.feedback.heldUp ? t('rate.heldUpYes') : t('rate.heldUpNo')}
        </p>
      )}
      {verdict && (
        <p role="status" className="notice success" data-testid="verdict-event">
          {verdict.event
            ? // The event is the recommender's, told from their side ("… trust is 50. Now 50.3."): say
              // whose trust it is, or the buyer reads the new score as their own. One verdict moves a
              // score backed by much evidence by less than the 0.1 shown, and a delta against the
              // verdict's direction is older verdicts fading (the sentence says so): in both cases
              // "moved" would read as a bug.
              `${t(movedByVerdict(verdict.event.delta, verdict.heldUp) ? 'rate.movedTrust' : 'rate.countedTrust', { name: order.recommendation?.author.displayName ?? '' })} ${i18n.language === 'zh-CN' ? verdict.event.textZh : verdict.event.textEn}`
            : t('rate.noTrustChange')}
        </p>
      )}
      <div className="card-actions">
        {order.status === 'PLACED' && (
          <button type="button" className="button" disabled={confirmState.loading} onClick={() => void confirm({ variables: { orderId: order.id } }).catch(() => {})}>
            {t('orders.confirmReceipt')}
          </button>
        )}
        {ratable && (
          <button type="button" className="button" aria-expanded={open === 'rate'} onClick={() => setOpen(open === 'rate' ? null : 'rate')}>
            {t('rate.open')}
          </button>
        )}
        {canRecommend && (
          <button type="button" className="button secondary" aria-expanded={open === 'recommend'} onClick={() => setOpen(open === 'recommend' ? null : 'recommend')}>
            {t('recommend.open')}
          </button>
        )}
      </div>
      <FormError error={confirmState.error} />
      {open === 'rate' && ratable && (
        <RateForm
          orderId={order.id}
          onRated={(event, heldUp) => {
            setVerdict({ event, heldUp });
            setOpen(null);
          }}
        />
      )}
      {open === 'recommend' && canRecommend && <RecommendationForm target={{ productId: order.product.id }} onDone={() => setOpen(null)} onPosted={setPosted} />}
      {posted && <RecommendationPosted shareUrl={posted.shareUrl} onClose={() => setPosted(null)} />}
    </li>
  );
}

/** Did the verdict itself visibly move the score: at least the 0.1 shown, in its own direction? */
function movedByVerdict(delta: number, heldUp: boolean): boolean {
  return Math.abs(delta) >= 0.05 && delta > 0 === heldUp;
}
