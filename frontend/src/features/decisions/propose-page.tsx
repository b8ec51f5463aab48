import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { decisionPaths, paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetProposeContext } from './api/get-propose-context';
import { ProposeForm } from './propose-form';
import styles from './decisions.module.css';

/** Where an active member puts a proposal to the others. */
export default function ProposePage() {
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetProposeContext, variables: { slug } });
  const c = data?.collaboration;
  useDocumentTitle(c ? `Propose · ${c.title}` : data ? 'Not found' : undefined);

  if (!data && fetching) return <Loading label="Loading…" />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>Propose something</h1>
        <ErrorState error={error} title="This page could not be loaded" onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </div>
    );
  }
  if (!c) {
    return (
      <div className="narrow">
        <h1>No collaboration here</h1>
        <EmptyState
          title={`There is no collaboration at /c/${slug}`}
          action={
            <LinkButton to={paths.home} variant="secondary">
              Go to the home page
            </LinkButton>
          }
        >
          Check the address.
        </EmptyState>
      </div>
    );
  }
  const back = (
    <p className="eyebrow">
      <Link to={decisionPaths.decisions(c.slug)}>Decisions in {c.title}</Link>
    </p>
  );
  if (c.viewerMembership?.status !== 'ACTIVE' || c.status === 'ARCHIVED') {
    return (
      <div className="narrow">
        {back}
        <h1>Propose something</h1>
        <EmptyState
          title={c.status === 'ARCHIVED' ? 'This collaboration is archived' : 'Only active members propose'}
          action={
            <LinkButton to={decisionPaths.collaboration(c.slug)} variant="secondary">
              Go to {c.title}
            </LinkButton>
          }
        >
          {c.status === 'ARCHIVED'
            ? 'An archived collaboration no longer decides anything.'
            : 'Join the collaboration with a commitment first; then you can propose, take positions and comment.'}
        </EmptyState>
      </div>
    );
  }
  return (
    <div className={`narrow ${styles.propose}`}>
      {back}
      <h1>Propose something</h1>
      <p className="lede">
        Every active member of {c.title} can take a position until the closing time. Then it
        closes by itself: adopted when nobody blocks and more agree than disagree.
      </p>
      <ProposeForm
        collaborationId={c.id}
        currentGoal={c.goal}
        onCreated={(id) => void navigate(decisionPaths.proposal(c.slug, id), { state: { notice: 'Your proposal is open for positions and comments.' } })}
      />
    </div>
  );
}
