import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/ui';
import type { ResourceKind } from '../../gql/graphql';
import { kindWords, kinds } from '../../lib/quantity';
import styles from './ledger.module.css';

export interface LedgerFilter {
  personId: string;
  kind: ResourceKind | '';
}

export const noFilter: LedgerFilter = { personId: '', kind: '' };

/** Narrows the ledger to one member's entries, one kind, or both. */
export function LedgerFilters({
  filter,
  onChange,
  people,
}: {
  filter: LedgerFilter;
  onChange: (filter: LedgerFilter) => void;
  people: { id: string; displayName: string }[];
}) {
  const { t } = useTranslation('ledger');
  return (
    <div className={styles.ledgerFilters} role="group" aria-label={t('filters.label')}>
      <SelectField
        label={t('filters.member')}
        value={filter.personId}
        onChange={(e) => onChange({ ...filter, personId: e.target.value })}
      >
        <option value="">{t('filters.everyone')}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.displayName}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('filters.kind')}
        value={filter.kind}
        onChange={(e) => onChange({ ...filter, kind: e.target.value as ResourceKind | '' })}
      >
        <option value="">{t('filters.allKinds')}</option>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {kindWords[k].label}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

/** The API's ledger variables for a filter: empty choices are left out. */
export function filterVariables(f: LedgerFilter): { personId?: string; kind?: ResourceKind } {
  return { ...(f.personId ? { personId: f.personId } : {}), ...(f.kind ? { kind: f.kind } : {}) };
}
