import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatMonth, localTimeZone } from '../../lib/format';
import styles from './person-profile.module.css';
import tagStyles from '../../components/ui/tag.module.css';
import { Avatar } from '../../components/avatar';

export const PersonProfile_person = graphql(`
  fragment PersonProfile_person on Person {
    handle
    displayName
    bio
    location
    remoteFriendly
    skills
    visibility
    createdAt
  }
`);

function joined(createdAt: string): string {
  return formatMonth(createdAt, 'long', localTimeZone());
}

/** Who a person is: name, handle, where they are, what they offer. */
export function PersonProfile({
  person,
  isViewer,
}: {
  person: FragmentType<typeof PersonProfile_person>;
  isViewer: boolean;
}) {
  const { t } = useTranslation('people');
  const p = getFragmentData(PersonProfile_person, person);
  const visibilityWords = {
    PUBLIC: t('profile.visibility.public'),
    MEMBERS: t('profile.visibility.members'),
    PRIVATE: t('profile.visibility.private'),
  };
  const since = joined(p.createdAt);
  return (
    <header className={styles.profile}>
      <div className={styles.profileId}>
        <Avatar name={p.displayName} as="div" />
        <div className={styles.profileNames}>
          <h1>{p.displayName}</h1>
          <p className={styles.profileHandle}>@{p.handle}</p>
        </div>
      </div>
      <ul className={styles.profileFacts} aria-label={t('profile.about')}>
        {p.location && <li>{p.location}</li>}
        {p.remoteFriendly && <li>{t('profile.remote')}</li>}
        {since && <li>{t('profile.memberSince', { since })}</li>}
        {isViewer && <li>{visibilityWords[p.visibility]}</li>}
      </ul>
      {p.bio && <p className={styles.profileBio}>{p.bio}</p>}
      {p.skills.length > 0 && (
        <ul className={`${tagStyles.tags} ${styles.tags}`} aria-label={t('profile.skills')}>
          {p.skills.map((s) => (
            <li key={s} className={tagStyles.tag}>
              {s}
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
