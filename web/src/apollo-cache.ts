// The normalised cache's rules, shared by the app (apollo.ts) and the server, which fills a cache
// with a page's first answers and ships its snapshot inside index.html (server/first-paint.ts):
// both sides must key and merge every field the same way, or the app would not find the data.
// Every list is a Relay-style connection paged with `after`; relayStylePagination appends pages
// and keys each list by the arguments that change it.
import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // One preference per kind: a saved one replaces the row of the settings list at once.
      NotificationPreference: { keyFields: ['kind'] },
      Query: {
        fields: {
          // member(id:) finds a member already in the cache (the member page's query brings
          // its first trust events under member(handle:); TrustEventList asks by id).
          member: {
            read(existing, { args, toReference }) {
              return existing ?? (typeof args?.id === 'string' ? toReference({ __typename: 'Member', id: args.id }) : undefined);
            },
          },
          leaderboard: relayStylePagination(['scope', 'category']),
          products: relayStylePagination(['category', 'search', 'supplierId']),
          productRecommendations: relayStylePagination(['productId']),
          memberRecommendations: relayStylePagination(['memberId', 'handle']),
          feed: relayStylePagination(),
          myOrders: relayStylePagination(['status']),
          supplierOrders: relayStylePagination(['status']),
          myCommissions: relayStylePagination(['status']),
          payouts: relayStylePagination(),
          fraudFlags: relayStylePagination(['status']),
          trustedPicks: relayStylePagination(['personal']),
          notifications: relayStylePagination(),
        },
      },
      Member: { fields: { trustEvents: relayStylePagination() } },
      // A search's groups come from two queries (one per group) into the same search(text:):
      // merged, each group paged on its own.
      SearchResults: { merge: true, fields: { members: relayStylePagination(), products: relayStylePagination() } },
      // Value objects without an id: a newer read replaces or completes the older one.
      Trust: { merge: true },
      MemberRank: { merge: true },
      // A friend's day is one per member and day: a cheer's answer updates it wherever it shows.
      FriendDay: { keyFields: ['day', 'member', ['id']] },
      CommissionTotals: { merge: true },
      SupplierCommissionsOwed: { merge: true },
    },
  });
}
