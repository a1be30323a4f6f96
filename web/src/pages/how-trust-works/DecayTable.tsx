// What a verdict still counts after some days: the half-life at work, computed by the server.
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';

export const DecayTableFragment = graphql(`
  fragment DecayTable_model on TrustModel {
    decay {
      days
      weight
    }
  }
`);

export function DecayTable(props: { model: FragmentType<typeof DecayTableFragment> }) {
  const { t } = useTranslation();
  const { decay } = getFragmentData(DecayTableFragment, props.model);
  return (
    <div className="table-wrap">
      <table className="table" data-testid="decay-table">
        <caption className="muted small">{t('howTrust.decay.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('howTrust.decay.after')}</th>
            <th scope="col">{t('howTrust.decay.counts')}</th>
          </tr>
        </thead>
        <tbody>
          {decay.map((step) => (
            <tr key={step.days}>
              <th scope="row">{t('howTrust.decay.days', { count: step.days })}</th>
              <td>{Math.round(step.weight * 100)} %</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
