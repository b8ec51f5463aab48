import { CheckboxField, SelectField, TextField } from '../../../components/ui';
import type { Visibility } from '../../../gql/graphql';
import { dateInputValue } from '../../../lib/dates';
import { timeZones } from '../../../lib/format';
import { visibilityWords } from '../words';
import { locationMax, type DraftChange } from './draft';
import type { StepProps } from './goal-step';
import fieldStyles from '../../../components/ui/field.module.css';

export function PlaceStep({ draft, dispatch, errors }: StepProps) {
  const set = (change: DraftChange) => dispatch({ type: 'set', change });
  return (
    <>
      <TextField
        label="Where it meets"
        optional={draft.remote}
        maxLength={locationMax}
        value={draft.location}
        onChange={(e) => set({ location: e.target.value })}
        hint="A neighbourhood, a town or a region."
        error={errors.location}
      />
      <CheckboxField
        label="Members can take part remotely"
        checked={draft.remote}
        onChange={(e) => set({ remote: e.target.checked })}
      />
      <div className={fieldStyles.fieldRow}>
        <TextField
          label="Starts"
          optional
          type="date"
          value={draft.startDate}
          onChange={(e) => set({ startDate: e.target.value })}
          error={errors.startsAt}
        />
        <TextField
          label="Ends"
          optional
          type="date"
          min={draft.startDate || dateInputValue(new Date())}
          value={draft.endDate}
          onChange={(e) => set({ endDate: e.target.value })}
          error={errors.endsAt}
        />
      </div>
      <SelectField
        label="Time zone"
        value={draft.timeZone}
        onChange={(e) => set({ timeZone: e.target.value })}
        hint="Weekly and monthly commitments count their weeks and months in it."
        error={errors.timeZone}
      >
        {timeZones(draft.timeZone).map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Who can see it"
        value={draft.visibility}
        onChange={(e) => set({ visibility: e.target.value as Visibility })}
        hint={visibilityWords[draft.visibility].hint}
        error={errors.visibility}
      >
        {(['PUBLIC', 'MEMBERS', 'PRIVATE'] as const).map((v) => (
          <option key={v} value={v}>
            {visibilityWords[v].label}
          </option>
        ))}
      </SelectField>
    </>
  );
}
