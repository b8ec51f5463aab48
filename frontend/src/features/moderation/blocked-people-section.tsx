import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('moderation');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetBlockedPeople,
    requestPolicy: 'cache-and-network',
  });
  const blocked = data?.viewer?.blockedPeople;
  const them = t('blocked.them');
  return (
    <Card aria-labelledby="blocked-heading">
      <h2 id="blocked-heading">{t('blocked.heading')}</h2>
      <p>{t('blocked.intro')}</p>
      {!data && fetching ? (
        <Loading label={t('blocked.loading')} />
      ) : error && !data ? (
        <ErrorState
          error={error}
          title={t('blocked.loadError')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !blocked?.edges.length ? (
        <p className={styles.none}>{t('blocked.none')}</p>
      ) : (
        <ul className={styles.blockedList}>
          {blocked.edges.map(({ node: b }) => (
            <li key={b.personId} className={styles.blockedItem}>
              <span>
                {b.person ? (
                  <Link to={paths.person(b.person.handle)}>{b.person.displayName}</Link>
                ) : (
                  t('blocked.someone')
                )}
                <span className={styles.blockedWhen}> {t('blocked.since', { date: formatDate(b.blockedAt) })}</span>
              </span>
              <BlockButton personId={b.personId} name={b.person?.displayName ?? them} blocked />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
