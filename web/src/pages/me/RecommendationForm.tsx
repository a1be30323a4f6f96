// Post a first-hand recommendation of a product I received, or edit mine (the server keeps the
// replaced version as a revision), with up to four photos of what arrived, attached after the
// text is saved.
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormError } from '../../components/States';
import { StarsInput } from '../../components/StarsInput';
import { PhotoPicker, pickedPhotos, type PickedPhoto } from '../../components/photos/PhotoPicker';

// The server's bounds (server/domain/recommendation-policy.ts), counted on the trimmed text.
const RECOMMENDATION_TEXT_MIN = 10;
const RECOMMENDATION_TEXT_MAX = 2000;

const PostMutation = graphql(`
  mutation PostRecommendation($productId: ID!, $stars: Int!, $text: String!) {
    postRecommendation(productId: $productId, stars: $stars, text: $text) {
      id
      code
      shareUrl
    }
  }
`);

const EditMutation = graphql(`
  mutation EditRecommendation($id: ID!, $stars: Int, $text: String) {
    editRecommendation(id: $id, stars: $stars, text: $text) {
      id
      stars
      text
      revision
      updatedAt
    }
  }
`);

const SetPhotosMutation = graphql(`
  mutation SetRecommendationPhotos($recommendationId: ID!, $photoIds: [ID!]!) {
    setRecommendationPhotos(recommendationId: $recommendationId, photoIds: $photoIds) {
      id
      ...RecommendationPhotos_recommendation
    }
  }
`);

/** The photos of the recommendation being edited: asked for when its form opens, not with the list. */
const CurrentPhotosQuery = graphql(`
  query RecommendationFormPhotos($id: ID!) {
    recommendation(id: $id) {
      id
      photos {
        id
        ...PickedPhoto_photo
      }
    }
  }
`);

/** As many as the API takes (MAX_RECOMMENDATION_PHOTOS on the server). */
const MAX_PHOTOS = 4;

type Target = { productId: string } | { recommendationId: string; stars: number; text: string };

interface Props {
  target: Target;
  onDone: () => void;
  /** A new recommendation is posted: its share link, for the confirmation. */
  onPosted?: (posted: { shareUrl: string }) => void;
}

export function RecommendationForm({ target, onDone, onPosted }: Props) {
  const { t } = useTranslation();
  const textId = useId();
  // The browser's minLength counts the spaces the server trims away: the form checks the same
  // trimmed text the server will, and says how far short it is.
  const [tooShort, setTooShort] = useState(false);
  const editing = 'recommendationId' in target;
  const [stars, setStars] = useState(editing ? target.stars : 5);
  const [text, setText] = useState(editing ? target.text : '');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const current = useQuery(CurrentPhotosQuery, { variables: { id: editing ? target.recommendationId : '' }, skip: !editing });
  const before = pickedPhotos(current.data?.recommendation?.photos);
  // Once loaded, the picker starts from what the recommendation has.
  const [loaded, setLoaded] = useState(false);
  if (!loaded && current.data) {
    setLoaded(true);
    setPhotos(before);
  }
  const refetchQueries = ['MyRecommendations', 'MyOrders'];
  const [post, postState] = useMutation(PostMutation, { refetchQueries });
  const [edit, editState] = useMutation(EditMutation, { refetchQueries });
  const [attach, attachState] = useMutation(SetPhotosMutation, { refetchQueries });
  const busy = postState.loading || editState.loading || attachState.loading;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.normalize('NFC').trim();
    if (trimmed.length < RECOMMENDATION_TEXT_MIN) {
      setTooShort(true);
      document.getElementById(textId)?.focus();
      return;
    }
    try {
      const posted = editing ? undefined : (await post({ variables: { productId: target.productId, stars, text: trimmed } })).data?.postRecommendation;
      const saved = editing ? (await edit({ variables: { id: target.recommendationId, stars, text: trimmed } })).data?.editRecommendation.id : posted?.id;
      const photoIds = photos.map((p) => p.id);
      if (saved && photoIds.join() !== before.map((p) => p.id).join()) await attach({ variables: { recommendationId: saved, photoIds } });
      if (posted) onPosted?.({ shareUrl: posted.shareUrl });
      onDone();
    } catch {
      // shown by FormError
    }
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)} aria-label={editing ? t('recommend.editTitle') : t('recommend.title')}>
      <StarsInput value={stars} onChange={setStars} legend={t('recommend.stars')} />
      <div className="field">
        <label htmlFor={textId}>{t('recommend.text')}</label>
        <textarea
          id={textId}
          required
          maxLength={RECOMMENDATION_TEXT_MAX}
          rows={4}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setTooShort(false);
          }}
          aria-invalid={tooShort || undefined}
          aria-describedby={tooShort ? `${textId}-short ${textId}-hint` : `${textId}-hint`}
        />
        <small id={`${textId}-hint`} className="hint">
          {t('recommend.textHint', { min: RECOMMENDATION_TEXT_MIN, max: RECOMMENDATION_TEXT_MAX })}
        </small>
        {tooShort && (
          <p id={`${textId}-short`} role="alert" className="form-error" data-testid="text-too-short">
            {t('recommend.tooShort', { min: RECOMMENDATION_TEXT_MIN, count: text.normalize('NFC').trim().length })}
          </p>
        )}
      </div>
      <PhotoPicker label={t('photos.recommendationLabel')} hint={t('photos.recommendationHint')} photos={photos} max={MAX_PHOTOS} onChange={setPhotos} />
      <FormError error={postState.error ?? editState.error ?? attachState.error} />
      <div className="row">
        <button type="submit" className="button" disabled={busy}>
          {editing ? t('recommend.save') : t('recommend.post')}
        </button>
        <button type="button" className="button secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
