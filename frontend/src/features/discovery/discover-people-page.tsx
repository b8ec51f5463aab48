import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DiscoverPeople } from './api/discover-people';
import { DiscoveryPage } from './discovery-page';
import { DiscoveryTabs } from './discovery-tabs';
import { MatchResults, type MatchWords } from './match-results';
import { PersonMatchCard } from './person-match-card';

/** People ranked by how well their values align with yours, with the values you share. */
export function DiscoverPeoplePage() {
  const { t } = useTranslation('discovery');
  const words: MatchWords = {
    list: t('people.list'),
    loading: t('people.loading'),
    errorTitle: t('people.loadFailed'),
    emptyTitle: (filtered) => (filtered ? t('people.noMatch') : t('people.none')),
    emptyText: (filtered) => (filtered ? t('people.noMatchHint') : t('people.noneHint')),
    count: (n) => t('people.count', { count: n }),
    more: t('people.more'),
  };
  useDocumentTitle(t('people.title'));
  return (
    <DiscoveryPage
      what="people"
      title={t('people.title')}
      lede={t('people.lede')}
      ledeSignedOut={t('people.ledeSignedOut')}
      tabs={<DiscoveryTabs />}
    >
      {(variables, filtered) => (
        <MatchResults
          query={DiscoverPeople}
          pick={(d) => d.discoverPeople}
          card={(e) => <PersonMatchCard key={e.node.id} edge={e} />}
          words={words}
          variables={variables}
          filtered={filtered}
        />
      )}
    </DiscoveryPage>
  );
}
