// The product's category, picked by name in the supplier's language rather than typed as a slug.
// The choices are the network's named categories (i18n `categories`, with a name in each language)
// and every category that already has products. A supplier may still propose a new one ("Another
// category…"): a new kind of product must not wait for a release, so its name is typed in English
// words and becomes the slug here (shown to shoppers as those words until a translation is added).
// docs/orders-and-recommendations.md ("Categories") says why.
import { useId, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CategoriesQuery } from '../../components/BoardTabs';
import { en } from '../../i18n/en';
import { categoryWords, useCategoryName } from '../../lib/category';

const ANOTHER = '__another';

/** English words to the API's slug: "Pet food" → "pet-food"; '' when no letter or digit is left. */
export function slugOf(words: string): string {
  return words
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function CategoryPicker(props: { value: string; onChange: (slug: string) => void }) {
  const { t, i18n } = useTranslation();
  const name = useCategoryName();
  const selectId = useId();
  const newId = useId();
  const { data } = useQuery(CategoriesQuery);
  const slugs = useMemo(() => {
    const known = new Set([...Object.keys(en.categories), ...(data?.categories.map((c) => c.category) ?? [])]);
    if (props.value) known.add(props.value);
    return [...known];
  }, [data, props.value]);
  const choices = slugs.map((slug) => ({ slug, label: name(slug) })).sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  const [proposing, setProposing] = useState(false);
  const [words, setWords] = useState('');
  const proposed = slugOf(words);

  return (
    <>
      <div className="field">
        <label htmlFor={selectId}>{t('products.category')}</label>
        <select
          id={selectId}
          required
          value={proposing ? ANOTHER : props.value}
          onChange={(e) => {
            const chosen = e.target.value;
            setProposing(chosen === ANOTHER);
            props.onChange(chosen === ANOTHER ? proposed : chosen);
          }}
        >
          <option value="" disabled>
            {t('supplier.chooseCategory')}
          </option>
          {choices.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.label}
            </option>
          ))}
          <option value={ANOTHER}>{t('supplier.anotherCategory')}</option>
        </select>
      </div>
      {proposing && (
        <div className="field">
          <label htmlFor={newId}>{t('supplier.newCategory')}</label>
          <input
            id={newId}
            required
            maxLength={40}
            // Letters a slug can carry: the browser says what is wrong before the API has to.
            pattern=".*[A-Za-z0-9].*"
            aria-describedby={`${newId}-hint`}
            value={words}
            onChange={(e) => {
              setWords(e.target.value);
              props.onChange(slugOf(e.target.value));
            }}
          />
          <small id={`${newId}-hint`} className="hint" data-testid="new-category-hint">
            {proposed ? t('supplier.newCategoryShownAs', { name: categoryWords(proposed) }) : t('supplier.newCategoryHint')}
          </small>
        </div>
      )}
    </>
  );
}
