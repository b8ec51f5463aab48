import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Card, ErrorState, Loading } from '../../components/ui';
import { formatDate } from '../../lib/format';
import { paths } from '../../lib/paths';
import { GetBlockedPeople } from './api/get-blocked-people';
import { BlockButton } from '../../components/moderation/block-button';
import styles from './moderation.module.css';

/** The people the viewer blocked, each with a way to unblock them (settings). */
export function BlockedPeopleSection() {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetBlockedPeople,
    requestPolicy: 'cache-and-network',
  });
  const blocked = data?.viewer?.blockedPeople;
  return (
    <Card aria-labelledby="blocked-heading">
      <h2 id="blocked-heading">People you blocked</h2>
      <p>
        They cannot invite you or mention you, and their posts are folded away for you. They are not told that you
        blocked them.
      </p>
      {!data && fetching ? (
        <Loading label="Loading…" />
      ) : error && !data ? (
        <ErrorState
          error={error}
          title="The list could not be loaded"
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !blocked?.edges.length ? (
        <p className={styles.none}>You have blocked no one.</p>
      ) : (
        <ul className={styles.blockedList}>
          {blocked.edges.map(({ node: b }) => (
            <li key={b.personId} className={styles.blockedItem}>
              <span>
                {b.person ? (
                  <Link to={paths.person(b.person.handle)}>{b.person.displayName}</Link>
                ) : (
                  'Someone no longer shown'
                )}
                <span className={styles.blockedWhen}> since {formatDate(b.blockedAt)}</span>
              </span>
              <BlockButton personId={b.personId} name={b.person?.displayName ?? 'them'} blocked />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
