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
  const d = getFragmentData(AnswersSection_dashboard, dashboard);
  const count = d.invitations.length + d.joinRequests.length;
  return (
    <section className={`${sectionStyles.collabSection} answers`} aria-labelledby="answers-heading">
      <h2 id="answers-heading">
        Invitations and requests to answer <span className="count">{count}</span>
      </h2>
      {count === 0 ? (
        <EmptyState title="Nobody waits for your answer">
          Invitations to you, and requests to join the collaborations you steward, show here.{' '}
          <Link to={paths.discoverCollaborations}>Find a collaboration to join</Link>.
        </EmptyState>
      ) : (
        <ul className={styles.answersList}>
          {d.invitations.map((m) => (
            <li key={m.id} className={`${cardStyles.card} ${styles.answersItem}`}>
              <p className="answers__what">
                <strong>{m.invitedBy ? `${m.invitedBy.displayName} invites you` : 'You are invited'}</strong> to join{' '}
                <Link to={paths.collaboration(m.collaboration.slug)}>{m.collaboration.title}</Link>
              </p>
              <p className={styles.answersGoal}>{m.collaboration.goal}</p>
              <p className={`muted ${styles.answersWhen}`}>
                Invited {daysFromNow(m.createdAt)} ({formatDate(m.createdAt)}). You join by committing something.
              </p>
              <div className={styles.answersActions}>
                <Link
                  to={paths.joinCollaboration(m.collaboration.slug)}
                  className={`${buttonStyles.button} ${buttonStyles.buttonPrimary} ${buttonStyles.buttonSm}`}
                >
                  Accept by committing
                </Link>
                <ActionButton
                  mutation={DeclineInvitation}
                  input={{ membershipId: m.id }}
                  variant="quiet"
                  confirm={{ question: `Decline the invitation to ${m.collaboration.title}?`, yes: 'Decline' }}
                  onDone={onAnswered}
                >
                  Decline
                </ActionButton>
              </div>
            </li>
          ))}
          {d.joinRequests.map((m) => {
            const name = m.person?.displayName ?? 'Someone whose profile is hidden';
            return (
              <li key={m.id} className={`${cardStyles.card} ${styles.answersItem}`}>
                <p className="answers__what">
                  <strong>{m.person ? <Link to={paths.person(m.person.handle)}>{name}</Link> : name}</strong> asks to
                  join <Link to={paths.collaboration(m.collaboration.slug)}>{m.collaboration.title}</Link>
                </p>
                {m.commitments.length > 0 && (
                  <ul className={styles.answersOffers} aria-label={`What ${name} commits`}>
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
                  Asked {daysFromNow(m.createdAt)} ({formatDate(m.createdAt)}). You steward this collaboration.
                </p>
                <div className={styles.answersActions}>
                  <ActionButton
                    mutation={ApproveMember}
                    input={{ membershipId: m.id }}
                    variant="primary"
                    onDone={onAnswered}
                  >
                    Approve {m.person?.displayName ?? 'the request'}
                  </ActionButton>
                  <ActionButton
                    mutation={DeclineMember}
                    input={{ membershipId: m.id }}
                    variant="quiet"
                    confirm={{ question: `Decline ${name}’s request?`, yes: 'Decline' }}
                    onDone={onAnswered}
                  >
                    Decline
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
