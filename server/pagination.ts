// Cursor pagination (Relay connections). A cursor is an opaque, base64url-encoded position: the
// sort key and id of the last item seen, so pages stay stable while new items arrive. Page
// size is capped so no client can ask for the whole graph at once.
import { badInput } from './errors';
import { fieldMessage } from './field-labels';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface Position {
  key: number | string;
  id: string;
}

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): Position | undefined {
  if (cursor === null || cursor === undefined || cursor === '') return undefined;
  try {
    if (cursor.length > 400) throw new Error('too long');
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // A number key must be finite: JSON.parse reads 1e400 as Infinity, which no list gave out.
    if (Array.isArray(parsed) && parsed.length === 2 && (Number.isFinite(parsed[0]) || typeof parsed[0] === 'string') && typeof parsed[1] === 'string') {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the typed error
  }
  throw badInput('This cursor is not one we gave out; start again without it.', 'after');
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(fieldMessage('first', `must be between 1 and ${MAX_PAGE_SIZE}`), 'first');
  }
  return first;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Builds a connection from rows fetched with limit = size + 1 (the extra row says "more"). */
export function toConnection<T>(rows: T[], size: number, positionOf: (row: T) => Position): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(positionOf(node)), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** A cursor over a tuple of sort keys, for orders that need more than (key, id). */
export function encodeTuple(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeTuple(cursor: string | null | undefined, shape: readonly ('string' | 'number')[]): (string | number)[] | undefined {
  if (cursor === null || cursor === undefined || cursor === '') return undefined;
  try {
    if (cursor.length > 400) throw new Error('too long');
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === shape.length && parsed.every((v, i) => typeof v === shape[i] && (typeof v !== 'number' || Number.isFinite(v)))) {
      return parsed as (string | number)[];
    }
  } catch {
    // fall through to the typed error
  }
  throw badInput('This cursor is not one we gave out; start again without it.', 'after');
}

/** Like toConnection, for cursors made by encodeTuple. */
export function toTupleConnection<T>(rows: T[], size: number, tupleOf: (row: T) => readonly (string | number)[]): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeTuple(tupleOf(node)), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}
