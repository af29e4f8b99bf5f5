-- Full-text search over published articles (PostgreSQL), written by hand: Prisma's schema
-- language cannot describe tsvector columns, functions or triggers. lib/db/hand-written-schema.ts
-- lists "ArticleSearch" as external so that later migrations generated from schema.prisma
-- leave it alone. The SQLite twin of this migration (same folder name in prisma/migrations)
-- uses FTS5; both fold text the same way, so both find the same articles (lib/search).
--
-- Needs the unaccent extension (in postgresql-contrib, part of the standard packages).
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Text as the index sees it, like SQLite's unicode61 tokenizer with remove_diacritics 2 and
-- lib/search/fold.ts: lowercase, no Vietnamese tone or vowel marks, đ → d, and every run of
-- characters other than letters and digits a word break ("covid-19" → covid 19), so that
-- the 'simple' text search parser never sees URLs, e-mail addresses or hyphenated words.
-- Immutable (the dictionary is named, not looked up), so indexes and triggers may use it.
CREATE FUNCTION "article_search_fold"(input TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
    SELECT regexp_replace(
        lower(public.unaccent('public.unaccent'::regdictionary, replace(replace(normalize(input, NFC), 'đ', 'd'), 'Đ', 'D'))),
        '[^[:alnum:]]+', ' ', 'g')
$$;

-- The body is HTML: closing tags become opening ones, then every "<" is glued to a marker
-- so that tag names turn into words such as "xtagxem" that no reader types (the Vietnamese
-- word "em" must not match every <em>); entities get the same treatment. Attribute values
-- (link addresses, image alt text) stay searchable. The same rewriting as SQLite's triggers.
CREATE FUNCTION "article_search_document"(title TEXT, summary TEXT, body_html TEXT) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT
        setweight(to_tsvector('simple'::regconfig, coalesce("article_search_fold"(title), '')), 'A') ||
        setweight(to_tsvector('simple'::regconfig, coalesce("article_search_fold"(summary), '')), 'B') ||
        setweight(to_tsvector('simple'::regconfig, coalesce("article_search_fold"(
            replace(replace(replace(replace(body_html, '</', '<'), '<', ' xtagx'), '&#', '&'), '&', ' xentx')), '')), 'D')
$$;

-- One row per published article.
CREATE TABLE "ArticleSearch" (
    "articleId" TEXT NOT NULL PRIMARY KEY,
    "publishedAt" TIMESTAMP(3),
    "document" tsvector NOT NULL
);
CREATE INDEX "ArticleSearch_document_idx" ON "ArticleSearch" USING GIN ("document");
CREATE INDEX "ArticleSearch_publishedAt_idx" ON "ArticleSearch" ("publishedAt" DESC NULLS LAST, "articleId" DESC);

CREATE FUNCTION "article_search_sync"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM "ArticleSearch" WHERE "articleId" = OLD."id";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."status" = 'published' THEN
        INSERT INTO "ArticleSearch" ("articleId", "publishedAt", "document")
        VALUES (NEW."id", NEW."publishedAt", "article_search_document"(NEW."title", NEW."summary", NEW."bodyHtml"));
    END IF;
    RETURN NULL;
END;
$$;

-- Only the columns the index depends on: a vote that updates the rating counters must not
-- re-index the article.
CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article"
FOR EACH ROW EXECUTE FUNCTION "article_search_sync"();
CREATE TRIGGER "Article_search_update" AFTER UPDATE OF "id", "title", "summary", "bodyHtml", "status", "publishedAt" ON "Article"
FOR EACH ROW EXECUTE FUNCTION "article_search_sync"();
CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article"
FOR EACH ROW EXECUTE FUNCTION "article_search_sync"();

-- Index what is already published.
INSERT INTO "ArticleSearch" ("articleId", "publishedAt", "document")
SELECT "id", "publishedAt", "article_search_document"("title", "summary", "bodyHtml") FROM "Article" WHERE "status" = 'published';
