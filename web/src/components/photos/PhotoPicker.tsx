// Choosing photos in a form: add from the phone's camera roll or the computer (several at once),
// watch each upload's progress, read why one was refused, move one earlier or later, remove one.
// Uploading stores a photo; the form attaches the chosen list, in order, when it is saved.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { PhotoUploadError, uploadPhoto, type UploadedPhoto } from './upload';

export type PickedPhoto = Pick<UploadedPhoto, 'id' | 'url' | 'srcset' | 'width' | 'height'>;

/** What the picker shows of a photo already attached: the same as an upload's answer. */
export const PickedPhotoFragment = graphql(`
  fragment PickedPhoto_photo on Photo {
    id
    url
    srcset
    width
    height
  }
`);

/** The attached photos a form starts from, as the picker holds them. */
export const pickedPhotos = (photos: readonly FragmentType<typeof PickedPhotoFragment>[] | undefined): PickedPhoto[] => [
  ...(getFragmentData(PickedPhotoFragment, photos) ?? []),
];

interface Upload {
  key: number;
  name: string;
  progress: number;
}

interface Props {
  label: string;
  hint?: string;
  photos: PickedPhoto[];
  max: number;
  onChange: (photos: PickedPhoto[]) => void;
  /** Marks the first photo as the cover (products). */
  coverFirst?: boolean;
}

let nextKey = 0;

export function PhotoPicker({ label, hint, photos, max, onChange, coverFirst }: Props) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  // The latest list, for uploads that finish after others changed it.
  const current = useRef(photos);
  current.current = photos;

  const room = max - photos.length - uploads.length;

  const add = async (files: FileList | null) => {
    if (!files) return;
    const chosen = [...files].slice(0, Math.max(0, room));
    const skipped = files.length - chosen.length;
    setErrors(skipped > 0 ? [t('photos.tooMany', { max })] : []);
    await Promise.all(
      chosen.map(async (file) => {
        const key = nextKey++;
        setUploads((list) => [...list, { key, name: file.name, progress: 0 }]);
        try {
          const photo = await uploadPhoto(file, i18n.language, (progress) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, progress } : u))));
          if (!current.current.some((p) => p.id === photo.id)) {
            current.current = [...current.current, photo];
            onChange(current.current);
          }
        } catch (err) {
          const message = err instanceof PhotoUploadError && err.message ? err.message : t('photos.failed');
          setErrors((list) => [...list, `${file.name}: ${message}`]);
        } finally {
          setUploads((list) => list.filter((u) => u.key !== key));
        }
      }),
    );
    if (input.current) input.current.value = '';
  };

  const move = (from: number, to: number) => {
    const next = [...photos];
    const [photo] = next.splice(from, 1);
    next.splice(to, 0, photo!);
    onChange(next);
  };

  return (
    <fieldset className="photo-picker" data-testid="photo-picker">
      <legend>{label}</legend>
      {hint && <p className="hint small">{hint}</p>}
      {photos.length > 0 && (
        <ol className="picked-photos">
          {photos.map((photo, k) => (
            <li key={photo.id} className="picked-photo" data-testid="picked-photo">
              <img src={photo.url} srcSet={photo.srcset} sizes="6rem" width={photo.width} height={photo.height} alt={t('photos.picked', { n: k + 1 })} className="thumb" />
              {coverFirst && k === 0 && <span className="tag">{t('photos.cover')}</span>}
              <span className="row">
                <button type="button" className="button secondary small" disabled={k === 0} onClick={() => move(k, k - 1)} aria-label={t('photos.moveEarlier', { n: k + 1 })}>
                  ←
                </button>
                <button type="button" className="button secondary small" disabled={k === photos.length - 1} onClick={() => move(k, k + 1)} aria-label={t('photos.moveLater', { n: k + 1 })}>
                  →
                </button>
                <button type="button" className="button secondary small" onClick={() => onChange(photos.filter((p) => p.id !== photo.id))} aria-label={t('photos.remove', { n: k + 1 })}>
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {uploads.map((u) => (
        <p key={u.key} className="small" role="status">
          {t('photos.uploading', { name: u.name })} <progress max={1} value={u.progress} aria-label={t('photos.uploading', { name: u.name })} />
        </p>
      ))}
      {errors.map((e) => (
        <p key={e} role="alert" className="form-error">
          {e}
        </p>
      ))}
      <div className="field inline">
        <input
          ref={input}
          id={inputId}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          multiple
          disabled={room <= 0}
          className="visually-hidden file-input"
          onChange={(e) => void add(e.target.files)}
        />
        <label htmlFor={inputId} className={room > 0 ? 'button secondary' : 'button secondary disabled'}>
          {t('photos.add')}
        </label>
        <span className="muted small">{t('photos.count', { count: photos.length, max })}</span>
      </div>
    </fieldset>
  );
}
