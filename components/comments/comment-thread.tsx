import type { ReactNode } from 'react';
import type { PublicComment } from '@/lib/comments/types';

type Props = {
  comments: PublicComment[];
  /** The reply control under each comment: a link on the no-JS page, a button in the panel. */
  replyControl?: (comment: PublicComment) => ReactNode;
};

/**
 * Approved comments as plain text: React escapes every character, line breaks come from CSS, and
 * links stay text, so nothing a reader writes becomes markup. Names are bidi-isolated.
 */
export function CommentThread({ comments, replyControl }: Props) {
  return (
    <ol className="flex flex-col gap-5">
      {comments.map((comment) => (
        <li key={comment.id} id={`comment-${comment.id}`} className="flex flex-col gap-3">
          <CommentItem comment={comment} replyControl={replyControl} />
          {comment.replies.length > 0 && (
            <ol className="ms-4 flex flex-col gap-3 border-s-2 border-line ps-4">
              {comment.replies.map((reply) => (
                <li key={reply.id} id={`comment-${reply.id}`}>
                  <CommentItem comment={reply} replyControl={replyControl} />
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}

function CommentItem({ comment, replyControl }: { comment: PublicComment } & Pick<Props, 'replyControl'>) {
  return (
    <article className="comment min-w-0 rounded border border-line bg-white p-3 [overflow-wrap:anywhere]">
      <header className="flex flex-wrap items-baseline gap-x-3 text-sm">
        <bdi className="comment-author font-bold">{comment.authorName}</bdi>
        <time dateTime={comment.createdAt} className="text-muted">
          {comment.createdAtLabel}
        </time>
      </header>
      {/* Each comment keeps its writer's direction: a French comment in an Arabic thread reads LTR. */}
      <p dir="auto" className="comment-body mt-1 whitespace-pre-wrap break-words">{comment.body}</p>
      {replyControl?.(comment)}
    </article>
  );
}
