// The supplier's group prices for one product: up to five tiers (buyers, discount in percent) and
// the longest a group may run. Saving with no tier turns group buying off; groups already open keep
// the tiers they opened with. The API checks the order and the caps and says what is wrong.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { bpsToPercent, parsePercentInput } from '../../lib/format';
import { Field } from '../../components/Field';
import { FormError } from '../../components/States';

export const GroupTiersFormFragment = graphql(`
  fragment GroupTiersForm_product on Product {
    id
    groupMaxDurationHours
    groupTiers {
      minBuyers
      discountBps
      unitPriceMinor
    }
  }
`);

const SetGroupTiersMutation = graphql(`
  mutation SetGroupTiers($productId: ID!, $tiers: [GroupTierInput!]!, $hours: Int!) {
    setGroupBuyTiers(productId: $productId, tiers: $tiers, maxDurationHours: $hours) {
      id
      ...GroupTiersForm_product
    }
  }
`);

const MAX_TIERS = 5;

export function GroupTiersForm(props: { product: FragmentType<typeof GroupTiersFormFragment> }) {
  const { t } = useTranslation();
  const product = getFragmentData(GroupTiersFormFragment, props.product);
  const [rows, setRows] = useState(product.groupTiers.map((tier) => ({ buyers: String(tier.minBuyers), discount: bpsToPercent(tier.discountBps) })));
  const [hours, setHours] = useState(String(product.groupMaxDurationHours ?? 48));
  const [invalid, setInvalid] = useState<string | null>(null);
  const [save, { loading, error, data }] = useMutation(SetGroupTiersMutation);
  const setRow = (i: number, key: 'buyers' | 'discount', value: string) => setRows(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const tiers = rows.map((r) => ({ minBuyers: Number(r.buyers), discountBps: parsePercentInput(r.discount) }));
    if (tiers.some((tier) => !Number.isInteger(tier.minBuyers) || tier.discountBps === null)) return setInvalid(t('groupBuy.badTier'));
    setInvalid(null);
    try {
      await save({ variables: { productId: product.id, tiers: tiers as { minBuyers: number; discountBps: number }[], hours: Number(hours) } });
    } catch {
      // shown by FormError
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} aria-label={t('groupBuy.tiersForm')} data-testid="group-tiers-form">
      <h3>{t('groupBuy.tiersForm')}</h3>
      {rows.map((row, i) => (
        <div className="row" key={i}>
          <Field label={t('groupBuy.tierBuyersN', { n: i + 1 })} inputMode="numeric" value={row.buyers} onChange={(e) => setRow(i, 'buyers', e.target.value)} />
          <Field label={t('groupBuy.tierDiscountN', { n: i + 1 })} inputMode="decimal" value={row.discount} onChange={(e) => setRow(i, 'discount', e.target.value)} />
          <button type="button" className="button link" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
            {t('groupBuy.removeTier')}
          </button>
        </div>
      ))}
      {rows.length < MAX_TIERS && (
        <button type="button" className="button secondary" onClick={() => setRows([...rows, { buyers: '', discount: '' }])}>
          {t('groupBuy.addTier')}
        </button>
      )}
      <Field label={t('groupBuy.maxHours')} inputMode="numeric" value={hours} onChange={(e) => setHours(e.target.value)} />
      {invalid && (
        <p role="alert" className="form-error">
          {invalid}
        </p>
      )}
      <FormError error={error} />
      {data && !loading && <p role="status">{t('groupBuy.tiersSaved')}</p>}
      <button type="submit" className="button" disabled={loading}>
        {t('groupBuy.saveTiers')}
      </button>
    </form>
  );
}
