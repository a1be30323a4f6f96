// Why a commission of mine waits on hold, and since when: each fraud flag it waits on, by kind in
// words, whether it names me or the sale's other beneficiary (never who: that is not mine to
// see), when it was raised and whether an admin has upheld it. The API gives these only to the
// commission's beneficiaries and admins.
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { useKnownWords } from '../../lib/known-words';

export const HoldReasonsFragment = graphql(`
  fragment HoldReasons_commission on Commission {
    heldSince
    holdReasons {
      kind
      raisedAt
      onViewer
      status
    }
  }
`);

export function HoldReasons(props: { commission: FragmentType<typeof HoldReasonsFragment> }) {
  const { t, i18n } = useTranslation();
  const words = useKnownWords();
  const c = getFragmentData(HoldReasonsFragment, props.commission);
  const at = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <div className="notice hold" data-testid="hold-reasons">
      {c.heldSince && <p data-testid="held-since">{t('commissions.heldSince', { date: at(c.heldSince) })}</p>}
      <ul>
        {c.holdReasons.map((r) => (
          <li key={`${r.kind}-${r.raisedAt}-${String(r.onViewer)}`} data-testid="hold-reason">
            <strong>{words(`fraud.kind.${r.kind}`, r.kind)}</strong>
            {' — '}
            {r.onViewer ? t('commissions.flagOnYou', { date: at(r.raisedAt) }) : t('commissions.flagOnOther', { date: at(r.raisedAt) })}
            {r.status === 'UPHELD' && <> {t('commissions.flagUpheld')}</>}
          </li>
        ))}
      </ul>
    </div>
  );
}
