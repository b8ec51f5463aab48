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

const pillars = [
  {
    title: 'Find people who share your values',
    body: 'Say what you stand for and how strongly. Kindred matches you with people by what they care about, not by job titles or who they know.',
  },
  {
    title: 'Commit, not just connect',
    body: 'Nobody joins a collaboration without committing something: time, skill, money or goodwill. An honest ledger shows what each person gave.',
  },
  {
    title: 'Decide together',
    body: 'Goals are set by consent. Anyone can propose, everyone can agree, stand aside or object, and proposals close on time.',
  },
  {
    title: 'Measure the difference',
    body: 'Outcomes are measured against a baseline and a target, with evidence, so you can see the good your effort does.',
  },
];

/** The first page a newcomer sees: what Kindred is for, and how to begin. */
export function HomePage() {
  useDocumentTitle('Collaborate with people who share your values');
  const { viewer } = useSession();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <div className="home">
      {notice && <Alert tone="success">{notice}</Alert>}
      <div className={styles.heroGrid}>
        <section className={styles.hero} aria-labelledby="hero-heading">
          <p className="eyebrow">Collaboration, not networking</p>
          <h1 id="hero-heading">Find the people who share your values, and make a difference together.</h1>
          <p className="lede">
            Kindred brings together people who care about the same things, so they can pool
            their time, skills and goodwill toward a goal none of them could reach alone.
          </p>
          <div className={styles.heroActions}>
            {viewer ? (
              <>
                <LinkButton to={paths.discover}>Discover people who share your values</LinkButton>
                <LinkButton to={paths.person(viewer.handle)} variant="secondary">
                  Go to your page
                </LinkButton>
                <LinkButton to={viewer.values.length ? paths.myValues : paths.onboarding} variant="secondary">
                  {viewer.values.length ? 'Edit your values' : 'Choose your values'}
                </LinkButton>
              </>
            ) : (
              <>
                <LinkButton to={paths.signUp}>Join Kindred</LinkButton>
                <LinkButton to={paths.logIn} variant="secondary">
                  Log in
                </LinkButton>
                <LinkButton to={paths.discoverCollaborations} variant="quiet">
                  Browse collaborations
                </LinkButton>
              </>
            )}
          </div>
        </section>
        <SampleMatch />
      </div>

      <section className={styles.pillars} aria-labelledby="pillars-heading">
        <h2 id="pillars-heading">How Kindred works</h2>
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
        <h2 id="dev-heading">For developers</h2>
        <p>
          Everything in Kindred is available through a public GraphQL API. Explore it in
          GraphiQL, signed in as yourself.
        </p>
        <LinkButton to={paths.graphiql} variant="secondary">
          Open GraphiQL
        </LinkButton>
      </section>
    </div>
  );
}

/** An example of what people see of each other, so a newcomer knows what to expect. */
function SampleMatch() {
  return (
    <figure className={styles.sample} aria-labelledby="sample-caption">
      <div className={`${cardStyles.card} ${styles.sampleCard}`}>
        <div className={styles.samplePerson}>
          <Avatar name="Amara Okafor" size="sm" />
          <div>
            <p className={styles.sampleName}>Amara Okafor</p>
            <p className={styles.sampleWhere}>Rotterdam · happy to work remotely</p>
          </div>
        </div>
        <p className={strengthStyles.sampleValue}>
          <span>Food security</span>
          <span className={strengthStyles.strength}>
            <StrengthDots strength={5} />
            <span>With all my heart</span>
          </span>
        </p>
        <blockquote className={valueStatementStyles.valueCardStatement}>
          <p>Nobody should go hungry next to a bin full of good bread.</p>
        </blockquote>
      </div>
      <div className={`${cardStyles.card} ${styles.sampleCard} ${styles.sampleCardMatch}`}>
        <p className={styles.sampleMatchTitle}>You share three values with Amara</p>
        <ul className={tagStyles.tags} aria-label="Shared values">
          <li className={tagStyles.tag}>Food security</li>
          <li className={tagStyles.tag}>Community</li>
          <li className={tagStyles.tag}>Sustainability</li>
        </ul>
      </div>
      <figcaption id="sample-caption" className={styles.sampleCaption}>
        What you hold, how strongly, and why: that is how people find each other here.
      </figcaption>
    </figure>
  );
}
