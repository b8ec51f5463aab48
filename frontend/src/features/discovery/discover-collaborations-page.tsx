import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DiscoverCollaborations } from './api/discover-collaborations';
import { CollaborationMatchCard } from './collaboration-match-card';
import { DiscoveryPage } from './discovery-page';
import { DiscoveryTabs } from './discovery-tabs';
import { MatchResults, type MatchWords } from './match-results';

/** Collaborations ranked by how well their weighted values align with yours; each links to its page, where one joins. */
export function DiscoverCollaborationsPage() {
  const { t } = useTranslation('discovery');
  const words: MatchWords = {
    list: t('collaborations.list'),
    loading: t('collaborations.loading'),
    errorTitle: t('collaborations.loadFailed'),
    emptyTitle: (filtered) => (filtered ? t('collaborations.noMatch') : t('collaborations.none')),
    emptyText: (filtered) => (filtered ? t('collaborations.noMatchHint') : t('collaborations.noneHint')),
    count: (n) => t('collaborations.count', { count: n }),
    more: t('collaborations.more'),
  };
  useDocumentTitle(t('collaborations.title'));
  return (
    <DiscoveryPage
      what="collaborations"
      title={t('collaborations.title')}
      lede={t('collaborations.lede')}
      ledeSignedOut={t('collaborations.ledeSignedOut')}
      tabs={<DiscoveryTabs />}
    >
      {(variables, filtered) => (
        <MatchResults
          query={DiscoverCollaborations}
          pick={(d) => d.discoverCollaborations}
          card={(e) => <CollaborationMatchCard key={e.node.id} edge={e} />}
          words={words}
          variables={variables}
          filtered={filtered}
        />
      )}
    </DiscoveryPage>
  );
}
