// "How trust works", in plain words and both languages. The rules come from docs/trust-model.md;
// every number comes from the API (trustModel: the parameters, and records worked out by the
// server's own trust functions; the worked example: a real member's live numbers), so the page
// cannot drift from what the network does. Inline help across the app links to its sections.
import { useEffect, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import type { HowTrustWorksQuery } from '../../gql/graphql';
import { ErrorState, Loading } from '../../components/States';
import { usePageTitle } from '../../lib/page-title';
import { DecayTable } from './DecayTable';
import { RankKeyTable } from './RankKeyTable';
import { WorkedExample } from './WorkedExample';

const HowTrustWorksQueryDoc = graphql(`
  query HowTrustWorks {
    trustModel {
      neutralScore
      halfLifeDays
      confidenceEvidence
      newcomerEvidence
      minVouchedEvidence
      unvouchedCap
      letDownWeight
      vouchBudget
      minVoice
      ...RankKeyTable_model
      ...DecayTable_model
    }
  }
`);

export type TrustModelNumbers = HowTrustWorksQuery['trustModel'];

const SECTIONS = ['first-hand', 'verdict', 'score', 'confidence', 'rank-key', 'example', 'decay', 'movement', 'recruiting'] as const;
const SECTION_KEYS = {
  'first-hand': 'firstHand',
  verdict: 'verdict',
  score: 'score',
  confidence: 'confidence',
  'rank-key': 'rankKey',
  example: 'example',
  decay: 'decay',
  movement: 'movement',
  recruiting: 'recruiting',
} as const;

export default function HowTrustWorksPage() {
  const { t } = useTranslation();
  usePageTitle(t('howTrust.title'));
  const { hash } = useLocation();
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(HowTrustWorksQueryDoc);
  const model = data?.trustModel;
  // A help link names a section (#confidence): go there once the page has it.
  useEffect(() => {
    if (model && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [model, hash]);

  return (
    <article className="explainer">
      <h1>{t('howTrust.title')}</h1>
      <p className="lede">{t('howTrust.lede')}</p>
      <nav aria-label={t('howTrust.contents')} className="contents">
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`howTrust.${SECTION_KEYS[id]}.title`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {!model ? (
        loading ? <Loading /> : <ErrorState error={error} retry={refetch} />
      ) : (
        <Sections model={model} handle={params.get('m')} />
      )}
    </article>
  );
}

function Sections({ model, handle }: { model: TrustModelNumbers; handle: string | null }) {
  const { t } = useTranslation();
  const percent = (share: number) => `${Math.round(share * 100)} %`;
  return (
    <>
      <Section id="first-hand" title={t('howTrust.firstHand.title')}>
        <p>{t('howTrust.firstHand.text')}</p>
      </Section>
      <Section id="verdict" title={t('howTrust.verdict.title')}>
        <p>{t('howTrust.verdict.text')}</p>
        <p>{t('howTrust.verdict.letDown', { weight: model.letDownWeight })}</p>
        <p>{t('howTrust.verdict.voice', { share: percent(model.minVoice), cap: model.unvouchedCap, budget: model.vouchBudget })}</p>
      </Section>
      <Section id="score" title={t('howTrust.score.title')}>
        <p>{t('howTrust.score.text', { neutral: model.neutralScore, newcomer: model.newcomerEvidence })}</p>
      </Section>
      <Section id="confidence" title={t('howTrust.confidence.title')}>
        {/* confidence = n / (n + k): 0.5 at k, 0.9 at 9k. */}
        <p>{t('howTrust.confidence.text', { half: model.confidenceEvidence, ninety: 9 * model.confidenceEvidence })}</p>
      </Section>
      <Section id="rank-key" title={t('howTrust.rankKey.title')}>
        <p>{t('howTrust.rankKey.text')}</p>
        <RankKeyTable model={model} />
        <p>{t('howTrust.rankKey.vouched', { min: model.minVouchedEvidence })}</p>
        <p>
          <Link to="/me/privileges" data-testid="privileges-link">{t('privileges.howTrustLink')}</Link>
        </p>
      </Section>
      <Section id="example" title={t('howTrust.example.title')}>
        <WorkedExample handle={handle} />
      </Section>
      <Section id="decay" title={t('howTrust.decay.title')}>
        <p>{t('howTrust.decay.text', { days: model.halfLifeDays })}</p>
        <DecayTable model={model} />
      </Section>
      <Section id="movement" title={t('howTrust.movement.title')}>
        <p>{t('howTrust.movement.text')}</p>
      </Section>
      <Section id="recruiting" title={t('howTrust.recruiting.title')}>
        <p>{t('howTrust.recruiting.text')}</p>
      </Section>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} id={id} data-testid={`section-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
