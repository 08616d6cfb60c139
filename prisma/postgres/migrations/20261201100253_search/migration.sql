-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchTitle" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';


-- Full-text search (hand-written; Prisma cannot express it). A tsvector column per table,
-- built by a trigger from the search terms the app writes (lib/search/normalize.ts) with the
-- edition's text search configuration (Snowball arabic/french/english), in the writer's own
-- transaction; a GIN index answers the @@ match. The column is outside the Prisma datamodel,
-- which stays portable. An article written without search terms is still found by its
-- lowercased title and dek.
CREATE FUNCTION midad_search_config(locale TEXT) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE locale WHEN 'ar' THEN 'arabic'::regconfig WHEN 'fr' THEN 'french'::regconfig
                           WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END $$;

ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector;

CREATE FUNCTION midad_article_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector(midad_search_config(NEW."locale"), COALESCE(NULLIF(NEW."searchTitle", ''), lower(NEW."title"))), 'A') ||
    setweight(to_tsvector(midad_search_config(NEW."locale"), COALESCE(NULLIF(NEW."searchText", ''), lower(NEW."dek"))), 'B');
  RETURN NEW;
END $$;

CREATE TRIGGER "Article_searchVector" BEFORE INSERT OR UPDATE OF "locale", "title", "dek", "searchTitle", "searchText"
  ON "Article" FOR EACH ROW EXECUTE FUNCTION midad_article_search_vector();

UPDATE "Article" SET "searchTitle" = "searchTitle";
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- The moderation queue searches comments the same way; comments mix languages, so 'simple'.
ALTER TABLE "Comment" ADD COLUMN "searchVector" tsvector;

CREATE FUNCTION midad_comment_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := to_tsvector('simple', COALESCE(NULLIF(NEW."searchText", ''), lower(NEW."authorName" || ' ' || NEW."body")));
  RETURN NEW;
END $$;

CREATE TRIGGER "Comment_searchVector" BEFORE INSERT OR UPDATE OF "authorName", "body", "searchText"
  ON "Comment" FOR EACH ROW EXECUTE FUNCTION midad_comment_search_vector();

UPDATE "Comment" SET "searchText" = "searchText";
CREATE INDEX "Comment_searchVector_idx" ON "Comment" USING GIN ("searchVector");
