// The buyer's verdict on the recommendation an order came through: stars, "did it hold up?" and
// an optional comment. The resulting trust event is handed back so the order can show it.
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormError } from '../../components/States';
import { StarsInput } from '../../components/StarsInput';

const RateMutation = graphql(`
  mutation RateRecommendation($orderId: ID!, $stars: Int!, $heldUp: Boolean!, $comment: String) {
    rateRecommendation(orderId: $orderId, stars: $stars, heldUp: $heldUp, comment: $comment) {
      feedback {
        id
        stars
        heldUp
        comment
      }
      trustEvent {
        id
        delta
        textEn
        textZh
      }
    }
  }
`);

export interface RatedEvent {
  delta: number;
  textEn: string;
  textZh: string;
}

export function RateForm({ orderId, onRated }: { orderId: string; onRated: (event: RatedEvent | null, heldUp: boolean) => void }) {
  const { t } = useTranslation();
  const commentId = useId();
  const [stars, setStars] = useState(5);
  const [heldUp, setHeldUp] = useState<boolean | null>(null);
  const [comment, setComment] = useState('');
  // The button stays enabled: a disabled one says nothing of why. Sending without an answer to
  // "held up?" says what is missing instead, beside the question.
  const [askedHeldUp, setAskedHeldUp] = useState(false);
  const heldUpId = useId();
  const [rate, { loading, error }] = useMutation(RateMutation, { refetchQueries: ['MyOrders'] });

  const missingHeldUp = askedHeldUp && heldUp === null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (heldUp === null) {
      setAskedHeldUp(true);
      document.getElementById(`${heldUpId}-yes`)?.focus();
      return;
    }
    try {
      const { data } = await rate({ variables: { orderId, stars, heldUp, comment: comment.trim() || null } });
      onRated(data?.rateRecommendation.trustEvent ?? null, heldUp);
    } catch {
      // shown by FormError
    }
  };

  return (
    <form className="form rate-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-label={t('rate.title')}>
      <StarsInput value={stars} onChange={setStars} legend={t('rate.stars')} />
      <fieldset className="choice" aria-describedby={missingHeldUp ? `${heldUpId}-missing` : undefined}>
        <legend>{t('rate.heldUp')}</legend>
        <label>
          <input id={`${heldUpId}-yes`} type="radio" name={`${orderId}-held`} required checked={heldUp === true} onChange={() => setHeldUp(true)} />
          {t('rate.yes')}
        </label>
        <label>
          <input type="radio" name={`${orderId}-held`} checked={heldUp === false} onChange={() => setHeldUp(false)} />
          {t('rate.no')}
        </label>
        {missingHeldUp && (
          <p id={`${heldUpId}-missing`} role="alert" className="form-error" data-testid="held-up-missing">
            {t('rate.heldUpMissing')}
          </p>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={commentId}>{t('rate.comment')}</label>
        <textarea id={commentId} maxLength={1000} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <FormError error={error} />
      <button type="submit" className="button" disabled={loading}>
        {t('rate.submit')}
      </button>
    </form>
  );
}
