import { Trans, useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { PeopleList } from './people-list';
import { i18n } from '../../lib/i18n';
import styles from './participation-view.module.css';

export const ParticipationView_participation = graphql(`
  fragment ParticipationView_participation on Participation {
    taken
    needed
    eligible
    reached
    members {
      id
      handle
      displayName
    }
  }
`);

/** "3 of 5 members have taken part; 3 needed." as it stands, or as it stood at closing. */
export function participationSentence(p: { taken: number; needed: number; eligible: number }, open: boolean): string {
  const of = i18n.t('decisions:participation.ofMembers', { taken: p.taken, count: p.eligible });
  return open
    ? i18n.t('decisions:participation.open', { of, needed: p.needed, count: p.taken })
    : i18n.t('decisions:participation.closed', { of, count: p.needed });
}

/**
 * Who takes part in a proposal against its quorum, as a sentence and a meter; the names
 * of those who took part, or for an anonymous proposal only how many.
 */
export function ParticipationView({
  participation,
  open,
  anonymous,
}: {
  participation: FragmentType<typeof ParticipationView_participation>;
  open: boolean;
  anonymous: boolean;
}) {
  const { t } = useTranslation('decisions');
  const p = getFragmentData(ParticipationView_participation, participation);
  const tone = p.reached ? 'reached' : 'short';
  return (
    <div className={`${styles.participation} ${styles[`participation--${tone}`]}`}>
      <p className={styles.participationSentence}>
        <strong>{participationSentence(p, open)}</strong>{' '}
        {p.reached
          ? open
            ? t('participation.reached')
            : t('participation.wasReached')
          : open
            ? t('participation.more', { count: p.needed - p.taken })
            : t('participation.notReached')}
      </p>
      <progress
        className={styles.participationMeter}
        max={Math.max(p.needed, 1)}
        value={Math.min(p.taken, p.needed)}
        aria-label={t('participation.meter')}
      >
        {t('participation.meterText', { taken: p.taken, needed: p.needed })}
      </progress>
      {anonymous ? (
        <p className={styles.participationNote}>{t('participation.anonymous')}</p>
      ) : (
        p.members &&
        p.members.length > 0 && (
          <p className={styles.participationNote}>
            <Trans t={t} i18nKey="participation.tookPart" components={{ people: <PeopleList people={p.members} /> }} />
          </p>
        )
      )}
    </div>
  );
}
