import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button, FormAlert } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { RecordAttendance } from './api/record-attendance';
import styles from './gatherings.module.css';

type Person = { id: string; displayName: string; going: boolean };

/**
 * After a gathering, a steward records who attended (those going are ticked) and the hours
 * of each (its duration by default). Each becomes a TIME contribution the steward confirms.
 */
export function AttendanceForm({
  gatheringId,
  people,
  hours,
}: {
  gatheringId: string;
  people: Person[];
  hours: string;
}) {
  const { t } = useTranslation('gatherings');
  const [rows, setRows] = useState(() => people.map((p) => ({ ...p, attended: p.going, hours })));
  const { serverError, formRef, check, fail } = useFormState();
  const [{ fetching }, record] = useMutation(RecordAttendance);
  const server = formProblems(serverError, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!check({})) return;
    const attendees = rows
      .filter((r) => r.attended)
      .map((r) => ({ personId: r.id, hours: r.hours.trim() || undefined }));
    const r = await record({ input: { gatheringId, attendees } });
    if (r.error) fail(r.error);
  }

  return (
    <form
      ref={formRef}
      className={`form card ${styles.attendance}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('attendance.record')}
    >
      <h3>{t('attendance.heading')}</h3>
      <p className="note">{t('attendance.explain')}</p>
      {rows.length === 0 && <p className="note">{t('attendance.nobody')}</p>}
      <ul className={styles.attendanceRows}>
        {rows.map((r, i) => (
          <li key={r.id}>
            <label className={styles.attended}>
              <input
                type="checkbox"
                checked={r.attended}
                onChange={(e) =>
                  setRows((rs) => rs.map((x, j) => (j === i ? { ...x, attended: e.target.checked } : x)))
                }
              />{' '}
              {r.displayName}
            </label>
            <label className={styles.hours}>
              {t('attendance.hours')}{' '}
              <input
                type="text"
                inputMode="decimal"
                value={r.hours}
                disabled={!r.attended}
                aria-label={t('attendance.hoursOf', { name: r.displayName })}
                onChange={(e) => setRows((rs) => rs.map((x, j) => (j === i ? { ...x, hours: e.target.value } : x)))}
              />
            </label>
          </li>
        ))}
      </ul>
      <FormAlert problems={server.general} title={t('attendance.failed')} />
      <div className="form__actions">
        <Button type="submit" busy={fetching}>
          {t('attendance.record')}
        </Button>
      </div>
    </form>
  );
}
