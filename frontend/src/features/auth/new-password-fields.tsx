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
  return (
    <>
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={`At least ${passwordMin} characters.`}
        value={values.newPassword}
        onChange={(e) => onChange('newPassword', e.target.value)}
        error={errors.newPassword}
        required
      />
      <TextField
        label="New password, again"
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
