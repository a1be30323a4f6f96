// A trust score with the confidence behind it: "72.4" over a bar whose fill is the confidence,
// and the words for both, so neither colour nor bar is needed to read it. A score that rests only
// on unvouched accounts says so: it is not a standing, and ranks nowhere. With `help` (a member's
// page) each word carries its "?" explaining it; in lists the board's legend does that once.
import { useTranslation } from 'react-i18next';
import { Help } from './Help';
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

export function TrustScore(props: { trust: FragmentType<typeof TrustScoreFragment>; large?: boolean; help?: boolean }) {
  const { t } = useTranslation();
  const trust = getFragmentData(TrustScoreFragment, props.trust);
  return (
    <span className={props.large ? 'trust trust-large' : 'trust'} data-testid="trust-score">
      <span className="trust-line">
        <strong className="trust-score" aria-label={t('trust.scoreLabel', { score: formatScore(trust.score) })}>
          {formatScore(trust.score)}
        </strong>
        {trust.isNew && <span className="tag tag-new">{t('trust.new')}</span>}
        {trust.isNew && props.help && <Help topic="newcomer" />}
        {!trust.vouched && (
          <span className="tag tag-unvouched" title={t('trust.unvouchedHint')} data-testid="trust-unvouched">
            {t('trust.unvouched')}
          </span>
        )}
        {!trust.vouched && props.help && <Help topic="unvouched" />}
      </span>
      <span className="confidence">
        <span className="confidence-bar" aria-hidden="true">
          <span style={{ width: `${Math.round(trust.confidence * 100)}%` }} />
        </span>
        <span className="confidence-text">
          {t('trust.confidence', { value: formatConfidence(trust.confidence) })}
          {props.help && <Help topic="confidence" />}
        </span>
      </span>
    </span>
  );
}
