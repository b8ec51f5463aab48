import { Trans, useTranslation } from 'react-i18next';
import { Meaning } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import styles from './committee-signal.module.css';
import cardStyles from '../../components/ui/card.module.css';

export const CommitteeSignal_signal = graphql(`
  fragment CommitteeSignal_signal on CommitteeSignal {
    talk
    do
    flagged
    windowDays
  }
`);

/**
 * The committee signal: talk (proposals, positions, comments) against do (contributions,
 * measurements) over the last days, and what the comparison means.
 */
export function CommitteeSignal({ signal }: { signal: FragmentType<typeof CommitteeSignal_signal> }) {
  const { t } = useTranslation('decisions');
  const s = getFragmentData(CommitteeSignal_signal, signal);
  return (
    <section
      className={`${cardStyles.card} ${styles.signal}${s.flagged ? ` ${styles.signalFlagged}` : ''}`}
      aria-labelledby="signal-heading"
    >
      <h2 id="signal-heading">{t('signal.heading')}</h2>
      <p className={styles.signalWindow}>
        {t('signal.window', { count: s.windowDays })} <Meaning term="committeeSignal" />
      </p>
      <dl className={styles.signalCounts}>
        <div className={styles.signalCount}>
          <dt>{t('signal.talk')}</dt>
          <dd>
            <span className={styles.signalNumber}>{s.talk}</span>
            <span className={styles.signalWhat}>{t('signal.talkWhat')}</span>
          </dd>
        </div>
        <div className={styles.signalCount}>
          <dt>{t('signal.do')}</dt>
          <dd>
            <span className={styles.signalNumber}>{s.do}</span>
            <span className={styles.signalWhat}>{t('signal.doWhat')}</span>
          </dd>
        </div>
      </dl>
      {s.flagged ? (
        <p className={styles.signalVerdict} role="note">
          <Trans t={t} i18nKey="signal.flagged" components={{ strong: <strong /> }} />
        </p>
      ) : (
        <p className={styles.signalVerdict}>{t('signal.rule')}</p>
      )}
    </section>
  );
}
