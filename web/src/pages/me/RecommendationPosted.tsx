// What a member sees once their recommendation is posted: that it worked, and its share link,
// ready to copy: sharing is how a recommendation reaches buyers, so the link comes at once rather
// than somewhere further down the page.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function RecommendationPosted({ shareUrl, onClose }: { shareUrl: string; onClose: () => void }) {
  const { t } = useTranslation();
  const linkId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const fullUrl = new URL(shareUrl, window.location.origin).href;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(fullUrl);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure origin, a refused permission): select it for the person to copy.
      input.current?.select();
      setCopied('no');
    }
  };

  return (
    <div role="status" className="notice success posted" data-testid="recommendation-posted">
      <p>
        <strong>{t('recommend.posted')}</strong> {t('recommend.postedShare')}
      </p>
      <label htmlFor={linkId} className="visually-hidden">
        {t('recommendation.shareLink')}
      </label>
      <div className="row">
        <input id={linkId} ref={input} className="copy-link" readOnly value={fullUrl} onFocus={(e) => e.target.select()} />
        <button type="button" className="button secondary small" onClick={() => void copy()}>
          {t('recommend.copyLink')}
        </button>
      </div>
      {copied && <p className="small">{copied === 'yes' ? t('recommend.copied') : t('recommend.copyByHand')}</p>}
      <p className="row">
        <Link to={shareUrl}>{t('recommend.openSharePage')}</Link>
        <button type="button" className="button link" onClick={onClose}>
          {t('recommend.postedDone')}
        </button>
      </p>
    </div>
  );
}
