import { Button } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { CatalogValue } from './value-selection';
import styles from './catalog-item.module.css';
import shared from './values.module.css';
import tagStyles from '../../components/ui/tag.module.css';

export const CatalogItem_value = graphql(`
  fragment CatalogItem_value on Value {
    id
    name
    description
    holderCount
  }
`);

/** One value of the catalog with a button to add it to, or remove it from, the choice. */
export function CatalogItem({
  value,
  chosen,
  full,
  onAdd,
  onRemove,
}: {
  value: FragmentType<typeof CatalogItem_value>;
  chosen: boolean;
  full: boolean;
  onAdd: (value: CatalogValue) => void;
  onRemove: (valueId: string) => void;
}) {
  const v = getFragmentData(CatalogItem_value, value);
  const holders =
    v.holderCount === 0
      ? 'No one holds it yet'
      : v.holderCount === 1
        ? 'Held by 1 person'
        : `Held by ${v.holderCount} people`;
  return (
    <li className={`${shared.catalogItem}${chosen ? ` ${styles.catalogItemChosen}` : ''}`}>
      <div className={styles.catalogItemText}>
        <p className={styles.catalogItemName}>
          {v.name}
          {chosen && <span className={`${tagStyles.tag} ${tagStyles.tagChosen}`}>Chosen</span>}
        </p>
        <p className={styles.catalogItemDescription}>{v.description}</p>
        <p className={styles.catalogItemMeta}>{holders}</p>
      </div>
      {chosen ? (
        <Button variant="secondary" size="sm" onClick={() => onRemove(v.id)}>
          Remove{' '}<span className="visually-hidden">{v.name}</span>
        </Button>
      ) : (
        <Button
          size="sm"
          disabled={full}
          onClick={() => onAdd({ valueId: v.id, name: v.name, description: v.description })}
        >
          Add{' '}<span className="visually-hidden">{v.name}</span>
        </Button>
      )}
    </li>
  );
}
