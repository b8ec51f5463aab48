import { useMemo, useState, type Dispatch } from 'react';
import { EmptyState } from '../../components/ui';
import { ChosenValueEditor, type ChosenValueErrors } from './chosen-value-editor';
import { ValueCatalog } from './value-catalog';
import {
  isFull,
  maxValues,
  strengthWords,
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
  const [announcement, setAnnouncement] = useState('');
  const chosenIds = useMemo(() => new Set(selection.map((c) => c.valueId)), [selection]);
  const full = isFull(selection);

  function add(value: CatalogValue) {
    if (full || chosenIds.has(value.valueId)) return;
    dispatch({ type: 'add', value });
    setAnnouncement(`${value.name} added. ${selection.length + 1} of ${maxValues} chosen.`);
  }

  function remove(valueId: string) {
    const c = selection.find((s) => s.valueId === valueId);
    dispatch({ type: 'remove', valueId });
    if (c) setAnnouncement(`${c.name} removed. ${selection.length - 1} of ${maxValues} chosen.`);
  }

  const chosen = (
    <section className="picker__chosen" aria-labelledby="chosen-heading">
      <h2 id="chosen-heading">
        Values you hold <span className="count">{selection.length} of {maxValues}</span>
      </h2>
      {selection.length === 0 ? (
        <EmptyState title="No values chosen yet">
          Add values from the catalog. For each, say how strongly you hold it, from 1 (
          {strengthWords[1].toLowerCase()}) to 5 ({strengthWords[5].toLowerCase()}), and why.
        </EmptyState>
      ) : (
        <ol className={styles.chosenList}>
          {selection.map((c) => (
            <ChosenValueEditor
              key={c.valueId}
              chosen={c}
              errors={errors[c.valueId]}
              onStrength={(strength) => dispatch({ type: 'strength', valueId: c.valueId, strength })}
              onStatement={(statement) =>
                dispatch({ type: 'statement', valueId: c.valueId, statement })
              }
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
