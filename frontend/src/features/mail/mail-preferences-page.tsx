import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Button, ErrorState, Loading, SelectField } from '../../components/ui';
import { SettingsNav } from '../../components/settings-nav';
import type { MailCadence, MailKind } from '../../gql/graphql';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetMailPreferences } from './api/get-mail-preferences';
import { SetMailPreference } from './api/set-mail-preference';
import { SetTimeZone } from './api/set-time-zone';
import styles from './mail-preferences-page.module.css';
import { cadenceLabels, kindLabels, timeZones } from './words';

/**
 * Where a person chooses, for each kind of mail, at once, a daily or weekly digest, or
 * never, and the time zone their digests follow. Each choice is saved as it is made.
 */
export function MailPreferencesPage() {
  useDocumentTitle('Mail preferences');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetMailPreferences,
  });
  const viewer = data?.viewer;
  return (
    <div className="narrow">
      <h1>Mail preferences</h1>
      <SettingsNav />
      <p>
        Kindred writes to you about what needs you. Choose how often for each kind: at once, gathered in a daily or weekly digest
        (after 08:00 in your time zone, weekly ones on Mondays), or never. Notifications in the app stay either way.
      </p>
      {!data && fetching ? (
        <Loading label="Loading your preferences…" />
      ) : error && !data ? (
        <ErrorState
          error={error}
          title="Your preferences could not be loaded"
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : viewer?.mailPreferences ? (
        <>
          <Cadences preferences={viewer.mailPreferences} />
          <TimeZoneForm current={viewer.timeZone ?? 'UTC'} />
        </>
      ) : (
        <Loading />
      )}
    </div>
  );
}

function Cadences({ preferences }: { preferences: { kind: MailKind; cadence: MailCadence }[] }) {
  const [{ fetching, error }, save] = useMutation(SetMailPreference);
  const [status, setStatus] = useState('');
  async function choose(kind: MailKind, cadence: MailCadence) {
    setStatus('Saving…');
    const r = await save({ input: { kind, cadence } });
    const saved = cadenceName(r.data?.setMailPreference.mailPreferences, kind);
    setStatus(r.error ? '' : `Saved: ${kindLabels[kind].toLowerCase()}, ${saved}.`);
  }
  return (
    <section aria-labelledby="kinds-heading">
      <h2 id="kinds-heading">What to send, and when</h2>
      <div className={styles.kinds}>
        {preferences.map((p) => (
          <SelectField
            key={p.kind}
            label={kindLabels[p.kind]}
            value={p.cadence}
            disabled={fetching}
            onChange={(e) => void choose(p.kind, e.target.value as MailCadence)}
          >
            {cadenceLabels.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      <p className={styles.status} role="status">
        {error ? `Not saved: ${error.graphQLErrors[0]?.message ?? 'try again.'}` : status}
      </p>
    </section>
  );
}

function cadenceName(prefs: { kind: MailKind; cadence: MailCadence }[] | undefined, kind: MailKind): string {
  const c = prefs?.find((p) => p.kind === kind)?.cadence;
  return (cadenceLabels.find(([v]) => v === c)?.[1] ?? '').toLowerCase();
}

function TimeZoneForm({ current }: { current: string }) {
  const [zone, setZone] = useState(current);
  const [{ fetching, error, data }, save] = useMutation(SetTimeZone);
  const saved = data?.updateProfile.person.timeZone;
  return (
    <section aria-labelledby="zone-heading">
      <h2 id="zone-heading">Your time zone</h2>
      <form
        className={styles.timeZone}
        onSubmit={(e) => {
          e.preventDefault();
          void save({ input: { timeZone: zone } });
        }}
      >
        <SelectField
          label="Time zone"
          hint="Digests go out after 08:00 here."
          value={zone}
          onChange={(e) => setZone(e.target.value)}
        >
          {timeZones(current).map((z) => (
            <option key={z} value={z}>
              {z.replaceAll('_', ' ')}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={fetching}>
          Save time zone
        </Button>
      </form>
      <p className={styles.status} role="status">
        {error
          ? `Not saved: ${error.graphQLErrors[0]?.message ?? 'try again.'}`
          : saved
            ? `Saved: ${saved.replaceAll('_', ' ')}.`
            : ''}
      </p>
    </section>
  );
}
