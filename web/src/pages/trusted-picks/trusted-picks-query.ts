// The trusted picks' one query, shared by the page and the products list's section.
import { graphql } from '../../gql';

export const TrustedPicksQuery = graphql(`
  query TrustedPicks($personal: Boolean, $first: Int, $after: String) {
    trustedPicks(personal: $personal, first: $first, after: $after) {
      edges {
        cursor
        node {
          product {
            id
            ...ProductSummary_product
          }
          recommenderCount
          recommenders {
            id
            ...MemberBadge_member
          }
          heldUp
          judged
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
