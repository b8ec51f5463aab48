import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../components/ui';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { kindLabels, kindOfToken } from './words';

type State = { step: 'ask' } | { step: 'sending' } | { step: 'done' } | { step: 'failed'; message: string };

/**
 * Where a mail's unsubscribe link lands: it asks, then posts the link's signed token to
 * the server's one-click endpoint (RFC 8058), which needs no session.
 */
export function UnsubscribePage() {
  useDocumentTitle('Unsubscribe');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const kind = kindOfToken(token);
  const [state, setState] = useState<State>({ step: 'ask' });
  const about = kind ? kindLabels[kind].toLowerCase() : 'this kind of mail';

  async function unsubscribe() {
    setState({ step: 'sending' });
    try {
      const r = await fetch(`${paths.unsubscribe}?token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      if (r.ok) return setState({ step: 'done' });
      const body = (await r.json().catch(() => null)) as {
        errors?: { message: string }[];
      } | null;
      setState({
        step: 'failed',
        message: body?.errors?.[0]?.message ?? 'Kindred could not unsubscribe you; try again.',
      });
    } catch {
      setState({
        step: 'failed',
        message: 'Kindred could not be reached; try again.',
      });
    }
  }

  if (!kind) {
    return (
      <div className="narrow">
        <h1>Unsubscribe</h1>
        <p role="alert">
          This unsubscribe link is not complete. Choose which mail you get on your{' '}
          <Link to={paths.mailPreferences}>mail preferences</Link> page.
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>Unsubscribe</h1>
      {state.step === 'done' ? (
        <p role="status">
          Done: Kindred will no longer mail you about {about}. You will still see them in the app. Change this or any other kind
          on your <Link to={paths.mailPreferences}>mail preferences</Link> page.
        </p>
      ) : (
        <>
          <p>Stop mail about {about}? You will still see them in the app.</p>
          {state.step === 'failed' && <p role="alert">{state.message}</p>}
          <Button onClick={() => void unsubscribe()} busy={state.step === 'sending'}>
            Stop this mail
          </Button>
          <p>
            Or choose for every kind on your <Link to={paths.mailPreferences}>mail preferences</Link> page.
          </p>
        </>
      )}
    </div>
  );
}
