WITH source AS (SELECT *
FROM "analytics"."churn"), cells AS (SELECT "__mlgate_file" AS f, "__mlgate_row" AS r, CAST("__mlgate_file" AS BIGINT) * 4294967296 + "__mlgate_row" AS o,
    CASE WHEN "id" IS NULL THEN 'constraint-error' WHEN NOT (TRUE) THEN 'type-error' END AS e0,
    CASE WHEN NOT "id" IS NULL AND TRUE THEN "id" END AS v0, CAST("id" AS VARCHAR) AS t0,
    CASE WHEN "id" IS NULL THEN 1 ELSE 0 END AS m0,
    CASE WHEN ("name" IS NULL OR "name" IN ('')) THEN NULL WHEN NOT (TRUE) THEN 'type-error' WHEN (length("name") < 2 OR length("name") > 40 OR NOT regexp_full_match("name", '[A-Z][a-z'' ]+')) THEN 'constraint-error' END AS e1,
    CASE WHEN NOT ("name" IS NULL OR "name" IN ('')) AND TRUE THEN "name" END AS v1, "name" AS t1,
    CASE WHEN ("name" IS NULL OR "name" IN ('')) THEN 1 ELSE 0 END AS m1,
    CASE WHEN "amount" IS NULL THEN NULL WHEN NOT (TRUE) THEN 'type-error' WHEN ((CAST("amount" AS DOUBLE) < CAST('0.0' AS DOUBLE) AND NOT isnan(CAST("amount" AS DOUBLE))) OR (CAST("amount" AS DOUBLE) > CAST('1000.0' AS DOUBLE) AND NOT isnan(CAST("amount" AS DOUBLE)))) THEN 'constraint-error' END AS e2,
    CASE WHEN NOT "amount" IS NULL AND TRUE THEN CAST("amount" AS DOUBLE) END AS v2, CAST("amount" AS VARCHAR) AS t2,
    CASE WHEN "amount" IS NULL THEN 1 ELSE 0 END AS m2,
    CASE WHEN "day" IS NULL THEN NULL WHEN NOT (TRUE) THEN 'type-error' END AS e3,
    CASE WHEN NOT "day" IS NULL AND TRUE THEN "day" END AS v3, CAST("day" AS VARCHAR) AS t3,
    CASE WHEN "day" IS NULL THEN 1 ELSE 0 END AS m3,
    CASE WHEN "seen" IS NULL THEN NULL WHEN NOT (TRUE) THEN 'type-error' END AS e4,
    CASE WHEN NOT "seen" IS NULL AND TRUE THEN "seen" END AS v4, CAST("seen" AS VARCHAR) AS t4,
    CASE WHEN "seen" IS NULL THEN 1 ELSE 0 END AS m4,
    CASE WHEN ("kind" IS NULL OR "kind" IN ('')) THEN NULL WHEN NOT (TRUE) THEN 'type-error' WHEN (NOT ("kind" IN ('it''s premium', 'basic'))) THEN 'constraint-error' END AS e5,
    CASE WHEN NOT ("kind" IS NULL OR "kind" IN ('')) AND TRUE THEN "kind" END AS v5, "kind" AS t5,
    CASE WHEN ("kind" IS NULL OR "kind" IN ('')) THEN 1 ELSE 0 END AS m5,
    CASE WHEN "active" IS NULL THEN NULL WHEN NOT (TRUE) THEN 'type-error' END AS e6,
    CASE WHEN NOT "active" IS NULL AND TRUE THEN "active" END AS v6, CAST("active" AS VARCHAR) AS t6,
    CASE WHEN "active" IS NULL THEN 1 ELSE 0 END AS m6,
    CASE WHEN ("email" IS NULL OR "email" IN ('')) THEN NULL WHEN NOT (TRUE) THEN 'type-error' END AS e7,
    CASE WHEN NOT ("email" IS NULL OR "email" IN ('')) AND TRUE THEN "email" END AS v7, "email" AS t7,
    CASE WHEN ("email" IS NULL OR "email" IN ('')) THEN 1 ELSE 0 END AS m7, CAST("id" AS VARCHAR) AS kt
FROM source), d7 AS (SELECT v, min(o) AS first
FROM (SELECT CASE WHEN NOT ("email" IS NULL OR "email" IN ('')) AND TRUE THEN "email" END AS v, CAST("__mlgate_file" AS BIGINT) * 4294967296 + "__mlgate_row" AS o
FROM (SELECT *
FROM "analytics"."churn") AS source) one
WHERE v IS NOT NULL
GROUP BY v HAVING count(*) > 1), dk AS (SELECT k0, min(o) AS first
FROM (SELECT CASE WHEN NOT "id" IS NULL AND TRUE THEN "id" END AS k0, CAST("__mlgate_file" AS BIGINT) * 4294967296 + "__mlgate_row" AS o
FROM (SELECT *
FROM "analytics"."churn") AS source) one
WHERE k0 IS NOT NULL
GROUP BY k0 HAVING count(*) > 1), checked AS (SELECT cells.*,
    CASE WHEN d7.first IS NOT NULL AND cells.o <> d7.first THEN 2 ELSE 1 END AS u7, d7.first AS uo7,
    CASE WHEN dk.first IS NOT NULL AND cells.o <> dk.first THEN 2 ELSE 1 END AS pk, dk.first AS pko
FROM cells LEFT JOIN d7 ON cells.v7 = d7.v LEFT JOIN dk ON cells.v0 = dk.k0), bad AS MATERIALIZED (SELECT *
FROM checked
WHERE e0 IS NOT NULL OR e1 IS NOT NULL OR e2 IS NOT NULL OR e3 IS NOT NULL OR e4 IS NOT NULL OR e5 IS NOT NULL OR e6 IS NOT NULL OR e7 IS NOT NULL OR u7 > 1 OR pk > 1), listed AS (SELECT *
FROM (SELECT *, row_number() OVER (PARTITION BY code
ORDER BY f, r, pos) AS n
FROM (SELECT f, r, 0 AS pos, e0 AS code, substr(t0, 1, 1000) AS cell, CAST(NULL AS BIGINT) AS fo, kt
FROM bad
WHERE e0 IS NOT NULL
UNION ALL SELECT f, r, 1 AS pos, e1 AS code, substr(t1, 1, 1000) AS cell, CAST(NULL AS BIGINT) AS fo, kt
FROM bad
WHERE e1 IS NOT NULL
UNION ALL SELECT f, r, 2 AS pos, e2 AS code, substr(t2, 1, 1000) AS cell, CAST(NULL AS BIGINT) AS fo, kt
FROM bad
WHERE e2 IS NOT NULL
UNION ALL SELECT f, r, 3 AS pos, e3 AS code, substr(t3, 1, 1000) AS cell, CAST(NULL AS BIGINT) AS fo, kt
FROM bad
WHERE e3 IS NOT NULL
UNION ALL SELECT f, r, 4 AS pos, e4 AS code, substr(t4, 1, 1000) AS cell, CAST(NULL AS BIGINT) AS fo, kt
FROM bad
WHERE e4 IS NOT NULL
UNION ALL SELECT f, r, 5 AS pos, e5 AS code, substr(t5, 1, 1000) AS cell, CAST(NULL AS BIGINT) AS fo, kt
FROM bad
WHERE e5 IS NOT NULL
UNION ALL SELECT f, r, 6 AS pos, e6 AS code, substr(t6, 1, 1000) AS cell, CAST(NULL AS BIGINT) AS fo, kt
FROM bad
WHERE e6 IS NOT NULL
UNION ALL SELECT f, r, 7 AS pos, e7 AS code, substr(t7, 1, 1000) AS cell, CAST(NULL AS BIGINT) AS fo, kt
FROM bad
WHERE e7 IS NOT NULL
UNION ALL SELECT f, r, 8 AS pos, 'unique-error' AS code, substr(t7, 1, 1000) AS cell, uo7 AS fo, kt
FROM bad
WHERE u7 > 1
UNION ALL SELECT f, r, 9 AS pos, 'primary-key' AS code, kt AS cell, pko AS fo, kt
FROM bad
WHERE pk > 1) everyone) ranked
WHERE n <= 5)
SELECT 0 AS kind, listed.f, listed.r, listed.pos, listed.code, listed.cell, listed.fo, listed.kt, first.kt
FROM listed LEFT JOIN (SELECT o, kt
FROM cells) first ON first.o = listed.fo
UNION ALL SELECT 1, NULL, NULL, NULL, NULL, CAST(count(*) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e0 = 'type-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e0 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e0 = 'primary-key' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e1 = 'type-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e1 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e1 = 'primary-key' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e2 = 'type-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e2 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e2 = 'primary-key' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e3 = 'type-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e3 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e3 = 'primary-key' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e4 = 'type-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e4 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e4 = 'primary-key' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e5 = 'type-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e5 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e5 = 'primary-key' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e6 = 'type-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e6 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e6 = 'primary-key' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e7 = 'type-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e7 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN e7 = 'primary-key' THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN u7 > 1 THEN 1 ELSE 0 END), 0) AS VARCHAR) || ' ' || CAST(coalesce(sum(CASE WHEN pk > 1 THEN 1 ELSE 0 END), 0) AS VARCHAR), NULL, NULL, NULL
FROM bad
ORDER BY 1, 2, 3, 4
