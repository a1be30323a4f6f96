// A rank's movement since the previous daily snapshot: ▲3, ▼1, – (unchanged or no snapshot yet)
// or "new" (not on the board in the earlier snapshot; a new member is a "newcomer", TrustScore).
import { useTranslation } from 'react-i18next';

export function Movement({ movement, hasSnapshot }: { movement: number | null | undefined; hasSnapshot: boolean }) {
  const { t } = useTranslation();
  if (movement === null || movement === undefined) {
    return hasSnapshot ? (
      <span className="movement movement-new" data-testid="movement" title={t('movement.newLabel')} aria-label={t('movement.newLabel')}>
        {t('movement.new')}
      </span>
    ) : (
      <span className="movement movement-none" data-testid="movement" aria-label={t('movement.noneLabel')}>
        –
      </span>
    );
  }
  if (movement > 0)
    return (
      <span className="movement movement-up" data-testid="movement" aria-label={t('movement.up', { count: movement })}>
        ▲{movement}
      </span>
    );
  if (movement < 0)
    return (
      <span className="movement movement-down" data-testid="movement" aria-label={t('movement.down', { count: -movement })}>
        ▼{-movement}
      </span>
    );
  return (
    <span className="movement movement-none" data-testid="movement" aria-label={t('movement.same')}>
      –
    </span>
  );
}
