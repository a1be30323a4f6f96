// What a fraud flag is drawn from, so an admin decides on evidence rather than on a label: the
// pattern (who rated whom, how often, how it came out) and, under it, each order with its verdict.
// The API gives the verdicts and refunds as they stood when the flag was raised.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatDateTime } from '../../lib/format';

export const FlagEvidenceFragment = graphql(`
  fragment FlagEvidence_flag on FraudFlag {
    evidence {
      orderId
      outcome
      stars
      at
      product {
        id
        title
      }
      rater {
        id
        handle
      }
      recommender {
        id
        handle
      }
    }
  }
`);

interface Edge {
  rater: string;
  recommender: string;
  heldUp: number;
  letDown: number;
}

export function FlagEvidence(props: { flag: FragmentType<typeof FlagEvidenceFragment> }) {
  const { t, i18n } = useTranslation();
  const { evidence } = getFragmentData(FlagEvidenceFragment, props.flag);
  if (evidence.length === 0) return <p className="muted small">{t('fraud.noEvidence')}</p>;
  // The pattern: one line per rater → recommender, in the order they first appear.
  const edges = new Map<string, Edge>();
  for (const e of evidence) {
    const key = `${e.rater.handle}>${e.recommender.handle}`;
    const edge = edges.get(key) ?? { rater: e.rater.handle, recommender: e.recommender.handle, heldUp: 0, letDown: 0 };
    if (e.outcome === 'HELD_UP') edge.heldUp += 1;
    else edge.letDown += 1;
    edges.set(key, edge);
  }
  return (
    <div className="evidence" data-testid="flag-evidence">
      <p className="small">{t('fraud.pattern')}:</p>
      <ul className="pattern" data-testid="flag-pattern">
        {[...edges.values()].map((edge) => (
          <li key={`${edge.rater}>${edge.recommender}`}>
            @{edge.rater} → @{edge.recommender}: {t('fraud.edge', { count: edge.heldUp + edge.letDown, heldUp: edge.heldUp, letDown: edge.letDown })}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('fraud.orders', { count: evidence.length })}</summary>
        <ul className="evidence-orders">
          {evidence.map((e) => (
            <li key={e.orderId} data-testid="flag-evidence-order">
              <Link to={`/p/${e.product.id}`}>{e.product.title}</Link> · @{e.rater.handle} → @{e.recommender.handle} ·{' '}
              <strong>{t(`fraud.outcome.${e.outcome}`)}</strong>
              {e.stars !== null && e.stars !== undefined && <> {t('fraud.stars', { count: e.stars })}</>} ·{' '}
              <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
