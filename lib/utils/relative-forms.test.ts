import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import fr from '@/messages/fr.json';
import { relativeParts, type RelativeUnit } from './dates';
import { pickRelativeForm, relativeForms } from './relative-forms';

const HOUR = 3_600_000;

describe('relative time forms', () => {
  for (const [locale, messages] of [['ar', ar], ['fr', fr]] as const) {
    it(`${locale}: the browser's wording equals the ICU message for every count it may meet`, () => {
      const t = createTranslator({ locale, messages, namespace: 'RelativeTime' });
      const format = (unit: RelativeUnit, count: number) => t(unit, { count });
      const renderedAt = Date.UTC(2026, 0, 1);
      const published = new Date(renderedAt - 3 * HOUR).toISOString();
      const forms = relativeForms(format, locale, published, renderedAt);
      // Rendered "3 hours ago": the page may later need any hour count and the first days.
      for (let hours = 3; hours < 24 * 20; hours++) {
        const { unit, count } = relativeParts(published, renderedAt + (hours - 3) * HOUR);
        expect(pickRelativeForm(forms, locale, unit, count)).toBe(format(unit, count));
      }
      // Months are beyond what a page rendered in hours can need: left to the server's text.
      expect(pickRelativeForm(forms, locale, 'month', 2)).toBeNull();
    });
  }
});
