// Words for a value that comes from the data (a category slug, a stored code): the translation
// when the messages have one, else what the caller falls back to, never a missing-key marker.
import { useTranslation } from 'react-i18next';

export function useKnownWords(): (key: string, fallback: string) => string {
  const { t, i18n } = useTranslation();
  return (key, fallback) => (i18n.exists(key) ? (t(key as never) as string) : fallback);
}
