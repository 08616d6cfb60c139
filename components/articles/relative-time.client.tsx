'use client';

import { useSyncExternalStore } from 'react';
import { relativeParts } from '@/lib/utils/dates';
import { pickRelativeForm, type RelativeForms } from '@/lib/utils/relative-forms';

const MINUTE = 60_000;

function subscribe(onTick: () => void) {
  const timer = setInterval(onTick, MINUTE);
  return () => clearInterval(timer);
}

const currentMinute = () => Math.floor(Date.now() / MINUTE) * MINUTE;

type Props = { iso: string; renderedAt: number; label: string; forms: RelativeForms; locale: string };

/**
 * "منذ 3 ساعات". The page is cached, so the server's wording can be hours old; once hydrated
 * the browser recomputes it against its own clock, and again every minute, from the plural
 * forms the server wrote out (see relativeForms).
 */
export function RelativeTime({ iso, renderedAt, label, forms, locale }: Props) {
  const now = useSyncExternalStore(subscribe, currentMinute, () => renderedAt);
  const rendered = relativeParts(iso, renderedAt);
  const { unit, count } = relativeParts(iso, now);
  if (unit === rendered.unit && count === rendered.count) return <span>{label}</span>;
  return <span>{pickRelativeForm(forms, locale, unit, count) ?? label}</span>;
}
