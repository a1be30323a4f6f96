// Orders of my products: deliver what is placed, refund (with a reason) what must be refunded.
import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../../gql';
import { addressLine, PostalAddressFragment } from '../../lib/address';
import type { OrderStatus, SupplierOrdersQuery as SupplierOrdersResult } from '../../gql/graphql';
import { MemberBadge } from '../../components/MemberBadge';
import { FormError } from '../../components/States';
import { PagedList, StatusFilter, useConnectionList } from '../../components/PagedList';
import { formatDate, formatMoney } from '../../lib/format';

const SupplierOrdersQuery = graphql(`
  query SupplierOrders($status: OrderStatus, $after: String) {
    supplierOrders(status: $status, first: 20, after: $after) {
      edges {
        cursor
        node {
          id
          status
          quantity
          totalMinor
          currency
          placedAt
          refundableUntil
          product {
            id
            title
          }
          buyer {
            id
            ...MemberBadge_member
          }
          deliveryAddress {
            ...PostalAddress_fields
          }
          deliveryAddressErasedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const MarkDeliveredMutation = graphql(`
  mutation MarkOrderDelivered($orderId: ID!) {
    markOrderDelivered(orderId: $orderId) {
      id
      status
      deliveredAt
      refundableUntil
    }
  }
`);
const RefundMutation = graphql(`
  mutation RefundOrder($orderId: ID!, $reason: String!) {
    refundOrder(orderId: $orderId, reason: $reason) {
      id
      status
      refundedAt
      refundableUntil
    }
  }
`);

export function SupplierOrders() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OrderStatus | ''>('PLACED');
  const result = useQuery(SupplierOrdersQuery, { variables: { status: status || null } });
  const list = useConnectionList(result, result.data?.supplierOrders);
  return (
    <>
      <StatusFilter
        label={t('supplier.show')}
        value={status}
        onChange={setStatus}
        options={[
          { value: 'PLACED', label: t('orders.status.PLACED') },
          { value: 'DELIVERED', label: t('orders.status.DELIVERED') },
          { value: 'REFUNDED', label: t('orders.status.REFUNDED') },
          { value: '', label: t('supplier.allOrders') },
        ]}
      />
      <PagedList
        {...list}
        empty={t('supplier.noOrders')}
        testId="supplier-orders"
        row={(node) => <SupplierOrder key={node.id} order={node} />}
      />
    </>
  );
}

type Row = SupplierOrdersResult['supplierOrders']['edges'][number]['node'];

function SupplierOrder({ order }: { order: Row }) {
  const { t, i18n } = useTranslation();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [refunding, setRefunding] = useState(false);
  const [deliver, deliverState] = useMutation(MarkDeliveredMutation);
  const [refund, refundState] = useMutation(RefundMutation);
  // The server's clock decides whether a delivered order is still refundable; we show the deadline.
  const refundable = order.status === 'PLACED' || (order.status === 'DELIVERED' && !!order.refundableUntil);
  const shipTo = getFragmentData(PostalAddressFragment, order.deliveryAddress);
  return (
    <li className="card order" data-testid="supplier-order" data-order-id={order.id} data-status={order.status}>
      <p className="order-head">
        {order.product.title} × {order.quantity} <strong>{formatMoney(order.totalMinor, order.currency, i18n.language)}</strong>{' '}
        <span className={`tag status-${order.status.toLowerCase()}`}>{t(`orders.status.${order.status}`)}</span>
      </p>
      <p className="muted small">
        {t('orders.placed', { date: formatDate(order.placedAt, i18n.language) })} · {t('supplier.buyer')} <MemberBadge member={order.buyer} />
        {order.status === 'DELIVERED' && order.refundableUntil && <> · {t('supplier.refundableUntil', { date: formatDate(order.refundableUntil, i18n.language) })}</>}
      </p>
      <p className="small" data-testid="ship-to">
        {shipTo
          ? t('supplier.shipTo', { name: shipTo.recipientName, phone: shipTo.phone, address: addressLine(shipTo, i18n.language) })
          : order.deliveryAddressErasedAt
            ? t('supplier.addressErased')
            : t('supplier.noAddress')}
      </p>
      <div className="card-actions">
        {order.status === 'PLACED' && (
          <button type="button" className="button" disabled={deliverState.loading} onClick={() => void deliver({ variables: { orderId: order.id } }).catch(() => {})}>
            {t('supplier.markDelivered')}
          </button>
        )}
        {refundable && !refunding && (
          <button type="button" className="button secondary" onClick={() => setRefunding(true)}>
            {t('supplier.refund')}
          </button>
        )}
      </div>
      {refunding && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void refund({ variables: { orderId: order.id, reason: reason.trim() } }).then(() => setRefunding(false), () => {});
          }}
        >
          <div className="field">
            <label htmlFor={reasonId}>{t('supplier.refundReason')}</label>
            <input id={reasonId} required minLength={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <div className="row">
            <button type="submit" className="button" disabled={refundState.loading}>
              {t('supplier.confirmRefund')}
            </button>
            <button type="button" className="button secondary" onClick={() => setRefunding(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      <FormError error={deliverState.error ?? refundState.error} />
    </li>
  );
}
