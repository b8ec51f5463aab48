import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { Badge, Button } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { problemsOf } from '../../lib/errors';
import { paths } from '../../lib/paths';
import { AttestMeasurement } from './api/attest-measurement';
import { listInWords } from './words';
import { formatDate, formatDateTime, formatWithUnit } from '../../lib/format';
import styles from './measurement-item.module.css';
import buttonStyles from '../../components/ui/button.module.css';
import fieldStyles from '../../components/ui/field.module.css';

export const MeasurementItem_measurement = graphql(`
  fragment MeasurementItem_measurement on Measurement {
    id
    value
    measuredAt
    evidenceUrl
    evidenceNote
    current
    viewerCanAttest
    createdAt
    recordedBy {
      id
      handle
      displayName
    }
    supersedes {
      id
      value
      measuredAt
    }
    supersededBy {
      id
      value
      createdAt
    }
    attestations {
      person {
        id
        handle
        displayName
      }
      createdAt
    }
  }
`);

/** The evidence link's words: its host and path, without the scheme. */
function linkText(url: string): string {
  try {
    const u = new URL(url);
    const text = `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  } catch {
    return url;
  }
}

/**
 * One measurement: the figure, when, who recorded it, its evidence and who attests it;
 * with a button to attest it and a link to correct it when the viewer may.
 */
export function MeasurementItem({
  measurement,
  unit,
  correctPath,
}: {
  measurement: FragmentType<typeof MeasurementItem_measurement>;
  unit: string;
  /** Where to correct it, when the viewer may (its recorder or a steward). */
  correctPath?: string;
}) {
  const { t } = useTranslation('impact');
  const m = getFragmentData(MeasurementItem_measurement, measurement);
  const [{ fetching }, attest] = useMutation(AttestMeasurement);
  const [error, setError] = useState<CombinedError>();
  const [attested, setAttested] = useState(false);
  const done = useRef<HTMLParagraphElement>(null);
  // The button goes once the attestation is stored: keep keyboard focus on the news.
  useEffect(() => {
    if (attested) done.current?.focus();
  }, [attested]);
  const figure = formatWithUnit(m.value, unit);
  const when = formatDate(m.measuredAt);
  // Names for buttons, in plain spaces so they read (and match) as typed.
  const named = t('item.named', { figure, when }).replace(/\u00a0/g, ' ');
  const attesters = m.attestations.map((a) => a.person?.displayName ?? t('item.hiddenMember'));
  const correcting = m.supersedes
    ? { figure: formatWithUnit(m.supersedes.value, unit), date: formatDate(m.supersedes.measuredAt) }
    : undefined;

  async function onAttest() {
    setError(undefined);
    const result = await attest({ input: { measurementId: m.id } });
    if (result.error) setError(result.error);
    else setAttested(true);
  }

  return (
    <li className={`${styles.measurement}${m.current ? '' : ` ${styles.measurementCorrected}`}`}>
      <div className={styles.measurementHead}>
        <p className={styles.measurementFigure}>
          <strong>{figure}</strong>{' '}
          <span className="muted">
            <Trans
              t={t}
              i18nKey="item.measured"
              values={{ when }}
              components={{ time: <time dateTime={m.measuredAt} title={formatDateTime(m.measuredAt)} /> }}
            />
          </span>
        </p>
        {!m.current && <Badge>{t('item.corrected')}</Badge>}
        {m.supersedes && <Badge>{t('item.correction')}</Badge>}
      </div>
      <p className={styles.measurementMeta}>
        {m.recordedBy ? (
          correcting ? (
            <Trans
              t={t}
              i18nKey="item.recordedByCorrecting"
              values={{ name: m.recordedBy.displayName, ...correcting }}
              components={{ person: <Link to={paths.person(m.recordedBy.handle)} /> }}
            />
          ) : (
            <Trans
              t={t}
              i18nKey="item.recordedBy"
              values={{ name: m.recordedBy.displayName }}
              components={{ person: <Link to={paths.person(m.recordedBy.handle)} /> }}
            />
          )
        ) : correcting ? (
          t('item.recordedByHiddenCorrecting', correcting)
        ) : (
          t('item.recordedByHidden')
        )}
        {m.supersededBy &&
          ` ${t('item.supersededBy', {
            figure: formatWithUnit(m.supersededBy.value, unit),
            date: formatDate(m.supersededBy.createdAt),
          })}`}
      </p>
      <div className={styles.measurementEvidence}>
        <span className={styles.measurementLabel}>{t('item.evidence')} </span>
        {m.evidenceUrl && (
          <a href={m.evidenceUrl} rel="noopener noreferrer nofollow">
            {linkText(m.evidenceUrl)}
            <span className="visually-hidden"> {t('item.evidenceFor', { figure, when })}</span>
          </a>
        )}
        {m.evidenceUrl && m.evidenceNote && ' · '}
        {m.evidenceNote && <q className={styles.measurementNote}>{m.evidenceNote}</q>}
      </div>
      <p className={styles.measurementAttest}>
        {attesters.length > 0 ? t('item.attestedBy', { names: listInWords(attesters) }) : t('item.notAttested')}
      </p>
      {(m.viewerCanAttest || correctPath) && (
        <div className={styles.measurementActions}>
          {m.viewerCanAttest && (
            <Button
              size="sm"
              variant="secondary"
              busy={fetching}
              onClick={() => void onAttest()}
              aria-label={t('item.attestLabel', { what: named })}
            >
              {t('item.attest')}
            </Button>
          )}
          {correctPath && m.current && (
            <Link
              className={`${buttonStyles.button} ${buttonStyles.buttonQuiet} ${buttonStyles.buttonSm}`}
              to={correctPath}
              aria-label={t('item.correctLabel', { what: named })}
            >
              {t('item.correct')}
            </Link>
          )}
        </div>
      )}
      {attested && !error && (
        <p className={styles.measurementDone} role="status" tabIndex={-1} ref={done}>
          {t('item.attested', { figure, when })}
        </p>
      )}
      {error && (
        <p className={fieldStyles.fieldError} role="alert">
          {problemsOf(error)
            .map((p) => p.message)
            .join(' ')}
        </p>
      )}
    </li>
  );
}
