import { useTranslation } from 'react-i18next';
import { useMemo, useState, type Dispatch } from 'react';
import { EmptyState } from '../../components/ui';
import { ChosenValueEditor, type ChosenValueErrors } from './chosen-value-editor';
import { valueName } from '../../lib/values-catalog';
import { ValueCatalog } from './value-catalog';
import {
  isFull,
  maxValues,
  strengthWord,
  type CatalogValue,
  type Selection,
  type SelectionAction,
} from './value-selection';
import styles from './value-picker.module.css';

/**
 * Choosing values: the catalog to pick from and the chosen values to rate and explain.
 * The rules live in selectionReducer; this component lays them out and announces changes.
 */
export function ValuePicker({
  selection,
  dispatch,
  errors = {},
  chosenFirst = false,
}: {
  selection: Selection;
  dispatch: Dispatch<SelectionAction>;
  errors?: Record<string, ChosenValueErrors>;
  chosenFirst?: boolean;
}) {
  const { t } = useTranslation('values');
  const [announcement, setAnnouncement] = useState('');
  const chosenIds = useMemo(() => new Set(selection.map((c) => c.valueId)), [selection]);
  const full = isFull(selection);

  function add(value: CatalogValue) {
    if (full || chosenIds.has(value.valueId)) return;
    dispatch({ type: 'add', value });
    setAnnouncement(
      t('picker.added', {
        value: valueName({ slug: value.slug ?? '', name: value.name }),
        chosen: selection.length + 1,
        max: maxValues,
      }),
    );
  }

  function remove(valueId: string) {
    const c = selection.find((s) => s.valueId === valueId);
    dispatch({ type: 'remove', valueId });
    if (c) {
      setAnnouncement(
        t('picker.removed', {
          value: valueName({ slug: c.slug ?? '', name: c.name }),
          chosen: selection.length - 1,
          max: maxValues,
        }),
      );
    }
  }

  const chosen = (
    <section className="picker__chosen" aria-labelledby="chosen-heading">
      <h2 id="chosen-heading">
        {t('picker.chosenHeading')}{' '}
        <span className="count">{t('picker.count', { chosen: selection.length, max: maxValues })}</span>
      </h2>
      {selection.length === 0 ? (
        <EmptyState title={t('picker.emptyTitle')}>
          {t('picker.emptyText', {
            weakest: strengthWord(1).toLowerCase(),
            strongest: strengthWord(5).toLowerCase(),
          })}
        </EmptyState>
      ) : (
        <ol className={styles.chosenList}>
          {selection.map((c) => (
            <ChosenValueEditor
              key={c.valueId}
              chosen={c}
              errors={errors[c.valueId]}
              onStrength={(strength) => dispatch({ type: 'strength', valueId: c.valueId, strength })}
              onStatement={(statement) => dispatch({ type: 'statement', valueId: c.valueId, statement })}
              onRemove={() => remove(c.valueId)}
            />
          ))}
        </ol>
      )}
    </section>
  );
  const catalog = <ValueCatalog chosenIds={chosenIds} full={full} onAdd={add} onRemove={remove} />;

  return (
    <div className={`${styles.picker}${chosenFirst ? ' picker--chosen-first' : ''}`}>
      {chosenFirst ? chosen : catalog}
      {chosenFirst ? catalog : chosen}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
