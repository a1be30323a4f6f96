// My profile: display name, bio, and the language mail from Trustline is written in. The avatar
// is at the top, with its upload (components/photos).
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Field } from '../../components/Field';
import { ErrorState, FormError, Loading } from '../../components/States';
import { LANGUAGES } from '../../i18n/index';
import { AccountShell } from './AccountShell';
import { MyAvatar } from '../../components/photos/MyAvatar';

const ProfileQuery = graphql(`
  query MyProfile {
    me {
      id
      handle
      displayName
      bio
      locale
    }
  }
`);

const UpdateProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      bio
      locale
    }
  }
`);

export default function ProfilePage() {
  const { t } = useTranslation();
  return (
    <AccountShell title={t('account.profile.title')}>
      <ProfileForm />
    </AccountShell>
  );
}

/**
 * The avatar's place on the profile page. The photos work brings the upload (and a `setAvatar`
 * mutation); its component goes here, replacing this placeholder.
 */
function ProfileForm() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ProfileQuery);
  const [save, saving] = useMutation(UpdateProfileMutation);
  const [displayName, setDisplayName] = useState('');
  const [bio, setBio] = useState('');
  const [locale, setLocale] = useState('en');
  const [saved, setSaved] = useState(false);
  const me = data?.me;
  useEffect(() => {
    if (!me) return;
    setDisplayName(me.displayName);
    setBio(me.bio);
    setLocale(me.locale);
  }, [me]);
  if (!me && loading) return <Loading />;
  if (!me) return <ErrorState error={error} retry={refetch} />;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    try {
      await save({ variables: { input: { displayName, bio, locale } } });
      setSaved(true);
    } catch {
      // shown by FormError
    }
  };

  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">{t('account.profile.title')}</h2>
      <div data-testid="avatar-slot">
        <MyAvatar />
      </div>
      <form className="form" onSubmit={(e) => void onSubmit(e)}>
        <Field label={t('auth.displayName')} name="displayName" required maxLength={50} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        <div className="field">
          <label htmlFor="profile-bio">{t('account.profile.bio')}</label>
          <textarea id="profile-bio" name="bio" rows={4} maxLength={500} value={bio} onChange={(e) => setBio(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="profile-locale">{t('account.profile.language')}</label>
          <select id="profile-locale" name="locale" value={locale} onChange={(e) => setLocale(e.target.value)} aria-describedby="profile-locale-hint">
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.label}
              </option>
            ))}
          </select>
          <small id="profile-locale-hint" className="hint">
            {t('account.profile.languageHint')}
          </small>
        </div>
        <FormError error={saving.error} />
        {saved && <p role="status">{t('account.profile.saved')}</p>}
        <button type="submit" className="button" disabled={saving.loading}>
          {t('account.save')}
        </button>
      </form>
    </section>
  );
}
