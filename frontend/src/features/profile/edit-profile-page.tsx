import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/ui';
import { SettingsNav } from '../../components/settings-nav';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetMyProfile } from './api/get-my-profile';
import { EditProfileForm } from './edit-profile-form';

/** Where a person edits how others see them. */
export function EditProfilePage() {
  useDocumentTitle('Edit profile');
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetMyProfile });
  return (
    <div className="narrow">
      <h1>Your profile</h1>
      <SettingsNav />
      {!data && fetching ? (
        <Loading label="Loading your profile…" />
      ) : error && !data ? (
        <ErrorState
          error={error}
          title="Your profile could not be loaded"
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
