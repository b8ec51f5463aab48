import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { ErrorState, Loading } from '../../../components/ui';

/** What a section shows while its own query loads or when it failed, in the section's words. */
export function SectionState({
  error,
  failed,
  loading,
  onRetry,
}: {
  error?: CombinedError;
  failed: string;
  loading: string;
  onRetry: () => void;
}): ReactNode {
  if (error) return <ErrorState error={error} title={failed} onRetry={onRetry} />;
  return <Loading label={loading} />;
}
