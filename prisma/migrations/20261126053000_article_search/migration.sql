-- Full-text search over published articles (SQLite FTS5), written by hand: Prisma's schema
-- language cannot describe virtual tables or triggers. lib/db/schema-engine.ts lists these
-- tables as external so that later migrations generated from schema.prisma leave them alone.
--
-- Folding: the unicode61 tokenizer lowercases and, with remove_diacritics 2, strips every
-- Vietnamese tone and vowel mark ("Dân vận khéo" → dan van kheo), but đ/Đ is a letter of
-- its own, not a d with a mark, so it is replaced here; lib/search/fold.ts folds queries the
-- same way.
--
-- SQLite drops a table's triggers with the table, and Prisma rebuilds "Article" for most
-- changes to it: `npm run db:migration` appends prisma/triggers/article-search.sql (the
-- triggers below, verbatim) to every migration that does.

-- Which article each index row belongs to. "docId" is the index rowid, chosen so that rowid
-- order is publication order: the publication time in Unix seconds × 2^20, plus a counter
-- for articles published in the same second. Ranking can then break ties, and bound its
-- work on very common words, by recency straight from the index (lib/search). Unlike the
-- implicit rowid of "Article", it never changes on VACUUM or a table rebuild.
CREATE TABLE "ArticleSearchDoc" (
    "docId" INTEGER NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL
);
CREATE UNIQUE INDEX "ArticleSearchDoc_articleId_key" ON "ArticleSearchDoc"("articleId");

-- Contentless: the text already lives in "Article"; the index keeps only what ranking needs.
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    "title",
    "summary",
    "body",
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Only published articles are indexed. The body is HTML: closing tags become opening ones,
-- then every "<" is glued to a marker so that tag names turn into tokens such as "xtagxem"
-- that no reader types (the Vietnamese word "em" must not match every <em>); entities
-- ("&amp;", "&#39;") get the same treatment. Attribute values (link addresses, image alt
-- text) stay searchable.
CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article"
WHEN new."status" = 'published'
BEGIN
    INSERT INTO "ArticleSearchDoc" ("docId", "articleId")
    SELECT coalesce((SELECT max("docId") + 1 FROM "ArticleSearchDoc" WHERE "docId" >= slot AND "docId" < slot + 1048576), slot), new."id"
    -- Prisma stores DateTime as ISO 8601 text (or as Unix milliseconds if its adapter is set so)
    FROM (SELECT coalesce(CASE typeof(new."publishedAt") WHEN 'integer' THEN new."publishedAt" / 1000 ELSE unixepoch(new."publishedAt") END, 0) * 1048576 AS slot);
    INSERT INTO "ArticleSearch" (rowid, "title", "summary", "body")
    SELECT
        "docId",
        replace(replace(new."title", 'đ', 'd'), 'Đ', 'D'),
        replace(replace(new."summary", 'đ', 'd'), 'Đ', 'D'),
        replace(replace(
            replace(replace(replace(replace(new."bodyHtml", '</', '<'), '<', ' xtagx'), '&#', '&'), '&', ' xentx'),
        'đ', 'd'), 'Đ', 'D')
    FROM "ArticleSearchDoc" WHERE "articleId" = new."id";
END;

-- Only the columns the index depends on: a vote that updates the rating counters must not
-- re-index the article.
CREATE TRIGGER "Article_search_update" AFTER UPDATE OF "id", "title", "summary", "bodyHtml", "status", "publishedAt" ON "Article"
BEGIN
    DELETE FROM "ArticleSearch" WHERE rowid IN (SELECT "docId" FROM "ArticleSearchDoc" WHERE "articleId" = old."id");
    DELETE FROM "ArticleSearchDoc" WHERE "articleId" = old."id";
    INSERT INTO "ArticleSearchDoc" ("docId", "articleId")
    SELECT coalesce((SELECT max("docId") + 1 FROM "ArticleSearchDoc" WHERE "docId" >= slot AND "docId" < slot + 1048576), slot), new."id"
    -- Prisma stores DateTime as ISO 8601 text (or as Unix milliseconds if its adapter is set so)
    FROM (SELECT coalesce(CASE typeof(new."publishedAt") WHEN 'integer' THEN new."publishedAt" / 1000 ELSE unixepoch(new."publishedAt") END, 0) * 1048576 AS slot)
    WHERE new."status" = 'published';
    INSERT INTO "ArticleSearch" (rowid, "title", "summary", "body")
    SELECT
        "docId",
        replace(replace(new."title", 'đ', 'd'), 'Đ', 'D'),
        replace(replace(new."summary", 'đ', 'd'), 'Đ', 'D'),
        replace(replace(
            replace(replace(replace(replace(new."bodyHtml", '</', '<'), '<', ' xtagx'), '&#', '&'), '&', ' xentx'),
        'đ', 'd'), 'Đ', 'D')
    FROM "ArticleSearchDoc" WHERE "articleId" = new."id";
END;

CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article"
BEGIN
    DELETE FROM "ArticleSearch" WHERE rowid IN (SELECT "docId" FROM "ArticleSearchDoc" WHERE "articleId" = old."id");
    DELETE FROM "ArticleSearchDoc" WHERE "articleId" = old."id";
END;

-- Index what is already published: assigning a column to itself runs the update trigger.
UPDATE "Article" SET "status" = "status" WHERE "status" = 'published';
