// A newcomer's first steps on "me": buy through a recommendation → confirm receipt → say whether
// it held up → recommend what you received. Each tick is read from the API (Member.firstSteps),
// i.e. from what the member really did; the panel goes once every step is done, or when put away.
import { useEffect, useRef } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { FormError } from '../../components/States';

const FirstStepsQuery = graphql(`
  query FirstSteps {
    me {
      id
      firstSteps {
        boughtThroughRecommendation
        received
        rated
        recommended
        dismissed
        done
      }
    }
  }
`);

// What this page's own actions change (an order delivered, a verdict, a recommendation), read
// from the cache only: when the page's lists change, the steps are asked for again.
const StepsWatchQuery = graphql(`
  query FirstStepsWatch($handle: String!) {
    myOrders(first: 10) {
      edges {
        node {
          id
          status
          feedback {
            id
          }
        }
      }
    }
    memberRecommendations(handle: $handle, first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const DismissMutation = graphql(`
  mutation DismissFirstSteps {
    dismissFirstSteps {
      id
      firstSteps {
        dismissed
      }
    }
  }
`);

export function FirstSteps({ handle }: { handle: string }) {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(FirstStepsQuery, { fetchPolicy: 'cache-and-network' });
  const watched = useQuery(StepsWatchQuery, { variables: { handle }, fetchPolicy: 'cache-only' });
  const [dismiss, dismissing] = useMutation(DismissMutation);
  const seen = useRef<string | undefined>(undefined);
  const signature = watched.data ? JSON.stringify(watched.data) : undefined;
  useEffect(() => {
    if (signature === undefined) return;
    if (seen.current !== undefined && seen.current !== signature) void refetch();
    seen.current = signature;
  }, [signature, refetch]);

  const steps = data?.me?.firstSteps;
  if (!steps || steps.done || steps.dismissed) return null;
  const items = [
    { key: 'buy', done: steps.boughtThroughRecommendation, action: <Link to="/">{t('firstSteps.buyAction')}</Link> },
    { key: 'receive', done: steps.received },
    { key: 'rate', done: steps.rated },
    { key: 'recommend', done: steps.recommended },
  ] as const;
  return (
    <section className="panel first-steps" aria-labelledby="first-steps-title" data-testid="first-steps">
      <h2 id="first-steps-title">{t('firstSteps.title')}</h2>
      <p className="muted small">{t('firstSteps.lede')}</p>
      <ol className="steps" aria-label={t('firstSteps.listLabel')}>
        {items.map((item) => (
          <li key={item.key} className={item.done ? 'step step-done' : 'step'} data-testid={`step-${item.key}`} data-done={item.done}>
            <span className="step-mark" aria-hidden="true">
              {item.done ? '✓' : '○'}
            </span>
            <span>
              {t(`firstSteps.${item.key}`)} <span className="visually-hidden">({item.done ? t('firstSteps.done') : t('firstSteps.todo')})</span>
              {!item.done && 'action' in item && <> · {item.action}</>}
            </span>
          </li>
        ))}
      </ol>
      <div className="row">
        <Link to="/how-trust-works">{t('firstSteps.learn')}</Link>
        <button type="button" className="button link" disabled={dismissing.loading} onClick={() => void dismiss().catch(() => {})}>
          {t('firstSteps.dismiss')}
        </button>
      </div>
      <FormError error={dismissing.error} />
    </section>
  );
}
