// My delivery addresses: add, edit, remove. Checkout offers them (BuyButton); an order keeps a
// copy, so editing one here never moves a parcel already on its way. Opened from checkout with
// ?next=, the page goes back there once an address is added.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { getFragmentData, graphql } from '../../gql';
import { Empty, ErrorState, FormError, Loading } from '../../components/States';
import { addressLine, MyAddressesQuery, PostalAddressFragment } from '../../lib/address';
import { AccountShell } from './AccountShell';
import { AddressForm, type AddressInput } from './AddressForm';
import { safeNext } from './SignInPage';

const AddAddressMutation = graphql(`
  mutation AddDeliveryAddress($input: DeliveryAddressInput!) {
    addDeliveryAddress(input: $input) {
      id
    }
  }
`);

const UpdateAddressMutation = graphql(`
  mutation UpdateDeliveryAddress($id: ID!, $input: DeliveryAddressInput!) {
    updateDeliveryAddress(id: $id, input: $input) {
      id
      address {
        ...PostalAddress_fields
      }
    }
  }
`);

const RemoveAddressMutation = graphql(`
  mutation RemoveDeliveryAddress($id: ID!) {
    removeDeliveryAddress(id: $id)
  }
`);

export default function AddressesPage() {
  const { t } = useTranslation();
  return (
    <AccountShell title={t('account.addresses.title')}>
      <Addresses />
    </AccountShell>
  );
}

function Addresses() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MyAddressesQuery);
  const refetchQueries = [{ query: MyAddressesQuery }];
  const [add, adding] = useMutation(AddAddressMutation, { refetchQueries, awaitRefetchQueries: true });
  const [update, updating] = useMutation(UpdateAddressMutation);
  const [remove, removing] = useMutation(RemoveAddressMutation, { refetchQueries, awaitRefetchQueries: true });
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const list = data?.myAddresses;
  if (!list && loading) return <Loading />;
  if (!list) return <ErrorState error={error} retry={refetch} />;

  const onAdd = async (input: AddressInput) => {
    await add({ variables: { input } });
    setEditing(null);
    if (params.get('next')) void navigate(safeNext(params.get('next')));
  };
  const onUpdate = (id: string) => async (input: AddressInput) => {
    await update({ variables: { id, input } });
    setEditing(null);
  };

  return (
    <section aria-labelledby="addresses-title">
      <h2 id="addresses-title">{t('account.addresses.title')}</h2>
      <p className="muted">{t('account.addresses.privacy')}</p>
      {list.length === 0 && editing !== 'new' && <Empty>{t('account.addresses.none')}</Empty>}
      <ul className="session-list" data-testid="addresses">
        {list.map(({ id, address }) => ({ id, a: getFragmentData(PostalAddressFragment, address) })).map(({ id: addressId, a }) => (
          <li key={addressId} className="session-item" data-testid="address">
            {editing === addressId ? (
              <AddressForm initial={a} saving={updating.loading} error={updating.error} onSave={onUpdate(addressId)} onCancel={() => setEditing(null)} />
            ) : (
              <>
                <strong>
                  {a.recipientName} · {a.phone}
                </strong>
                <span className="muted">{addressLine(a, i18n.language)}</span>
                <button type="button" className="button secondary" onClick={() => setEditing(addressId)}>
                  {t('account.addresses.edit')}
                </button>
                <button type="button" className="button secondary" disabled={removing.loading} onClick={() => void remove({ variables: { id: addressId } }).catch(() => undefined)}>
                  {t('account.addresses.remove')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <FormError error={removing.error} />
      {editing === 'new' ? (
        <AddressForm saving={adding.loading} error={adding.error} onSave={onAdd} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('account.addresses.add')}
        </button>
      )}
    </section>
  );
}
