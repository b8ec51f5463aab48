import { Meaning } from '../../components/ui';
import styles from './impact.module.css';

/** Where a set of outcomes stands, counted, as one line of figures. */
export function OutcomeSummaryLine({
  summary,
}: {
  summary: { total: number; measured: number; onTrack: number; reached: number };
}) {
  const { total, measured, onTrack, reached } = summary;
  return (
    <ul className={styles.summary} aria-label="Outcomes at a glance">
      <li>
        <strong>{total}</strong> {total === 1 ? 'outcome' : 'outcomes'}
      </li>
      <li>
        <strong>{measured}</strong> measured
      </li>
      <li>
        <strong>{onTrack}</strong> on track <Meaning term="onTrack" />
      </li>
      <li>
        <strong>{reached}</strong> reached
      </li>
    </ul>
  );
}
