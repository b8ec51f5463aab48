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
  return (
    <SelectField
      label="How many of the active members must take part"
      name="quorumShare"
      hint="Counted at each proposal's closing time, rounded up, and never fewer than two. Abstaining counts as taking part."
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      required
    >
      <option value="">Choose a share…</option>
      {quorumShares.map((s) => (
        <option key={s.label} value={String(s.value)}>
          {s.label}
        </option>
      ))}
    </SelectField>
  );
}

/** Whether positions on the proposal are anonymous. */
export function AnonymousField({ checked, onChange }: { checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <CheckboxField
      label="Anonymous positions"
      name="anonymous"
      hint="Everyone sees how many agree, abstain, disagree or block, and how many took part, but nobody, stewards included, sees who took which position. You cannot change this later."
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}
