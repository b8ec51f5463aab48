import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../lib/paths';
import { collaborationStatusWords, visibilityWords } from './words';
import { formatDate } from '../../lib/format';
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
  const c = getFragmentData(CollaborationHeader_collaboration, collaboration);
  const status = collaborationStatusWords[c.status];
  const starts = formatDate(c.startsAt);
  const ends = formatDate(c.endsAt);
  return (
    <header>
      <ul className={styles.collabHeaderFacts} aria-label="About">
        <li>{status.hint}</li>
        <li>{[c.location, c.remote ? 'remote-friendly' : ''].filter(Boolean).join(' · ') || 'Remote'}</li>
        {(starts || ends) && (
          <li>{starts && ends ? `${starts} – ${ends}` : starts ? `From ${starts}` : `Until ${ends}`}</li>
        )}
        <li>
          {c.memberCount} active {c.memberCount === 1 ? 'member' : 'members'}
        </li>
        <li>{visibilityWords[c.visibility].label}</li>
        {c.createdBy && (
          <li>
            Started by <Link to={paths.person(c.createdBy.handle)}>{c.createdBy.displayName}</Link>
          </li>
        )}
      </ul>
      <section aria-labelledby="goal-heading" className="collab-header__goal">
        <h2 id="goal-heading" className="visually-hidden">
          Shared goal
        </h2>
        <p className={styles.collabHeaderGoalLabel}>The shared goal</p>
        <blockquote className={shared.goal}>
          <p>{c.goal}</p>
        </blockquote>
      </section>
      {c.values.length > 0 && (
        <ul className={`${tagStyles.tags} collab-header__values`} aria-label="Values it serves, with their weight from 1 to 5">
          {c.values.map((v) => (
            <li key={v.value.id}>
              <Link className={`${tagStyles.tag} ${tagStyles.tagLink}`} to={paths.value(v.value.slug)}>
                {v.value.name} <span className={tagStyles.tagWeight}>weight {v.weight}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
