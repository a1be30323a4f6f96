// A small "?" beside a word the network uses in its own sense (trust, confidence, movement,
// new): a toggletip. Its sentence shows while the button has the pointer or the keyboard focus,
// and a tap pins it open (a phone has no hover); Escape or a second tap closes it. The sentence
// is the button's accessible description (aria-describedby), so a screen reader says it on
// focus; the link to the part of "how trust works" that explains it follows in the tab order.
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export type HelpTopic = 'trust' | 'confidence' | 'rankKey' | 'movement' | 'boardNew' | 'newcomer' | 'unvouched' | 'rank';

// Where on the page each topic is explained.
const SECTION: Record<HelpTopic, string> = {
  trust: 'score',
  confidence: 'confidence',
  rankKey: 'rank-key',
  movement: 'movement',
  boardNew: 'movement',
  newcomer: 'score',
  unvouched: 'rank-key',
  rank: 'rank-key',
};

export function Help({ topic }: { topic: HelpTopic }) {
  const { t } = useTranslation();
  const tipId = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const open = hovered || focused || pinned;
  const tip = useRef<HTMLSpanElement>(null);
  const [shift, setShift] = useState(0);
  // Centred under its "?", the tip would leave a phone's screen beside a word at the edge: slide
  // it in. Measured as it opens (closing puts it back to centred, so the measure starts from there).
  useLayoutEffect(() => {
    if (!open || !tip.current) {
      setShift(0);
      return;
    }
    const margin = 8;
    const box = tip.current.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    setShift(box.left < margin ? margin - box.left : box.right > width - margin ? width - margin - box.right : 0);
  }, [open]);

  const close = () => {
    setPinned(false);
    setHovered(false);
    setFocused(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      close();
    }
  };
  // A tap focuses the button too, so the tip is already open by then: the first tap pins it, the
  // second closes it (focus or hover alone would keep it open).
  const onClick = () => (pinned ? close() : setPinned(true));

  return (
    <span
      className="help"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      // Focus moving from the button to the link inside keeps the tip open.
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) {
          setFocused(false);
          setPinned(false);
        }
      }}
      onKeyDown={onKeyDown}
      data-testid={`help-${topic}`}
    >
      <button
        type="button"
        className="help-button"
        aria-label={t('help.about', { topic: t(`help.topic.${topic}`) })}
        aria-describedby={tipId}
        aria-expanded={open}
        onClick={onClick}
      >
        ?
      </button>
      <span className="help-tip" hidden={!open} ref={tip} style={shift ? { transform: `translateX(calc(-50% + ${shift}px))` } : undefined}>
        <span role="tooltip" id={tipId}>
          {t(`help.text.${topic}`)}
        </span>{' '}
        <Link to={`/how-trust-works#${SECTION[topic]}`}>{t('help.more')}</Link>
      </span>
    </span>
  );
}
