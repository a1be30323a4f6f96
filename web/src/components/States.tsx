// The three states every view has besides its content: loading, failed (with a retry) and empty.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="state state-loading">
      <span className="spinner" aria-hidden="true" /> {label ?? t('state.loading')}
    </p>
  );
}

export function ErrorState({ error, retry }: { error: unknown; retry?: () => unknown }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="state state-error">
      <p>{describeError(error, t)}</p>
      {retry && (
        <button type="button" className="button secondary" onClick={() => void retry()}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** An inline error line under a form or button. */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p role="alert" className="form-error">
      {describeError(error, t)}
    </p>
  );
}

export function LoadMore({ hasMore, loading, onMore }: { hasMore: boolean; loading: boolean; onMore: () => unknown }) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <div className="load-more">
      <button type="button" className="button secondary" disabled={loading} onClick={() => void onMore()}>
        {loading ? t('state.loading') : t('state.loadMore')}
      </button>
    </div>
  );
}
