// One stored photo as an <img>: its WebP widths as srcset, the width and height of the largest so
// the browser reserves the right box before it loads (no layout shift), lazy unless it is the
// first thing a page shows (`priority`: the largest paint on a product page).
import { graphql, getFragmentData, type FragmentType } from '../../gql';

export const PhotoFragment = graphql(`
  fragment Photo_photo on Photo {
    id
    width
    height
    url
    srcset
  }
`);

interface Props {
  photo: FragmentType<typeof PhotoFragment>;
  alt: string;
  /** The displayed width, as the HTML `sizes` attribute, so the browser picks the right file. */
  sizes: string;
  className?: string;
  priority?: boolean;
}

export function Photo({ alt, sizes, className, priority, ...props }: Props) {
  const photo = getFragmentData(PhotoFragment, props.photo);
  return (
    <img
      className={className ? `photo ${className}` : 'photo'}
      src={photo.url}
      srcSet={photo.srcset}
      sizes={sizes}
      width={photo.width}
      height={photo.height}
      alt={alt}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      fetchPriority={priority ? 'high' : undefined}
    />
  );
}
