-- Formats a WITH clause leaves out: the session's ksql.persistence.default.format.* and
-- ksql.persistence.wrap.single.values stand in, as in ksqlDB.
SET 'auto.offset.reset'='earliest';
SET 'ksql.persistence.default.format.value'='json';
SET 'ksql.persistence.wrap.single.values'='false';
CREATE STREAM words (word STRING) WITH (KAFKA_TOPIC='words', PARTITIONS=1);
--> Stream WORDS created
INSERT INTO words (word, rowtime) VALUES ('hi', 0);
PRINT 'words' FROM BEGINNING LIMIT 1;
--> 1970-01-01T00:00:00Z | 0 | 0 | null | "hi"
-- A GROUP BY over a keyless stream makes a key, which NONE cannot hold: the table's key is JSON.
CREATE STREAM keyless (word STRING, n INT) WITH (KAFKA_TOPIC='keyless', PARTITIONS=1, KEY_FORMAT='NONE');
--> Stream KEYLESS created
CREATE TABLE counts AS SELECT word, COUNT(*) AS c FROM keyless GROUP BY word;
--> Created query with ID CTAS_COUNTS_0
SHOW TABLES;
--> COUNTS | COUNTS | JSON | JSON | false
CREATE STREAM sessions (v INT) WITH (KAFKA_TOPIC='sessions', PARTITIONS=1, WINDOW_TYPE='SESSION');
--> ERROR line 1:88: A windowed source needs a key column: its window is part of the record key.
