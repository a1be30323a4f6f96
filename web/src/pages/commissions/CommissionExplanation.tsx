// How one commission share was computed, from the order's total and the product's rate to the
// pool, then the numbers the split used, and the sentence that reads them. The API writes the sentence in English; in Chinese it is put together here from the same
// integers (basis points and fen), so both languages say exactly the same thing.
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { BeneficiaryRole } from '../../gql/graphql';
import { formatBps, formatMoney, formatScore } from '../../lib/format';

export const CommissionExplanationFragment = graphql(`
  fragment CommissionExplanation_explanation on CommissionExplanation {
    orderTotalMinor
    commissionRateBps
    poolMinor
    trustAtConfirmation
    trustUsed
    trustFactorBps
    baseShareBps
    weightBps
    amountMinor
    estimated
    reversed
    text
  }
`);

export function CommissionExplanation(props: {
  explanation: FragmentType<typeof CommissionExplanationFragment>;
  role: BeneficiaryRole;
  currency: string;
}) {
  const { t, i18n } = useTranslation();
  const e = getFragmentData(CommissionExplanationFragment, props.explanation);
  const money = (minor: number) => formatMoney(minor, props.currency, i18n.language);
  const role = t(`commissions.role.${props.role}`);
  const sentence = i18n.language === 'en'
    ? e.text
    : t('commissions.sentence', {
        order: money(e.orderTotalMinor),
        rate: formatBps(e.commissionRateBps),
        pool: money(e.poolMinor),
        role,
        base: formatBps(e.baseShareBps),
        factor: formatBps(e.trustFactorBps),
        trust: formatScore(e.trustUsed),
        weight: formatBps(e.weightBps),
        amount: money(e.amountMinor),
        when: e.estimated ? t('commissions.whenEstimated') : e.trustAtConfirmation === null || e.trustAtConfirmation === undefined ? t('commissions.whenSale') : t('commissions.whenConfirmed'),
      }) + (e.reversed ? ` ${t('commissions.sentenceReversed')}` : '');
  return (
    <div className="explanation" data-testid="commission-explanation">
      <dl className="facts" aria-label={t('commissions.explanationLabel')}>
        <dt>{t('commissions.orderTotal')}</dt>
        <dd data-testid="order-total">{money(e.orderTotalMinor)}</dd>
        <dt>{t('commissions.rate')}</dt>
        <dd data-testid="commission-rate">{formatBps(e.commissionRateBps)}</dd>
        <dt>{t('commissions.pool')}</dt>
        <dd>{money(e.poolMinor)}</dd>
        {e.trustAtConfirmation !== null && e.trustAtConfirmation !== undefined ? (
          <>
            <dt>{t('commissions.trustAtConfirmation')}</dt>
            <dd data-testid="trust-at-confirmation">{formatScore(e.trustAtConfirmation)}</dd>
          </>
        ) : (
          <>
            <dt>{t('commissions.trustAtSale')}</dt>
            <dd>{formatScore(e.trustUsed)}</dd>
          </>
        )}
        <dt>{t('commissions.trustFactor')}</dt>
        <dd>{formatBps(e.trustFactorBps)}</dd>
        <dt>{t('commissions.baseShare', { role })}</dt>
        <dd>{formatBps(e.baseShareBps)}</dd>
        <dt>{t('commissions.weight')}</dt>
        <dd>{formatBps(e.weightBps)}</dd>
        <dt>{t('commissions.amount')}</dt>
        <dd>
          {money(e.amountMinor)}
          {e.estimated && <span className="tag">{t('commissions.estimate')}</span>}
          {e.reversed && <span className="tag status-reversed">{t('commissions.status.REVERSED')}</span>}
        </dd>
      </dl>
      <p className="sentence" data-testid="explanation-text">
        {sentence}
      </p>
    </div>
  );
}
