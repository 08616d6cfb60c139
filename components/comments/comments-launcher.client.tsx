'use client';

import { lazy, Suspense, useState, type MouseEvent } from 'react';
import { loadCommentsMessages } from '@/i18n/comments-messages';
import type { Locale } from '@/i18n/routing';

type Props = { locale: Locale; articleId: number; href: string; label: string; countLabel: string; loadingLabel: string };

/**
 * "انقر للتعليق": a link to the comments page that, with JavaScript, opens the comments in place.
 * Only this link ships with the article: the panel, the form and their messages load on the first
 * click, so a reader who never comments never downloads them. Closing only hides the section, so
 * whatever the reader typed is still there on reopening.
 */
export function CommentsLauncher({ locale, articleId, href, label, countLabel, loadingLabel }: Props) {
  const [open, setOpen] = useState(false);
  const [started, setStarted] = useState(false);
  const [count, setCount] = useState(countLabel);
  const Panel = PANELS[locale];

  function toggle(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    setOpen(!open);
    setStarted(true);
  }

  return (
    <>
      <a
        href={href}
        onClick={toggle}
        aria-expanded={open}
        aria-controls="comments-panel"
        className="inline-flex items-center gap-2 rounded bg-ink px-5 py-2 font-bold text-white hover:bg-accent-dark"
      >
        {label}
        <span className="rounded bg-white/20 px-2 text-sm font-normal">{count}</span>
      </a>
      <div id="comments-panel" hidden={!open} className="mt-6 flex flex-col gap-6">
        {started ? (
          <Suspense fallback={<p role="status">{loadingLabel}</p>}>
            <Panel locale={locale} articleId={articleId} onCountLabel={setCount} />
          </Suspense>
        ) : null}
      </div>
    </>
  );
}

/** The panel's code and its locale's messages, fetched together on first render. */
async function loadCommentsPanel(locale: Locale) {
  const [{ CommentsPanel }, messages] = await Promise.all([import('./comments-panel.client'), loadCommentsMessages(locale)]);
  return {
    default: function LoadedPanel(props: { locale: Locale; articleId: number; onCountLabel: (label: string) => void }) {
      return <CommentsPanel {...props} messages={messages} />;
    },
  };
}

// lazy() fetches nothing until the panel first renders, that is, until the first click.
const PANELS = {
  ar: lazy(() => loadCommentsPanel('ar')),
  fr: lazy(() => loadCommentsPanel('fr')),
  en: lazy(() => loadCommentsPanel('en')),
} satisfies Record<Locale, unknown>;
