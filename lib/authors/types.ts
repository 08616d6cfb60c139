export type AuthorProfile = { slug: string; name: string; bio: string; photoUrl: string | null };
