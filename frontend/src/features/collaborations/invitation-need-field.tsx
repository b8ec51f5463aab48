import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/ui';
import { needLabel } from '../../lib/need-draft';

/** A need an invitation may be for: what the select lists. */
export type InvitationNeedOption = Parameters<typeof needLabel>[0] & { id: string };

/** Which open need an invitation is for, if any; nothing when there is none to choose. */
export function InvitationNeedField({
  needs,
  value,
  onChange,
  error,
}: {
  needs: readonly InvitationNeedOption[];
  value: string;
  onChange: (needId: string) => void;
  error?: string;
}) {
  const { t } = useTranslation('collaborations');
  if (needs.length === 0) return null;
  return (
    <SelectField
      label={t('invitationNeed.label')}
      optional
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    >
      <option value="">{t('invitationNeed.any')}</option>
      {needs.map((n) => (
        <option key={n.id} value={n.id}>
          {needLabel(n)}
        </option>
      ))}
    </SelectField>
  );
}
