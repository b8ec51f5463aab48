import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/ui';
import { LanguageSelect } from '../../components/language-select';
import { SettingsNav } from '../../components/settings-nav';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetMyProfile } from './api/get-my-profile';
import { EditProfileForm } from './edit-profile-form';

/** Where a person edits how others see them. */
export function EditProfilePage() {
  const { t } = useTranslation('profile');
  useDocumentTitle(t('page.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetMyProfile });
  return (
    <div className="narrow">
      <h1>{t('page.heading')}</h1>
      <SettingsNav />
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t('language.heading')}</h2>
        <p className="muted">{t('language.hint')}</p>
        <LanguageSelect />
      </section>
      {!data && fetching ? (
        <Loading label={t('page.loading')} />
      ) : error && !data ? (
        <ErrorState
          error={error}
          title={t('page.loadError')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : data?.viewer ? (
        <EditProfileForm key={data.viewer.id} person={data.viewer} />
      ) : (
        <Loading />
      )}
    </div>
  );
}
