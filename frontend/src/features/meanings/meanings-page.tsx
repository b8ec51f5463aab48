import { meaningPath, meanings, type MeaningTerm } from '../../lib/meanings';
import { useDocumentTitle } from '../../lib/use-document-title';
import styles from './meanings-page.module.css';

/** Every figure Kindred shows and what it means, one sentence each; each "?" links here. */
export function MeaningsPage() {
  useDocumentTitle('What the figures mean');
  const terms = Object.keys(meanings) as MeaningTerm[];
  return (
    <div className="narrow">
      <h1>What the figures mean</h1>
      <p className="lede">
        Kindred measures how people share values, keep their commitments and make a difference together. Each figure,
        in a sentence.
      </p>
      <dl className={styles.meaningsList}>
        {terms.map((t) => (
          <div key={t} id={meaningPath(t).split('#')[1]} className={styles.meaningsListItem}>
            <dt>{meanings[t].name}</dt>
            <dd>{meanings[t].sentence}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
