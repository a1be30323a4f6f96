// The one search box, in the top bar: members and products, by any part of a name, in Chinese
// or English. Submitting opens the search page (/search?q=…), where the results are grouped; the
// box follows the URL, so it shows what the page is showing (and clears when you leave it).
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

/** The longest text the API searches for. */
export const MAX_SEARCH_LENGTH = 100;

export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const inputId = useId();
  const shown = pathname === '/search' ? (new URLSearchParams(search).get('q') ?? '') : '';
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const q = text.trim();
    if (!q) return;
    void navigate(`/search?q=${encodeURIComponent(q)}`);
  };

  return (
    <form className="search topbar-search" role="search" aria-label={t('search.label')} onSubmit={onSubmit}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={inputId}
        type="search"
        name="q"
        value={text}
        maxLength={MAX_SEARCH_LENGTH}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        enterKeyHint="search"
        data-testid="search-box"
      />
      <button type="submit" className="button secondary small">
        {t('search.go')}
      </button>
    </form>
  );
}
