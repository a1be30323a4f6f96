// Flag a recommendation for an admin's review: a reason from the list and a few words. Shown to
// a signed-in member on someone else's recommendation; whether their trust allows it is the
// server's to say, and its refusal (the flag step's threshold against their standing, in the
// app's language) is shown as it comes. Once flagged, the card says so instead.
import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { FlagReason } from '../gql/graphql';
import { useMe } from '../lib/session';
import { FormError } from './States';
import { SubmitOrCancel } from './SubmitOrCancel';

const FlagMutation = graphql(`
  mutation FlagRecommendation($recommendationId: ID!, $reason: FlagReason!, $text: String!) {
    flagRecommendation(recommendationId: $recommendationId, reason: $reason, text: $text) {
      id
      recommendation {
        id
        viewerFlagged
      }
    }
  }
`);

const REASONS: FlagReason[] = ['NOT_FIRST_HAND', 'MISLEADING', 'PAID_OR_UNDISCLOSED', 'SPAM', 'OFFENSIVE', 'OTHER'];

export function FlagButton({ recommendationId, authorId, flagged }: { recommendationId: string; authorId: string; flagged: boolean }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<FlagReason>('MISLEADING');
  const [text, setText] = useState('');
  const [flag, state] = useMutation(FlagMutation);
  const reasonId = useId();
  const textId = useId();
  const hintId = useId();
  if (!me || me.id === authorId) return null;
  if (flagged) {
    return (
      <p className="muted small" role="status" data-testid="flagged">
        {open ? t('flags.sent') : t('flags.flagged')}
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="button link small" onClick={() => setOpen(true)} data-testid="flag-button">
        {t('flags.flag')}
      </button>
    );
  }
  return (
    <form
      className="form flag-form"
      aria-label={t('flags.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void flag({ variables: { recommendationId, reason, text: text.trim() } }).catch(() => {});
      }}
    >
      <div className="field">
        <label htmlFor={reasonId}>{t('flags.reason')}</label>
        <select id={reasonId} value={reason} onChange={(e) => setReason(e.target.value as FlagReason)}>
          {REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`flags.reasons.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={textId}>{t('flags.text')}</label>
        <textarea id={textId} aria-describedby={hintId} required minLength={10} maxLength={500} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        <small id={hintId} className="hint">
          {t('flags.textHint')}
        </small>
      </div>
      <SubmitOrCancel label={t('flags.send')} busy={state.loading} onCancel={() => setOpen(false)} />
      <FormError error={state.error} />
    </form>
  );
}
