// One commission in my list: the product, my share and where the commission is in its life,
// with the computation behind my share one click away (a <details>, so it is keyboard-usable
// and needs no state). A held commission says why (which kind of fraud flag, and whether it
// names me or the sale's other beneficiary) and since when; a reversed one says so instead of
// "estimate", with the refund that reversed it and what that means for me.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { CommissionExplanation } from './CommissionExplanation';
import { HoldReasons } from './HoldReasons';

export const CommissionItemFragment = graphql(`
  fragment CommissionItem_commission on Commission {
    id
    status
    currency
    openedAt
    deliveredAt
    confirmableAt
    confirmedAt
    paidAt
    reversedAt
    reversedFrom
    onHold
    ...HoldReasons_commission
    product {
      id
      title
    }
    myShare {
      role
      amountMinor
      estimated
    }
    explanation {
      ...CommissionExplanation_explanation
    }
  }
`);

export function CommissionItem(props: { commission: FragmentType<typeof CommissionItemFragment> }) {
  const { t, i18n } = useTranslation();
  const c = getFragmentData(CommissionItemFragment, props.commission);
  const lang = i18n.language;
  const share = c.myShare;
  const reversed = c.status === 'REVERSED';
  return (
    <li className="card commission" data-testid="commission" data-commission-id={c.id} data-status={c.status} data-on-hold={c.onHold || undefined}>
      <p className="order-head">
        <Link to={`/p/${c.product.id}`}>{c.product.title}</Link>{' '}
        {share && (
          <strong data-testid="commission-amount" className={reversed ? 'struck' : undefined}>
            {formatMoney(share.amountMinor, c.currency, lang)}
          </strong>
        )}{' '}
        <span className={`tag status-${c.status.toLowerCase()}`} data-testid="commission-status">
          {t(`commissions.status.${c.status}`)}
        </span>
        {c.onHold && <span className="tag status-held">{t('commissions.heldTag')}</span>}
        {share?.estimated && <span className="tag">{t('commissions.estimate')}</span>}
      </p>
      <p className="muted small">
        {t('commissions.sale', { date: formatDate(c.openedAt, lang) })}
        {share && <> · {t(`commissions.role.${share.role}`)}</>} · <Lifecycle c={c} />
      </p>
      {c.onHold && <HoldReasons commission={c} />}
      {share && c.explanation && (
        <details className="explain">
          <summary>{t('commissions.explain')}</summary>
          <CommissionExplanation explanation={c.explanation} role={share.role} currency={c.currency} />
        </details>
      )}
    </li>
  );
}

interface LifecycleFacts {
  status: string;
  onHold: boolean;
  confirmableAt?: string | null;
  confirmedAt?: string | null;
  paidAt?: string | null;
  reversedAt?: string | null;
  reversedFrom?: string | null;
}

function Lifecycle({ c }: { c: LifecycleFacts }) {
  const { t, i18n } = useTranslation();
  const at = (iso: string) => formatDateTime(iso, i18n.language);
  if (c.reversedAt) {
    // Why and when, and what it leaves: a paid share is owed back, an unpaid one is simply not owed.
    const outcome = c.reversedFrom === 'PAID' ? t('commissions.reversedOwedBack') : t('commissions.reversedNotOwed');
    return <span data-testid="commission-reversed">{t('commissions.reversedAt', { date: at(c.reversedAt) })} {outcome}</span>;
  }
  if (c.paidAt) return <>{t('commissions.paidAt', { date: at(c.paidAt) })}</>;
  if (c.confirmedAt) return <>{t('commissions.confirmedAt', { date: at(c.confirmedAt) })}</>;
  if (c.onHold) return <>{t('commissions.onHold')}</>;
  if (c.confirmableAt) return <>{t('commissions.confirmableAt', { date: at(c.confirmableAt) })}</>;
  return <>{t('commissions.awaitingDelivery')}</>;
}
