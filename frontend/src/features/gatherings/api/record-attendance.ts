import { graphql } from '../../../gql';

export const RecordAttendance = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      gathering {
        id
        attendanceRecordedAt
        attendees {
          id
          displayName
        }
      }
    }
  }
`);
