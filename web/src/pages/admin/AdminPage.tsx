// Admin: find a member by handle, then mark them verified (a founding member, the pre-trusted
// seed trust flows from) or grant the supplier role. The API has no member listing, so lookup
// is by exact handle. Below it, the fraud flags to review (FraudFlags), and the review items
// raised by community flags (FlagReviews).
import { useId, useState, type FormEvent } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { MemberBadge } from '../../components/MemberBadge';
import { RequireSignIn } from '../../components/RequireSignIn';
import { Empty, FormError, Loading } from '../../components/States';
import { TrustScore } from '../../components/TrustScore';
import { FraudFlags } from './FraudFlags';
import { FlagReviews } from './FlagReviews';
import { usePageTitle } from '../../lib/page-title';

const AdminMemberQuery = graphql(`
  query AdminMember($handle: String!) {
    member(handle: $handle) {
      id
      email
      roles
      verified
      ...MemberBadge_member
      trust {
        ...TrustScore_trust
      }
    }
  }
`);

const SetVerifiedMutation = graphql(`
  mutation SetMemberVerified($memberId: ID!, $verified: Boolean!) {
    setMemberVerified(memberId: $memberId, verified: $verified) {
      id
      verified
      trust {
        ...TrustScore_trust
      }
    }
  }
`);

const SetSupplierMutation = graphql(`
  mutation SetSupplier($memberId: ID!, $supplier: Boolean!) {
    setSupplier(memberId: $memberId, supplier: $supplier) {
      id
      roles
    }
  }
`);

export default function AdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.title'));
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <RequireSignIn role="ADMIN">
        <MemberAdmin />
        <section aria-labelledby="admin-flags-title">
          <h2 id="admin-flags-title">{t('fraud.title')}</h2>
          <FraudFlags />
        </section>
        <section aria-labelledby="admin-community-flags-title">
          <h2 id="admin-community-flags-title">{t('flags.reviews.title')}</h2>
          <FlagReviews />
        </section>
      </RequireSignIn>
    </>
  );
}

function MemberAdmin() {
  const { t } = useTranslation();
  const inputId = useId();
  const [handle, setHandle] = useState('');
  const [find, { data, loading, error, called }] = useLazyQuery(AdminMemberQuery, { fetchPolicy: 'network-only' });
  const [setVerified, verifiedState] = useMutation(SetVerifiedMutation);
  const [setSupplier, supplierState] = useMutation(SetSupplierMutation);
  const member = data?.member;

  const onFind = (e: FormEvent) => {
    e.preventDefault();
    const h = handle.trim().replace(/^@/, '');
    if (h) void find({ variables: { handle: h } }).catch(() => {});
  };

  return (
    <section aria-labelledby="admin-members-title">
      <h2 id="admin-members-title">{t('admin.members')}</h2>
      <form className="search" role="search" onSubmit={onFind}>
        <label htmlFor={inputId}>{t('admin.findLabel')}</label>
        <input id={inputId} value={handle} onChange={(e) => setHandle(e.target.value)} autoComplete="off" />
        <button type="submit" className="button secondary">
          {t('search.go')}
        </button>
      </form>
      {loading && <Loading />}
      <FormError error={error} />
      {called && !loading && data && !member && <Empty>{t('search.noMember', { handle })}</Empty>}
      {member && (
        <article className="card" data-testid="admin-member">
          <header className="card-head">
            <MemberBadge member={member} />
            <TrustScore trust={member.trust} />
          </header>
          <p className="muted small">
            {member.email} · {member.roles.join(', ')}
          </p>
          <div className="card-actions">
            <button type="button" className="button" disabled={verifiedState.loading} onClick={() => void setVerified({ variables: { memberId: member.id, verified: !member.verified } }).catch(() => {})}>
              {member.verified ? t('admin.unverify') : t('admin.verify')}
            </button>
            <button type="button" className="button secondary" disabled={supplierState.loading} onClick={() => void setSupplier({ variables: { memberId: member.id, supplier: !member.roles.includes('SUPPLIER') } }).catch(() => {})}>
              {member.roles.includes('SUPPLIER') ? t('admin.revokeSupplier') : t('admin.grantSupplier')}
            </button>
          </div>
          <FormError error={verifiedState.error ?? supplierState.error} />
        </article>
      )}
    </section>
  );
}
