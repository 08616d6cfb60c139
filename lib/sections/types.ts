export type SectionSummary = { slug: string; name: string; description: string };
