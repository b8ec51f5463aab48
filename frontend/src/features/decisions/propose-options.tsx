import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField } from '../../components/ui';
import { quorumShares } from './words';

/** The participation share a QUORUM proposal puts forward. */
export function QuorumShareField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const { t } = useTranslation('decisions');
  return (
    <SelectField
      label={t('quorumField.label')}
      name="quorumShare"
      hint={t('quorumField.hint')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      required
    >
      <option value="">{t('quorumField.choose')}</option>
      {quorumShares().map((s) => (
        <option key={s.label} value={String(s.value)}>
          {s.label}
        </option>
      ))}
    </SelectField>
  );
}

/** Whether positions on the proposal are anonymous. */
export function AnonymousField({ checked, onChange }: { checked: boolean; onChange: (v: boolean) => void }) {
  const { t } = useTranslation('decisions');
  return (
    <CheckboxField
      label={t('anonymousField.label')}
      name="anonymous"
      hint={t('anonymousField.hint')}
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}
