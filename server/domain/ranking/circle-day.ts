// A member's day among friends, like WeChat's step ranking: after each daily snapshot, their place
// among the people they follow and who follow them (and themself), the places gained since the
// snapshot before, who passed them, and the day's top of that circle. Places come from the global
// snapshot's ranks (circle-movement.ts), so the circle sees the same order as the boards, and a
// member the boards do not rank (no vouched record) has no place in it either.
//
// "Passed me" counts only members ranked on both days who were behind me before and are ahead of
// me now: a member who entered the board above me joined it, they did not overtake me. Pure:
// plain values in, plain values out.
import { circlePlaces, type CircleReading } from './circle-movement';

/** How many of the circle's best the day's record keeps. */
export const CIRCLE_TOP_SIZE = 3;
/** How many of those who passed me the record keeps (the nearest first). */
export const CIRCLE_PASSED_BY_SIZE = 5;

export interface CircleDayOutcome {
  /** My 1-based place in the circle; null when the boards did not rank me that day. */
  place: number | null;
  /** How many members of the circle (me included) the boards ranked that day. */
  ranked: number;
  /** Places gained (positive) or lost since the snapshot before; null when unranked then or now. */
  movement: number | null;
  /** Members who overtook me since the snapshot before, nearest to me first. */
  passedBy: string[];
  /** The circle's best that day, best first. */
  top: string[];
}

/** The day of `memberId` among `circle` (which must include the member). */
export function circleDay(memberId: string, circle: readonly CircleReading[]): CircleDayOutcome {
  const places = circlePlaces(circle);
  const ordered = [...places.entries()].sort((a, b) => a[1].place - b[1].place).map(([id]) => id);
  const mine = places.get(memberId);
  const me = circle.find((r) => r.memberId === memberId);
  const passedBy =
    mine && me?.rankBefore != null
      ? circle
          .filter((r) => r.memberId !== memberId && r.rankNow !== null && r.rankBefore !== null)
          .filter((r) => r.rankNow! < me.rankNow! && r.rankBefore! > me.rankBefore!)
          .sort((a, b) => b.rankNow! - a.rankNow!)
          .slice(0, CIRCLE_PASSED_BY_SIZE)
          .map((r) => r.memberId)
      : [];
  return {
    place: mine?.place ?? null,
    ranked: places.size,
    movement: mine?.movement ?? null,
    passedBy,
    top: ordered.slice(0, CIRCLE_TOP_SIZE),
  };
}
