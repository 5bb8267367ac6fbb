-- Table functions in the SELECT list turn one row into several: each call's list is zipped
-- with the others position by position (a shorter list gives NULL), the other columns are
-- repeated, and a row whose lists are all empty or NULL gives none. They read streams only.
SET 'auto.offset.reset'='earliest';
CREATE STREAM baskets (id INT KEY, items ARRAY<STRING>, counts ARRAY<INT>, owner STRUCT<name STRING>)
  WITH (KAFKA_TOPIC='baskets', PARTITIONS=1, VALUE_FORMAT='JSON');
INSERT INTO baskets (id, items, counts) VALUES (1, ARRAY['apple', 'pear'], ARRAY[3, 1, 7]);
INSERT INTO baskets (id, items, counts) VALUES (2, NULL, NULL);
INSERT INTO baskets (id, items, counts) VALUES (3, ARRAY['fig'], NULL);
SELECT id, EXPLODE(items) AS item, UCASE(owner->name) AS who, EXPLODE(counts) * 10 AS n FROM baskets EMIT CHANGES LIMIT 4;
--> 1 | apple | null | 30
--> 1 | pear | null | 10
--> 1 | null | null | 70
--> 3 | fig | null | null
EXPLAIN SELECT id, EXPLODE(items) AS item FROM baskets EMIT CHANGES;
--> EddyFlatMap(firstList=[1])
-->   EddyCalc(expr#0..8=[{inputs}], expr#9=[EXPLODE($t1)], ID=[$t0], ITEM=[$t9])
-->     EddySourceScan(source=[BASKETS], topic=[baskets])
SELECT id, CUBE_EXPLODE(ARRAY[id, id + 1]) AS c FROM baskets WHERE id = 1 EMIT CHANGES LIMIT 4;
--> 1 | [null, null]
--> 1 | [null, 2]
--> 1 | [1, null]
--> 1 | [1, 2]
CREATE TABLE latest (id INT PRIMARY KEY, items ARRAY<STRING>)
  WITH (KAFKA_TOPIC='latest', PARTITIONS=1, VALUE_FORMAT='JSON');
SELECT id, EXPLODE(items) AS item FROM latest EMIT CHANGES;
--> ERROR line 1:1: A table function reads a stream, not a table: its rows change, and the rows a table function made of them could not be updated. Read the table's topic as a stream instead.
SELECT id, EXPLODE(items) AS item, COUNT(*) AS n FROM baskets GROUP BY id, items EMIT CHANGES;
--> ERROR line 1:1: A table function cannot be used in a query that aggregates: explode the rows in one query and aggregate them in another.
