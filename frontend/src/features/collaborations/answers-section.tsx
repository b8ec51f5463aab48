import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionButton } from '../../components/action-button';
import { EmptyState } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { daysFromNow } from '../../lib/dates';
import { paths } from '../../lib/paths';
import { ApproveMember } from './api/approve-member';
import { DeclineInvitation } from './api/decline-invitation';
import { DeclineMember } from './api/decline-member';
import { Quantity } from '../../components/quantity';
import { formatDate } from '../../lib/format';
import styles from './answers-section.module.css';
import sectionStyles from '../../components/section.module.css';
import buttonStyles from '../../components/ui/button.module.css';
import cardStyles from '../../components/ui/card.module.css';

export const AnswersSection_dashboard = graphql(`
  fragment AnswersSection_dashboard on Dashboard {
    invitations {
      id
      createdAt
      invitedBy {
        id
        displayName
      }
      collaboration {
        id
        slug
        title
        goal
      }
    }
    joinRequests {
      id
      createdAt
      person {
        id
        handle
        displayName
      }
      collaboration {
        id
        slug
        title
      }
      commitments {
        id
        description
        quantity {
          ...Quantity_quantity
        }
      }
    }
  }
`);

/**
 * For the dashboard: invitations to the viewer, and requests to join what they steward.
 * `onAnswered` reads the dashboard again once one is answered.
 */
export function AnswersSection({
  dashboard,
  onAnswered,
}: {
  dashboard: FragmentType<typeof AnswersSection_dashboard>;
  onAnswered: () => void;
}) {
  const { t } = useTranslation('collaborations');
  const d = getFragmentData(AnswersSection_dashboard, dashboard);
  const count = d.invitations.length + d.joinRequests.length;
  return (
    <section className={`${sectionStyles.collabSection} answers`} aria-labelledby="answers-heading">
      <h2 id="answers-heading">
        {t('answers.heading')} <span className="count">{count}</span>
      </h2>
      {count === 0 ? (
        <EmptyState title={t('answers.empty')}>
          <Trans t={t} i18nKey="answers.emptyHint" components={{ a: <Link to={paths.discoverCollaborations} /> }} />
        </EmptyState>
      ) : (
        <ul className={styles.answersList}>
          {d.invitations.map((m) => (
            <li key={m.id} className={`${cardStyles.card} ${styles.answersItem}`}>
              <p className="answers__what">
                {m.invitedBy ? (
                  <Trans
                    t={t}
                    i18nKey="answers.invitesYou"
                    values={{ name: m.invitedBy.displayName, title: m.collaboration.title }}
                    components={{ strong: <strong />, a: <Link to={paths.collaboration(m.collaboration.slug)} /> }}
                  />
                ) : (
                  <Trans
                    t={t}
                    i18nKey="answers.youAreInvited"
                    values={{ title: m.collaboration.title }}
                    components={{ strong: <strong />, a: <Link to={paths.collaboration(m.collaboration.slug)} /> }}
                  />
                )}
              </p>
              <p className={styles.answersGoal}>{m.collaboration.goal}</p>
              <p className={`muted ${styles.answersWhen}`}>
                {t('answers.invitedWhen', { relative: daysFromNow(m.createdAt), date: formatDate(m.createdAt) })}
              </p>
              <div className={styles.answersActions}>
                <Link
                  to={paths.joinCollaboration(m.collaboration.slug)}
                  className={`${buttonStyles.button} ${buttonStyles.buttonPrimary} ${buttonStyles.buttonSm}`}
                >
                  {t('viewerPanel.acceptByCommitting')}
                </Link>
                <ActionButton
                  mutation={DeclineInvitation}
                  input={{ membershipId: m.id }}
                  variant="quiet"
                  confirm={{
                    question: t('answers.declineInvitation', { title: m.collaboration.title }),
                    yes: t('viewerPanel.decline'),
                  }}
                  onDone={onAnswered}
                >
                  {t('viewerPanel.decline')}
                </ActionButton>
              </div>
            </li>
          ))}
          {d.joinRequests.map((m) => {
            const name = m.person?.displayName ?? t('answers.hidden');
            return (
              <li key={m.id} className={`${cardStyles.card} ${styles.answersItem}`}>
                <p className="answers__what">
                  <Trans
                    t={t}
                    i18nKey="answers.asksToJoin"
                    values={{ title: m.collaboration.title }}
                    components={{
                      person: (
                        <strong>{m.person ? <Link to={paths.person(m.person.handle)}>{name}</Link> : name}</strong>
                      ),
                      a: <Link to={paths.collaboration(m.collaboration.slug)} />,
                    }}
                  />
                </p>
                {m.commitments.length > 0 && (
                  <ul className={styles.answersOffers} aria-label={t('answers.whatCommits', { name })}>
                    {m.commitments.map((c) => (
                      <li key={c.id}>
                        <strong>
                          <Quantity quantity={c.quantity} />
                        </strong>
                        {c.description && ` · ${c.description}`}
                      </li>
                    ))}
                  </ul>
                )}
                <p className={`muted ${styles.answersWhen}`}>
                  {t('answers.askedWhen', { relative: daysFromNow(m.createdAt), date: formatDate(m.createdAt) })}
                </p>
                <div className={styles.answersActions}>
                  <ActionButton
                    mutation={ApproveMember}
                    input={{ membershipId: m.id }}
                    variant="primary"
                    onDone={onAnswered}
                  >
                    {m.person ? t('answers.approveName', { name: m.person.displayName }) : t('answers.approveRequest')}
                  </ActionButton>
                  <ActionButton
                    mutation={DeclineMember}
                    input={{ membershipId: m.id }}
                    variant="quiet"
                    confirm={{ question: t('answers.declineRequest', { name }), yes: t('viewerPanel.decline') }}
                    onDone={onAnswered}
                  >
                    {t('viewerPanel.decline')}
                  </ActionButton>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
