// Typed translation keys: t('leaderboard.title') is checked against the English dictionary.
import type { en } from './en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
