import { useTranslation } from 'react-i18next';
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
  amountLabel,
}: {
  value: QuantityDraft;
  onChange: (change: Partial<QuantityDraft>) => void;
  errors?: Record<string, string | undefined>;
  locked?: boolean;
  amountLabel?: string;
}) {
  const { t } = useTranslation();
  const { kind } = value;
  const unit = value.unit.trim();
  return (
    <div className={quantityFieldsStyles.quantityFields}>
      <SelectField
        label={t('quantityFields.kind')}
        value={kind}
        onChange={(e) => onChange({ kind: e.target.value as ResourceKind })}
        disabled={locked}
        hint={locked ? t('quantityFields.kindLocked') : kindWords[kind].hint}
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
          label={t('quantityFields.currency')}
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
          label={t('quantityFields.unit')}
          value={value.unit}
          onChange={(e) => onChange({ unit: e.target.value })}
          readOnly={locked}
          maxLength={maxUnitLength}
          hint={t('quantityFields.unitHint')}
          error={errors.unit}
        />
      )}
      <TextField
        label={amountLabel ?? t('quantityFields.amount')}
        inputMode="decimal"
        autoComplete="off"
        value={value.amount}
        onChange={(e) => onChange({ amount: e.target.value })}
        hint={
          isHours(kind)
            ? t('quantityFields.amountHours')
            : kind === 'MONEY'
              ? t('quantityFields.amountMoney', { currency: value.currency })
              : unit
                ? t('quantityFields.amountCounted', { unit })
                : t('quantityFields.amountUnits')
        }
        error={errors.quantity}
      />
    </div>
  );
}
