import 'server-only';
import { fieldLocale } from '@/lib/http/request-locale';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { routing, type Locale } from '@/i18n/routing';
import type { SessionUser } from '@/lib/auth/roles';
import { getCurrentUser } from '@/lib/auth/session';
import { isMissingRecord } from '@/lib/db/errors';
import { isSameOriginAction } from '@/lib/security/action-origin';
import type { ActionState } from './state';
import { pathTo } from '@/lib/url-paths';

// Every exported Server Action is built by one of the three wrappers below, which run the same
// checks in the same order before the action's own code: the arguments are what our forms send
// (FormData, or a value matching a schema) → the request comes from this site (Origin, else
// Referer; `null` and neither refused) → the session is re-read and allowed → the locale is one
// of ours. Actions can be called by anyone with any arguments, so none of this is left to the
// action itself (a test scans the 'use server' modules for exports that bypass it).

// Every function the wrappers return, so a test can tell a guarded action from a bare one.
const guarded = new WeakSet<object>();
const mark = <F extends object>(action: F): F => {
  guarded.add(action);
  return action;
};

/** True for an action built by one of the wrappers below. */
export const isGuardedAction = (value: unknown): boolean => typeof value === 'function' && guarded.has(value);

export type Refusal = 'form' | 'origin' | 'signedOut' | 'forbidden';

/** Who may call: a permission check on the session user, or anyone (e.g. accepting an invitation). */
export type Access = ((user: SessionUser | null) => boolean) | 'anyone';

type Checked<A> = { ok: true; locale: Locale; actor: A } | { ok: false; locale: Locale; refusal: Refusal };


async function check<A extends SessionUser | null>(form: unknown, access: Access): Promise<Checked<A>> {
  if (!(form instanceof FormData)) return { ok: false, locale: routing.defaultLocale, refusal: 'form' };
  const locale = fieldLocale(form.get('locale'));
  return checkRequest<A>(locale, access);
}

async function checkRequest<A extends SessionUser | null>(locale: Locale, access: Access): Promise<Checked<A>> {
  if (!(await isSameOriginAction())) return { ok: false, locale, refusal: 'origin' };
  if (access === 'anyone') return { ok: true, locale, actor: null as A };
  const user = await getCurrentUser();
  if (!user) return { ok: false, locale, refusal: 'signedOut' };
  if (!access(user)) return { ok: false, locale, refusal: 'forbidden' };
  return { ok: true, locale, actor: user as A };
}

export type ActionContext<A> = { form: FormData; locale: Locale; actor: A };

type Options<A extends SessionUser | null> = {
  access: A extends SessionUser ? (user: SessionUser | null) => boolean : 'anyone';
  /** Message namespace whose `errors.forbidden` / `errors.invalid` explain a refusal. */
  namespace: 'ArticleEditor' | 'Taxonomy' | 'Users';
  /** A caller without a session is sent to the sign-in page instead of getting a state. */
  signInWhenSignedOut?: boolean;
};

async function refusalState(namespace: Options<null>['namespace'], locale: Locale, refusal: Refusal | 'notFound'): Promise<ActionState> {
  const t = await getTranslations({ locale, namespace });
  const key = refusal === 'form' ? 'errors.invalid' : refusal === 'notFound' ? 'errors.notFound' : 'errors.forbidden';
  return { status: 'error', message: t(key), fieldErrors: {} };
}

/**
 * Runs the action's own code; a row it names that was deleted meanwhile (or never existed) is the
 * caller's mistake, so it becomes `onMissing` instead of a server error. Anything else, including
 * Next's redirects, goes on as thrown.
 */
async function orMissing<R>(run: () => Promise<R>, onMissing: () => R | Promise<R>): Promise<R> {
  try {
    return await run();
  } catch (error) {
    if (isMissingRecord(error)) return onMissing();
    throw error;
  }
}

/** A form action used with useActionState: `(previous state, form) → state`. */
export function stateAction<A extends SessionUser | null = SessionUser>(
  options: Options<A>,
  run: (context: ActionContext<A>) => Promise<ActionState>,
): (previous: ActionState, form: FormData) => Promise<ActionState> {
  return mark(async (_previous: ActionState, form: FormData) => {
    const checked = await check<A>(form, options.access as Access);
    if (!checked.ok) {
      if (checked.refusal === 'signedOut' && options.signInWhenSignedOut) redirect(pathTo('/admin/login', { locale: checked.locale }));
      return refusalState(options.namespace, checked.locale, checked.refusal);
    }
    return orMissing(
      () => run({ form, locale: checked.locale, actor: checked.actor }),
      () => refusalState(options.namespace, checked.locale, 'notFound'),
    );
  });
}

/** A plain `<form action>` action: refused calls change nothing and get no error page. */
export function formAction<A extends SessionUser | null = SessionUser>(
  options: Omit<Options<A>, 'namespace'>,
  run: (context: ActionContext<A>) => Promise<void>,
): (form: FormData) => Promise<void> {
  return mark(async (form: FormData) => {
    const checked = await check<A>(form, options.access as Access);
    if (!checked.ok) {
      if (options.signInWhenSignedOut) redirect(pathTo('/admin/login', { locale: checked.locale }));
      return;
    }
    // A plain form has no state to show: a missing row changes nothing and the page shows it as it is.
    await orMissing(
      () => run({ form, locale: checked.locale, actor: checked.actor }),
      () => undefined,
    );
  });
}

/** An action called from client code with one value (not a form), checked against `schema`. */
export function valueAction<T, R>(
  options: { access: (user: SessionUser | null) => boolean; schema: z.ZodType<T>; refused: R },
  run: (actor: SessionUser, value: T) => Promise<R>,
): (value: T) => Promise<R> {
  return mark(async (value: T) => {
    const parsed = options.schema.safeParse(value);
    if (!parsed.success) return options.refused;
    const checked = await checkRequest<SessionUser>(routing.defaultLocale, options.access);
    if (!checked.ok) return options.refused;
    return orMissing(
      () => run(checked.actor, parsed.data),
      () => options.refused,
    );
  });
}
