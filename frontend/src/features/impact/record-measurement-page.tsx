import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, ErrorState, LinkButton, Loading } from '../../components/ui';
import { impactPaths, outcomeAnchor } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetOutcome } from './api/get-outcome';
import { RecordMeasurement } from './api/record-measurement';
import { localDateTime, MeasurementForm, type MeasurementValues } from './measurement-form';
import { parseNumber } from './outcome-form';
import { FormPage, NotAllowed } from './page-frame';
import { formatDateTime, formatWithUnit } from '../../lib/format';

/** Where an active member records a measurement of an outcome, or corrects one. */
export function RecordMeasurementPage() {
  const { slug = '', outcomeId = '' } = useParams();
  const [search] = useSearchParams();
  const correctsId = search.get('corrects') ?? '';
  useDocumentTitle(correctsId ? 'Correct a measurement' : 'Record a measurement');
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetOutcome,
    variables: { id: outcomeId, correctsId, withCorrects: correctsId !== '' },
  });
  const [{ fetching: saving }, record] = useMutation(RecordMeasurement);
  const o = data?.outcome?.__typename === 'Outcome' ? data.outcome : undefined;
  const corrects = data?.corrects?.__typename === 'Measurement' ? data.corrects : undefined;
  const back = impactPaths.collaboration(slug);
  const title = correctsId ? 'Correct a measurement' : 'Record a measurement';

  if (!data && fetching) return <Loading label="Loading the outcome…" />;
  if (error && !data) {
    return (
      <FormPage title={title}>
        <ErrorState error={error} title="The outcome could not be loaded" onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </FormPage>
    );
  }
  if (!o) {
    return (
      <FormPage title={title}>
        <NotAllowed title="There is no such outcome you can see" action={<LinkButton to={back}>Back to the impact</LinkButton>}>
          The link may be old. Outcomes are listed on their collaboration’s impact page.
        </NotAllowed>
      </FormPage>
    );
  }
  const c = o.collaboration;
  if (c.slug !== slug) {
    return <Navigate to={impactPaths.recordMeasurement(c.slug, o.id, correctsId || undefined)} replace />;
  }
  const backToOutcome = `${back}#${outcomeAnchor(o.id)}`;
  if (c.viewerMembership?.status !== 'ACTIVE') {
    return (
      <FormPage title={title} collaboration={c.title} backTo={backToOutcome}>
        <NotAllowed title="Only its active members record measurements" action={<LinkButton to={backToOutcome}>Back to its impact</LinkButton>}>
          Members of {c.title} measure its outcomes with evidence. Join it to take part.
        </NotAllowed>
      </FormPage>
    );
  }
  if (correctsId && (!corrects || corrects.outcome.id !== o.id)) {
    return (
      <FormPage title={title} collaboration={c.title} backTo={backToOutcome}>
        <NotAllowed title="There is no such measurement of this outcome" action={<LinkButton to={backToOutcome}>Back to its impact</LinkButton>}>
          Choose “Correct” beside the measurement on the impact page.
        </NotAllowed>
      </FormPage>
    );
  }

  const initial: MeasurementValues = {
    value: '',
    measuredAt: localDateTime(corrects ? corrects.measuredAt : new Date()),
    evidenceUrl: '',
    evidenceNote: '',
  };

  async function submit(v: MeasurementValues) {
    const result = await record({
      input: {
        outcomeId: o!.id,
        value: parseNumber(v.value),
        ...(v.measuredAt ? { measuredAt: new Date(v.measuredAt).toISOString() } : {}),
        ...(v.evidenceUrl.trim() ? { evidenceUrl: v.evidenceUrl.trim() } : {}),
        ...(v.evidenceNote.trim() ? { evidenceNote: v.evidenceNote.trim() } : {}),
        ...(corrects ? { supersedesId: corrects.id } : {}),
      },
    });
    if (result.error || !result.data) return result.error;
    const figure = formatWithUnit(result.data.recordMeasurement.measurement.value, o!.unit);
    void navigate(backToOutcome, {
      state: {
        notice: corrects
          ? `Your correction to ${figure} is recorded; the measurement it corrects stays visible and no longer counts.`
          : `Your measurement of ${figure} is recorded. Another member can now attest it.`,
      },
    });
    return undefined;
  }

  return (
    <FormPage
      title={title}
      collaboration={c.title}
      backTo={backToOutcome}
      lede={
        <>
          <strong>{o.name}</strong>: from {formatWithUnit(o.baseline, o.unit)} to {formatWithUnit(o.target, o.unit)}.
        </>
      }
    >
      <MeasurementForm
        unit={o.unit}
        initial={initial}
        busy={saving}
        onSubmit={submit}
        cancelTo={backToOutcome}
        correcting={
          corrects && (
            <Alert tone="info" title="You are correcting a measurement">
              <p>
                {formatWithUnit(corrects.value, o.unit)}, measured {formatDateTime(corrects.measuredAt)}
                {corrects.recordedBy && <> by {corrects.recordedBy.displayName}</>}.
                {!corrects.current && ' It has been corrected already; a second correction is refused.'}
              </p>
            </Alert>
          )
        }
      />
    </FormPage>
  );
}
