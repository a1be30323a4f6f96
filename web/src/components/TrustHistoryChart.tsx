// The trust-and-rank history as a small inline SVG (no charting dependency: the bundle stays
// lean). Two lines share the time axis: the trust score on a 0–100 scale, and the global rank
// with 1 at the top. The figure is labelled with a summary; the day-by-day numbers are a table
// behind a disclosure, for everyone (screen readers included), and built only when opened: up to
// 90 rows a member page would otherwise render, unseen, before its first paint.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatScore } from '../lib/format';
import { Empty } from './States';

export const TrustHistoryPointFragment = graphql(`
  fragment TrustHistoryChart_point on TrustHistoryPoint {
    day
    score
    confidence
    rank
  }
`);

const W = 320;
const H = 140;
const PAD = { left: 28, right: 28, top: 10, bottom: 20 };

export function TrustHistoryChart(props: { points: FragmentType<typeof TrustHistoryPointFragment>[] }) {
  const { t } = useTranslation();
  const [showNumbers, setShowNumbers] = useState(false);
  const points = getFragmentData(TrustHistoryPointFragment, props.points);
  if (points.length === 0) return <Empty>{t('history.empty')}</Empty>;

  const x = (i: number) => PAD.left + (points.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (points.length - 1));
  const yScore = (score: number) => PAD.top + ((100 - score) * (H - PAD.top - PAD.bottom)) / 100;
  const worst = Math.max(...points.map((p) => p.rank));
  const yRank = (rank: number) => PAD.top + (worst === 1 ? 0 : ((rank - 1) * (H - PAD.top - PAD.bottom)) / (worst - 1));
  const line = (y: (i: number) => number) => points.map((_, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(i).toFixed(1)}`).join(' ');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const summary = t('history.summary', {
    from: first.day,
    to: last.day,
    scoreFrom: formatScore(first.score),
    scoreTo: formatScore(last.score),
    rankFrom: first.rank,
    rankTo: last.rank,
  });

  return (
    <>
      <figure className="chart">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} data-testid="trust-history-chart">
          {[0, 50, 100].map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={W - PAD.right} y1={yScore(v)} y2={yScore(v)} className="grid" />
              <text x={PAD.left - 4} y={yScore(v) + 3} className="axis" textAnchor="end">
                {v}
              </text>
            </g>
          ))}
          <text x={W - PAD.right + 4} y={yRank(1) + 3} className="axis rank-axis">#1</text>
          {worst > 1 && <text x={W - PAD.right + 4} y={yRank(worst) + 3} className="axis rank-axis">#{worst}</text>}
          <path d={line((i) => yRank(points[i]!.rank))} className="line-rank" />
          <path d={line((i) => yScore(points[i]!.score))} className="line-score" />
          {points.map((p, i) => (
            <circle key={p.day} cx={x(i)} cy={yScore(p.score)} r={2.5} className="dot-score" />
          ))}
          <text x={PAD.left} y={H - 4} className="axis">{first.day}</text>
          {points.length > 1 && <text x={W - PAD.right} y={H - 4} className="axis" textAnchor="end">{last.day}</text>}
        </svg>
        <figcaption className="legend">
          <span className="key key-score">{t('history.score')}</span> <span className="key key-rank">{t('history.rank')}</span>
        </figcaption>
      </figure>
      <details className="history-numbers" onToggle={(e) => setShowNumbers(e.currentTarget.open)}>
        <summary>{t('history.showNumbers')}</summary>
        {showNumbers && <HistoryTable points={points} />}
      </details>
    </>
  );
}

function HistoryTable({ points }: { points: { day: string; score: number; rank: number }[] }) {
  const { t } = useTranslation();
  return (
    <table>
      <caption className="visually-hidden">{t('history.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history.day')}</th>
          <th scope="col">{t('history.score')}</th>
          <th scope="col">{t('history.rank')}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.day}>
            <td>{p.day}</td>
            <td>{formatScore(p.score)}</td>
            <td>{p.rank}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
