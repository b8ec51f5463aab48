import { useMutation } from 'urql';
import { HideControl } from '../../components/moderation/hide-control';
import { HidePost, UnhidePost } from './api/hide-post';

/** A steward hides a post with a reason, or shows it again (see HideControl). */
export function HidePostControl({ postId, hidden }: { postId: string; hidden: boolean }) {
  const [, hide] = useMutation(HidePost);
  const [, unhide] = useMutation(UnhidePost);
  return (
    <HideControl
      noun="post"
      hidden={hidden}
      hide={(reason) => hide({ input: { postId, reason } })}
      show={() => unhide({ input: { postId } })}
    />
  );
}
