// A related node the graph guarantees (an order's buyer, a recommendation's author): its absence
// is a bug or a half-deleted node, never a client's problem, so it surfaces as an internal error.
export function required<T>(what: string) {
  return (value: T | null): T => {
    if (value === null) throw new Error(`missing ${what}`);
    return value;
  };
}
