// The inbox's GraphQL operations: the page of notifications, marking read, the preferences.
import { graphql } from '../../gql';

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          kind
          createdAt
          read
          link
          productTitle
          trustDelta
          stars
          heldUp
          place
          ranked
          movement
          privilege
          actor {
            id
            handle
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    unreadNotificationCount
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      read
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      inApp
      email
    }
  }
`);

export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) {
    setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) {
      kind
      inApp
      email
    }
  }
`);
