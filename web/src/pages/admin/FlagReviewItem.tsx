// One review item raised by community flags: the recommendation (linked to its product), its
// author, each flag with its flagger, reason, words and weight, and the admin's decision —
// "uphold" (the flags were right) or "dismiss" (they were not; it counts against the flaggers),
// each with a required note. Neither moves anyone's trust.
import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { FlagDecision } from '../../gql/graphql';
import { MemberBadge } from '../../components/MemberBadge';
import { FormError } from '../../components/States';
import { SubmitOrCancel } from '../../components/SubmitOrCancel';
import { formatDateTime } from '../../lib/format';

export const FlagReviewItemFragment = graphql(`
  fragment FlagReviewItem_review on FlagReview {
    id
    status
    weight
    openedAt
    decidedAt
    note
    decidedBy {
      id
      ...MemberBadge_member
    }
    recommendation {
      id
      text
      author {
        id
        ...MemberBadge_member
      }
      product {
        id
        title
      }
    }
    flags {
      id
      reason
      text
      weight
      flagger {
        id
        ...MemberBadge_member
      }
    }
  }
`);

const ResolveMutation = graphql(`
  mutation ResolveFlagReview($id: ID!, $decision: FlagDecision!, $note: String!) {
    resolveFlagReview(id: $id, decision: $decision, note: $note) {
      id
      ...FlagReviewItem_review
    }
  }
`);

export function FlagReviewItem(props: { review: FragmentType<typeof FlagReviewItemFragment> }) {
  const { t, i18n } = useTranslation();
  const review = getFragmentData(FlagReviewItemFragment, props.review);
  const noteId = useId();
  const hintId = useId();
  const [deciding, setDeciding] = useState<FlagDecision | null>(null);
  const [note, setNote] = useState('');
  const [resolve, state] = useMutation(ResolveMutation);
  const at = (iso: string) => formatDateTime(iso, i18n.language);
  const rec = review.recommendation;

  return (
    <li className="card" data-testid="flag-review" data-review-id={review.id} data-status={review.status}>
      <p className="order-head">
        <Link to={`/p/${rec.product.id}`}>{rec.product.title}</Link>{' '}
        <span className={`tag status-${review.status.toLowerCase()}`} data-testid="review-status">
          {t(`flags.reviews.status.${review.status}`)}
        </span>
      </p>
      <p className="small">
        <MemberBadge member={rec.author} />
      </p>
      <blockquote className="rec-text">{rec.text}</blockquote>
      <p className="muted small">
        {t('flags.reviews.opened', { date: at(review.openedAt) })} ·{' '}
        {t('flags.reviews.weight', { weight: review.weight.toFixed(2), count: review.flags.length })}
      </p>
      <ul className="flagged">
        {review.flags.map((f) => (
          <li key={f.id} data-testid="review-flag">
            <MemberBadge member={f.flagger} /> <strong>{t(`flags.reasons.${f.reason}`)}</strong> ({f.weight.toFixed(2)}): “{f.text}”
          </li>
        ))}
      </ul>
      {review.decidedAt && (
        <p className="muted small">
          {t('flags.reviews.decided', { status: t(`flags.reviews.status.${review.status}`), date: at(review.decidedAt) })}{' '}
          {review.decidedBy && <MemberBadge member={review.decidedBy} />}
          {review.note && <> — “{review.note}”</>}
        </p>
      )}
      {review.status === 'OPEN' && !deciding && (
        <div className="card-actions">
          <button type="button" className="button" onClick={() => setDeciding('UPHELD')}>
            {t('flags.reviews.uphold')}
          </button>
          <button type="button" className="button secondary" onClick={() => setDeciding('DISMISSED')}>
            {t('flags.reviews.dismiss')}
          </button>
        </div>
      )}
      {review.status === 'OPEN' && deciding && (
        <form
          className="form"
          aria-label={deciding === 'UPHELD' ? t('flags.reviews.uphold') : t('flags.reviews.dismiss')}
          onSubmit={(e) => {
            e.preventDefault();
            void resolve({ variables: { id: review.id, decision: deciding, note: note.trim() } })
              .then((r) => r.data && setDeciding(null))
              .catch(() => {});
          }}
        >
          <div className="field">
            <label htmlFor={noteId}>{t('flags.reviews.note')}</label>
            <textarea id={noteId} aria-describedby={hintId} required minLength={3} maxLength={500} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
            {deciding === 'DISMISSED' && (
              <small id={hintId} className="hint">
                {t('flags.reviews.dismissHint')}
              </small>
            )}
          </div>
          <SubmitOrCancel
            label={deciding === 'UPHELD' ? t('flags.reviews.confirmUphold') : t('flags.reviews.confirmDismiss')}
            busy={state.loading}
            onCancel={() => setDeciding(null)}
          />
        </form>
      )}
      <FormError error={state.error} />
    </li>
  );
}
