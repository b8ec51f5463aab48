import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Button, EmptyState, ErrorState, Loading, TextField } from '../../components/ui';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { GetValueCatalog } from './api/get-value-catalog';
import { CatalogItem } from './catalog-item';
import { maxValues, type CatalogValue } from './value-selection';
import styles from './value-catalog.module.css';

const pageSize = 20;

interface CatalogProps {
  chosenIds: ReadonlySet<string>;
  full: boolean;
  onAdd: (value: CatalogValue) => void;
  onRemove: (valueId: string) => void;
}

/** The shared catalog of values, searchable, a page at a time. */
export function ValueCatalog(props: CatalogProps) {
  const { t } = useTranslation('values');
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim(), 250);
  // The cursors of the pages shown so far, per search: a new search starts again.
  const [pages, setPages] = useState<{ search: string; cursors: (string | null)[] }>({
    search: '',
    cursors: [null],
  });
  const cursors = pages.search === settled ? pages.cursors : [null];

  return (
    <section className={styles.pickerCatalog} aria-labelledby="catalog-heading">
      <h2 id="catalog-heading">{t('catalog.heading')}</h2>
      <TextField
        label={t('catalog.search')}
        type="search"
        name="search"
        placeholder={t('catalog.placeholder')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {props.full && (
        <p className="note" role="note">
          {t('catalog.full', { max: maxValues })}
        </p>
      )}
      {cursors.map((after, i) => (
        <CatalogPage
          key={`${settled}|${after ?? ''}`}
          {...props}
          search={settled}
          after={after}
          first={i === 0}
          last={i === cursors.length - 1}
          onMore={(cursor) => setPages({ search: settled, cursors: [...cursors, cursor] })}
        />
      ))}
    </section>
  );
}

function CatalogPage({
  search,
  after,
  first,
  last,
  onMore,
  ...item
}: CatalogProps & {
  search: string;
  after: string | null;
  first: boolean;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t } = useTranslation('values');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetValueCatalog,
    variables: { search: search || null, first: pageSize, after },
  });

  if (!data && fetching) return <Loading label={t('catalog.loading')} />;
  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title={t('catalog.loadError')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  }
  const values = data?.values;
  if (!values) return null;
  if (first && values.totalCount === 0) {
    return (
      <EmptyState title={search ? t('catalog.noMatchTitle', { search }) : t('catalog.emptyTitle')}>
        {search ? t('catalog.noMatchText') : t('catalog.emptyText')}
      </EmptyState>
    );
  }
  return (
    <>
      {first && (
        <p className={styles.catalogCount} aria-live="polite">
          {search
            ? t('catalog.matches', { count: values.totalCount, search })
            : t('catalog.total', { count: values.totalCount })}
        </p>
      )}
      <ul className={styles.catalog} aria-label={first ? t('catalog.values') : t('catalog.moreValues')}>
        {values.edges.map((edge) => (
          <CatalogItem
            key={edge.cursor}
            value={edge.node}
            chosen={item.chosenIds.has(edge.node.id)}
            full={item.full}
            onAdd={item.onAdd}
            onRemove={item.onRemove}
          />
        ))}
      </ul>
      {last && values.pageInfo.hasNextPage && values.pageInfo.endCursor && (
        <div className={styles.catalogMore}>
          <Button variant="secondary" onClick={() => onMore(values.pageInfo.endCursor as string)}>
            {t('catalog.showMore')}
          </Button>
        </div>
      )}
    </>
  );
}
