// "Under review": a small mark beside a member an open fraud flag names. The API answers it to
// admins only (null for anyone else), so only an admin ever sees the mark: an automatic
// detector's suspicion is not a public verdict (docs/security.md, "Fraud review").
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../gql';

export const UnderReviewMarkFragment = graphql(`
  fragment UnderReviewMark_member on Member {
    underReview
  }
`);

export function UnderReviewMark(props: { member: FragmentType<typeof UnderReviewMarkFragment> }) {
  const { t } = useTranslation();
  const member = getFragmentData(UnderReviewMarkFragment, props.member);
  if (!member.underReview) return null;
  return (
    <span className="tag under-review" data-testid="under-review" title={t('fraud.underReviewHint')}>
      {t('fraud.underReview')}
    </span>
  );
}
