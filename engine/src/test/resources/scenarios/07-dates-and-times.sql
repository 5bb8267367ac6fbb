-- TIMESTAMP and TIME keep milliseconds, as in ksqlDB. The date-time arithmetic functions take
-- their unit as a bare keyword.
SET 'auto.offset.reset'='earliest';
CREATE STREAM events (id INT KEY, ts TIMESTAMP, t TIME, d DATE)
  WITH (KAFKA_TOPIC='events', PARTITIONS=1, VALUE_FORMAT='JSON');
INSERT INTO events (id, ts, t, d) VALUES (1, TIMESTAMP '2024-01-02 03:04:05.123', TIME '13:05:07.250', DATE '2024-01-02');
SELECT id, ts, t, d FROM events EMIT CHANGES LIMIT 1;
--> 1 | 2024-01-02T03:04:05.123 | 13:05:07.250 | 2024-01-02
SELECT id, TIMESTAMPADD(SECONDS, 5, ts), TIMESUB(MILLISECONDS, 250, t), DATESUB(DAYS, 2, d) FROM events EMIT CHANGES LIMIT 1;
--> 1 | 2024-01-02T03:04:10.123 | 13:05:07 | 2023-12-31
-- CREATE ... WITH (TIMESTAMP='col') AS SELECT times each record it writes by that column, in
-- the stream and in the table; a row without a usable time (here a negative one) is dropped.
CREATE STREAM readings (id INT KEY, at BIGINT) WITH (KAFKA_TOPIC='readings', PARTITIONS=1, VALUE_FORMAT='JSON');
INSERT INTO readings (id, at, rowtime) VALUES (1, 5000, 1);
INSERT INTO readings (id, at, rowtime) VALUES (1, -1, 2);
INSERT INTO readings (id, at, rowtime) VALUES (3, 7000, 3);
CREATE STREAM timed WITH (TIMESTAMP='at') AS SELECT id, at FROM readings;
--> Created query with ID CSAS_TIMED_0
PRINT 'TIMED' FROM BEGINNING LIMIT 2;
--> 1970-01-01T00:00:05Z | 0 | 0 | base64:AAAAAQ== | {"AT":5000}
--> 1970-01-01T00:00:07Z | 0 | 1 | base64:AAAAAw== | {"AT":7000}
CREATE TABLE latest WITH (TIMESTAMP='last_at') AS SELECT id, MAX(at) AS last_at FROM readings GROUP BY id;
--> Created query with ID CTAS_LATEST_1
PRINT 'LATEST' FROM BEGINNING LIMIT 3;
--> 1970-01-01T00:00:05Z | 0 | 0 | base64:AAAAAQ== | {"LAST_AT":5000}
--> 1970-01-01T00:00:05Z | 0 | 1 | base64:AAAAAQ== | {"LAST_AT":5000}
--> 1970-01-01T00:00:07Z | 0 | 2 | base64:AAAAAw== | {"LAST_AT":7000}
