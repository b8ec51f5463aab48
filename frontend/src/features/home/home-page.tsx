import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert, LinkButton } from '../../components/ui';
import { paths } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import styles from './home-page.module.css';
import strengthStyles from '../../components/strength.module.css';
import cardStyles from '../../components/ui/card.module.css';
import tagStyles from '../../components/ui/tag.module.css';
import valueStatementStyles from '../../components/value-statement.module.css';
import { Avatar } from '../../components/avatar';
import { StrengthDots } from '../../components/strength';

/** The first page a newcomer sees: what Kindred is for, and how to begin. */
export function HomePage() {
  const { t } = useTranslation('home');
  useDocumentTitle(t('title'));
  const pillars = [
    { title: t('pillars.find.title'), body: t('pillars.find.body') },
    { title: t('pillars.commit.title'), body: t('pillars.commit.body') },
    { title: t('pillars.decide.title'), body: t('pillars.decide.body') },
    { title: t('pillars.measure.title'), body: t('pillars.measure.body') },
  ];
  const { viewer } = useSession();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <div className="home">
      {notice && <Alert tone="success">{notice}</Alert>}
      <div className={styles.heroGrid}>
        <section className={styles.hero} aria-labelledby="hero-heading">
          <p className="eyebrow">{t('hero.eyebrow')}</p>
          <h1 id="hero-heading">{t('hero.heading')}</h1>
          <p className="lede">{t('hero.lede')}</p>
          <div className={styles.heroActions}>
            {viewer ? (
              <>
                <LinkButton to={paths.discover}>{t('actions.discover')}</LinkButton>
                <LinkButton to={paths.person(viewer.handle)} variant="secondary">
                  {t('actions.yourPage')}
                </LinkButton>
                <LinkButton to={viewer.values.length ? paths.myValues : paths.onboarding} variant="secondary">
                  {viewer.values.length ? t('actions.editValues') : t('actions.chooseValues')}
                </LinkButton>
              </>
            ) : (
              <>
                <LinkButton to={paths.signUp}>{t('actions.join')}</LinkButton>
                <LinkButton to={paths.logIn} variant="secondary">
                  {t('actions.logIn')}
                </LinkButton>
                <LinkButton to={paths.discoverCollaborations} variant="quiet">
                  {t('actions.browse')}
                </LinkButton>
              </>
            )}
          </div>
        </section>
        <SampleMatch />
      </div>

      <section className={styles.pillars} aria-labelledby="pillars-heading">
        <h2 id="pillars-heading">{t('pillars.heading')}</h2>
        <ol className={styles.pillarsList}>
          {pillars.map((p, i) => (
            <li key={p.title} className={`${cardStyles.card} ${styles.pillar}`}>
              <span className={styles.pillarStep} aria-hidden="true">
                {i + 1}
              </span>
              <h3>{p.title}</h3>
              <p>{p.body}</p>
            </li>
          ))}
        </ol>
      </section>

      <section className={cardStyles.card} aria-labelledby="dev-heading">
        <h2 id="dev-heading">{t('developers.heading')}</h2>
        <p>{t('developers.body')}</p>
        <LinkButton to={paths.graphiql} variant="secondary">
          {t('developers.open')}
        </LinkButton>
      </section>
    </div>
  );
}

/** An example of what people see of each other, so a newcomer knows what to expect. */
function SampleMatch() {
  const { t } = useTranslation('home');
  return (
    <figure className={styles.sample} aria-labelledby="sample-caption">
      <div className={`${cardStyles.card} ${styles.sampleCard}`}>
        <div className={styles.samplePerson}>
          <Avatar name={t('sample.name')} size="sm" />
          <div>
            <p className={styles.sampleName}>{t('sample.name')}</p>
            <p className={styles.sampleWhere}>{t('sample.where')}</p>
          </div>
        </div>
        <p className={strengthStyles.sampleValue}>
          <span>{t('sample.foodSecurity')}</span>
          <span className={strengthStyles.strength}>
            <StrengthDots strength={5} />
            <span>{t('sample.strength')}</span>
          </span>
        </p>
        <blockquote className={valueStatementStyles.valueCardStatement}>
          <p>{t('sample.statement')}</p>
        </blockquote>
      </div>
      <div className={`${cardStyles.card} ${styles.sampleCard} ${styles.sampleCardMatch}`}>
        <p className={styles.sampleMatchTitle}>{t('sample.shared')}</p>
        <ul className={tagStyles.tags} aria-label={t('sample.sharedLabel')}>
          <li className={tagStyles.tag}>{t('sample.foodSecurity')}</li>
          <li className={tagStyles.tag}>{t('sample.community')}</li>
          <li className={tagStyles.tag}>{t('sample.sustainability')}</li>
        </ul>
      </div>
      <figcaption id="sample-caption" className={styles.sampleCaption}>
        {t('sample.caption')}
      </figcaption>
    </figure>
  );
}
