import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert } from '../../components/ui';
import { paths } from '../../lib/paths';
import { GetMyEmail } from './api/get-my-email';
import { unverifiedLimits } from './email-status';

/** Asks the viewer to confirm their address while it is unconfirmed; nothing otherwise. */
export function EmailNotice() {
  const [{ data }] = useQuery({ query: GetMyEmail, requestPolicy: 'cache-and-network' });
  const me = data?.viewer;
  if (!me || me.emailVerified !== false) return null;
  return (
    <Alert tone="info" title="Confirm your email address">
      <p>
        We mailed a link to {me.email}. {unverifiedLimits}
      </p>
      <p>
        <Link to={paths.account}>Mail me a new link or change the address</Link>
      </p>
    </Alert>
  );
}
