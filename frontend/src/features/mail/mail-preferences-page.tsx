import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('mail');
  useDocumentTitle(t('preferences.title'));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetMailPreferences,
  });
  const viewer = data?.viewer;
  return (
    <div className="narrow">
      <h1>{t('preferences.title')}</h1>
      <SettingsNav />
      <p>{t('preferences.intro')}</p>
      {!data && fetching ? (
        <Loading label={t('preferences.loading')} />
      ) : error && !data ? (
        <ErrorState
          error={error}
          title={t('preferences.loadError')}
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
  const { t } = useTranslation('mail');
  const tryAgain = t('preferences.tryAgain');
  const [status, setStatus] = useState('');
  const kinds = kindLabels();
  async function choose(kind: MailKind, cadence: MailCadence) {
    setStatus(t('preferences.saving'));
    const r = await save({ input: { kind, cadence } });
    const saved = cadenceName(r.data?.setMailPreference.mailPreferences, kind);
    setStatus(r.error ? '' : t('preferences.savedKind', { kind: kindLabels()[kind].toLowerCase(), cadence: saved }));
  }
  return (
    <section aria-labelledby="kinds-heading">
      <h2 id="kinds-heading">{t('preferences.kindsHeading')}</h2>
      <div className={styles.kinds}>
        {preferences.map((p) => (
          <SelectField
            key={p.kind}
            label={kinds[p.kind]}
            value={p.cadence}
            disabled={fetching}
            onChange={(e) => void choose(p.kind, e.target.value as MailCadence)}
          >
            {cadenceLabels().map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      <p className={styles.status} role="status">
        {error ? t('preferences.notSaved', { reason: notSavedReason(error, tryAgain) }) : status}
      </p>
    </section>
  );
}

/** Why a choice was not saved: the server's words, else a plea to try again. */
function notSavedReason(error: { graphQLErrors: { message: string }[] }, tryAgain: string): string {
  return error.graphQLErrors[0]?.message ?? tryAgain;
}

function cadenceName(prefs: { kind: MailKind; cadence: MailCadence }[] | undefined, kind: MailKind): string {
  const c = prefs?.find((p) => p.kind === kind)?.cadence;
  return (cadenceLabels().find(([v]) => v === c)?.[1] ?? '').toLowerCase();
}

function TimeZoneForm({ current }: { current: string }) {
  const { t } = useTranslation('mail');
  const tryAgain = t('preferences.tryAgain');
  const [zone, setZone] = useState(current);
  const [{ fetching, error, data }, save] = useMutation(SetTimeZone);
  const saved = data?.updateProfile.person.timeZone;
  return (
    <section aria-labelledby="zone-heading">
      <h2 id="zone-heading">{t('timeZone.heading')}</h2>
      <form
        className={styles.timeZone}
        onSubmit={(e) => {
          e.preventDefault();
          void save({ input: { timeZone: zone } });
        }}
      >
        <SelectField
          label={t('timeZone.label')}
          hint={t('timeZone.hint')}
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
          {t('timeZone.save')}
        </Button>
      </form>
      <p className={styles.status} role="status">
        {error
          ? t('preferences.notSaved', { reason: notSavedReason(error, tryAgain) })
          : saved
            ? t('timeZone.saved', { zone: saved.replaceAll('_', ' ') })
            : ''}
      </p>
    </section>
  );
}
