import { useTranslation } from 'react-i18next';
import { meaningPath, meanings, type MeaningTerm } from '../../lib/meanings';
import { useDocumentTitle } from '../../lib/use-document-title';
import styles from './meanings-page.module.css';

/** Every figure Kindred shows and what it means, one sentence each; each "?" links here. */
export function MeaningsPage() {
  const { t } = useTranslation('meanings');
  useDocumentTitle(t('title'));
  const terms = Object.keys(meanings) as MeaningTerm[];
  return (
    <div className="narrow">
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <dl className={styles.meaningsList}>
        {terms.map((term) => (
          <div key={term} id={meaningPath(term).split('#')[1]} className={styles.meaningsListItem}>
            <dt>{meanings[term].name}</dt>
            <dd>{meanings[term].sentence}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
