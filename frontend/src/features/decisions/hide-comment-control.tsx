import { useMutation } from 'urql';
import { HideControl } from '../../components/moderation/hide-control';
import { HideComment, UnhideComment } from './api/hide-comment';

/** A steward hides a proposal comment with a reason, or shows it again (see HideControl). */
export function HideCommentControl({ commentId, hidden }: { commentId: string; hidden: boolean }) {
  const [, hide] = useMutation(HideComment);
  const [, unhide] = useMutation(UnhideComment);
  return (
    <HideControl
      noun="comment"
      hidden={hidden}
      hide={(reason) => hide({ input: { commentId, reason } })}
      show={() => unhide({ input: { commentId } })}
    />
  );
}
