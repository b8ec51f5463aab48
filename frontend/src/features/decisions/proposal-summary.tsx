import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('decisions');
  const p = getFragmentData(ProposalSummary_proposal, proposal);
  const left = p.status === 'OPEN' ? timeLeft(p.closesAt, now) : null;
  const tally = p.tally;
  const taken = tally.agree + tally.abstain + tally.disagree + tally.block;
  const tag = kindTag(p.kind);
  return (
    <li className={shared.proposalSummary}>
      <div className={shared.proposalSummaryHead}>
        <span className={`${shared.status} ${shared[`status--${p.status.toLowerCase()}`]}`}>
          {statusLabel(p.status)}
        </span>
        {tag && <span className={shared.proposalSummaryKind}>{tag}</span>}
      </div>
      <h3 className={styles.proposalSummaryTitle}>
        <Link to={decisionPaths.proposal(slug, p.id)}>{p.title}</Link>
      </h3>
      <p className={styles.proposalSummaryMeta}>
        {p.author ? `${t('summary.by', { name: p.author.displayName })} ` : ''}
        {p.status === 'OPEN'
          ? left
            ? t('summary.closesIn', { left })
            : t('summary.closingNow')
          : p.closedAt
            ? t('summary.closedOn', { date: formatDate(p.closedAt) })
            : ''}
      </p>
      <p className={styles.proposalSummaryTally}>
        {taken === 0 ? t('summary.noPositions') : t('summary.tally', { ...tally })}
      </p>
      {p.status === 'OPEN' && canTakePart && (
        <p className={p.viewerPosition ? styles.proposalSummaryMine : styles.proposalSummaryAsk}>
          {p.viewerPosition ? yourStance(p.viewerPosition.stance) : t('summary.missing')}
        </p>
      )}
    </li>
  );
}
