import type { CombinedError } from 'urql';
import { ErrorState, Loading } from '../../../components/ui';

/** What a section shows while its own query loads or when it failed. */
export function SectionState({ error, what, onRetry }: { error?: CombinedError; what: string; onRetry: () => void }) {
  if (error) return <ErrorState error={error} title={`The ${what} could not be loaded`} onRetry={onRetry} />;
  return <Loading label={`Loading the ${what}…`} />;
}
