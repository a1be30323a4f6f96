// A trust score with the confidence behind it: "72.4" over a bar whose fill is the confidence,
// and the words for both, so neither colour nor bar is needed to read it. A score that rests only
// on unvouched accounts says so: it is not a standing, and ranks nowhere.
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatConfidence, formatScore } from '../lib/format';

export const TrustScoreFragment = graphql(`
  fragment TrustScore_trust on Trust {
    score
    confidence
    isNew
    vouched
  }
`);

export function TrustScore(props: { trust: FragmentType<typeof TrustScoreFragment>; large?: boolean }) {
  const { t } = useTranslation();
  const trust = getFragmentData(TrustScoreFragment, props.trust);
  return (
    <span className={props.large ? 'trust trust-large' : 'trust'} data-testid="trust-score">
      <span className="trust-line">
        <strong className="trust-score" aria-label={t('trust.scoreLabel', { score: formatScore(trust.score) })}>
          {formatScore(trust.score)}
        </strong>
        {trust.isNew && <span className="tag tag-new">{t('trust.new')}</span>}
        {!trust.vouched && (
          <span className="tag tag-unvouched" title={t('trust.unvouchedHint')} data-testid="trust-unvouched">
            {t('trust.unvouched')}
          </span>
        )}
      </span>
      <span className="confidence">
        <span className="confidence-bar" aria-hidden="true">
          <span style={{ width: `${Math.round(trust.confidence * 100)}%` }} />
        </span>
        <span className="confidence-text">{t('trust.confidence', { value: formatConfidence(trust.confidence) })}</span>
      </span>
    </span>
  );
}
