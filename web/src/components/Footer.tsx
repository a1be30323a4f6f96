// The foot of every page: where to read how trust works (the top bar has no room left on a phone).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="footer">
      <nav aria-label={t('footer.label')}>
        <Link to="/how-trust-works" data-testid="footer-how-trust">
          {t('footer.howTrust')}
        </Link>
      </nav>
    </footer>
  );
}
