'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { relativeParts } from '@/lib/utils/dates';

const MINUTE = 60_000;

function subscribe(onTick: () => void) {
  const timer = setInterval(onTick, MINUTE);
  return () => clearInterval(timer);
}

const currentMinute = () => Math.floor(Date.now() / MINUTE) * MINUTE;

/**
 * "منذ 3 ساعات". The page is cached, so the server's wording can be hours old; once hydrated
 * the browser recomputes it against its own clock, and again every minute.
 */
export function RelativeTime({ iso, renderedAt }: { iso: string; renderedAt: number }) {
  const t = useTranslations('RelativeTime');
  const now = useSyncExternalStore(subscribe, currentMinute, () => renderedAt);
  const { unit, count } = relativeParts(iso, now);
  return <span>{t(unit, { count })}</span>;
}
