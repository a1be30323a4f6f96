// One fraud flag: what was detected, when and by what, the flagged members, the evidence the
// pattern is drawn from, the commissions it holds, and the admin's decision — "uphold" (the
// pattern is real: the holds stay) or "clear" (the holds are lifted), each with a required note.
// An upheld flag can still be cleared on an appeal. Each mutation returns the flag, so the
// normalised cache updates it wherever it is shown.
import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useKnownWords } from '../../lib/known-words';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { MemberBadge } from '../../components/MemberBadge';
import { FormError } from '../../components/States';
import { formatDateTime } from '../../lib/format';
import { FlagEvidence } from './FlagEvidence';

export const FraudFlagItemFragment = graphql(`
  fragment FraudFlagItem_flag on FraudFlag {
    id
    kind
    status
    createdAt
    raisedBy
    heldCommissionCount
    groupBuy {
      id
      joinedMembers
      product {
        id
        title
      }
    }
    clearedAt
    upheldAt
    note
    clearedBy {
      id
      ...MemberBadge_member
    }
    upheldBy {
      id
      ...MemberBadge_member
    }
    ...FlagEvidence_flag
    members {
      id
      ...MemberBadge_member
    }
  }
`);

const ClearFraudFlagMutation = graphql(`
  mutation ClearFraudFlag($id: ID!, $note: String!) {
    clearFraudFlag(id: $id, note: $note) {
      releasedCommissions
      flag {
        id
        ...FraudFlagItem_flag
      }
    }
  }
`);

const UpholdFraudFlagMutation = graphql(`
  mutation UpholdFraudFlag($id: ID!, $note: String!) {
    upholdFraudFlag(id: $id, note: $note) {
      flag {
        id
        ...FraudFlagItem_flag
      }
    }
  }
`);

type Decision = 'clear' | 'uphold';

export function FraudFlagItem(props: { flag: FragmentType<typeof FraudFlagItemFragment> }) {
  const { t, i18n } = useTranslation();
  const words = useKnownWords();
  const flag = getFragmentData(FraudFlagItemFragment, props.flag);
  const noteId = useId();
  const hintId = useId();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [note, setNote] = useState('');
  const [released, setReleased] = useState<number | null>(null);
  const [clear, clearState] = useMutation(ClearFraudFlagMutation);
  const [uphold, upholdState] = useMutation(UpholdFraudFlagMutation);
  const at = (iso: string) => formatDateTime(iso, i18n.language);
  // Stored codes read as words; a code this app has no words for yet shows as stored.
  const kind = words(`fraud.kind.${flag.kind}`, flag.kind);
  const raiser = flag.raisedBy && words(`fraud.raisers.${flag.raisedBy}`, flag.raisedBy);

  const onDecide = async () => {
    const variables = { id: flag.id, note: note.trim() };
    if (deciding === 'uphold') {
      if ((await uphold({ variables })).data) setDeciding(null);
      return;
    }
    const result = await clear({ variables });
    if (result.data) {
      setReleased(result.data.clearFraudFlag.releasedCommissions);
      setDeciding(null);
    }
  };
  const decidable = flag.status !== 'CLEARED';

  return (
    <li className="card" data-testid="fraud-flag" data-flag-id={flag.id} data-status={flag.status}>
      <p className="order-head">
        <strong>{kind}</strong>{' '}
        <span className={`tag status-${flag.status.toLowerCase()}`} data-testid="flag-status">
          {t(`fraud.status.${flag.status}`)}
        </span>{' '}
        {decidable && flag.heldCommissionCount > 0 && <span className="tag">{t('fraud.held', { count: flag.heldCommissionCount })}</span>}
      </p>
      <p className="muted small">
        {t('fraud.raised', { date: at(flag.createdAt) })}
        {raiser && <> {t('fraud.raisedBy', { by: raiser })}</>}
      </p>
      {flag.groupBuy && (
        <p className="small" data-testid="flag-group">
          {t('fraud.groupReason', {
            product: flag.groupBuy.product.title,
            // The flag names the leader and the tied joiners.
            tied: Math.max(0, flag.members.length - 1),
            joiners: flag.groupBuy.joinedMembers,
          })}{' '}
          <Link to={`/g/${flag.groupBuy.id}`}>{t('fraud.openGroup')}</Link>
        </p>
      )}
      <p className="small">{t('fraud.members')}:</p>
      <ul className="flagged">
        {flag.members.map((m) => (
          <li key={m.id}>
            <MemberBadge member={m} />
          </li>
        ))}
      </ul>
      <FlagEvidence flag={flag} />
      {flag.upheldAt && (
        <p className="muted small" data-testid="flag-upheld">
          {t('fraud.upheldAt', { date: at(flag.upheldAt) })} {flag.upheldBy && <MemberBadge member={flag.upheldBy} />}
          {flag.status === 'UPHELD' && flag.note && <> — “{flag.note}”</>}
        </p>
      )}
      {flag.status === 'CLEARED' && flag.clearedAt && (
        <p className="muted small">
          {t('fraud.clearedAt', { date: at(flag.clearedAt) })} {flag.clearedBy && <MemberBadge member={flag.clearedBy} />}
          {flag.note && <> — “{flag.note}”</>}
        </p>
      )}
      {/* A cleared flag holds nothing itself: what still waits is held by another open flag on one of these members. */}
      {flag.status === 'CLEARED' && flag.heldCommissionCount > 0 && (
        <p className="muted small" data-testid="flag-still-held">
          {t('fraud.stillHeld', { count: flag.heldCommissionCount })}
        </p>
      )}
      {released !== null && (
        <p className="notice success" role="status" data-testid="flag-released">
          {t('fraud.released', { count: released })}
        </p>
      )}
      {decidable && !deciding && (
        <div className="card-actions">
          {flag.status === 'OPEN' && (
            <button type="button" className="button" onClick={() => setDeciding('uphold')}>
              {t('fraud.uphold')}
            </button>
          )}
          <button type="button" className="button secondary" onClick={() => setDeciding('clear')}>
            {t('fraud.clear')}
          </button>
        </div>
      )}
      {decidable && deciding && (
        <form
          className="form"
          aria-label={deciding === 'uphold' ? t('fraud.uphold') : t('fraud.clear')}
          onSubmit={(e) => {
            e.preventDefault();
            void onDecide().catch(() => {});
          }}
        >
          <div className="field">
            <label htmlFor={noteId}>{deciding === 'uphold' ? t('fraud.upholdNote') : t('fraud.note')}</label>
            <textarea id={noteId} aria-describedby={hintId} required minLength={3} maxLength={500} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
            <small id={hintId} className="hint">
              {t('fraud.noteHint')}
            </small>
          </div>
          <div className="row">
            <button type="submit" className="button" disabled={clearState.loading || upholdState.loading}>
              {deciding === 'uphold' ? t('fraud.confirmUphold') : t('fraud.confirmClear')}
            </button>
            <button type="button" className="button secondary" onClick={() => setDeciding(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      <FormError error={clearState.error ?? upholdState.error} />
    </li>
  );
}
