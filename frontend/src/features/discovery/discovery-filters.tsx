import { useEffect, useEffectEvent, useState } from 'react';
import { Button, CheckboxField, SelectField, TextField } from '../../components/ui';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { emptyFilter, isFiltered, minScores, type DiscoveryFilter } from './filters';
import styles from './discovery-filters.module.css';
import shared from './discovery.module.css';
import cardStyles from '../../components/ui/card.module.css';

/**
 * Search and filters for a discovery list. Typed text settles for a moment before the
 * list follows, so results do not jump with every key.
 */
export function DiscoveryFilters({
  filter,
  onChange,
  values,
  what,
  ranked,
}: {
  filter: DiscoveryFilter;
  onChange: (filter: DiscoveryFilter) => void;
  values: { slug: string; name: string }[];
  what: 'people' | 'collaborations';
  ranked: boolean;
}) {
  const [text, setText] = useState({ search: filter.search, skill: filter.skill, place: filter.place });
  const settled = useDebouncedValue(text, 300);
  // Only settled typing moves the filter (other changes go through onChange directly), so
  // the effect runs when the text settles and reads the filter and onChange of that moment.
  const settle = useEffectEvent((typed: typeof settled) => {
    if (typed.search !== filter.search || typed.skill !== filter.skill || typed.place !== filter.place) {
      onChange({ ...filter, ...typed });
    }
  });
  useEffect(() => {
    settle(settled);
  }, [settled]);
  const people = what === 'people';
  const moreOpen = !!(filter.skill || filter.place || filter.remote || filter.min);
  return (
    <form
      className={`${shared.discoveryFilters} ${cardStyles.card}`}
      role="search"
      aria-label={`Search and filter ${what}`}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className={styles.discoveryFiltersMain}>
        <TextField
          label={people ? 'Search by name or handle' : 'Search by title'}
          type="search"
          value={text.search}
          onChange={(e) => setText((t) => ({ ...t, search: e.target.value }))}
        />
        <SelectField
          label={people ? 'Holds the value' : 'Serves the value'}
          value={filter.value}
          onChange={(e) => onChange({ ...filter, value: e.target.value })}
        >
          <option value="">Any value</option>
          {values.map((v) => (
            <option key={v.slug} value={v.slug}>
              {v.name}
            </option>
          ))}
        </SelectField>
      </div>
      <details className={styles.discoveryFiltersMore} open={moreOpen || undefined}>
        <summary>More filters</summary>
        <div className={styles.discoveryFiltersGrid}>
          <TextField
            label={people ? 'Skill' : 'A skill its open needs ask for'}
            value={text.skill}
            onChange={(e) => setText((t) => ({ ...t, skill: e.target.value }))}
          />
          <TextField
            label="Place"
            value={text.place}
            onChange={(e) => setText((t) => ({ ...t, place: e.target.value }))}
          />
          {ranked && (
            <SelectField
              label="Alignment"
              value={filter.min}
              onChange={(e) => onChange({ ...filter, min: e.target.value })}
            >
              {minScores.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </SelectField>
          )}
          <CheckboxField
            label={people ? 'Happy to work remotely' : 'Remote-friendly'}
            checked={filter.remote}
            onChange={(e) => onChange({ ...filter, remote: e.target.checked })}
          />
        </div>
      </details>
      {isFiltered(filter) && (
        <Button
          variant="quiet"
          size="sm"
          onClick={() => {
            setText({ search: '', skill: '', place: '' });
            onChange(emptyFilter);
          }}
        >
          Clear the filters
        </Button>
      )}
    </form>
  );
}
