import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { decisionPaths } from '../../lib/paths';
import { timeLeft } from '../../lib/time';
import { kindTag, statusLabel, yourStance } from './words';
import { formatDate } from '../../lib/format';
import shared from './decisions.module.css';
import styles from './proposal-summary.module.css';

export const ProposalSummary_proposal = graphql(`
  fragment ProposalSummary_proposal on Proposal {
    id
    kind
    title
    status
    closesAt
    closedAt
    createdAt
    author {
      displayName
    }
    tally {
      agree
      abstain
      disagree
      block
    }
    viewerPosition {
      id
      stance
    }
  }
`);

/** One proposal in a list: what, where it stands, and the viewer's own position. */
export function ProposalSummary({
  slug,
  proposal,
  now,
  canTakePart,
}: {
  slug: string;
  proposal: FragmentType<typeof ProposalSummary_proposal>;
  now: Date;
  /** Whether the viewer is an active member, who is asked for a position. */
  canTakePart: boolean;
}) {
  const p = getFragmentData(ProposalSummary_proposal, proposal);
  const left = p.status === 'OPEN' ? timeLeft(p.closesAt, now) : null;
  const t = p.tally;
  const taken = t.agree + t.abstain + t.disagree + t.block;
  return (
    <li className={shared.proposalSummary}>
      <div className={shared.proposalSummaryHead}>
        <span className={`${shared.status} ${shared[`status--${p.status.toLowerCase()}`]}`}>{statusLabel[p.status]}</span>
        {kindTag[p.kind] && <span className={shared.proposalSummaryKind}>{kindTag[p.kind]}</span>}
      </div>
      <h3 className={styles.proposalSummaryTitle}>
        <Link to={decisionPaths.proposal(slug, p.id)}>{p.title}</Link>
      </h3>
      <p className={styles.proposalSummaryMeta}>
        {p.author ? `By ${p.author.displayName}. ` : ''}
        {p.status === 'OPEN'
          ? left
            ? `Closes in ${left}.`
            : 'Closing now; the outcome is being counted.'
          : p.closedAt
            ? `Closed on ${formatDate(p.closedAt)}.`
            : ''}
      </p>
      <p className={styles.proposalSummaryTally}>
        {taken === 0
          ? 'No positions yet.'
          : `${t.agree} agree · ${t.abstain} abstain · ${t.disagree} disagree · ${t.block} block`}
      </p>
      {p.status === 'OPEN' && canTakePart && (
        <p className={p.viewerPosition ? styles.proposalSummaryMine : styles.proposalSummaryAsk}>
          {p.viewerPosition ? yourStance[p.viewerPosition.stance] : 'Your position is still missing.'}
        </p>
      )}
    </li>
  );
}
