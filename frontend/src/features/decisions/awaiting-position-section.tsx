import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { decisionPaths } from '../../lib/paths';
import { timeLeft } from '../../lib/time';
import { useNow } from './use-now';
import { kindTag } from './words';
import { formatDateTimeLong } from '../../lib/format';
import styles from './awaiting-position-section.module.css';
import sectionStyles from '../../components/section.module.css';
import cardStyles from '../../components/ui/card.module.css';

export const AwaitingPositionSection_dashboard = graphql(`
  fragment AwaitingPositionSection_dashboard on Dashboard {
    proposalsAwaitingMyPosition {
      id
      kind
      title
      closesAt
      collaboration {
        id
        slug
        title
      }
      tally {
        agree
        abstain
        disagree
        block
      }
    }
  }
`);

/** For the dashboard: open proposals in the viewer's collaborations without their position. */
export function AwaitingPositionSection({
  dashboard,
}: {
  dashboard: FragmentType<typeof AwaitingPositionSection_dashboard>;
}) {
  const { t, i18n } = useTranslation('decisions');
  const now = useNow();
  const list = getFragmentData(AwaitingPositionSection_dashboard, dashboard).proposalsAwaitingMyPosition;
  return (
    <section className={`${sectionStyles.collabSection} awaiting-position`} aria-labelledby="awaiting-position-heading">
      <h2 id="awaiting-position-heading">
        {t('awaiting.heading')} <span className="count">{list.length}</span>
      </h2>
      {list.length === 0 ? (
        <EmptyState title={t('awaiting.empty.title')}>{t('awaiting.empty.body')}</EmptyState>
      ) : (
        <ul className={styles.awaitingPositionList}>
          {list.map((p) => {
            const left = timeLeft(p.closesAt, now);
            const tally = p.tally;
            const tag = kindTag(p.kind);
            return (
              <li key={p.id} className={`${cardStyles.card} ${styles.awaitingPositionItem}`}>
                <p className={styles.awaitingPositionCollab}>
                  {p.collaboration.title}
                  {tag && ` · ${tag.toLocaleLowerCase(i18n.language)}`}
                </p>
                <h3 className={styles.awaitingPositionTitle}>
                  <Link to={decisionPaths.proposal(p.collaboration.slug, p.id)}>{p.title}</Link>
                </h3>
                <p className="awaiting-position__when">
                  {left ? t('awaiting.closesIn', { left }) : t('awaiting.closingNow')}{' '}
                  <span className="muted">({formatDateTimeLong(p.closesAt)})</span>
                </p>
                <p className={`muted ${styles.awaitingPositionTally}`}>{t('awaiting.soFar', { ...tally })}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
