'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '@/i18n/routing';
import { pathTo } from '@/lib/url-paths';
import type { MostViewedTabs as Tabs, ViewWindow } from '@/lib/views/types';

const TAB_KEYS = ['day', 'week'] as const;
type TabKey = (typeof TAB_KEYS)[number];

/** The tab list's name, each tab's name, the empty list's text. */
export type MostViewedLabels = Record<'tabs' | TabKey | 'empty', string> & {
  /** "Showing the last 7 days" etc., for when a tab falls back to a longer window. */
  showing: Record<ViewWindow, string>;
};

/**
 * The ranked list with its 24 h / 7 d tabs. The server's list is part of the cached page (and
 * all that readers without JavaScript see); once shown, it is replaced with the current ranking
 * from the JSON endpoint, so the page itself never needs re-rendering for a new view. Its rows are
 * drawn by globals.css (.most-viewed li), not a class list repeated on each of them.
 */
export function MostViewedTabs({ locale, initial, labels }: { locale: Locale; initial: Tabs; labels: MostViewedLabels }) {
  const [tabs, setTabs] = useState(initial);
  const [active, setActive] = useState<TabKey>('day');

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/views/top?locale=${locale}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Tabs>) : null))
      .then((fresh) => fresh && setTabs(fresh))
      .catch(() => undefined);
    return () => controller.abort();
  }, [locale]);

  const list = tabs[active];
  return (
    <div>
      <div role="tablist" aria-label={labels.tabs} className="mb-3 flex gap-2 border-b border-line">
        {TAB_KEYS.map((key) => (
          <button
            key={key}
            id={`most-viewed-tab-${key}`}
            type="button"
            role="tab"
            aria-selected={active === key}
            aria-controls="most-viewed-panel"
            onClick={() => setActive(key)}
            className={`-mb-px border-b-2 px-3 py-1 font-bold ${active === key ? 'border-accent text-ink' : 'border-transparent text-muted'}`}
          >
            {labels[key]}
          </button>
        ))}
      </div>
      <div id="most-viewed-panel" role="tabpanel" aria-labelledby={`most-viewed-tab-${active}`}>
        {list.items.length ? (
          <>
            {list.window !== active ? <p className="mb-2 text-sm text-muted">{labels.showing[list.window]}</p> : null}
            <ol className="flex flex-col gap-3" data-window={list.window}>
              {list.items.map((article, index) => (
                <li key={article.id}>
                  <span aria-hidden="true">
                    {index + 1}
                  </span>
                  <a href={pathTo({ pathname: '/news/[slug]', params: { slug: article.slug } }, { locale, encoding: 'readable' })}>
                    {article.title}
                  </a>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className="text-muted">{labels.empty}</p>
        )}
      </div>
    </div>
  );
}
