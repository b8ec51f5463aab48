import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  Button,
  CheckboxField,
  EmptyState,
  ErrorState,
  FormAlert,
  LinkButton,
  Loading,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/ui';
import type { GetCollaborationToEditQuery, Visibility } from '../../gql/graphql';
import { endOfDayISO, isoToDateInput, startOfDayISO } from '../../lib/dates';
import { formProblems } from '../../lib/errors';
import { timeZones } from '../../lib/format';
import { useFormState } from '../../lib/forms';
import { paths } from '../../lib/paths';
import { valueName } from '../../lib/values-catalog';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetCollaborationToEdit } from './api/get-collaboration-to-edit';
import { UpdateCollaboration } from './api/update-collaboration';
import { checkStep, emptyDraft } from './create/draft';
import { ValueWeightsEditor } from './value-weights-editor';
import { checkValues, valuesInput, type WeightedValue } from './value-weights';
import { visibilityWords } from './words';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

type Collab = NonNullable<GetCollaborationToEditQuery['collaboration']>;

/** Stewards change the collaboration: its title, values, place, dates, visibility, and the goal while forming. */
export function EditCollaborationPage() {
  const { t } = useTranslation('collaborations');
  const { slug = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetCollaborationToEdit,
    variables: { slug },
    requestPolicy: 'network-only',
  });
  const c = data?.collaboration;
  useDocumentTitle(c ? t('edit.title', { title: c.title }) : undefined);
  if (!data && fetching) return <Loading />;
  if (!c) {
    return (
      <div className="narrow">
        <h1>{t('edit.heading')}</h1>
        {error ? (
          <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : (
          <EmptyState title={t('edit.none')} />
        )}
      </div>
    );
  }
  if (c.viewerMembership?.status !== 'ACTIVE' || c.viewerMembership.role !== 'STEWARD') {
    return (
      <div className="narrow">
        <h1>{t('edit.title', { title: c.title })}</h1>
        <EmptyState
          title={t('edit.onlyStewards')}
          action={<LinkButton to={paths.collaboration(c.slug)}>{t('join.back')}</LinkButton>}
        />
      </div>
    );
  }
  return <EditForm c={c} />;
}

function EditForm({ c }: { c: Collab }) {
  const { t } = useTranslation('collaborations');
  const navigate = useNavigate();
  const [v, setV] = useState({
    title: c.title,
    goal: c.goal,
    location: c.location,
    remote: c.remote,
    visibility: c.visibility,
    startDate: isoToDateInput(c.startsAt),
    endDate: isoToDateInput(c.endsAt),
    timeZone: c.timeZone,
  });
  const [values, setValues] = useState<WeightedValue[]>(
    c.values.map((w) => ({ valueId: w.value.id, name: valueName(w.value), weight: w.weight })),
  );
  const { errors, serverError, formRef: ref, check, fail } = useFormState();
  const [{ fetching }, update] = useMutation(UpdateCollaboration);
  const forming = c.status === 'FORMING';
  const server = formProblems(
    serverError,
    ['title', 'goal', 'values', 'location', 'startsAt', 'endsAt', 'timeZone', 'visibility'],
    {
      'values.weight': 'values',
      'values.valueId': 'values',
    },
  );
  const shown = { ...server.fields, ...errors };
  const set = (change: Partial<typeof v>) => setV((x) => ({ ...x, ...change }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const draft = { ...emptyDraft, ...v, values };
    const endChanged = v.endDate !== isoToDateInput(c.endsAt);
    const found = { ...checkStep(0, draft), ...checkStep(2, draft) };
    if (!endChanged) delete found.endsAt;
    const valuesError = checkValues(values);
    if (valuesError) found.values = valuesError;
    if (!check(found)) return;
    const starts = startOfDayISO(v.startDate);
    const ends = endOfDayISO(v.endDate);
    const result = await update({
      input: {
        collaborationId: c.id,
        title: v.title.trim(),
        ...(forming && v.goal.trim() !== c.goal ? { goal: v.goal.trim() } : {}),
        values: valuesInput(values),
        visibility: v.visibility,
        location: v.location.trim(),
        remote: v.remote,
        ...(starts && v.startDate !== isoToDateInput(c.startsAt) ? { startsAt: starts } : {}),
        ...(!v.startDate && c.startsAt ? { clearStartsAt: true } : {}),
        ...(ends && endChanged ? { endsAt: ends } : {}),
        ...(!v.endDate && c.endsAt ? { clearEndsAt: true } : {}),
        ...(v.timeZone !== c.timeZone ? { timeZone: v.timeZone } : {}),
      },
    });
    if (result.error) return fail(result.error);
    void navigate(paths.collaboration(c.slug), { state: { notice: t('edit.saved') } });
  }

  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link to={paths.collaboration(c.slug)}>{c.title}</Link>
      </p>
      <h1>{t('edit.heading')}</h1>
      <form
        ref={ref}
        className={`${fieldStyles.form} ${cardStyles.card}`}
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={t('edit.heading')}
      >
        <TextField
          label={t('edit.titleLabel')}
          value={v.title}
          onChange={(e) => set({ title: e.target.value })}
          error={shown.title}
        />
        <TextAreaField
          label={t('header.theSharedGoal')}
          rows={5}
          value={v.goal}
          readOnly={!forming}
          onChange={(e) => set({ goal: e.target.value })}
          hint={forming ? t('edit.goalForming') : t('edit.goalActive')}
          error={shown.goal}
        />
        <fieldset className={fieldStyles.field}>
          <legend className={fieldStyles.fieldLabel}>{t('edit.values')}</legend>
          <ValueWeightsEditor values={values} onChange={setValues} error={shown.values} />
        </fieldset>
        <TextField
          label={t('place.where')}
          value={v.location}
          onChange={(e) => set({ location: e.target.value })}
          error={shown.location}
        />
        <CheckboxField
          label={t('place.remote')}
          checked={v.remote}
          onChange={(e) => set({ remote: e.target.checked })}
        />
        <div className={fieldStyles.fieldRow}>
          <TextField
            label={t('place.starts')}
            optional
            type="date"
            value={v.startDate}
            onChange={(e) => set({ startDate: e.target.value })}
            error={shown.startsAt}
          />
          <TextField
            label={t('place.ends')}
            optional
            type="date"
            value={v.endDate}
            onChange={(e) => set({ endDate: e.target.value })}
            error={shown.endsAt}
          />
        </div>
        <SelectField
          label={t('place.timeZone')}
          value={v.timeZone}
          onChange={(e) => set({ timeZone: e.target.value })}
          hint={t('place.timeZoneHint')}
          error={shown.timeZone}
        >
          {timeZones(v.timeZone).map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('place.visibility')}
          value={v.visibility}
          onChange={(e) => set({ visibility: e.target.value as Visibility })}
          hint={visibilityWords()[v.visibility].hint}
        >
          {(['PUBLIC', 'MEMBERS', 'PRIVATE'] as const).map((x) => (
            <option key={x} value={x}>
              {visibilityWords()[x].label}
            </option>
          ))}
        </SelectField>
        <FormAlert problems={server.general} />
        <div className={fieldStyles.formActions}>
          <Button type="submit" busy={fetching}>
            {t('edit.submit')}
          </Button>
          <Link to={paths.collaboration(c.slug)}>{t('cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
