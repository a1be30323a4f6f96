// Where the window was scrolled, per history entry, put back on Back and Forward. The browser's
// own restoration runs when the entry is popped, before the app has rendered the page again (a
// long leaderboard is still one row of "Loading…" then), so it lands short or at the top. Here
// the position is remembered as the person scrolls and restored once the page is tall enough
// again, for a few seconds at most. A new page (a link, a typed address) starts at the top; a
// change that stays on the page (a tab of the same board, "Load more" saved in the entry) keeps
// the place.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

/** How long a restored page may take to grow tall enough (its data, its chunk). */
const RESTORE_WITHIN_MS = 4000;
const positions = new Map<string, number>();

export function useScrollRestoration(): void {
  const location = useLocation();
  const navigation = useNavigationType();
  const shown = useRef({ key: location.key, pathname: location.pathname });

  useEffect(() => {
    if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
    // Recorded for whichever entry is shown when the scroll happens: a page that shrinks as the
    // next one renders scrolls the window too, and that belongs to the next one.
    const onScroll = () => positions.set(shown.current.key, window.scrollY);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);

  useLayoutEffect(() => {
    const previous = shown.current;
    if (previous.key === location.key) return;
    shown.current = { key: location.key, pathname: location.pathname };
    if (navigation === 'POP') return restore(positions.get(location.key) ?? 0);
    if (previous.pathname === location.pathname) {
      positions.set(location.key, window.scrollY);
      return;
    }
    window.scrollTo(0, 0);
  }, [location.key, location.pathname, navigation]);
}

/** Scrolls to `y` as soon as the page is tall enough for it; returns the cancel. */
function restore(y: number): () => void {
  const until = performance.now() + RESTORE_WITHIN_MS;
  let frame = 0;
  const attempt = () => {
    const reachable = document.documentElement.scrollHeight - window.innerHeight >= y;
    if (reachable || performance.now() > until) {
      window.scrollTo(0, y);
      return;
    }
    frame = requestAnimationFrame(attempt);
  };
  attempt();
  return () => cancelAnimationFrame(frame);
}
