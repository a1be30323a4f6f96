// The photos a recommender took of what they received, under their recommendation: small
// thumbnails, each opening the full photo. Its own fragment, so a list that does not show them
// (my recommendations, a hundred at a time) does not ask for them.
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Photo } from './Photo';

export const RecommendationPhotosFragment = graphql(`
  fragment RecommendationPhotos_recommendation on Recommendation {
    id
    author {
      id
      handle
    }
    photos {
      id
      url
      ...Photo_photo
    }
  }
`);

export function RecommendationPhotos(props: { recommendation: FragmentType<typeof RecommendationPhotosFragment> }) {
  const { t } = useTranslation();
  const rec = getFragmentData(RecommendationPhotosFragment, props.recommendation);
  if (rec.photos.length === 0) return null;
  return (
    <ul className="rec-photos" aria-label={t('photos.received')} data-testid="recommendation-photos">
      {rec.photos.map((photo, k) => (
        <li key={photo.id}>
          <a href={photo.url} target="_blank" rel="noreferrer">
            <Photo photo={photo} alt={t('photos.receivedAlt', { handle: rec.author.handle, n: k + 1, count: rec.photos.length })} sizes="5.5rem" className="thumb" />
          </a>
        </li>
      ))}
    </ul>
  );
}
