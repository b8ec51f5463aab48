import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { valueDescription, valueName } from '../../lib/values-catalog';
import type { CatalogValue } from './value-selection';
import styles from './catalog-item.module.css';
import shared from './values.module.css';
import tagStyles from '../../components/ui/tag.module.css';

export const CatalogItem_value = graphql(`
  fragment CatalogItem_value on Value {
    id
    slug
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
  const { t } = useTranslation('values');
  const v = getFragmentData(CatalogItem_value, value);
  const name = valueName(v);
  const description = valueDescription(v);
  const holders = v.holderCount === 0 ? t('catalogItem.noHolders') : t('catalogItem.heldBy', { count: v.holderCount });
  return (
    <li className={`${shared.catalogItem}${chosen ? ` ${styles.catalogItemChosen}` : ''}`}>
      <div className={styles.catalogItemText}>
        <p className={styles.catalogItemName}>
          {name}
          {chosen && <span className={`${tagStyles.tag} ${tagStyles.tagChosen}`}>{t('catalogItem.chosen')}</span>}
        </p>
        <p className={styles.catalogItemDescription}>{description}</p>
        <p className={styles.catalogItemMeta}>{holders}</p>
      </div>
      {chosen ? (
        <Button variant="secondary" size="sm" onClick={() => onRemove(v.id)}>
          {t('remove')} <span className="visually-hidden">{name}</span>
        </Button>
      ) : (
        <Button
          size="sm"
          disabled={full}
          onClick={() => onAdd({ valueId: v.id, slug: v.slug, name: v.name, description: v.description })}
        >
          {t('catalogItem.add')} <span className="visually-hidden">{name}</span>
        </Button>
      )}
    </li>
  );
}
