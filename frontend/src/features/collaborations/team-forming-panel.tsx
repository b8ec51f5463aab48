import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ActionButton } from '../../components/action-button';
import { Badge } from '../../components/ui';
import { formatList, formatPart, formatPercent, formatQuantity } from '../../lib/format';
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
  const { t } = useTranslation('collaborations');
  const context = useMemo(() => ({ additionalTypenames: ['Membership', 'Commitment', 'Need'] }), []);
  const [{ data }, refetch] = useQuery({ query: GetTeamForming, variables: { slug }, context });
  const c = data?.collaboration;
  if (!c || c.status !== 'FORMING') return null;
  const uncovered = c.needs.filter((n) => !n.covered);
  const team = c.proposedTeam;
  return (
    <section className={`${cardStyles.card} ${styles.panel}`} aria-labelledby="team-heading">
      <h2 id="team-heading">{t('teamForming.heading')}</h2>
      <h3 id="uncovered-heading">{t('teamForming.uncovered')}</h3>
      {uncovered.length === 0 ? (
        <p>{t('teamForming.allPledged')}</p>
      ) : (
        <ul aria-labelledby="uncovered-heading" className={styles.list}>
          {uncovered.map((n) => (
            <li key={n.id}>
              <strong>
                {n.skill
                  ? t('needOf', { quantity: formatQuantity(n.quantity), skill: n.skill })
                  : formatQuantity(n.quantity)}
              </strong>{' '}
              <span className="muted">
                {t('pledgedPart', {
                  part: formatPart(n.pledged, n.quantity),
                  percent: formatPercent(n.pledgedShare),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {team && team.skills.length > 0 && (
        <>
          <h3 id="proposed-heading">{t('teamForming.proposed')}</h3>
          <p className="muted">
            {team.exact
              ? t('teamForming.proposedHint', {
                  skills: formatList(team.skills),
                })
              : t('teamForming.proposedHintApprox', {
                  skills: formatList(team.skills),
                })}
          </p>
          {team.members.length === 0 ? (
            <p>{t('teamForming.nobody')}</p>
          ) : (
            <ul aria-labelledby="proposed-heading" className={styles.list}>
              {team.members.map((m) => (
                <li key={m.person.id}>
                  <Link to={paths.person(m.person.handle)}>{m.person.displayName}</Link>{' '}
                  <Badge tone="neutral">{t('teamForming.aligned', { percent: formatPercent(m.alignment) })}</Badge>{' '}
                  <span className="muted">{m.skills.join(', ')}</span>
                </li>
              ))}
            </ul>
          )}
          {team.uncoverable.length > 0 && (
            <p className="muted">{t('teamForming.uncoverable', { skills: team.uncoverable.join(', ') })}</p>
          )}
          {team.members.length > 0 && (
            <ActionButton
              mutation={InviteTeam}
              input={{ collaborationId: c.id, personIds: team.members.map((m) => m.person.id) }}
              variant="primary"
              onDone={() => {
                onNotice(t('teamForming.invited', { count: team.members.length }));
                refetch({ requestPolicy: 'network-only' });
              }}
            >
              {t('teamForming.invite')}
            </ActionButton>
          )}
        </>
      )}
    </section>
  );
}
