// One Apollo Client for the app: a normalised cache so a member or product fetched by one view is
// the same object in every other view. Every list is a Relay-style connection paged with
// `after`; relayStylePagination appends pages and keys each list by the arguments that change it.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
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
          },
        },
        Member: { fields: { trustEvents: relayStylePagination() } },
        // Value objects without an id: a newer read replaces or completes the older one.
        Trust: { merge: true },
        MemberRank: { merge: true },
        CommissionTotals: { merge: true },
        SupplierCommissionsOwed: { merge: true },
      },
    }),
    // Pages show what the cache has at once and refresh it from the server behind it: trust
    // moves with every verdict, so a cached score must not stay stale.
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } },
  });
}
