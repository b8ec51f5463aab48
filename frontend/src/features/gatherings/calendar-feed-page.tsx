import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Button, ErrorState, FormAlert, Loading } from '../../components/ui';
import { SettingsNav } from '../../components/settings-nav';
import { formProblems } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetCalendarFeed, RegenerateCalendarFeed, RevokeCalendarFeed } from './api/calendar-feed';
import styles from './gatherings.module.css';

/** The person's private calendar feed of their gatherings: make, replace or end it. */
export function CalendarFeedPage() {
  useDocumentTitle('Calendar feed');
  const [{ data, error }, refetch] = useQuery({ query: GetCalendarFeed });
  const [{ fetching: making, error: makeError }, regenerate] = useMutation(RegenerateCalendarFeed);
  const [{ fetching: revoking, error: revokeError }, revoke] = useMutation(RevokeCalendarFeed);
  const [url, setUrl] = useState<string>();
  const feed = data?.viewer?.calendarFeed;
  const server = formProblems(makeError ?? revokeError, []);

  let body;
  if (!data) {
    body = error ? (
      <ErrorState
        error={error}
        title="Your calendar feed could not be loaded"
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    ) : (
      <Loading label="Loading…" />
    );
  } else {
    body = (
      <>
        {feed ? (
          <p>
            Your feed was made on {formatDateTime(feed.createdAt)}
            {feed.lastUsedAt
              ? `; a calendar last read it on ${formatDateTime(feed.lastUsedAt)}.`
              : '; no calendar has read it yet.'}
          </p>
        ) : (
          <p>You have no calendar feed.</p>
        )}
        {url && (
          <div className={styles.feedUrl} role="status">
            <p>Paste this address into your calendar app as a subscription. It is shown this once; keep it private.</p>
            <input readOnly value={url} aria-label="Your calendar feed URL" onFocus={(e) => e.target.select()} />
          </div>
        )}
        <FormAlert problems={server.general} title="That did not work" />
        <div className="form__actions">
          <Button
            busy={making}
            onClick={() => void regenerate({}).then((r) => r.data && setUrl(r.data.regenerateCalendarFeed.url))}
          >
            {feed ? 'Make a new feed URL' : 'Make a calendar feed'}
          </Button>
          {feed && (
            <Button
              variant="danger"
              busy={revoking}
              onClick={() =>
                void revoke({}).then(() => {
                  setUrl(undefined);
                  refetch({ requestPolicy: 'network-only' });
                })
              }
            >
              Turn the feed off
            </Button>
          )}
        </div>
      </>
    );
  }
  return (
    <div className="narrow">
      <h1>Calendar feed</h1>
      <SettingsNav />
      <section className={`card ${styles.feed}`} aria-labelledby="feed-heading">
        <h2 id="feed-heading">Your gatherings in your calendar</h2>
        <p>
          A private address that calendar apps read: the gatherings you are going to, might go to, or wait for, in their
          own time zones. A new URL or turning the feed off stops the old one at once.
        </p>
        {body}
      </section>
    </div>
  );
}
