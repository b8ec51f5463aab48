import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Button } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTimeLong } from '../../lib/format';
import { talkPaths } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { HidePostControl } from './hide-post-control';
import { ReportButton } from '../../components/moderation/report-button';
import { EditPost } from './api/edit-post';
import { PostBodyForm } from './post-body-form';
import styles from './talk.module.css';

export const PostItem_post = graphql(`
  fragment PostItem_post on Post {
    id
    body
    bodyHTML
    createdAt
    editedAt
    viewerCanEdit
    viewerCanHide
    authorBlockedByViewer
    hidden {
      reason
    }
    author {
      id
      handle
      displayName
    }
    revisions {
      body
      createdAt
    }
  }
`);

/**
 * One post: who wrote it and when, its body as the server rendered it (the author's HTML
 * escaped there), "edited" with its earlier versions for those who may read them, and
 * for its author a way to edit it.
 */
export function PostItem({ post, opening }: { post: FragmentType<typeof PostItem_post>; opening?: boolean }) {
  const { t } = useTranslation('talk');
  const p = getFragmentData(PostItem_post, post);
  const [editing, setEditing] = useState(false);
  const [{ fetching }, edit] = useMutation(EditPost);
  const { viewer } = useSession();
  const earlier = p.revisions && p.revisions.length > 1 ? p.revisions.slice(0, -1).reverse() : [];
  const mayReport = !!viewer && viewer.id !== p.author?.id;
  const item = (
    <>
      <p className={styles.postHead}>
        <span className={styles.postAuthor}>
          {p.author ? <Link to={talkPaths.person(p.author.handle)}>{p.author.displayName}</Link> : t('formerMember')}
        </span>
        <time className={styles.postWhen} dateTime={p.createdAt}>
          {formatDateTimeLong(p.createdAt)}
        </time>
        {p.editedAt && (
          <span className={styles.edited} title={t('post.editedAt', { when: formatDateTimeLong(p.editedAt) })}>
            {t('post.edited')}
          </span>
        )}
      </p>
      {editing ? (
        <PostBodyForm
          name={t('post.editName')}
          label={t('post.yourPost')}
          submitLabel={t('post.save')}
          initial={p.body}
          busy={fetching}
          failTitle={t('post.editFailed')}
          done={t('post.changed')}
          onCancel={() => setEditing(false)}
          send={async (body) => {
            const r = await edit({ input: { postId: p.id, body } });
            if (!r.error) setEditing(false);
            return r.error;
          }}
        />
      ) : (
        <>
          {p.hidden && <p className={styles.hiddenNote}>{t('post.hidden', { reason: p.hidden.reason })}</p>}
          {/* The server renders a safe subset of Markdown and escapes any HTML of the author's;
              a hidden post's body comes only to its author, the stewards and admins. */}
          {p.bodyHTML && <div className={styles.postBody} dangerouslySetInnerHTML={{ __html: p.bodyHTML }} />}
        </>
      )}
      {!editing && (p.viewerCanEdit || p.viewerCanHide || mayReport) && (
        <div className={styles.postActions}>
          {p.viewerCanEdit && (
            <Button variant="quiet" size="sm" onClick={() => setEditing(true)}>
              {t('post.edit')}
            </Button>
          )}
          {p.viewerCanHide && <HidePostControl postId={p.id} hidden={!!p.hidden} />}
          {mayReport && <ReportButton targetId={p.id} what="post" />}
        </div>
      )}
      {earlier.length > 0 && (
        <details className={styles.history}>
          <summary>{t('post.history', { count: earlier.length })}</summary>
          <ol>
            {earlier.map((r) => (
              <li key={r.createdAt}>
                <time dateTime={r.createdAt}>{formatDateTimeLong(r.createdAt)}</time>
                <pre className={styles.revision}>{r.body}</pre>
              </li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
  return (
    <li className={`${styles.post}${opening ? ` ${styles.opening}` : ''}`} id={`post-${p.id}`}>
      {p.authorBlockedByViewer ? (
        <details className={styles.folded}>
          <summary>{t('post.blocked')}</summary>
          {item}
        </details>
      ) : (
        item
      )}
    </li>
  );
}
