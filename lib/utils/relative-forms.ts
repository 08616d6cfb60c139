import { relativeParts, type RelativeUnit } from './dates';

/** Per unit, the wording for each plural category with '#' where the number goes. */
export type RelativeForms = Partial<Record<RelativeUnit, Partial<Record<Intl.LDMLPluralRule, string>>>>;

const UNITS: RelativeUnit[] = ['minute', 'hour', 'day', 'month', 'year'];

/**
 * The forms a cached page may need in the browser for "منذ 3 ساعات": the unit of the render
 * time and the next one (a cached page is at most hours old). Formatting them on the server
 * keeps the ICU message formatter out of every reader's download; the browser only picks a
 * plural category with Intl.PluralRules and puts the number in.
 */
export function relativeForms(
  format: (unit: RelativeUnit, count: number) => string,
  locale: string,
  iso: string,
  now: number,
): RelativeForms {
  const rules = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const index = UNITS.indexOf(relativeParts(iso, now).unit);
  const forms: RelativeForms = {};
  for (const unit of UNITS.slice(index, index + 2)) {
    const byCategory: Partial<Record<Intl.LDMLPluralRule, string>> = {};
    for (const category of rules.resolvedOptions().pluralCategories) {
      const sample = sampleOf(rules, category);
      if (sample !== undefined) byCategory[category] = format(unit, sample).replace(number.format(sample), '#');
    }
    forms[unit] = byCategory;
  }
  return forms;
}

/** The smallest count of a plural category; relative times count from 1. */
function sampleOf(rules: Intl.PluralRules, category: Intl.LDMLPluralRule): number | undefined {
  for (let count = 1; count < 1000; count++) if (rules.select(count) === category) return count;
  return undefined;
}

/** The wording for a count from the forms, or null when the page did not bring that unit. */
export function pickRelativeForm(forms: RelativeForms, locale: string, unit: RelativeUnit, count: number): string | null {
  const form = forms[unit]?.[new Intl.PluralRules(locale).select(count)];
  return form === undefined ? null : form.replace('#', new Intl.NumberFormat(locale).format(count));
}
