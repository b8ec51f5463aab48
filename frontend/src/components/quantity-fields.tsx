import type { ResourceKind } from '../gql/graphql';
import { currencies, isCounted, isHours, kindWords, kinds, maxUnitLength, type QuantityDraft } from '../lib/quantity';
import { SelectField, TextField } from './ui';
import quantityFieldsStyles from './quantity-fields.module.css';

/**
 * Kind, amount and unit or currency of a quantity, with the API's rules: hours for time
 * and skills, a currency for money, a unit word for goods and goodwill. `locked` keeps
 * the kind and unit fixed, as when the quantity goes toward a need.
 */
export function QuantityFields({
  value,
  onChange,
  errors = {},
  locked = false,
  amountLabel = 'How much',
}: {
  value: QuantityDraft;
  onChange: (change: Partial<QuantityDraft>) => void;
  errors?: Record<string, string | undefined>;
  locked?: boolean;
  amountLabel?: string;
}) {
  const { kind } = value;
  const unitWord = isHours(kind) ? 'hours' : kind === 'MONEY' ? value.currency : value.unit.trim() || 'units';
  return (
    <div className={quantityFieldsStyles.quantityFields}>
      <SelectField
        label="Kind"
        value={kind}
        onChange={(e) => onChange({ kind: e.target.value as ResourceKind })}
        disabled={locked}
        hint={locked ? 'Set by the need.' : kindWords[kind].hint}
        error={errors.kind}
      >
        {kinds.map((k) => (
          <option key={k} value={k}>
            {kindWords[k].label}
          </option>
        ))}
      </SelectField>
      {kind === 'MONEY' && (
        <SelectField
          label="Currency"
          value={value.currency}
          onChange={(e) => onChange({ currency: e.target.value })}
          disabled={locked}
          error={errors.currency}
        >
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
      )}
      {isCounted(kind) && (
        <TextField
          label="Unit"
          value={value.unit}
          onChange={(e) => onChange({ unit: e.target.value })}
          readOnly={locked}
          maxLength={maxUnitLength}
          hint="What is counted: meals, boxes, introductions…"
          error={errors.unit}
        />
      )}
      <TextField
        label={amountLabel}
        inputMode="decimal"
        autoComplete="off"
        value={value.amount}
        onChange={(e) => onChange({ amount: e.target.value })}
        hint={
          isHours(kind)
            ? 'In hours, such as 2.5.'
            : kind === 'MONEY'
              ? `In ${value.currency}.`
              : `A whole number of ${unitWord}.`
        }
        error={errors.quantity}
      />
    </div>
  );
}
