import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('collaborations');
  const [done, setDone] = useState(false);
  if (done) return <Badge tone="info">{t('invite.invited')}</Badge>;
  return (
    <ActionButton
      mutation={InviteMember}
      input={{ collaborationId, personId }}
      variant="secondary"
      onDone={() => setDone(true)}
    >
      <Trans
        t={t}
        i18nKey="invite.invite"
        values={{ name }}
        components={{ hidden: <span className="visually-hidden" /> }}
      />
    </ActionButton>
  );
}
