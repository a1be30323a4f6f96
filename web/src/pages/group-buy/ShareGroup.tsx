// Share a group's link: the phone's share sheet where there is one, else copy. A member who is
// not the leader shares it as theirs (?via=<handle>), so the joiners they bring are credited to them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The group's link (on the server's PUBLIC_ORIGIN), as a re-sharer's when `via` is given. */
export function groupLink(shareLink: string, via?: string): string {
  return `${shareLink}${via ? `?via=${encodeURIComponent(via)}` : ''}`;
}

export function ShareGroup({ shareLink, via, productTitle }: { shareLink: string; via?: string; productTitle: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const link = groupLink(shareLink, via);
  const share = async () => {
    if (navigator.share) {
      await navigator.share({ title: t('groupBuy.title', { product: productTitle }), url: link }).catch(() => undefined);
      return;
    }
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    setCopied(true);
  };
  return (
    <div className="share-group">
      <label>
        {t('groupBuy.shareLink')}
        <input readOnly value={link} data-testid="group-link" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" className="button secondary" onClick={() => void share()}>
        {t('groupBuy.share')}
      </button>
      {copied && <span role="status"> {t('groupBuy.copied')}</span>}
    </div>
  );
}
