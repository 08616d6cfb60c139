// WordPress writes each date twice: local wall-clock time and GMT. Drafts never published carry
// the "floating" GMT date 0000-00-00 00:00:00; their local time is read in the site's time zone,
// learned from the offset between the two columns of dated items.

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;
export const FLOATING_DATE = '0000-00-00 00:00:00';

/** A WordPress date read as if it were UTC, or null when it is not a real calendar date. */
export function parseWpDate(text: string): Date | null {
  const match = WP_DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  if (year < 1970 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return date.getUTCDate() === day ? date : null;
}

export const isFloating = (text: string) => !text.trim() || text.trim() === FLOATING_DATE;

/** Minutes the site's clock is ahead of GMT, from one dated item; null when it cannot tell. */
export function siteOffsetMinutes(local: string, gmt: string): number | null {
  const a = parseWpDate(local);
  const b = isFloating(gmt) ? null : parseWpDate(gmt);
  return a && b ? Math.round((a.getTime() - b.getTime()) / 60_000) : null;
}

/**
 * The instant an item's date names: its GMT column, or for a floating date its local column in
 * the site's offset. 'invalid' when the date is not a date at all.
 */
export function wpInstant(local: string, gmt: string, offsetMinutes: number): Date | 'invalid' {
  if (!isFloating(gmt)) return parseWpDate(gmt) ?? 'invalid';
  if (isFloating(local)) return 'invalid';
  const wall = parseWpDate(local);
  return wall ? new Date(wall.getTime() - offsetMinutes * 60_000) : 'invalid';
}
