// "What your trust unlocks": the signed-in member's ladder of privileges, the next step to work
// towards first. Read from `myPrivileges`, which the server computes from the trust stored now,
// so a step a let-down closed shows closed at once.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { RequireSignIn } from '../../components/RequireSignIn';
import { ErrorState, Loading } from '../../components/States';
import { MeNav } from '../me/MeNav';
import { usePageTitle } from '../../lib/page-title';
import { PrivilegeStep } from './PrivilegeStep';

const MyPrivilegesQuery = graphql(`
  query MyPrivileges {
    myPrivileges {
      steps {
        privilege
        ...PrivilegeStep_standing
      }
      next {
        privilege
        progress
      }
    }
  }
`);

export default function PrivilegesPage() {
  const { t } = useTranslation();
  usePageTitle(t('privileges.title'));
  return (
    <>
      <h1>{t('privileges.title')}</h1>
      <RequireSignIn>
        <MeNav />
        <Ladder />
      </RequireSignIn>
    </>
  );
}

function Ladder() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyPrivilegesQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorState error={error} retry={refetch} />;
  const { steps, next } = data.myPrivileges;
  return (
    <>
      <p className="lede">
        {t('privileges.lede')} <Link to="/how-trust-works#rank-key">{t('howTrust.title')}</Link>
      </p>
      <p data-testid="privileges-next">
        <strong>{next ? t('privileges.next', { step: t(`privileges.step.${next.privilege}`) }) : t('privileges.allReached')}</strong>
      </p>
      <ol className="list privileges" data-testid="privileges">
        {steps.map((s) => (
          <PrivilegeStep key={s.privilege} standing={s} />
        ))}
      </ol>
    </>
  );
}
