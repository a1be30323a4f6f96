// A category is a supplier's slug (`fresh-fruit`), which is what URLs and the API carry. People
// read its name: the network's categories have one in each language (i18n `categories`); a
// category a supplier opened since is shown as its words ("Fresh fruit"), never as a slug.
import { useKnownWords } from './known-words';

export function categoryWords(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The category's name in the language in use. */
export function useCategoryName(): (slug: string) => string {
  const words = useKnownWords();
  return (slug) => words(`categories.${slug}`, categoryWords(slug));
}
