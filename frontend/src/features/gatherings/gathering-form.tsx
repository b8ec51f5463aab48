import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { useQuery } from 'urql';
import { Button, FormAlert, SelectField, TextAreaField, TextField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { timeZones } from '../../lib/format';
import { useFormState } from '../../lib/forms';
import { needLabel } from '../../lib/need-draft';
import { GetOpenNeeds } from './api/get-open-needs';
import styles from './gatherings.module.css';

const fields = [
  'title',
  'description',
  'localStart',
  'localEnd',
  'timeZone',
  'place',
  'onlineUrl',
  'capacity',
  'needId',
] as const;
type Problems = Partial<Record<(typeof fields)[number], string>>;

/** What the form holds: every field as typed. */
export type GatheringDraft = Record<(typeof fields)[number], string>;

/** The draft as the API takes it, for planGathering and updateGathering alike. */
export interface GatheringFields {
  title: string;
  description?: string;
  localStart: string;
  localEnd: string;
  timeZone: string;
  place?: string;
  onlineUrl?: string;
  capacity?: number;
  needId?: string;
}

/**
 * The fields of a gathering, checked before they are sent: title, description, start and
 * end in a time zone, place or online link, capacity, the need it serves. Planning and
 * editing share it; `save` returns the server's error, if any.
 */
export function GatheringForm({
  slug,
  initial,
  heading,
  submitLabel,
  failedTitle,
  busy,
  save,
}: {
  slug: string;
  initial: GatheringDraft;
  heading: string;
  submitLabel: string;
  failedTitle: string;
  busy: boolean;
  save: (fields: GatheringFields) => Promise<CombinedError | undefined>;
}) {
  const { t } = useTranslation('gatherings');
  const [form, setForm] = useState(initial);
  const [{ data: needsData }] = useQuery({ query: GetOpenNeeds, variables: { slug } });
  // The need it serves now stays a choice even once filled.
  const openNeeds = (needsData?.collaboration?.needs ?? []).filter((n) => !n.filled || n.id === initial.needId);
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState<Problems>();
  const server = formProblems(serverError, fields);
  const set = (k: keyof GatheringDraft) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [k]: e.target.value }));
    setErrors((p) => ({ ...p, [k]: undefined }));
  };
  const err = (k: (typeof fields)[number]) => errors[k] ?? server.fields[k];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Problems = {};
    if (form.title.trim().length < 3) found.title = t('form.titleTooShort');
    if (!form.localStart) found.localStart = t('form.startMissing');
    if (!form.localEnd) found.localEnd = t('form.endMissing');
    else if (form.localStart && form.localEnd <= form.localStart) found.localEnd = t('form.endBeforeStart');
    if (!form.place.trim() && !form.onlineUrl.trim()) found.place = t('form.whereMissing');
    if (form.onlineUrl.trim() && !/^https?:\/\//i.test(form.onlineUrl.trim())) found.onlineUrl = t('form.badLink');
    const capacity = form.capacity.trim() ? Number(form.capacity) : undefined;
    if (capacity !== undefined && !(Number.isInteger(capacity) && capacity >= 1))
      found.capacity = t('form.badCapacity');
    if (!check(found)) return;
    const error = await save({
      title: form.title.trim(),
      description: form.description.trim() || undefined,
      localStart: form.localStart,
      localEnd: form.localEnd,
      timeZone: form.timeZone,
      place: form.place.trim() || undefined,
      onlineUrl: form.onlineUrl.trim() || undefined,
      capacity,
      needId: form.needId || undefined,
    });
    if (error) fail(error);
  }

  return (
    <form
      ref={formRef}
      className={`form card ${styles.planForm}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={heading}
    >
      <h2>{heading}</h2>
      <TextField
        label={t('form.title')}
        value={form.title}
        maxLength={140}
        onChange={set('title')}
        error={err('title')}
        required
      />
      <TextAreaField
        label={t('form.description')}
        hint={t('form.descriptionHint')}
        rows={4}
        optional
        value={form.description}
        onChange={set('description')}
        error={err('description')}
      />
      <div className={styles.when}>
        <TextField
          label={t('form.starts')}
          type="datetime-local"
          value={form.localStart}
          onChange={set('localStart')}
          error={err('localStart')}
          required
        />
        <TextField
          label={t('form.ends')}
          type="datetime-local"
          value={form.localEnd}
          onChange={set('localEnd')}
          error={err('localEnd')}
          required
        />
      </div>
      <SelectField
        label={t('form.timeZone')}
        hint={t('form.timeZoneHint')}
        value={form.timeZone}
        onChange={set('timeZone')}
        error={err('timeZone')}
      >
        {timeZones(form.timeZone).map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('form.place')}
        hint={t('form.placeHint')}
        optional
        value={form.place}
        maxLength={200}
        onChange={set('place')}
        error={err('place')}
      />
      <TextField
        label={t('form.onlineLink')}
        type="url"
        optional
        value={form.onlineUrl}
        onChange={set('onlineUrl')}
        error={err('onlineUrl')}
      />
      <TextField
        label={t('form.capacity')}
        hint={t('form.capacityHint')}
        type="number"
        min={1}
        optional
        value={form.capacity}
        onChange={set('capacity')}
        error={err('capacity')}
      />
      {openNeeds.length > 0 && (
        <SelectField
          label={t('form.need')}
          hint={t('form.needHint')}
          value={form.needId}
          onChange={set('needId')}
          error={err('needId')}
        >
          <option value="">{t('form.noNeed')}</option>
          {openNeeds.map((n) => (
            <option key={n.id} value={n.id}>
              {needLabel(n)}
            </option>
          ))}
        </SelectField>
      )}
      <FormAlert problems={server.general} title={failedTitle} />
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
