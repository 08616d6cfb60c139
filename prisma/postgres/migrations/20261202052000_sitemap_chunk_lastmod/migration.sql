-- The sitemap index's lastmod of each chunk of 50,000 article ids (lib/sitemaps/queries.ts,
-- SITEMAP_LIMIT): the chunk's newest live change, one step down this index from its end, where a
-- MAX over the chunk read all its entries after every publication. Hand-written: Prisma has no
-- indexes on an expression. The expression must stay the query's, character for character.
CREATE INDEX "Article_sitemapChunk_updatedAt_idx" ON "Article" ((("id" - 1) / 50000), "updatedAt", "status", "publishedAt");
