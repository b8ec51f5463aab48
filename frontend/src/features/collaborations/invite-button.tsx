import { useState } from 'react';
import { Badge } from '../../components/ui';
import { ActionButton } from '../../components/action-button';
import { InviteMember } from './api/invite-member';

/** A steward invites a person; they then join by accepting with a commitment. */
export function InviteButton({
  collaborationId,
  personId,
  name,
}: {
  collaborationId: string;
  personId: string;
  name: string;
}) {
  const [done, setDone] = useState(false);
  if (done) return <Badge tone="info">Invited</Badge>;
  return (
    <ActionButton
      mutation={InviteMember}
      input={{ collaborationId, personId }}
      variant="secondary"
      onDone={() => setDone(true)}
    >
      Invite <span className="visually-hidden">{name}</span>
    </ActionButton>
  );
}
