// 1–5 stars, read out as words.
import { useTranslation } from 'react-i18next';

export function Stars({ stars }: { stars: number }) {
  const { t } = useTranslation();
  return (
    <span className="stars" role="img" aria-label={t('stars.label', { count: stars })}>
      {'★'.repeat(stars)}
      <span className="stars-off">{'★'.repeat(5 - stars)}</span>
    </span>
  );
}
