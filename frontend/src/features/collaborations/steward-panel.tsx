import { LinkButton } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../lib/paths';
import { ActionButton } from '../../components/action-button';
import { SetCollaborationStatus } from './api/set-collaboration-status';
import { collaborationStatusWords, statusMoves } from './words';
import styles from './collaborations.module.css';
import cardStyles from '../../components/ui/card.module.css';

export const StewardPanel_collaboration = graphql(`
  fragment StewardPanel_collaboration on Collaboration {
    id
    slug
    status
  }
`);

/** What only stewards do to the collaboration itself: edit it and move its status. */
export function StewardPanel({
  collaboration,
  onNotice,
}: {
  collaboration: FragmentType<typeof StewardPanel_collaboration>;
  onNotice: (message: string) => void;
}) {
  const c = getFragmentData(StewardPanel_collaboration, collaboration);
  const moves = statusMoves[c.status];
  return (
    <section className={`${cardStyles.card} ${styles.panel}`} aria-labelledby="steward-heading">
      <h2 id="steward-heading">Steward tools</h2>
      <p className="muted">
        It is {collaborationStatusWords[c.status].label.toLowerCase()}:{' '}
        {collaborationStatusWords[c.status].hint.toLowerCase()}
      </p>
      <div className={styles.panelActions}>
        {c.status !== 'ARCHIVED' && (
          <LinkButton to={paths.editCollaboration(c.slug)} variant="secondary" size="sm">
            Edit the collaboration
          </LinkButton>
        )}
        {moves.map((m) => (
          <ActionButton
            key={m.to}
            mutation={SetCollaborationStatus}
            input={{ collaborationId: c.id, status: m.to }}
            variant={m.to === 'ARCHIVED' ? 'quiet' : 'secondary'}
            confirm={{
              question:
                m.to === 'ARCHIVED'
                  ? 'Archive it? It takes no new members or commitments and can no longer change.'
                  : `Move it to ${collaborationStatusWords[m.to].label.toLowerCase()}?`,
              yes: m.label,
            }}
            onDone={() => onNotice(`The collaboration is now ${collaborationStatusWords[m.to].label.toLowerCase()}.`)}
          >
            {m.label}
          </ActionButton>
        ))}
      </div>
    </section>
  );
}
