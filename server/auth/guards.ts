// Authorisation in one place: every mutation and private field starts with one of these, so
// "who may do this to whom?" is answered before any data is touched.
import type { Role, Viewer } from '../../graph/sessions';
import { forbidden, unauthenticated } from '../errors';
import type { Context } from '../context';

export function requireViewer(ctx: Pick<Context, 'viewer'>): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

export function requireRole(ctx: Pick<Context, 'viewer'>, role: Role): Viewer {
  const viewer = requireViewer(ctx);
  if (!viewer.roles.includes(role)) {
    throw forbidden(role === 'SUPPLIER' ? 'Only suppliers can do that.' : role === 'ADMIN' ? 'Only admins can do that.' : undefined);
  }
  return viewer;
}

export function isSelfOrAdmin(ctx: Pick<Context, 'viewer'>, memberId: string): boolean {
  return ctx.viewer !== undefined && (ctx.viewer.id === memberId || ctx.viewer.roles.includes('ADMIN'));
}
