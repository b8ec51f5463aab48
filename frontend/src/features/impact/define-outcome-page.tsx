import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorState, LinkButton, Loading } from '../../components/ui';
import { impactPaths, outcomeAnchor } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DefineOutcome } from './api/define-outcome';
import { GetOutcomeContext } from './api/get-outcome-context';
import { endOfDay, OutcomeForm, parseNumber, type OutcomeValues } from './outcome-form';
import { FormPage, NotAllowed } from './page-frame';

/** Where a steward defines an outcome the collaboration aims for. */
export function DefineOutcomePage() {
  useDocumentTitle('Define an outcome');
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetOutcomeContext, variables: { slug } });
  const [{ fetching: saving }, define] = useMutation(DefineOutcome);
  const back = impactPaths.collaboration(slug);
  const c = data?.collaboration;

  if (!data && fetching) return <Loading label="Loading…" />;
  if (error && !data) {
    return (
      <FormPage title="Define an outcome">
        <ErrorState
          error={error}
          title="This form could not be loaded"
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </FormPage>
    );
  }
  if (!c) {
    return (
      <FormPage title="Define an outcome">
        <NotAllowed
          title={`There is no collaboration “${slug}” you can see`}
          action={<LinkButton to={impactPaths.overview}>See the community’s impact</LinkButton>}
        >
          Check the address.
        </NotAllowed>
      </FormPage>
    );
  }
  const m = c.viewerMembership;
  if (!(m?.status === 'ACTIVE' && m.role === 'STEWARD')) {
    return (
      <FormPage title="Define an outcome" collaboration={c.title} backTo={back}>
        <NotAllowed
          title="Only its stewards define outcomes"
          action={<LinkButton to={back}>Back to its impact</LinkButton>}
        >
          Outcomes are what {c.title} commits to measure. Ask a steward, or propose an outcome to the members.
        </NotAllowed>
      </FormPage>
    );
  }

  const initial: OutcomeValues = {
    name: '',
    unit: '',
    baseline: '',
    target: '',
    direction: 'INCREASE',
    dueDate: '',
    valueIds: c.values.map((v) => v.value.id),
    reason: '',
    metricCode: '',
  };

  async function submit(v: OutcomeValues) {
    const result = await define({
      input: {
        collaborationId: c!.id,
        name: v.name.trim(),
        unit: v.unit.trim(),
        baseline: parseNumber(v.baseline),
        target: parseNumber(v.target),
        direction: v.direction,
        ...(v.dueDate ? { dueAt: endOfDay(v.dueDate) } : {}),
        valueIds: v.valueIds,
        ...(v.metricCode ? { metricCode: v.metricCode } : {}),
      },
    });
    if (result.error || !result.data) return result.error;
    const o = result.data.defineOutcome.outcome;
    void navigate(`${back}#${outcomeAnchor(o.id)}`, {
      state: { notice: `“${o.name}” is defined. Its members can now record measurements with evidence.` },
    });
    return undefined;
  }

  return (
    <FormPage
      title="Define an outcome"
      collaboration={c.title}
      backTo={back}
      lede="A result you will measure with evidence: from where it stands now to a target, ideally by a date."
    >
      <OutcomeForm
        mode="define"
        initial={initial}
        choices={c.values.map((v) => v.value)}
        metrics={data.metrics}
        busy={saving}
        onSubmit={submit}
        cancelTo={back}
      />
    </FormPage>
  );
}
