import { Link } from 'react-router';
import { EmptyState } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { decisionPaths } from '../../lib/paths';
import { timeLeft } from '../../lib/time';
import { useNow } from './use-now';
import { kindLabel } from './words';
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
  const now = useNow();
  const list = getFragmentData(AwaitingPositionSection_dashboard, dashboard).proposalsAwaitingMyPosition;
  return (
    <section className={`${sectionStyles.collabSection} awaiting-position`} aria-labelledby="awaiting-position-heading">
      <h2 id="awaiting-position-heading">
        Proposals waiting for your position <span className="count">{list.length}</span>
      </h2>
      {list.length === 0 ? (
        <EmptyState title="You have taken a position on every open proposal">
          When someone puts a proposal to a collaboration you are part of, it shows here until you agree, abstain,
          disagree or block.
        </EmptyState>
      ) : (
        <ul className={styles.awaitingPositionList}>
          {list.map((p) => {
            const left = timeLeft(p.closesAt, now);
            const t = p.tally;
            return (
              <li key={p.id} className={`${cardStyles.card} ${styles.awaitingPositionItem}`}>
                <p className={styles.awaitingPositionCollab}>
                  {p.collaboration.title}
                  {p.kind !== 'OTHER' && ` · ${kindLabel[p.kind].toLowerCase()} proposal`}
                </p>
                <h3 className={styles.awaitingPositionTitle}>
                  <Link to={decisionPaths.proposal(p.collaboration.slug, p.id)}>{p.title}</Link>
                </h3>
                <p className="awaiting-position__when">
                  {left ? `Closes in ${left}` : 'Closing now'}{' '}
                  <span className="muted">({formatDateTimeLong(p.closesAt)})</span>
                </p>
                <p className={`muted ${styles.awaitingPositionTally}`}>
                  So far: {t.agree} agree, {t.abstain} abstain, {t.disagree} disagree, {t.block} block.
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
