// Setting one's own avatar: the current one (or initials), a button to choose a photo — uploaded,
// then set with the setAvatar mutation — and one to remove it. Reusable wherever a member edits
// their profile.
import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, type FragmentType } from '../../gql';
import { FormError } from '../States';
import { Avatar, AvatarFragment } from './Avatar';
import { PhotoUploadError, uploadPhoto } from './upload';

const SetAvatarMutation = graphql(`
  mutation SetAvatar($photoId: ID) {
    setAvatar(photoId: $photoId) {
      id
      ...Avatar_member
    }
  }
`);

export function AvatarUpload(props: { member: FragmentType<typeof AvatarFragment>; hasAvatar: boolean }) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [setAvatar, state] = useMutation(SetAvatarMutation);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setUploadError(null);
    setProgress(0);
    try {
      const photo = await uploadPhoto(file, i18n.language, setProgress);
      await setAvatar({ variables: { photoId: photo.id } });
    } catch (err) {
      if (err instanceof PhotoUploadError) setUploadError(err.message || t('photos.failed'));
      // a mutation's error is shown by FormError
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="avatar-upload" data-testid="avatar-upload">
      <Avatar member={props.member} size={72} />
      <div>
        <div className="row">
          <input id={inputId} type="file" accept="image/jpeg,image/png,image/webp,image/avif" className="visually-hidden file-input" onChange={(e) => void choose(e.target.files?.[0])} />
          <label htmlFor={inputId} className="button secondary small">
            {props.hasAvatar ? t('avatar.change') : t('avatar.add')}
          </label>
          {props.hasAvatar && (
            <button type="button" className="button link" disabled={state.loading} onClick={() => void setAvatar({ variables: { photoId: null } }).catch(() => undefined)}>
              {t('avatar.remove')}
            </button>
          )}
        </div>
        {progress !== null && (
          <p role="status" className="small">
            {t('avatar.uploading')} <progress max={1} value={progress} aria-label={t('avatar.uploading')} />
          </p>
        )}
        {uploadError && (
          <p role="alert" className="form-error">
            {uploadError}
          </p>
        )}
        <FormError error={state.error} />
      </div>
    </div>
  );
}
