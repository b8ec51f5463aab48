import { LinkButton } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { loginPath, paths } from '../../lib/paths';
import { ActionButton } from '../../components/action-button';
import { DeclineInvitation } from './api/decline-invitation';
import { LeaveCollaboration } from './api/leave-collaboration';
import { roleWords } from './words';
import shared from './collaborations.module.css';
import cardStyles from '../../components/ui/card.module.css';

export const ViewerPanel_collaboration = graphql(`
  fragment ViewerPanel_collaboration on Collaboration {
    id
    slug
    title
    status
    viewerMembership {
      id
      role
      status
    }
  }
`);

/** What the viewer can do here now: join by committing, answer an invitation, or leave. */
export function ViewerPanel({
  collaboration,
  signedIn,
  onNotice,
}: {
  collaboration: FragmentType<typeof ViewerPanel_collaboration>;
  signedIn: boolean;
  onNotice: (message: string) => void;
}) {
  const c = getFragmentData(ViewerPanel_collaboration, collaboration);
  const m = c.viewerMembership;
  const open = c.status === 'FORMING' || c.status === 'ACTIVE';
  const join = paths.joinCollaboration(c.slug);

  let body;
  if (!signedIn) {
    body = (
      <>
        <p>Nobody joins without committing something: time, a skill, money, goods or goodwill.</p>
        {open && <LinkButton to={loginPath(join)}>Log in to join</LinkButton>}
      </>
    );
  } else if (m?.status === 'ACTIVE') {
    body = (
      <>
        <p>
          You are {m.role === 'STEWARD' ? 'a steward' : 'a member'} of this collaboration.
          {m.role === 'STEWARD' && ' You invite and approve members and look after its needs.'}
        </p>
        <div className={shared.panelActions}>
          {open && (
            <LinkButton to={paths.commitMore(c.slug)} variant="secondary" size="sm">
              Commit more
            </LinkButton>
          )}
          <ActionButton
            mutation={LeaveCollaboration}
            input={{ collaborationId: c.id }}
            variant="quiet"
            confirm={{
              question: 'Leave? Your pending commitments are withdrawn; binding ones stay in the record.',
              yes: 'Leave',
            }}
            onDone={() => onNotice(`You have left “${c.title}”.`)}
          >
            Leave
          </ActionButton>
        </div>
      </>
    );
  } else if (m?.status === 'INVITED') {
    body = (
      <>
        <p>You are invited to join. You join by committing something to the shared goal.</p>
        <div className={shared.panelActions}>
          <LinkButton to={join} size="sm">
            Accept by committing
          </LinkButton>
          <ActionButton
            mutation={DeclineInvitation}
            input={{ membershipId: m.id }}
            variant="quiet"
            onDone={() => onNotice('You declined the invitation.')}
          >
            Decline
          </ActionButton>
        </div>
      </>
    );
  } else if (m?.status === 'REQUESTED') {
    body = (
      <>
        <p>You asked to join with your commitments. A steward will answer your request.</p>
        <ActionButton
          mutation={LeaveCollaboration}
          input={{ collaborationId: c.id }}
          variant="quiet"
          confirm={{ question: 'Withdraw your request and its commitments?', yes: 'Withdraw my request' }}
          onDone={() => onNotice('Your request is withdrawn.')}
        >
          Withdraw my request
        </ActionButton>
      </>
    );
  } else if (m?.status === 'REMOVED') {
    body = <p>A steward removed you from this collaboration; only their invitation brings you back.</p>;
  } else if (!open) {
    body = <p>This collaboration is {c.status.toLowerCase()} and takes no new members.</p>;
  } else {
    body = (
      <>
        <p>
          Nobody joins without committing something: time, a skill, money, goods or goodwill. A steward answers your
          request.
        </p>
        <LinkButton to={join}>Join by committing</LinkButton>
      </>
    );
  }

  return (
    <section className={`${cardStyles.card} ${shared.panel}`} aria-labelledby="your-part-heading">
      <h2 id="your-part-heading">Your part{m?.status === 'ACTIVE' ? `: ${roleWords[m.role].toLowerCase()}` : ''}</h2>
      {body}
    </section>
  );
}
