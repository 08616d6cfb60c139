// What a section, tag or author mutation answers its action.

type TaxonomyFailure = 'forbidden' | 'notFound' | 'slugTaken' | 'inUse';
export type TaxonomyResult = { ok: true; locales: string[] } | { ok: false; error: TaxonomyFailure };
