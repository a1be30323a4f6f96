// A product's photos on its page: the chosen one large (the first, the cover, is the page's
// largest paint and loads first), the others as thumbnails to choose with a tap or the keyboard.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../gql';
import { Photo, PhotoFragment } from './Photo';

export function PhotoGallery(props: { photos: FragmentType<typeof PhotoFragment>[]; title: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(0);
  if (props.photos.length === 0) return null;
  const current = Math.min(shown, props.photos.length - 1);
  return (
    <section className="gallery" aria-label={t('photos.gallery', { title: props.title })} data-testid="gallery">
      <Photo
        key={getFragmentData(PhotoFragment, props.photos[current]!).id}
        photo={props.photos[current]!}
        alt={t('photos.productAlt', { title: props.title, n: current + 1, count: props.photos.length })}
        sizes="(min-width: 64rem) 36rem, 100vw"
        className="gallery-main"
        priority={current === 0}
      />
      {props.photos.length > 1 && (
        <ul className="gallery-thumbs">
          {props.photos.map((photo, k) => (
            <li key={getFragmentData(PhotoFragment, photo).id}>
              <button type="button" className="thumb-button" aria-pressed={k === current} aria-label={t('photos.show', { n: k + 1 })} onClick={() => setShown(k)}>
                <Photo photo={photo} alt="" sizes="4.5rem" className="thumb" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
