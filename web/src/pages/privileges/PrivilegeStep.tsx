// One step of the ladder: what it opens, whether it is open, what it needs against what the
// member has, and a bar of the progress towards it.
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatDate } from '../../lib/format';

export const PrivilegeStepFragment = graphql(`
  fragment PrivilegeStep_standing on PrivilegeStanding {
    privilege
    unlocked
    rankKeyNeeded
    confidenceNeeded
    rankKey
    confidence
    progress
    suspendedUntil
  }
`);

const fixed = (n: number, digits: number) => n.toFixed(digits);

export function PrivilegeStep(props: { standing: FragmentType<typeof PrivilegeStepFragment> }) {
  const { t, i18n } = useTranslation();
  const s = getFragmentData(PrivilegeStepFragment, props.standing);
  const name = t(`privileges.step.${s.privilege}`);
  const state = s.unlocked ? 'unlocked' : s.suspendedUntil ? 'suspended' : 'locked';
  return (
    <li className="card privilege" data-testid="privilege" data-privilege={s.privilege} data-state={state}>
      <p className="order-head">
        <strong>{name}</strong>{' '}
        <span className={`tag ${s.unlocked ? 'status-delivered' : 'status-placed'}`}>{s.unlocked ? t('privileges.unlocked') : t('privileges.locked')}</span>
      </p>
      <p className="small">{t(`privileges.why.${s.privilege}`)}</p>
      {s.suspendedUntil && (
        <p className="notice" role="status">
          {t('privileges.suspended', { date: formatDate(s.suspendedUntil, i18n.language) })}
        </p>
      )}
      <p className="muted small">
        {s.rankKeyNeeded > 0
          ? t('privileges.needs', { rankKey: fixed(s.rankKeyNeeded, 1), confidence: fixed(s.confidenceNeeded, 2) })
          : t('privileges.needsVouched')}
        {' · '}
        {t('privileges.yours', { rankKey: fixed(s.rankKey, 1), confidence: fixed(s.confidence, 2) })}
      </p>
      <progress className="privilege-progress" max={1} value={s.progress} aria-label={t('privileges.progress', { step: name })} />
    </li>
  );
}
