import { graphql } from '../../../gql';

/** One page of my notifications, newest first. */
export const GetNotifications = graphql(`
  query GetNotifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      unreadCount
      edges {
        cursor
        node {
          id
          ...NotificationItem_notification
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** How many of my notifications are unread, and the newest one's ID to go on from. */
export const GetUnreadNotifications = graphql(`
  query GetUnreadNotifications {
    notifications(first: 1) {
      unreadCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

/** My new notifications as they are written, after the newest I hold. */
export const NotificationAdded = graphql(`
  subscription NotificationAdded($after: ID) {
    notificationAdded(after: $after) {
      id
    }
  }
`);

export const MarkNotificationsRead = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      notifications {
        id
        readAt
      }
      unreadCount
    }
  }
`);
