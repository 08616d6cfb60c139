import { SITE_TIME_ZONE } from '@/lib/utils/dates';

/**
 * "2023-02-22T09:00:00+01:00": the local wall time of the newsroom with its offset. Google News
 * and schema.org read the offset; a bare "Z" is valid but hides the edition's own clock.
 */
export function isoWithOffset(value: Date | string, timeZone: string = SITE_TIME_ZONE): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(date).map((part) => [part.type, part.value]));
  // "GMT+01:00", or plain "GMT" when the zone sits on UTC.
  const offset = (parts.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

// Building a formatter costs far more than using one, and sitemaps format 50,000 dates a file.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
