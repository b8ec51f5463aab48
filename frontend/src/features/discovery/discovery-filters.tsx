import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, CheckboxField, SelectField, TextField } from '../../components/ui';
import { formatPercent } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { valueName } from '../../lib/values-catalog';
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
  const { t } = useTranslation('discovery');
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
      aria-label={people ? t('filters.labelPeople') : t('filters.labelCollaborations')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className={styles.discoveryFiltersMain}>
        <TextField
          label={people ? t('filters.searchPeople') : t('filters.searchCollaborations')}
          type="search"
          value={text.search}
          onChange={(e) => setText((s) => ({ ...s, search: e.target.value }))}
        />
        <SelectField
          label={people ? t('filters.holds') : t('filters.serves')}
          value={filter.value}
          onChange={(e) => onChange({ ...filter, value: e.target.value })}
        >
          <option value="">{t('filters.anyValue')}</option>
          {values.map((v) => (
            <option key={v.slug} value={v.slug}>
              {valueName(v)}
            </option>
          ))}
        </SelectField>
      </div>
      <details className={styles.discoveryFiltersMore} open={moreOpen || undefined}>
        <summary>{t('filters.more')}</summary>
        <div className={styles.discoveryFiltersGrid}>
          <TextField
            label={people ? t('filters.skill') : t('filters.needSkill')}
            value={text.skill}
            onChange={(e) => setText((s) => ({ ...s, skill: e.target.value }))}
          />
          <TextField
            label={t('filters.place')}
            value={text.place}
            onChange={(e) => setText((s) => ({ ...s, place: e.target.value }))}
          />
          {ranked && (
            <SelectField
              label={t('filters.alignment')}
              value={filter.min}
              onChange={(e) => onChange({ ...filter, min: e.target.value })}
            >
              {minScores.map((m) => (
                <option key={m} value={m}>
                  {m ? t('filters.atLeast', { percent: formatPercent(Number(m)) }) : t('filters.anyAlignment')}
                </option>
              ))}
            </SelectField>
          )}
          <CheckboxField
            label={people ? t('filters.remotePeople') : t('filters.remoteCollaborations')}
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
          {t('filters.clear')}
        </Button>
      )}
    </form>
  );
}
