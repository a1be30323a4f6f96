// Movement within a circle: the "people I follow" board (whom I follow, and me) is a friends'
// ranking, so its arrows compare places among those people, not places on the whole network. A
// global arrow there would say "▲12" when the member passed nobody I know. Places come from the
// two latest daily snapshots of the global board: each member's place in the circle on each day
// is their order among the circle members who were ranked that day.
//
// A member ranked on both days gets the places gained (positive) or lost; one ranked on the later
// day only is new to the circle's ranking (null, as on the other boards); one not ranked on the
// later day has no place and no arrow (null). Pure: plain values in, plain values out.

export interface CircleReading {
  memberId: string;
  /** Global rank in the latest snapshot; null when not ranked that day. */
  rankNow: number | null;
  /** Global rank in the snapshot before it; null when not ranked that day (or there was none). */
  rankBefore: number | null;
}

export interface CirclePlace {
  /** 1-based place within the circle in the latest snapshot. */
  place: number;
  /** Places gained since the snapshot before; null when not ranked then. */
  movement: number | null;
}

/** Each member's place in the circle in the latest snapshot and its movement, by member id; absent when not ranked then. */
export function circlePlaces(circle: readonly CircleReading[]): Map<string, CirclePlace> {
  const placeNow = placesBy(circle, (r) => r.rankNow);
  const placeBefore = placesBy(circle, (r) => r.rankBefore);
  const places = new Map<string, CirclePlace>();
  for (const [memberId, place] of placeNow) {
    const before = placeBefore.get(memberId);
    places.set(memberId, { place, movement: before === undefined ? null : before - place });
  }
  return places;
}

/** 1-based places of the members that have a rank, best (lowest rank) first. */
function placesBy(circle: readonly CircleReading[], rankOf: (r: CircleReading) => number | null): Map<string, number> {
  const ranked = circle.filter((r) => rankOf(r) !== null).sort((a, b) => rankOf(a)! - rankOf(b)!);
  return new Map(ranked.map((r, i) => [r.memberId, i + 1]));
}
