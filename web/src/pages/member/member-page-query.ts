// The member page's one query, in its own module so main.tsx can start it on a cold visit while
// the page's own chunk is still on its way (preload.ts).
import { graphql } from '../../gql';

export const MemberPageQuery = graphql(`
  query MemberPage($handle: String!) {
    member(handle: $handle) {
      id
      handle
      displayName
      ...MemberHeader_member
      trustHistory(days: 90) {
        ...TrustHistoryChart_point
      }
      # The first page of TrustEventList's and PocketShop's own queries, same selections: the
      # whole page arrives in one round trip, and those lists read it from the cache.
      trustEvents(first: 10) {
        edges {
          cursor
          node {
            id
            ...TrustEventItem_event
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
    memberRecommendations(handle: $handle, first: 12) {
      edges {
        cursor
        node {
          id
          ...RecommendationCard_recommendation
          ...RecommendationPhotos_recommendation
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
