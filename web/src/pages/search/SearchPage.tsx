// Search results, grouped: members, then products, each group paged on its own. The text is the
// URL's ?q= (the top bar's box puts it there), so a search can be linked, reloaded and gone back to.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Empty } from '../../components/States';
import { usePageTitle } from '../../lib/page-title';
import { MemberResults } from './MemberResults';
import { ProductResults } from './ProductResults';

export default function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const text = (params.get('q') ?? '').trim();
  usePageTitle(text ? t('search.titleFor', { text }) : t('search.title'));
  const heading = useRef<HTMLHeadingElement>(null);
  // A new search moves the focus to the results, so the keyboard and screen readers go on from there.
  useEffect(() => {
    if (text) heading.current?.focus();
  }, [text]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1} data-testid="search-title">
        {text ? t('search.titleFor', { text }) : t('search.title')}
      </h1>
      {!text ? (
        <Empty>{t('search.prompt')}</Empty>
      ) : (
        <div className="search-groups">
          <section aria-labelledby="search-members">
            <h2 id="search-members">{t('search.members')}</h2>
            <MemberResults text={text} />
          </section>
          <section aria-labelledby="search-products">
            <h2 id="search-products">{t('search.products')}</h2>
            <ProductResults text={text} />
          </section>
        </div>
      )}
    </>
  );
}
