import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ActionButton } from '../../components/action-button';
import { Badge } from '../../components/ui';
import { formatPart, formatPercent, formatQuantity } from '../../lib/format';
import { paths } from '../../lib/paths';
import { GetTeamForming } from './api/get-team-forming';
import { InviteTeam } from './api/invite-team';
import styles from './team-forming-panel.module.css';
import cardStyles from '../../components/ui/card.module.css';

/**
 * Stewards of a forming collaboration: which needs pledges do not cover yet (commitments
 * on "every need pledged" wait for them), and the smallest team that lists their skills.
 */
export function TeamFormingPanel({ slug, onNotice }: { slug: string; onNotice: (message: string) => void }) {
  const context = useMemo(() => ({ additionalTypenames: ['Membership', 'Commitment', 'Need'] }), []);
  const [{ data }, refetch] = useQuery({ query: GetTeamForming, variables: { slug }, context });
  const c = data?.collaboration;
  if (!c || c.status !== 'FORMING') return null;
  const uncovered = c.needs.filter((n) => !n.covered);
  const team = c.proposedTeam;
  return (
    <section className={`${cardStyles.card} ${styles.panel}`} aria-labelledby="team-heading">
      <h2 id="team-heading">Forming the team</h2>
      <h3 id="uncovered-heading">Uncovered needs</h3>
      {uncovered.length === 0 ? (
        <p>Every need is pledged: commitments made “when every need is pledged” are binding.</p>
      ) : (
        <ul aria-labelledby="uncovered-heading" className={styles.list}>
          {uncovered.map((n) => (
            <li key={n.id}>
              <strong>
                {formatQuantity(n.quantity)}
                {n.skill ? ` of ${n.skill}` : ''}
              </strong>{' '}
              <span className="muted">
                {formatPart(n.pledged, n.quantity)} pledged ({formatPercent(n.pledgedShare)})
              </span>
            </li>
          ))}
        </ul>
      )}
      {team && team.skills.length > 0 && (
        <>
          <h3 id="proposed-heading">Proposed team</h3>
          <p className="muted">
            The fewest people not yet in it who together list{' '}
            {new Intl.ListFormat('en', { type: 'conjunction' }).format(team.skills)}; on a tie, the best aligned with
            its values.
            {team.exact ? '' : ' With this many skills it is a close approximation, not always the smallest.'}
          </p>
          {team.members.length === 0 ? (
            <p>Nobody who could be invited lists these skills yet.</p>
          ) : (
            <ul aria-labelledby="proposed-heading" className={styles.list}>
              {team.members.map((m) => (
                <li key={m.person.id}>
                  <Link to={paths.person(m.person.handle)}>{m.person.displayName}</Link>{' '}
                  <Badge tone="neutral">{formatPercent(m.alignment)} aligned</Badge>{' '}
                  <span className="muted">{m.skills.join(', ')}</span>
                </li>
              ))}
            </ul>
          )}
          {team.uncoverable.length > 0 && (
            <p className="muted">Nobody who could be invited lists {team.uncoverable.join(', ')}.</p>
          )}
          {team.members.length > 0 && (
            <ActionButton
              mutation={InviteTeam}
              input={{ collaborationId: c.id, personIds: team.members.map((m) => m.person.id) }}
              variant="primary"
              onDone={() => {
                onNotice(`Invited ${team.members.length === 1 ? 'one person' : `${team.members.length} people`}.`);
                refetch({ requestPolicy: 'network-only' });
              }}
            >
              Invite the proposed team
            </ActionButton>
          )}
        </>
      )}
    </section>
  );
}
