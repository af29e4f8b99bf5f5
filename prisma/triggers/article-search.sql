-- Triggers that keep the full-text index ("ArticleSearch", "ArticleSearchDoc") in sync with
-- "Article". The source of truth: the migration that created them holds a copy, and
-- lib/db/schema-engine.ts appends this file to every generated migration that rebuilds
-- "Article" (SQLite drops a table's triggers with it). Changing a trigger means a new
-- migration that drops and re-creates it with this file's new text.

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
