import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { impactPaths, outcomeAnchor } from '../../lib/paths';
import { OutcomeProgress, OutcomeProgress_outcome } from './outcome-progress';
import { describeStanding } from './progress';
import shared from './impact.module.css';
import styles from './outcome-row.module.css';

export const OutcomeRow_outcome = graphql(`
  fragment OutcomeRow_outcome on Outcome {
    id
    name
    collaboration {
      id
      slug
      title
    }
    ...OutcomeProgress_outcome
  }
`);

/** An outcome in a list: its name, where it belongs, its progress and standing in a line. */
export function OutcomeRow({
  outcome,
  showCollaboration = true,
}: {
  outcome: FragmentType<typeof OutcomeRow_outcome>;
  showCollaboration?: boolean;
}) {
  const { t } = useTranslation('impact');
  const o = getFragmentData(OutcomeRow_outcome, outcome);
  const standing = describeStanding(getFragmentData(OutcomeProgress_outcome, o));
  return (
    <li className={shared.outcomeRow}>
      <p className={styles.outcomeRowName}>
        <Link to={`${impactPaths.collaboration(o.collaboration.slug)}#${outcomeAnchor(o.id)}`}>{o.name}</Link>
        {showCollaboration && <span className="muted"> {t('outcomeRow.in', { title: o.collaboration.title })}</span>}
      </p>
      <OutcomeProgress outcome={o} compact />
      <p className={`${styles.outcomeRowSentence} muted`}>{standing.sentence}</p>
    </li>
  );
}
