// The unread count, live: one EventSource per open page to the server's notification stream
// (server/notifications/live.ts), opened while someone is signed in. The browser reconnects by
// itself when the stream drops (a server restarting, the network); each new notification also
// asks whoever shows the inbox to refetch it.
import { useEffect, useSyncExternalStore } from 'react';

let unread: number | undefined;
const countListeners = new Set<() => void>();
const arrivalListeners = new Set<() => void>();

function setUnread(next: number | undefined) {
  if (next === unread) return;
  unread = next;
  countListeners.forEach((l) => l());
}

/** The live unread count (undefined until the stream first answers). */
export function useUnreadCount(): number | undefined {
  return useSyncExternalStore(
    (l) => {
      countListeners.add(l);
      return () => countListeners.delete(l);
    },
    () => unread,
    () => undefined,
  );
}

/** Sets the count at once after this page changed it (marking read), before the stream says so. */
export function unreadChanged(next: number): void {
  setUnread(next);
}

/** Calls `onArrival` whenever a notification arrives while the component is shown. */
export function useNotificationArrivals(onArrival: () => void): void {
  useEffect(() => {
    arrivalListeners.add(onArrival);
    return () => {
      arrivalListeners.delete(onArrival);
    };
  }, [onArrival]);
}

/** Keeps the stream open while `memberId` is signed in. */
export function useLiveNotifications(memberId: string | undefined): void {
  useEffect(() => {
    if (!memberId || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/notifications/stream');
    source.addEventListener('unread', (e) => setUnread((JSON.parse((e as MessageEvent<string>).data) as { unread: number }).unread));
    source.addEventListener('notification', () => arrivalListeners.forEach((l) => l()));
    return () => {
      source.close();
      setUnread(undefined);
    };
  }, [memberId]);
}
