// Jump to a member by handle. The API looks members up by exact handle (case-insensitive);
// there is no fuzzy member search yet.
import { useId, useState, type FormEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { graphql } from '../../gql';
import { FormError } from '../../components/States';

const MemberByHandleQuery = graphql(`
  query MemberByHandle($handle: String!) {
    member(handle: $handle) {
      id
      handle
    }
  }
`);

export function MemberSearch() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const inputId = useId();
  const [text, setText] = useState('');
  const [notFound, setNotFound] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const handle = text.trim().replace(/^@/, '');
    if (!handle) return;
    setBusy(true);
    setNotFound(null);
    setError(null);
    try {
      const { data } = await client.query({ query: MemberByHandleQuery, variables: { handle }, fetchPolicy: 'network-only' });
      if (data?.member) void navigate(`/m/${data.member.handle}`);
      else setNotFound(handle);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="search" role="search" onSubmit={(e) => void onSubmit(e)}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('search.memberLabel')}
      </label>
      <input id={inputId} type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('search.memberPlaceholder')} autoComplete="off" />
      <button type="submit" className="button secondary" disabled={busy}>
        {t('search.go')}
      </button>
      {notFound && (
        <p role="status" className="form-error">
          {t('search.noMember', { handle: notFound })}
        </p>
      )}
      <FormError error={error} />
    </form>
  );
}
