export type TagSummary = { slug: string; name: string };
