// English and Simplified Chinese. The choice is remembered in localStorage; without one the
// browser's language decides. <html lang> follows, so screen readers and fonts pick it up.
// English ships with the app (it is also the fallback for any missing key); Chinese is its own
// chunk, fetched only when it is the language in use, so an English visitor never pays for it.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import './types';
import { en } from './en';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'trustline.language';

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'zh-CN') return stored;
  } catch {
    // Storage can be unavailable (private mode); the browser's language still works.
  }
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Makes a language's messages available; English is always there. */
async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return;
  const { zhCN } = await import('./zh-CN');
  i18n.addResourceBundle(language, 'translation', zhCN);
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but still switched for this page.
  }
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/**
 * Starts i18next in the remembered (or the browser's) language, once its messages are here.
 * Synchronous initialisation: the first render already has every string, so nothing suspends.
 */
export async function startI18n(): Promise<void> {
  const language = initialLanguage();
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  if (language !== 'en') {
    try {
      await loadLanguage(language);
      await i18n.changeLanguage(language);
    } catch {
      // The chunk did not load (offline, a new release): English still works.
    }
  }
  document.documentElement.lang = i18n.language;
}

export default i18n;
