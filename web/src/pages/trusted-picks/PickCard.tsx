// One trusted pick: the product, and the reason it is one — how many recommenders with vouched
// trust (or whom the viewer trusts) recommend it, the best of them, and how it held up for buyers.
import { useTranslation } from 'react-i18next';
import type { TrustedPicksQuery as Data } from '../../gql/graphql';
import { ProductSummary } from '../../components/ProductSummary';
import { MemberBadge } from '../../components/MemberBadge';

type Pick = Data['trustedPicks']['edges'][number]['node'];

export function PickCard({ pick, personal }: { pick: Pick; personal: boolean }) {
  const { t } = useTranslation();
  const who = t(personal ? 'picks.recommendersYouTrust' : 'picks.trustedRecommenders', { count: pick.recommenderCount });
  const held = pick.judged === 0 ? t('picks.notJudged') : t('picks.heldUp', { heldUp: pick.heldUp, count: pick.judged });
  return (
    <article className="card pick" data-testid="pick">
      <ProductSummary product={pick.product} compact />
      <p className="pick-reason small" data-testid="pick-reason">
        {t('picks.reason', { who, held })}
      </p>
      <p className="pick-recommenders small muted">
        {t('picks.recommendedBy')}{' '}
        {pick.recommenders.map((m, i) => (
          <span key={m.id}>
            {i > 0 && t('circleDay.listSeparator')}
            <MemberBadge member={m} />
          </span>
        ))}
      </p>
    </article>
  );
}
