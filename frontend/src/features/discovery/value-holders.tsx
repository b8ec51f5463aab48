import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/ui';
import { paths } from '../../lib/paths';
import { GetValueHolders } from './api/get-value-holders';
import { MoreResults } from './more-results';
import { pageSize } from './filters';
import { usePages } from './use-pages';
import styles from './value-holders.module.css';
import listStyles from './lists.module.css';
import { Avatar } from '../../components/avatar';

/** The people who hold a value, most strongly first, a page at a time. */
export function ValueHolders({ slug }: { slug: string }) {
  const { cursors, more } = usePages(slug);
  return (
    <ol className={listStyles.holders}>
      {cursors.map((after, i) => (
        <HoldersPage
          key={after ?? 'first'}
          slug={slug}
          after={after}
          first={i === 0}
          last={i === cursors.length - 1}
          onMore={more}
        />
      ))}
    </ol>
  );
}

function HoldersPage({
  slug,
  after,
  first,
  last,
  onMore,
}: {
  slug: string;
  after?: string;
  first: boolean;
  last: boolean;
  onMore: (a: string) => void;
}) {
  const { t } = useTranslation('discovery');
  const strengthWords = [
    '',
    t('strength.somewhat'),
    t('strength.fairly'),
    t('strength.strongly'),
    t('strength.veryStrongly'),
    t('strength.allMyHeart'),
  ];
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetValueHolders,
    variables: { slug, first: pageSize, ...(after ? { after } : {}) },
  });
  const holders = data?.value?.holders;
  if (!holders) {
    if (fetching)
      return (
        <li>
          <Loading label={t('holders.loading')} />
        </li>
      );
    if (error)
      return (
        <li>
          <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        </li>
      );
    return null;
  }
  return (
    <>
      {first && holders.totalCount === 0 && (
        <li>
          <EmptyState title={t('holders.none')}>{t('holders.noneHint')}</EmptyState>
        </li>
      )}
      {holders.edges.map(({ node: pv }) => (
        <li key={pv.id} className={styles.holder}>
          <Avatar name={pv.person.displayName} size="sm" />
          <div className={styles.holderText}>
            <p className={styles.holderName}>
              <Link to={paths.person(pv.person.handle)}>{pv.person.displayName}</Link>
              {pv.person.location && <span className="muted"> · {pv.person.location}</span>}
            </p>
            <p className={styles.holderStrength}>
              {strengthWords[pv.strength]}{' '}
              <span className="muted">{t('holders.ofFive', { strength: pv.strength })}</span>
            </p>
            {pv.statement && <p className={styles.holderStatement}>“{pv.statement}”</p>}
          </div>
        </li>
      ))}
      {last && holders.pageInfo.hasNextPage && holders.pageInfo.endCursor && (
        <li>
          <MoreResults onMore={() => onMore(holders.pageInfo.endCursor!)} label={t('people.more')} />
        </li>
      )}
    </>
  );
}
