import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button, FormAlert, SelectField, TextAreaField, TextField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { localTimeZone, timeZones, wallClock } from '../../lib/format';
import { useFormState, useIdempotencyKey } from '../../lib/forms';
import { gatheringPaths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { needLabel } from '../../lib/need-draft';
import { GetOpenNeeds } from './api/get-open-needs';
import { PlanGathering } from './api/plan-gathering';
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

/** A prefilled time: wall-clock as is, an instant (with Z or an offset) turned to wall-clock in tz. */
function prefillTime(v: string | null, tz: string): string {
  if (!v) return '';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) return v;
  return wallClock(v, tz);
}

/**
 * Stewards plan a gathering: title, description, start and end in a time zone (the
 * browser's by default), place or online link, capacity. `?title=&start=&end=&tz=` fill it in.
 */
export function PlanGatheringPage({ slug, collaborationId }: { slug: string; collaborationId: string }) {
  useDocumentTitle('Plan a gathering');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form, setForm] = useState(() => {
    const tz = params.get('tz') || localTimeZone();
    return {
      title: params.get('title') ?? '',
      description: '',
      localStart: prefillTime(params.get('start'), tz),
      localEnd: prefillTime(params.get('end'), tz),
      timeZone: tz,
      place: '',
      onlineUrl: '',
      capacity: '',
      needId: '',
    };
  });
  const [{ data: needsData }] = useQuery({ query: GetOpenNeeds, variables: { slug } });
  const openNeeds = (needsData?.collaboration?.needs ?? []).filter((n) => !n.filled);
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState<Problems>();
  const [{ fetching }, plan] = useMutation(PlanGathering);
  const { keyFor, succeeded } = useIdempotencyKey();
  const server = formProblems(serverError, fields);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [k]: e.target.value }));
    setErrors((p) => ({ ...p, [k]: undefined }));
  };
  const err = (k: (typeof fields)[number]) => errors[k] ?? server.fields[k];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Problems = {};
    if (form.title.trim().length < 3) found.title = 'Give the gathering a title of at least 3 characters.';
    if (!form.localStart) found.localStart = 'Choose when it starts.';
    if (!form.localEnd) found.localEnd = 'Choose when it ends.';
    else if (form.localStart && form.localEnd <= form.localStart) found.localEnd = 'It ends after it starts.';
    if (!form.place.trim() && !form.onlineUrl.trim())
      found.place = 'Say where people meet: a place, an online link, or both.';
    if (form.onlineUrl.trim() && !/^https?:\/\//i.test(form.onlineUrl.trim()))
      found.onlineUrl = 'The link starts with https:// or http://.';
    const capacity = form.capacity.trim() ? Number(form.capacity) : undefined;
    if (capacity !== undefined && !(Number.isInteger(capacity) && capacity >= 1))
      found.capacity = 'Capacity is a whole number, 1 or more; leave it empty for no limit.';
    if (!check(found)) return;
    const input = {
      collaborationId,
      title: form.title.trim(),
      description: form.description.trim() || undefined,
      localStart: form.localStart,
      localEnd: form.localEnd,
      timeZone: form.timeZone,
      place: form.place.trim() || undefined,
      onlineUrl: form.onlineUrl.trim() || undefined,
      capacity,
      needId: form.needId || undefined,
    };
    const r = await plan({ input: { ...input, idempotencyKey: keyFor(input) } });
    if (r.error || !r.data) return fail(r.error);
    succeeded();
    void navigate(gatheringPaths.gathering(slug, r.data.planGathering.gathering.number));
  }

  return (
    <form
      ref={formRef}
      className={`form card ${styles.planForm}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="Plan a gathering"
    >
      <h2>Plan a gathering</h2>
      <TextField
        label="Title"
        value={form.title}
        maxLength={140}
        onChange={set('title')}
        error={err('title')}
        required
      />
      <TextAreaField
        label="Description"
        hint="Markdown: *emphasis*, links, lists."
        rows={4}
        optional
        value={form.description}
        onChange={set('description')}
        error={err('description')}
      />
      <div className={styles.when}>
        <TextField
          label="Starts"
          type="datetime-local"
          value={form.localStart}
          onChange={set('localStart')}
          error={err('localStart')}
          required
        />
        <TextField
          label="Ends"
          type="datetime-local"
          value={form.localEnd}
          onChange={set('localEnd')}
          error={err('localEnd')}
          required
        />
      </div>
      <SelectField
        label="Time zone"
        hint="Where it is held; everyone sees the times in it."
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
        label="Place"
        hint="An address or a spot people know."
        optional
        value={form.place}
        maxLength={200}
        onChange={set('place')}
        error={err('place')}
      />
      <TextField
        label="Online link"
        type="url"
        optional
        value={form.onlineUrl}
        onChange={set('onlineUrl')}
        error={err('onlineUrl')}
      />
      <TextField
        label="Capacity"
        hint="How many may come; beyond it, people join a waiting list."
        type="number"
        min={1}
        optional
        value={form.capacity}
        onChange={set('capacity')}
        error={err('capacity')}
      />
      {openNeeds.length > 0 && (
        <SelectField
          label="Need it serves"
          hint="Optional: the collaboration's need this gathering works on."
          value={form.needId}
          onChange={set('needId')}
          error={err('needId')}
        >
          <option value="">None</option>
          {openNeeds.map((n) => (
            <option key={n.id} value={n.id}>
              {needLabel(n)}
            </option>
          ))}
        </SelectField>
      )}
      <FormAlert problems={server.general} title="The gathering could not be planned" />
      <div className="form__actions">
        <Button type="submit" busy={fetching}>
          Plan the gathering
        </Button>
      </div>
    </form>
  );
}
