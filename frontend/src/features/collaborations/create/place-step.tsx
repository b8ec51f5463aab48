import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../../components/ui';
import type { Visibility } from '../../../gql/graphql';
import { dateInputValue } from '../../../lib/dates';
import { timeZones } from '../../../lib/format';
import { visibilityWords } from '../words';
import { locationMax, type DraftChange } from './draft';
import type { StepProps } from './goal-step';
import fieldStyles from '../../../components/ui/field.module.css';

export function PlaceStep({ draft, dispatch, errors }: StepProps) {
  const { t } = useTranslation('collaborations');
  const set = (change: DraftChange) => dispatch({ type: 'set', change });
  return (
    <>
      <TextField
        label={t('place.where')}
        optional={draft.remote}
        maxLength={locationMax}
        value={draft.location}
        onChange={(e) => set({ location: e.target.value })}
        hint={t('place.whereHint')}
        error={errors.location}
      />
      <CheckboxField
        label={t('place.remote')}
        checked={draft.remote}
        onChange={(e) => set({ remote: e.target.checked })}
      />
      <div className={fieldStyles.fieldRow}>
        <TextField
          label={t('place.starts')}
          optional
          type="date"
          value={draft.startDate}
          onChange={(e) => set({ startDate: e.target.value })}
          error={errors.startsAt}
        />
        <TextField
          label={t('place.ends')}
          optional
          type="date"
          min={draft.startDate || dateInputValue(new Date())}
          value={draft.endDate}
          onChange={(e) => set({ endDate: e.target.value })}
          error={errors.endsAt}
        />
      </div>
      <SelectField
        label={t('place.timeZone')}
        value={draft.timeZone}
        onChange={(e) => set({ timeZone: e.target.value })}
        hint={t('place.timeZoneHint')}
        error={errors.timeZone}
      >
        {timeZones(draft.timeZone).map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('place.visibility')}
        value={draft.visibility}
        onChange={(e) => set({ visibility: e.target.value as Visibility })}
        hint={visibilityWords()[draft.visibility].hint}
        error={errors.visibility}
      >
        {(['PUBLIC', 'MEMBERS', 'PRIVATE'] as const).map((v) => (
          <option key={v} value={v}>
            {visibilityWords()[v].label}
          </option>
        ))}
      </SelectField>
    </>
  );
}
