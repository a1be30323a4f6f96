// What the columns of a board mean, once above the rows rather than a "?" in each of fifty rows
// (fifty more stops for the keyboard): trust, confidence, the rank key, movement and "new".
import { useTranslation } from 'react-i18next';
import { Help, type HelpTopic } from '../../components/Help';

const TOPICS: readonly HelpTopic[] = ['trust', 'confidence', 'rankKey', 'movement', 'boardNew', 'newcomer'];

export function BoardLegend() {
  const { t } = useTranslation();
  return (
    <ul className="legend-help small" aria-label={t('help.more')} data-testid="board-legend">
      {TOPICS.map((topic) => (
        <li key={topic}>
          {t(`help.topic.${topic}`)} <Help topic={topic} />
        </li>
      ))}
    </ul>
  );
}
