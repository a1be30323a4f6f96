import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../lib/page-title';

export function NotFound({ what }: { what?: string }) {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <div className="state state-empty">
      <h1>{t('notFound.title')}</h1>
      <p>{what ?? t('notFound.text')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </div>
  );
}

export default function NotFoundPage() {
  return <NotFound />;
}
