import 'server-only';
import { recordAudit } from '@/lib/audit/log';
import { canEditArticle, canPublishArticle } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { lockedByOther } from '@/lib/articles/editor/locks';
import { getArticleSnapshot, type ArticleSnapshot } from '@/lib/articles/snapshot';
import type { ArticleStatus } from '@/lib/articles/status';
import type { WorkflowStep } from './schema';

// draft → review → scheduled → published → unpublished, with who may take each step.

type StepFailure = 'forbidden' | 'notFound' | 'locked' | 'transition' | 'publishAt';
type StepResult =
  | { ok: true; before: ArticleSnapshot; after: ArticleSnapshot }
  | { ok: false; error: StepFailure };

/** The statuses each step starts from. */
const FROM: Record<WorkflowStep, readonly ArticleStatus[]> = {
  submit: ['draft'],
  toDraft: ['review', 'unpublished', 'scheduled'],
  schedule: ['draft', 'review', 'unpublished', 'scheduled'],
  publish: ['draft', 'review', 'unpublished', 'scheduled'],
  unpublish: ['published', 'scheduled'],
};

const TO: Record<WorkflowStep, ArticleStatus> = {
  submit: 'review',
  toDraft: 'draft',
  schedule: 'scheduled',
  publish: 'published',
  unpublish: 'unpublished',
};

function allowed(actor: SessionUser, step: WorkflowStep, article: ArticleSnapshot): boolean {
  // Submitting is part of writing; everything that changes what readers see is publishing.
  return step === 'submit' ? canEditArticle(actor, article) : canPublishArticle(actor, article);
}

/** The steps the actor may take now, for the editor's buttons. */
export function availableSteps(actor: SessionUser, article: ArticleSnapshot): WorkflowStep[] {
  return (Object.keys(FROM) as WorkflowStep[]).filter((step) => FROM[step].includes(article.status) && allowed(actor, step, article));
}

export async function moveArticle(
  actor: SessionUser,
  id: number,
  step: WorkflowStep,
  publishAt: Date | null = null,
  now = new Date(),
): Promise<StepResult> {
  const before = await getArticleSnapshot(id);
  if (!before) return { ok: false, error: 'notFound' };
  if (!allowed(actor, step, before)) return { ok: false, error: 'forbidden' };
  if (lockedByOther(before, actor.id, now)) return { ok: false, error: 'locked' };
  if (!FROM[step].includes(before.status)) return { ok: false, error: 'transition' };
  if (step === 'schedule' && (!publishAt || publishAt <= now)) return { ok: false, error: 'publishAt' };

  // Publishing keeps the first publication date; a future or missing one becomes now.
  const publishedAt =
    step === 'schedule'
      ? publishAt
      : step === 'publish'
        ? before.publishedAt && before.publishedAt <= now && before.status !== 'scheduled'
          ? before.publishedAt
          : now
        : before.publishedAt;
  // Only move if nobody changed the status meanwhile.
  await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({ where: { id, status: before.status }, data: { status: TO[step], publishedAt } });
    if (count !== 1) throw new Error(`article ${id} changed during ${step}`);
    await recordAudit(tx, {
      userId: actor.id,
      action: `article.${step}`,
      targetType: 'article',
      targetId: id,
      detail: step === 'schedule' ? publishAt!.toISOString() : `${before.status} → ${TO[step]}`,
    });
  });
  return { ok: true, before, after: (await getArticleSnapshot(id))! };
}
