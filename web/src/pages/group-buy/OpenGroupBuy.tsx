// "Open a group buy" on the author's own recommendation: pick the target among the supplier's
// tiers, how many hours it runs (up to the supplier's maximum) and a note; the group's page opens.
// An author who already leads an open group of the product is sent to it instead. The API decides
// whether the author's trust is enough and says so in the answer's message.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { getFragmentData, graphql } from '../../gql';
import { GroupTiersFormFragment } from './GroupTiersForm';
import { formatBps, formatMoney } from '../../lib/format';
import { FormError } from '../../components/States';

const GroupOfferQuery = graphql(`
  query GroupOffer($code: String!) {
    recommendationByCode(code: $code) {
      id
      openGroupBuy {
        id
      }
      product {
        id
        currency
        ...GroupTiersForm_product
      }
    }
  }
`);

const OpenGroupMutation = graphql(`
  mutation OpenGroup($recommendationId: ID!, $target: Int!, $deadline: DateTime!, $note: String) {
    openGroupBuy(recommendationId: $recommendationId, targetBuyers: $target, deadline: $deadline, note: $note) {
      id
    }
  }
`);

export function OpenGroupBuy({ recommendationCode }: { recommendationCode: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { data } = useQuery(GroupOfferQuery, { variables: { code: recommendationCode } });
  const [target, setTarget] = useState<number | null>(null);
  const [hours, setHours] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [open, { loading, error }] = useMutation(OpenGroupMutation);
  const rec = data?.recommendationByCode;
  // The product's group prices, as the supplier's form reads them (one fragment for both).
  const prices = rec ? getFragmentData(GroupTiersFormFragment, rec.product) : undefined;
  const tiers = prices?.groupTiers ?? [];
  const maxHours = prices?.groupMaxDurationHours;
  if (!rec || tiers.length === 0 || !maxHours) return null;
  if (rec.openGroupBuy) {
    return (
      <section className="panel">
        <Link className="button" to={`/g/${rec.openGroupBuy.id}`}>
          {t('groupBuy.seeMyGroup')}
        </Link>
      </section>
    );
  }
  const chosenTarget = target ?? tiers[0]!.minBuyers;
  const chosenHours = hours ?? Math.min(24, maxHours);
  const onOpen = async () => {
    const deadline = new Date(Date.now() + chosenHours * 3_600_000).toISOString();
    try {
      const result = await open({ variables: { recommendationId: rec.id, target: chosenTarget, deadline, note: note.trim() || null } });
      if (result.data) navigate(`/g/${result.data.openGroupBuy.id}`);
    } catch {
      // Shown below.
    }
  };
  return (
    <section className="panel" data-testid="open-group">
      <h2>{t('groupBuy.openTitle')}</h2>
      <p className="muted small">{t('groupBuy.openText')}</p>
      <label>
        {t('groupBuy.target')}
        <select value={chosenTarget} onChange={(e) => setTarget(Number(e.target.value))}>
          {tiers.map((tier) => (
            <option key={tier.minBuyers} value={tier.minBuyers}>
              {t('groupBuy.tierOption', {
                n: tier.minBuyers,
                discount: formatBps(tier.discountBps),
                price: formatMoney(tier.unitPriceMinor, rec.product.currency, i18n.language),
              })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('groupBuy.hours', { max: maxHours })}
        <input type="number" min={1} max={maxHours} value={chosenHours} onChange={(e) => setHours(Math.min(maxHours, Math.max(1, Number(e.target.value) || 1)))} />
      </label>
      <label>
        {t('groupBuy.note')}
        <textarea maxLength={300} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="button" className="button" disabled={loading} onClick={() => void onOpen()}>
        {t('groupBuy.open')}
      </button>
      <FormError error={error} />
    </section>
  );
}
