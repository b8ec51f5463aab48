import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/ui';
import { passwordMin } from '../../lib/validation';

type Field = 'newPassword' | 'confirmPassword';

/** A new password and the same again, as changing and resetting a password ask for it. */
export function NewPasswordFields({
  values,
  errors,
  onChange,
}: {
  values: Record<Field, string>;
  errors: Partial<Record<string, string>>;
  onChange: (field: Field, value: string) => void;
}) {
  const { t } = useTranslation('auth');
  return (
    <>
      <TextField
        label={t('newPassword.label')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={t('newPassword.hint', { min: passwordMin })}
        value={values.newPassword}
        onChange={(e) => onChange('newPassword', e.target.value)}
        error={errors.newPassword}
        required
      />
      <TextField
        label={t('newPassword.again')}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        value={values.confirmPassword}
        onChange={(e) => onChange('confirmPassword', e.target.value)}
        error={errors.confirmPassword}
        required
      />
    </>
  );
}
