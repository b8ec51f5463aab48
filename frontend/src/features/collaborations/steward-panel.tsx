import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('collaborations');
  const c = getFragmentData(StewardPanel_collaboration, collaboration);
  const words = collaborationStatusWords();
  const moves = statusMoves()[c.status];
  return (
    <section className={`${cardStyles.card} ${styles.panel}`} aria-labelledby="steward-heading">
      <h2 id="steward-heading">{t('stewardPanel.heading')}</h2>
      <p className="muted">
        {t('stewardPanel.state', {
          status: words[c.status].label.toLowerCase(),
          hint: words[c.status].hint.toLowerCase(),
        })}
      </p>
      <div className={styles.panelActions}>
        {c.status !== 'ARCHIVED' && (
          <LinkButton to={paths.editCollaboration(c.slug)} variant="secondary" size="sm">
            {t('stewardPanel.edit')}
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
                  ? t('stewardPanel.archiveQuestion')
                  : t('stewardPanel.moveQuestion', { status: words[m.to].label.toLowerCase() }),
              yes: m.label,
            }}
            onDone={() => onNotice(t('stewardPanel.moved', { status: words[m.to].label.toLowerCase() }))}
          >
            {m.label}
          </ActionButton>
        ))}
      </div>
    </section>
  );
}
