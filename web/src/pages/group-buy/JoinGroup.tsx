// Join a group with a quantity, delivered to one of the member's addresses. Nothing is paid until
// the group completes; the idempotency key is made once per join intent and kept until it
// succeeds, so a retried click never joins twice. The re-sharer comes from the link (?via=).
import { useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { graphql } from '../../gql';
import { newIdempotencyKey } from '../../lib/format';
import { MyAddressesQuery } from '../../lib/address';
import { useMe } from '../../lib/session';
import { FormError } from '../../components/States';
import { QuantityInput } from '../../components/QuantityInput';

const JoinGroupMutation = graphql(`
  mutation JoinGroup($groupBuyId: ID!, $quantity: Int!, $key: String!, $resharer: String, $addressId: ID) {
    joinGroupBuy(groupBuyId: $groupBuyId, quantity: $quantity, idempotencyKey: $key, resharerHandle: $resharer, deliveryAddressId: $addressId) {
      id
      status
    }
  }
`);

export function JoinGroup({ groupBuyId, resharer, onJoined }: { groupBuyId: string; resharer?: string; onJoined: () => unknown }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const location = useLocation();
  const [quantity, setQuantity] = useState(1);
  const key = useRef<string | null>(null);
  const addresses = useQuery(MyAddressesQuery, { skip: !me });
  const [joinGroup, { loading, error }] = useMutation(JoinGroupMutation);
  if (!me) {
    return (
      <Link className="button" to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`}>
        {t('groupBuy.signInToJoin')}
      </Link>
    );
  }
  const deliverTo = addresses.data?.myAddresses[0]?.id ?? null;
  const onJoin = async () => {
    key.current ??= newIdempotencyKey();
    try {
      await joinGroup({ variables: { groupBuyId, quantity, key: key.current, resharer: resharer ?? null, addressId: deliverTo } });
      key.current = null;
      await onJoined();
    } catch {
      // Shown below; the key is kept so "try again" retries the same join.
    }
  };
  return (
    <div className="buy">
      <QuantityInput
        value={quantity}
        onChange={(q) => {
          setQuantity(q);
          key.current = null; // a different quantity: a different join
        }}
      />
      {addresses.data && !deliverTo && (
        <p className="muted">
          {t('buy.needAddress')} <Link to={`/account/addresses?next=${encodeURIComponent(location.pathname + location.search)}`}>{t('buy.addAddress')}</Link>
        </p>
      )}
      <button type="button" className="button" disabled={loading || !deliverTo} onClick={() => void onJoin()}>
        {loading ? t('groupBuy.joining') : t('groupBuy.join')}
      </button>
      <p className="muted small">{t('groupBuy.payLater')}</p>
      <FormError error={error} />
    </div>
  );
}
