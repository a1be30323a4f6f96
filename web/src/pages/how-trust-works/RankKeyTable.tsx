// Records of vouched verdicts and what the trust model makes of them, as the server computes
// them: the table that shows why a lucky streak of 3 ranks below 95 good of 100.
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatConfidence, formatScore } from '../../lib/format';

export const RankKeyTableFragment = graphql(`
  fragment RankKeyTable_model on TrustModel {
    examples {
      heldUp
      letDown
      score
      confidence
      rankKey
    }
  }
`);

export function RankKeyTable(props: { model: FragmentType<typeof RankKeyTableFragment> }) {
  const { t } = useTranslation();
  const { examples } = getFragmentData(RankKeyTableFragment, props.model);
  const streak = examples.find((e) => e.heldUp === 3 && e.letDown === 0);
  const long = examples.find((e) => e.heldUp === 95);
  return (
    <>
      <div className="table-wrap">
        <table className="table" data-testid="rank-key-table">
          <caption className="muted small">{t('howTrust.rankKey.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('howTrust.rankKey.record')}</th>
              <th scope="col">{t('howTrust.rankKey.score')}</th>
              <th scope="col">{t('howTrust.rankKey.confidence')}</th>
              <th scope="col">{t('howTrust.rankKey.rankKey')}</th>
            </tr>
          </thead>
          <tbody>
            {examples.map((e) => (
              <tr key={`${e.heldUp}-${e.letDown}`}>
                <th scope="row">{t('howTrust.rankKey.recordValue', { heldUp: e.heldUp, letDown: e.letDown })}</th>
                <td>{formatScore(e.score)}</td>
                <td>{formatConfidence(e.confidence)}</td>
                <td>
                  <strong>{formatScore(e.rankKey)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {streak && long && (
        <p data-testid="rank-key-compare">{t('howTrust.rankKey.compare', { streak: formatScore(streak.rankKey), long: formatScore(long.rankKey) })}</p>
      )}
    </>
  );
}
