import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('mail');
  useDocumentTitle(t('unsubscribe.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const kind = kindOfToken(token);
  const [state, setState] = useState<State>({ step: 'ask' });
  const about = kind ? kindLabels()[kind].toLowerCase() : t('unsubscribe.thisKind');

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
        message: body?.errors?.[0]?.message ?? t('unsubscribe.failed'),
      });
    } catch {
      setState({
        step: 'failed',
        message: t('unsubscribe.unreachable'),
      });
    }
  }

  if (!kind) {
    return (
      <div className="narrow">
        <h1>{t('unsubscribe.title')}</h1>
        <p role="alert">
          <Trans t={t} i18nKey="unsubscribe.incomplete" components={{ a: <Link to={paths.mailPreferences} /> }} />
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t('unsubscribe.title')}</h1>
      {state.step === 'done' ? (
        <p role="status">
          <Trans
            t={t}
            i18nKey="unsubscribe.done"
            values={{ about }}
            components={{ a: <Link to={paths.mailPreferences} /> }}
          />
        </p>
      ) : (
        <>
          <p>{t('unsubscribe.ask', { about })}</p>
          {state.step === 'failed' && <p role="alert">{state.message}</p>}
          <Button onClick={() => void unsubscribe()} busy={state.step === 'sending'}>
            {t('unsubscribe.stop')}
          </Button>
          <p>
            <Trans t={t} i18nKey="unsubscribe.orChoose" components={{ a: <Link to={paths.mailPreferences} /> }} />
          </p>
        </>
      )}
    </div>
  );
}
