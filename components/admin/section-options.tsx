// A section picker's options, grouped under each edition's name ("العربية", not "ar"): the same
// section name can exist in two editions. No hooks: used by server pages and client forms alike.

export function SectionOptions({ sections, localeNames }: { sections: { id: number; name: string; locale: string }[]; localeNames: Record<string, string> }) {
  const locales = [...new Set(sections.map((section) => section.locale))];
  return (
    <>
      {locales.map((locale) => (
        <optgroup key={locale} label={localeNames[locale] ?? locale}>
          {sections
            .filter((section) => section.locale === locale)
            .map((section) => (
              <option key={section.id} value={section.id} lang={locale}>
                {section.name}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}
