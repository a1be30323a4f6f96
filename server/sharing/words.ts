// The server's share texts (poster, link previews) come from the web app's own dictionaries, so
// a sentence is written once per language and the app's type check keeps the two in step.
import { en, type Messages } from '../../web/src/i18n/en';
import { zhCN } from '../../web/src/i18n/zh-CN';
import { errorLanguage, type ErrorLanguage } from '../error-translations';

export type ShareLanguage = ErrorLanguage;

export function wordsFor(language: ShareLanguage): Messages {
  return language === 'zh-CN' ? zhCN : en;
}

/** i18next's `{{name}}` placeholders, filled from plain values (no markup is ever produced here). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/**
 * The language of a shared page or image: `?lang=` when the link names one (a poster made in
 * Chinese stays Chinese for whoever opens it), else the request's Accept-Language, as for errors.
 */
export function shareLanguage(lang: unknown, acceptLanguage: string | undefined): ShareLanguage {
  if (lang === 'zh-CN' || lang === 'en') return lang;
  return errorLanguage(acceptLanguage);
}
