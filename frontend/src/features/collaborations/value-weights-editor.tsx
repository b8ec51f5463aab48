import { useId, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState, FieldError, Loading, TextField } from '../../components/ui';
import { valueDescription, valueName } from '../../lib/values-catalog';
import { GetValueOptions } from './api/get-value-options';
import { defaultWeight, maxCollabValues, weightWords, type WeightedValue } from './value-weights';
import styles from './collaborations.module.css';
import strengthStyles from '../../components/strength.module.css';
import buttonStyles from '../../components/ui/button.module.css';
import chipStyles from '../../components/ui/chip.module.css';
import fieldStyles from '../../components/ui/field.module.css';

/**
 * Choosing the values a collaboration serves and how much each weighs (1–5): the
 * viewer's own values first, then the whole catalog, narrowed by a search.
 */
export function ValueWeightsEditor({
  values,
  onChange,
  error,
}: {
  values: WeightedValue[];
  onChange: (values: WeightedValue[]) => void;
  error?: string;
}) {
  const { t } = useTranslation('collaborations');
  const id = useId();
  const weights = weightWords();
  const [search, setSearch] = useState('');
  const [{ data, error: loadError }, refetch] = useQuery({ query: GetValueOptions, variables: {} });
  const chosen = useMemo(() => new Set(values.map((v) => v.valueId)), [values]);
  // Names and descriptions in the app's language (so not memoised: it may change), which
  // the search reads too.
  const options = (() => {
    const shown = (v: { id: string; slug: string; name: string; description: string }, mine: boolean) => ({
      id: v.id,
      name: valueName(v),
      description: valueDescription(v),
      mine,
    });
    const mine = (data?.viewer?.values ?? []).map((pv) => shown(pv.value, true));
    const mineIds = new Set(mine.map((v) => v.id));
    const rest = (data?.values.edges ?? []).map((e) => shown(e.node, false)).filter((v) => !mineIds.has(v.id));
    const q = search.trim().toLowerCase();
    return [...mine, ...rest].filter(
      (v) => !q || v.name.toLowerCase().includes(q) || v.description.toLowerCase().includes(q),
    );
  })();
  const full = values.length >= maxCollabValues;

  function toggle(v: { id: string; name: string }) {
    if (chosen.has(v.id)) onChange(values.filter((w) => w.valueId !== v.id));
    else if (!full) onChange([...values, { valueId: v.id, name: v.name, weight: defaultWeight }]);
  }

  return (
    <div className={styles.valueWeights}>
      <div className="value-weights__chosen" aria-describedby={error ? `${id}-error` : undefined}>
        {/* The fieldset's legend already names the values; this line only counts them. */}
        <p className={fieldStyles.fieldHint}>{t('valueWeights.chosen', { n: values.length, max: maxCollabValues })}</p>
        {values.length === 0 ? (
          <p className="muted">{t('valueWeights.noneYet')}</p>
        ) : (
          <ul className={strengthStyles.valueWeightsList}>
            {values.map((v) => (
              <li key={v.valueId}>
                <fieldset className={strengthStyles.strengthInput}>
                  <legend className={fieldStyles.fieldLabel}>
                    {t('valueWeights.howMuch', { name: v.name.toLowerCase() })}
                  </legend>
                  <div className={strengthStyles.strengthInputOptions}>
                    {[1, 2, 3, 4, 5].map((n) => (
                      <label key={n} className={strengthStyles.strengthInputOption}>
                        <input
                          type="radio"
                          name={`${id}-${v.valueId}`}
                          checked={v.weight === n}
                          onChange={() =>
                            onChange(values.map((w) => (w.valueId === v.valueId ? { ...w, weight: n } : w)))
                          }
                        />
                        <span className={strengthStyles.strengthInputNumber} aria-hidden="true">
                          {n}
                        </span>
                        <span className="visually-hidden">{t('valueWeights.weight', { n, words: weights[n] })}</span>
                      </label>
                    ))}
                    <button
                      type="button"
                      className={`${buttonStyles.button} ${buttonStyles.buttonQuiet} ${buttonStyles.buttonSm}`}
                      onClick={() => toggle({ id: v.valueId, name: v.name })}
                    >
                      <Trans
                        t={t}
                        i18nKey="valueWeights.remove"
                        values={{ name: v.name }}
                        components={{ hidden: <span className="visually-hidden" /> }}
                      />
                    </button>
                  </div>
                  <p className={strengthStyles.strengthInputWords} aria-hidden="true">
                    {t('valueWeights.weight', { n: v.weight, words: weights[v.weight] })}
                  </p>
                </fieldset>
              </li>
            ))}
          </ul>
        )}
        <FieldError id={`${id}-error`}>{error}</FieldError>
      </div>
      <TextField
        label={t('valueWeights.find')}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        hint={full ? t('valueWeights.full', { max: maxCollabValues }) : t('valueWeights.yoursFirst')}
      />
      {loadError && !data ? (
        <ErrorState
          error={loadError}
          title={t('valueWeights.loadFailed')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !data ? (
        <Loading label={t('valueWeights.loading')} />
      ) : options.length === 0 ? (
        <p className="muted">{t('valueWeights.noMatch', { search })}</p>
      ) : (
        <ul className={chipStyles.chipList} aria-label={t('valueWeights.options')}>
          {options.map((v) => (
            <li key={v.id}>
              <button
                type="button"
                className={chipStyles.chip}
                aria-pressed={chosen.has(v.id)}
                disabled={!chosen.has(v.id) && full}
                title={v.description}
                onClick={() => toggle(v)}
              >
                {v.name}
                {v.mine && <span className={chipStyles.chipNote}> · {t('valueWeights.yours')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
