import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../lib/paths';
import { collaborationStatusWords, visibilityWords } from './words';
import { formatDate } from '../../lib/format';
import { valueName } from '../../lib/values-catalog';
import styles from './collaboration-header.module.css';
import shared from './collaborations.module.css';
import tagStyles from '../../components/ui/tag.module.css';

export const CollaborationHeader_collaboration = graphql(`
  fragment CollaborationHeader_collaboration on Collaboration {
    goal
    status
    visibility
    location
    remote
    startsAt
    endsAt
    memberCount
    createdBy {
      id
      handle
      displayName
    }
    values {
      weight
      value {
        id
        slug
        name
      }
    }
  }
`);

/** What a collaboration is after and where: its goal, values and place (its title is in the layout). */
export function CollaborationHeader({
  collaboration,
}: {
  collaboration: FragmentType<typeof CollaborationHeader_collaboration>;
}) {
  const { t } = useTranslation('collaborations');
  const c = getFragmentData(CollaborationHeader_collaboration, collaboration);
  const status = collaborationStatusWords()[c.status];
  const starts = formatDate(c.startsAt);
  const ends = formatDate(c.endsAt);
  return (
    <header>
      <ul className={styles.collabHeaderFacts} aria-label={t('header.about')}>
        <li>{status.hint}</li>
        <li>
          {[c.location, c.remote ? t('header.remoteFriendly') : ''].filter(Boolean).join(' · ') || t('header.remote')}
        </li>
        {(starts || ends) && (
          <li>
            {starts && ends
              ? t('header.dates', { starts, ends })
              : starts
                ? t('header.from', { starts })
                : t('header.until', { ends })}
          </li>
        )}
        <li>{t('header.activeMembers', { count: c.memberCount })}</li>
        <li>{visibilityWords()[c.visibility].label}</li>
        {c.createdBy && (
          <li>
            <Trans
              t={t}
              i18nKey="header.startedBy"
              values={{ name: c.createdBy.displayName }}
              components={{ a: <Link to={paths.person(c.createdBy.handle)} /> }}
            />
          </li>
        )}
      </ul>
      <section aria-labelledby="goal-heading" className="collab-header__goal">
        <h2 id="goal-heading" className="visually-hidden">
          {t('header.sharedGoal')}
        </h2>
        <p className={styles.collabHeaderGoalLabel}>{t('header.theSharedGoal')}</p>
        <blockquote className={shared.goal}>
          <p>{c.goal}</p>
        </blockquote>
      </section>
      {c.values.length > 0 && (
        <ul className={`${tagStyles.tags} collab-header__values`} aria-label={t('header.valuesLabel')}>
          {c.values.map((v) => (
            <li key={v.value.id}>
              <Link className={`${tagStyles.tag} ${tagStyles.tagLink}`} to={paths.value(v.value.slug)}>
                {valueName(v.value)}{' '}
                <span className={tagStyles.tagWeight}>{t('header.weight', { weight: v.weight })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
