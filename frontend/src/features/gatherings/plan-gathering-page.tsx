import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { localTimeZone, wallClock } from '../../lib/format';
import { useIdempotencyKey } from '../../lib/forms';
import { gatheringPaths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PlanGathering } from './api/plan-gathering';
import { GatheringForm } from './gathering-form';

/** A prefilled time: wall-clock as is, an instant (with Z or an offset) turned to wall-clock in tz. */
function prefillTime(v: string | null, tz: string): string {
  if (!v) return '';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) return v;
  return wallClock(v, tz);
}

/**
 * Stewards plan a gathering: title, description, start and end in a time zone (the
 * browser's by default), place or online link, capacity. `?title=&start=&end=&tz=` fill it in.
 */
export function PlanGatheringPage({ slug, collaborationId }: { slug: string; collaborationId: string }) {
  const { t } = useTranslation('gatherings');
  useDocumentTitle(t('plan.heading'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const tz = params.get('tz') || localTimeZone();
  const [{ fetching }, plan] = useMutation(PlanGathering);
  const { keyFor, succeeded } = useIdempotencyKey();
  return (
    <GatheringForm
      slug={slug}
      initial={{
        title: params.get('title') ?? '',
        description: '',
        localStart: prefillTime(params.get('start'), tz),
        localEnd: prefillTime(params.get('end'), tz),
        timeZone: tz,
        place: '',
        onlineUrl: '',
        capacity: '',
        needId: '',
      }}
      heading={t('plan.heading')}
      submitLabel={t('plan.submit')}
      failedTitle={t('plan.failed')}
      busy={fetching}
      save={async (fields) => {
        const input = { collaborationId, ...fields };
        const r = await plan({ input: { ...input, idempotencyKey: keyFor(input) } });
        if (r.error || !r.data) return r.error;
        succeeded();
        void navigate(gatheringPaths.gathering(slug, r.data.planGathering.gathering.number));
      }}
    />
  );
}
