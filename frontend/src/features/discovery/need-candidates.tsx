import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Button, ErrorState, Loading } from '../../components/ui';
import { paths } from '../../lib/paths';
import { GetNeedCandidates } from './api/get-need-candidates';
import { AlignmentBar } from './alignment-bar';
import { SharedValues } from './shared-values';
import styles from './need-candidates.module.css';
import needStyles from '../../components/need.module.css';

/**
 * For a steward: the people outside the collaboration who have the need's skill (anyone,
 * when it names none), best aligned with its values first, each with `renderAction`
 * (an Invite button). Loaded when the steward asks, not with the page.
 */
export function NeedCandidates({
  needId,
  renderAction,
}: {
  needId: string;
  renderAction: (person: { id: string; displayName: string }) => ReactNode;
}) {
  const { t } = useTranslation('discovery');
  const [open, setOpen] = useState(false);
  const [first, setFirst] = useState(5);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetNeedCandidates,
    variables: { needId, first },
    pause: !open,
  });
  const need = data?.node?.__typename === 'Need' ? data.node : undefined;
  if (!open) {
    return (
      <div className={`${needStyles.candidates} ${needStyles.candidatesClosed}`}>
        <Button size="sm" variant="quiet" onClick={() => setOpen(true)} aria-expanded={false}>
          {t('candidates.find')}
        </Button>
      </div>
    );
  }
  const list = need?.candidates;
  return (
    <div className={needStyles.candidates}>
      <div className={needStyles.candidatesHead}>
        <h4>{need?.skill ? t('candidates.headingSkill', { skill: need.skill }) : t('candidates.heading')}</h4>
        <Button size="sm" variant="quiet" onClick={() => setOpen(false)} aria-expanded>
          {t('candidates.hide')}
        </Button>
      </div>
      <p className="section-intro">{need?.skill ? t('candidates.introSkill') : t('candidates.intro')}</p>
      {!list ? (
        error ? (
          <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : (
          <Loading label={t('people.loading')} />
        )
      ) : list.totalCount === 0 ? (
        <p className="muted">{need?.skill ? t('candidates.noneSkill', { skill: need.skill }) : t('candidates.none')}</p>
      ) : (
        <ul className={needStyles.candidateList}>
          {list.edges.map((e) => (
            <li key={e.node.id} className={styles.candidate} data-testid="candidate">
              <div className="candidate__who">
                <Link to={paths.person(e.node.handle)}>{e.node.displayName}</Link>
                {e.node.location && <span className="muted"> · {e.node.location}</span>}
              </div>
              {e.score !== null && e.score !== undefined && <AlignmentBar score={e.score} name={e.node.displayName} />}
              <SharedValues
                shared={e.sharedValues}
                mine={t('shared.weight')}
                theirs={t('shared.they')}
                label={t('candidates.shared', { name: e.node.displayName })}
              />
              <div className="candidate__action">{renderAction(e.node)}</div>
            </li>
          ))}
        </ul>
      )}
      {list?.pageInfo.hasNextPage && (
        <Button size="sm" variant="secondary" busy={fetching} onClick={() => setFirst((n) => Math.min(100, n + 10))}>
          {t('people.more')}
        </Button>
      )}
    </div>
  );
}
