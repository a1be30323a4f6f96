// How far a group is: counted buyers over the target as a bar, with the first joiners' faces,
// and the tiers with the one reached marked and its price.
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../components/photos/Avatar';
import { formatBps, formatMoney } from '../../lib/format';
import type { GroupBuyPageQuery } from '../../gql/graphql';

type Group = NonNullable<GroupBuyPageQuery['groupBuy']>;

export function GroupProgress({ group }: { group: Group }) {
  const { t, i18n } = useTranslation();
  const percent = Math.min(100, Math.round((group.countedBuyers / group.targetBuyers) * 100));
  const reached = [...group.tiers].reverse().find((tier) => group.countedBuyers >= tier.minBuyers);
  return (
    <>
      <div className="group-progress" data-testid="group-progress">
        <p>
          <strong>{t('groupBuy.progress', { counted: group.countedBuyers, target: group.targetBuyers })}</strong>
          {group.joinedMembers > group.countedBuyers && <span className="muted small"> {t('groupBuy.uncounted', { n: group.joinedMembers - group.countedBuyers })}</span>}
        </p>
        <div className="confidence-bar group-bar" role="progressbar" aria-valuemin={0} aria-valuemax={group.targetBuyers} aria-valuenow={group.countedBuyers}>
          <span style={{ width: `${percent}%` }} />
        </div>
        <ul className="group-joiners" aria-label={t('groupBuy.joiners')}>
          {group.joiners.map((m) => (
            <li key={m.id} title={m.displayName}>
              <Avatar member={m} size={32} alt={m.displayName} />
            </li>
          ))}
        </ul>
      </div>
      <table className="group-tiers" data-testid="group-tiers">
        <caption>{t('groupBuy.tiers')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('groupBuy.tierBuyers')}</th>
            <th scope="col">{t('groupBuy.tierDiscount')}</th>
            <th scope="col">{t('groupBuy.tierPrice')}</th>
          </tr>
        </thead>
        <tbody>
          {group.tiers.map((tier) => (
            <tr key={tier.minBuyers} className={tier === reached ? 'tier-reached' : undefined}>
              <td>{t('groupBuy.tierAtLeast', { n: tier.minBuyers })}</td>
              <td>−{formatBps(tier.discountBps)}</td>
              <td>
                {formatMoney(tier.unitPriceMinor, group.currency, i18n.language)}
                {tier === reached && <span className="tag"> {t('groupBuy.reached')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
