// Buy a product, optionally through a recommendation (its share code) and a re-sharer, delivered
// to one of the member's addresses (a member without one is sent to add it first: a supplier
// cannot ship without it). The idempotency key is made once per purchase intent and kept until
// that purchase succeeds, so a retried click after a network failure can never place a second order.
import { useId, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { graphql } from '../gql';
import { formatMoney, newIdempotencyKey } from '../lib/format';
import { addressLine, MyAddressesQuery, PostalAddressFragment } from '../lib/address';
import { getFragmentData } from '../gql';
import { useMe } from '../lib/session';
import { FormError } from './States';
import { QuantityInput } from './QuantityInput';

const PlaceOrderMutation = graphql(`
  mutation PlaceOrder($productId: ID!, $quantity: Int!, $code: String, $resharer: String, $key: String!, $addressId: ID) {
    placeOrder(
      productId: $productId
      quantity: $quantity
      recommendationCode: $code
      resharerHandle: $resharer
      idempotencyKey: $key
      deliveryAddressId: $addressId
    ) {
      id
      status
      quantity
      totalMinor
      currency
    }
  }
`);

interface Props {
  productId: string;
  recommendationCode?: string;
  resharerHandle?: string;
  label: string;
}

export function BuyButton({ productId, recommendationCode, resharerHandle, label }: Props) {
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const location = useLocation();
  const addressId = useId();
  const [quantity, setQuantity] = useState(1);
  const [chosenAddress, setChosenAddress] = useState<string | null>(null);
  const addresses = useQuery(MyAddressesQuery, { skip: !me });
  const key = useRef<string | null>(null);
  const [placeOrder, { data, loading, error, reset }] = useMutation(PlaceOrderMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myOrders' });
      cache.gc();
    },
  });

  if (!me) {
    return (
      <Link className="button" to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`}>
        {t('buy.signInToBuy')}
      </Link>
    );
  }

  const list = addresses.data?.myAddresses;
  const deliverTo = chosenAddress ?? list?.[0]?.id ?? null;
  const back = `/account/addresses?next=${encodeURIComponent(location.pathname + location.search)}`;

  const onBuy = async () => {
    if (!deliverTo) return;
    key.current ??= newIdempotencyKey();
    try {
      await placeOrder({
        variables: { productId, quantity, code: recommendationCode ?? null, resharer: resharerHandle ?? null, key: key.current, addressId: deliverTo },
      });
      key.current = null; // this purchase is done; the next click is a new one
    } catch {
      // Shown below; the key is kept so "try again" retries the same purchase.
    }
  };

  const order = data?.placeOrder;
  if (order) {
    return (
      <p role="status" className="notice success" data-testid="order-placed">
        {t('buy.placed', { total: formatMoney(order.totalMinor, order.currency, i18n.language) })}{' '}
        <Link to="/me">{t('buy.seeOrders')}</Link>{' '}
        <button type="button" className="button link" onClick={() => reset()}>
          {t('buy.again')}
        </button>
      </p>
    );
  }
  return (
    <div className="buy">
      <QuantityInput
        value={quantity}
        onChange={(q) => {
          setQuantity(q);
          key.current = null; // different arguments: a different purchase
        }}
      />
      {list && list.length > 0 && (
        <label htmlFor={addressId} className="deliver-to">
          {t('buy.deliverTo')}
          <select
            id={addressId}
            value={deliverTo ?? ''}
            onChange={(e) => {
              setChosenAddress(e.target.value);
              key.current = null; // another address: a different purchase
            }}
          >
            {list.map((a) => {
              const address = getFragmentData(PostalAddressFragment, a.address);
              return (
                <option key={a.id} value={a.id}>
                  {address.recipientName}: {addressLine(address, i18n.language)}
                </option>
              );
            })}
          </select>
        </label>
      )}
      {list && list.length === 0 && (
        <p className="muted">
          {t('buy.needAddress')} <Link to={back}>{t('buy.addAddress')}</Link>
        </p>
      )}
      <button type="button" className="button" disabled={loading || !deliverTo} onClick={() => void onBuy()}>
        {loading ? t('buy.placing') : error ? t('buy.retry') : label}
      </button>
      <FormError error={error} />
    </div>
  );
}
