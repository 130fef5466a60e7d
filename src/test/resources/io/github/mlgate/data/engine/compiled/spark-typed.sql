WITH source AS (SELECT *
FROM `analytics`.`churn`), cells AS (SELECT f, r, o,
    CASE WHEN m0 = 1 THEN 'constraint-error' WHEN ok0 = 0 THEN 'type-error' END AS e0, v0, t0, m0,
    CASE WHEN m1 = 1 THEN NULL WHEN ok1 = 0 THEN 'type-error' WHEN (char_length(t1) < 2 OR char_length(t1) > 40 OR NOT (t1 RLIKE '\\A(?:[A-Z][a-z\' ]+)\\z')) THEN 'constraint-error' END AS e1, v1, t1, m1,
    CASE WHEN m2 = 1 THEN NULL WHEN ok2 = 0 THEN 'type-error' WHEN ((v2 < CAST('0.0' AS DOUBLE) AND NOT isnan(v2)) OR (v2 > CAST('1000.0' AS DOUBLE) AND NOT isnan(v2))) THEN 'constraint-error' END AS e2, v2, t2, m2,
    CASE WHEN m3 = 1 THEN NULL WHEN ok3 = 0 THEN 'type-error' END AS e3, v3, t3, m3,
    CASE WHEN m4 = 1 THEN NULL WHEN ok4 = 0 THEN 'type-error' END AS e4, v4, t4, m4,
    CASE WHEN m5 = 1 THEN NULL WHEN ok5 = 0 THEN 'type-error' WHEN (NOT (v5 IN ('it\'s premium', 'basic'))) THEN 'constraint-error' END AS e5, v5, t5, m5,
    CASE WHEN m6 = 1 THEN NULL WHEN ok6 = 0 THEN 'type-error' END AS e6, v6, t6, m6,
    CASE WHEN m7 = 1 THEN NULL WHEN ok7 = 0 THEN 'type-error' END AS e7, v7, t7, m7, t0 AS kt
FROM (SELECT f, r, o, m0, t0, ok0,
    CASE WHEN m0 = 0 AND ok0 = 1 THEN c0 END AS v0, m1, t1, ok1,
    CASE WHEN m1 = 0 AND ok1 = 1 THEN c1 END AS v1, m2, t2, ok2,
    CASE WHEN m2 = 0 AND ok2 = 1 THEN CAST(c2 AS DOUBLE) END AS v2, m3, t3, ok3,
    CASE WHEN m3 = 0 AND ok3 = 1 THEN c3 END AS v3, m4, t4, ok4,
    CASE WHEN m4 = 0 AND ok4 = 1 THEN c4 END AS v4, m5, t5, ok5,
    CASE WHEN m5 = 0 AND ok5 = 1 THEN c5 END AS v5, m6, t6, ok6,
    CASE WHEN m6 = 0 AND ok6 = 1 THEN c6 END AS v6, m7, t7, ok7,
    CASE WHEN m7 = 0 AND ok7 = 1 THEN c7 END AS v7
FROM (SELECT `__mlgate_file` AS f, `__mlgate_row` AS r, CAST(`__mlgate_file` AS BIGINT) * 4294967296 + `__mlgate_row` AS o,
    CASE WHEN `id` IS NULL THEN 1 ELSE 0 END AS m0, CAST(`id` AS STRING) AS t0,
    CASE WHEN TRUE THEN 1 ELSE 0 END AS ok0, `id` AS c0,
    CASE WHEN (`name` IS NULL OR `name` IN ('')) THEN 1 ELSE 0 END AS m1, `name` AS t1,
    CASE WHEN TRUE THEN 1 ELSE 0 END AS ok1, `name` AS c1,
    CASE WHEN `amount` IS NULL THEN 1 ELSE 0 END AS m2, CAST(`amount` AS STRING) AS t2,
    CASE WHEN TRUE THEN 1 ELSE 0 END AS ok2, `amount` AS c2,
    CASE WHEN `day` IS NULL THEN 1 ELSE 0 END AS m3, CAST(`day` AS STRING) AS t3,
    CASE WHEN TRUE THEN 1 ELSE 0 END AS ok3, `day` AS c3,
    CASE WHEN `seen` IS NULL THEN 1 ELSE 0 END AS m4, CAST(`seen` AS STRING) AS t4,
    CASE WHEN TRUE THEN 1 ELSE 0 END AS ok4, `seen` AS c4,
    CASE WHEN (`kind` IS NULL OR `kind` IN ('')) THEN 1 ELSE 0 END AS m5, `kind` AS t5,
    CASE WHEN TRUE THEN 1 ELSE 0 END AS ok5, `kind` AS c5,
    CASE WHEN `active` IS NULL THEN 1 ELSE 0 END AS m6, CAST(`active` AS STRING) AS t6,
    CASE WHEN TRUE THEN 1 ELSE 0 END AS ok6, `active` AS c6,
    CASE WHEN (`email` IS NULL OR `email` IN ('')) THEN 1 ELSE 0 END AS m7, `email` AS t7,
    CASE WHEN TRUE THEN 1 ELSE 0 END AS ok7, `email` AS c7
FROM source) read_cells) cast_cells), d7 AS (SELECT v, min(o) AS first
FROM (SELECT CASE WHEN NOT (`email` IS NULL OR `email` IN ('')) AND TRUE THEN `email` END AS v, CAST(`__mlgate_file` AS BIGINT) * 4294967296 + `__mlgate_row` AS o
FROM (SELECT *
FROM `analytics`.`churn`) AS source) one
WHERE v IS NOT NULL
GROUP BY v HAVING count(*) > 1), dk AS (SELECT k0, min(o) AS first
FROM (SELECT CASE WHEN NOT `id` IS NULL AND TRUE THEN `id` END AS k0, CAST(`__mlgate_file` AS BIGINT) * 4294967296 + `__mlgate_row` AS o
FROM (SELECT *
FROM `analytics`.`churn`) AS source) one
WHERE k0 IS NOT NULL
GROUP BY k0 HAVING count(*) > 1), checked AS (SELECT cells.*,
    CASE WHEN d7.first IS NOT NULL AND cells.o <> d7.first THEN 2 ELSE 1 END AS u7, d7.first AS uo7,
    CASE WHEN dk.first IS NOT NULL AND cells.o <> dk.first THEN 2 ELSE 1 END AS pk, dk.first AS pko
FROM cells LEFT JOIN d7 ON cells.v7 = d7.v LEFT JOIN dk ON cells.v0 = dk.k0), bad AS (SELECT *
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
UNION ALL SELECT 1, NULL, NULL, NULL, NULL, CAST(count(*) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e0 = 'type-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e0 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e0 = 'primary-key' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e1 = 'type-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e1 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e1 = 'primary-key' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e2 = 'type-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e2 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e2 = 'primary-key' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e3 = 'type-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e3 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e3 = 'primary-key' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e4 = 'type-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e4 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e4 = 'primary-key' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e5 = 'type-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e5 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e5 = 'primary-key' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e6 = 'type-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e6 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e6 = 'primary-key' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e7 = 'type-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e7 = 'constraint-error' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN e7 = 'primary-key' THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN u7 > 1 THEN 1 ELSE 0 END), 0) AS STRING) || ' ' || CAST(coalesce(sum(CASE WHEN pk > 1 THEN 1 ELSE 0 END), 0) AS STRING), NULL, NULL, NULL
FROM bad
ORDER BY 1, 2, 3, 4
