import type { ReactNode } from 'react';
import type { ThreadComment } from './own-pending';

type Props = {
  comments: ThreadComment[];
  /** The reply control under each comment: a link on the no-JS page, a button in the panel. */
  replyControl?: (comment: ThreadComment) => ReactNode;
  /** What opens under a comment: the reply form, when the reader is answering that comment. */
  below?: (comment: ThreadComment) => ReactNode;
  /** The mark on the reader's own comments that await moderation (only the panel has them). */
  pendingLabel?: string;
};

/**
 * Approved comments as plain text: React escapes every character, line breaks come from CSS, and
 * links stay text, so nothing a reader writes becomes markup. Names are bidi-isolated.
 */
export function CommentThread({ comments, ...slots }: Props) {
  return (
    <ol className="flex flex-col gap-5">
      {comments.map((comment) => (
        <li key={comment.id} id={comment.pending ? undefined : `comment-${comment.id}`} className="flex flex-col gap-3">
          <CommentItem comment={comment} {...slots} />
          {comment.replies.length > 0 && (
            <ol className="ms-4 flex flex-col gap-3 border-s-2 border-line ps-4">
              {comment.replies.map((reply) => (
                <li key={reply.id} id={reply.pending ? undefined : `comment-${reply.id}`} className="flex flex-col gap-3">
                  <CommentItem comment={reply} {...slots} />
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}

function CommentItem({ comment, replyControl, below, pendingLabel }: { comment: ThreadComment } & Omit<Props, 'comments'>) {
  return (
    <>
      <article className={`comment min-w-0 rounded border bg-white p-3 [overflow-wrap:anywhere] ${comment.pending ? 'border-dashed border-muted' : 'border-line'}`}>
        <header className="flex flex-wrap items-baseline gap-x-3 text-sm">
          <bdi className="comment-author font-bold">{comment.authorName}</bdi>
          <time dateTime={comment.createdAt} className="text-muted">
            {comment.createdAtLabel}
          </time>
          {comment.pending && <strong className="comment-pending rounded bg-line px-2">{pendingLabel}</strong>}
        </header>
        {/* Each comment keeps its writer's direction: a French comment in an Arabic thread reads LTR. */}
        <p dir="auto" className="comment-body mt-1 whitespace-pre-wrap break-words">{comment.body}</p>
        {!comment.pending && replyControl?.(comment)}
      </article>
      {!comment.pending && below?.(comment)}
    </>
  );
}
