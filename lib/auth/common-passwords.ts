import { dictionary } from '@zxcvbn-ts/language-common';

// Local favourites that public lists miss: the site's name, Moroccan cities, newsroom words.
const LOCAL = `azerty azertyuiop motdepasse motdepasse1 bonjour bonjour123 soleil marocain maroc morocco maroc123
casablanca rabat marrakech tanger agadir fes meknes oujda midad midad123 midad2024 midad2025 midad2026 news1234
journalist journaliste editor123 redaction admin1234 administrator changeme welcome1 p@ssw0rd passw0rd`.split(/\s+/);

/**
 * About 49,000 passwords seen most often in breach lists (the list zxcvbn-ts ships), plus the
 * local ones; compared lower-case, refused at any length.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  ...(dictionary['passwords-common'] as string[]).map((word) => word.toLowerCase()),
  ...LOCAL,
]);
