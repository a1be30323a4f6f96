// Share a recommendation or a group buy the ways people do: copy its link (with a word that it
// worked, and the link selected for the keyboard when the browser refuses the clipboard), the
// phone's share sheet (the Web Share API, where the browser has it), a QR code to scan from the
// screen, and a share poster (分享海报) to post in a chat. A signed-in member sharing someone
// else's recommendation or group asks the API for their re-share link of the recommendation (a
// group goes through its leader's): re-sharing for a share is a privilege, so below the RESHARE
// step the answer is a refusal stating the threshold and their standing, and the dialog offers
// the plain link with that sentence (docs/privileges.md). Admitted, they share it as its
// re-sharer (?via=).
// The QR code and the poster are drawn by the server (server/sharing/routes.ts): nothing here
// adds to the app's JavaScript but this dialog.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useMe } from '../lib/session';
import { describeError, errorCode } from '../lib/errors';

const ReshareLinkQuery = graphql(`
  query ReshareLink($code: String!) {
    reshareLink(recommendationCode: $code)
  }
`);

interface Props {
  /**
   * What is shared: its page is `/r/<code>` or `/g/<id>`, its QR code and poster are under it. A
   * group names the code of the leader's recommendation it goes through (re-sharing is asked of it).
   */
  what: { kind: 'recommendation'; code: string } | { kind: 'groupBuy'; id: string; recommendationCode: string };
  /** The page's absolute link on the site's public origin (Recommendation.shareLink, GroupBuy.shareLink). */
  shareLink: string;
  /** The recommendation's author or the group's leader: anyone else shares it as a re-sharer. */
  ownerId: string;
  /** What the phone's share sheet is handed as the title. */
  shareTitle: string;
  /** The primary look, where sharing is the page's point (the share page). */
  primary?: boolean;
}

type Copied = 'idle' | 'copied' | 'refused';

export function ShareButton({ what, shareLink, ownerId, shareTitle, primary }: Props) {
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<Copied>('idle');
  const titleId = useId();
  const group = what.kind === 'groupBuy';
  const name = group ? what.id : what.code;
  const resharing = !!me && me.id !== ownerId;
  // Asked when the dialog opens, never cached: trust moves, and with it the answer.
  const reshare = useQuery(ReshareLinkQuery, {
    variables: { code: group ? what.recommendationCode : what.code },
    skip: !open || !resharing,
    fetchPolicy: 'network-only',
  });
  // Below the step: the server's sentence (threshold and standing, in the app's language).
  const refusal = errorCode(reshare.error) === 'FORBIDDEN' ? describeError(reshare.error, t) : undefined;
  const via = reshare.data?.reshareLink && me ? `?via=${encodeURIComponent(me.handle)}` : '';
  // The server's link, not this page's address: the QR code and the poster encode the same one.
  const link = `${shareLink}${via}`;
  const images = `/${group ? 'g' : 'r'}/${encodeURIComponent(name)}`;
  const posterUrl = `${images}/poster.png?lang=${i18n.language}${via ? `&${via.slice(1)}` : ''}`;
  const canShare = typeof navigator.share === 'function';

  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [open]);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      // Refused (an insecure origin, a denied permission): the link is selected for the keyboard.
      input.current?.focus();
      input.current?.select();
      setCopied('refused');
    }
  };

  const shareSheet = async () => {
    try {
      await navigator.share({ title: shareTitle, url: link });
    } catch {
      // Dismissed by the person, or refused: nothing to say, the dialog stays open.
    }
  };

  const close = () => {
    dialog.current?.close();
  };

  return (
    <>
      <button type="button" className={primary ? 'button' : 'button secondary small'} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('sharing.button')}
      </button>
      {open && (
        <dialog
          ref={dialog}
          className="share-dialog"
          aria-labelledby={titleId}
          data-testid="share-dialog"
          onClose={() => {
            setOpen(false);
            setCopied('idle');
          }}
        >
          <div className="share-head">
            <h2 id={titleId}>{t(group ? 'sharing.dialogTitleGroup' : 'sharing.dialogTitle')}</h2>
            <button type="button" className="button link" onClick={close}>
              {t('sharing.close')}
            </button>
          </div>
          {via && <p className="muted small">{t(group ? 'sharing.asResharerGroup' : 'sharing.asResharer')}</p>}
          {refusal && (
            <p className="muted small" data-testid="reshare-refused">
              {t('sharing.reshareClosed')} {refusal} <Link to="/me/privileges">{t('sharing.reshareLadder')}</Link>
            </p>
          )}
          <div className="share-link">
            <input ref={input} className="copy" readOnly value={link} aria-label={t(group ? 'sharing.linkLabelGroup' : 'sharing.linkLabel')} onFocus={(e) => e.target.select()} />
            <button type="button" className="button" onClick={() => void copy()}>
              {t('sharing.copy')}
            </button>
          </div>
          <p role="status" className={copied === 'refused' ? 'form-error small' : 'share-status small'}>
            {copied === 'copied' ? t('sharing.copied') : copied === 'refused' ? t('sharing.copyRefused') : ''}
          </p>
          {canShare && (
            <button type="button" className="button secondary" onClick={() => void shareSheet()}>
              {t('sharing.shareSheet')}
            </button>
          )}
          <div className="share-visuals">
            <img className="share-qr" src={`${images}/qr.svg${via}`} width={160} height={160} alt={t('sharing.qr')} />
            <figure className="share-poster">
              <a href={posterUrl} target="_blank" rel="noopener">
                <img src={posterUrl} width={150} height={200} alt={t('sharing.poster')} loading="lazy" />
              </a>
              <figcaption className="small">
                <strong>{t('sharing.poster')}</strong>
                <span className="muted">{t(group ? 'sharing.posterHintGroup' : 'sharing.posterHint')}</span>
                <span className="share-poster-links">
                  <a href={posterUrl} target="_blank" rel="noopener">
                    {t('sharing.posterOpen')}
                  </a>
                  <a href={posterUrl} download={`trustline-${group ? 'group-' : ''}${name}.png`}>
                    {t('sharing.posterDownload')}
                  </a>
                </span>
              </figcaption>
            </figure>
          </div>
        </dialog>
      )}
    </>
  );
}
