// The leaderboard's tabs (a WAI-ARIA tablist: arrow keys move between tabs) and its category
// picker, filled from the categories that have products.
import { useId, useRef, type KeyboardEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { LeaderboardScope } from '../gql/graphql';
import { FormError } from './States';
import { useCategoryName } from '../lib/category';

export const CategoriesQuery = graphql(`
  query Categories {
    categories {
      category
      productCount
    }
  }
`);

export function BoardTabs({ scope, signedIn, onChoose }: { scope: LeaderboardScope; signedIn: boolean; onChoose: (s: LeaderboardScope) => void }) {
  const { t } = useTranslation();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const tabs: { scope: LeaderboardScope; label: string }[] = [
    { scope: 'GLOBAL', label: t('leaderboard.tabGlobal') },
    { scope: 'CATEGORY', label: t('leaderboard.tabCategory') },
    ...(signedIn ? [{ scope: 'FOLLOWING' as const, label: t('leaderboard.tabFollowing') }] : []),
  ];
  const onKey = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = (index + step + tabs.length) % tabs.length;
    onChoose(tabs[next]!.scope);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('leaderboard.tabsLabel')} className="tabs">
      {tabs.map((tab, i) => (
        <button
          key={tab.scope}
          ref={(el) => {
            refs.current[i] = el;
          }}
          id={`tab-${tab.scope}`}
          type="button"
          role="tab"
          aria-selected={scope === tab.scope}
          aria-controls="board-panel"
          tabIndex={scope === tab.scope ? 0 : -1}
          onClick={() => onChoose(tab.scope)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

export function CategoryPicker({ value, onChange, allLabel }: { value: string; onChange: (c: string) => void; allLabel?: string }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const id = useId();
  const { data, error } = useQuery(CategoriesQuery);
  return (
    <div className="field inline">
      <label htmlFor={id}>{t('products.category')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid="category-picker">
        <option value="">{allLabel ?? t('leaderboard.chooseCategory')}</option>
        {data?.categories.map((c) => (
          <option key={c.category} value={c.category}>
            {categoryName(c.category)} ({c.productCount})
          </option>
        ))}
      </select>
      <FormError error={error} />
    </div>
  );
}
