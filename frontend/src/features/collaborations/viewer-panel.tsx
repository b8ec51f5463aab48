import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { loginPath, paths } from '../../lib/paths';
import { ActionButton } from '../../components/action-button';
import { DeclineInvitation } from './api/decline-invitation';
import { LeaveCollaboration } from './api/leave-collaboration';
import { collaborationStatusWords, roleWords } from './words';
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
  const { t } = useTranslation('collaborations');
  const c = getFragmentData(ViewerPanel_collaboration, collaboration);
  const m = c.viewerMembership;
  const open = c.status === 'FORMING' || c.status === 'ACTIVE';
  const join = paths.joinCollaboration(c.slug);

  let body;
  if (!signedIn) {
    body = (
      <>
        <p>{t('viewerPanel.nobodyJoins')}</p>
        {open && <LinkButton to={loginPath(join)}>{t('viewerPanel.logInToJoin')}</LinkButton>}
      </>
    );
  } else if (m?.status === 'ACTIVE') {
    body = (
      <>
        <p>{m.role === 'STEWARD' ? t('viewerPanel.youAreSteward') : t('viewerPanel.youAreMember')}</p>
        <div className={shared.panelActions}>
          {open && (
            <LinkButton to={paths.commitMore(c.slug)} variant="secondary" size="sm">
              {t('viewerPanel.commitMore')}
            </LinkButton>
          )}
          <ActionButton
            mutation={LeaveCollaboration}
            input={{ collaborationId: c.id }}
            variant="quiet"
            confirm={{
              question: t('viewerPanel.leaveQuestion'),
              yes: t('viewerPanel.leave'),
            }}
            onDone={() => onNotice(t('viewerPanel.left', { title: c.title }))}
          >
            {t('viewerPanel.leave')}
          </ActionButton>
        </div>
      </>
    );
  } else if (m?.status === 'INVITED') {
    body = (
      <>
        <p>{t('viewerPanel.invited')}</p>
        <div className={shared.panelActions}>
          <LinkButton to={join} size="sm">
            {t('viewerPanel.acceptByCommitting')}
          </LinkButton>
          <ActionButton
            mutation={DeclineInvitation}
            input={{ membershipId: m.id }}
            variant="quiet"
            onDone={() => onNotice(t('viewerPanel.declined'))}
          >
            {t('viewerPanel.decline')}
          </ActionButton>
        </div>
      </>
    );
  } else if (m?.status === 'REQUESTED') {
    body = (
      <>
        <p>{t('viewerPanel.requested')}</p>
        <ActionButton
          mutation={LeaveCollaboration}
          input={{ collaborationId: c.id }}
          variant="quiet"
          confirm={{ question: t('viewerPanel.withdrawQuestion'), yes: t('viewerPanel.withdrawRequest') }}
          onDone={() => onNotice(t('viewerPanel.withdrawn'))}
        >
          {t('viewerPanel.withdrawRequest')}
        </ActionButton>
      </>
    );
  } else if (m?.status === 'REMOVED') {
    body = <p>{t('viewerPanel.removed')}</p>;
  } else if (!open) {
    body = <p>{t('viewerPanel.closed', { status: collaborationStatusWords()[c.status].label.toLowerCase() })}</p>;
  } else {
    body = (
      <>
        <p>{t('viewerPanel.nobodyJoinsRequest')}</p>
        <LinkButton to={join}>{t('viewerPanel.joinByCommitting')}</LinkButton>
      </>
    );
  }

  return (
    <section className={`${cardStyles.card} ${shared.panel}`} aria-labelledby="your-part-heading">
      <h2 id="your-part-heading">
        {m?.status === 'ACTIVE'
          ? t('viewerPanel.yourPartAs', { role: roleWords()[m.role].toLowerCase() })
          : t('viewerPanel.yourPart')}
      </h2>
      {body}
    </section>
  );
}
