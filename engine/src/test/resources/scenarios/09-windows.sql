-- Tumbling, hopping and session windows over out-of-order input, with grace periods, a late
-- record (dropped and logged), EMIT FINAL, and pull queries on the windowed tables.
SET 'auto.offset.reset'='earliest';
CREATE STREAM clicks (user_id STRING KEY, page STRING)
  WITH (KAFKA_TOPIC='clicks', PARTITIONS=1, VALUE_FORMAT='JSON');
CREATE TABLE per_minute AS SELECT user_id, COUNT(*) AS n FROM clicks
  WINDOW TUMBLING (SIZE 1 MINUTE, GRACE PERIOD 10 SECONDS) GROUP BY user_id EMIT FINAL;
--> Created query with ID CTAS_PER_MINUTE_0
CREATE TABLE changes AS SELECT user_id, COUNT(*) AS n FROM clicks
  WINDOW TUMBLING (SIZE 1 MINUTE, GRACE PERIOD 10 SECONDS) GROUP BY user_id EMIT CHANGES;
--> Created query with ID CTAS_CHANGES_1
CREATE TABLE sessions AS SELECT user_id, COUNT(*) AS n FROM clicks
  WINDOW SESSION (30 SECONDS) GROUP BY user_id EMIT CHANGES;
--> Created query with ID CTAS_SESSIONS_2
CREATE TABLE hops AS SELECT user_id, COUNT(*) AS n FROM clicks
  WINDOW HOPPING (SIZE 1 MINUTE, ADVANCE BY 30 SECONDS, GRACE PERIOD 0 SECONDS) GROUP BY user_id EMIT CHANGES;
--> Created query with ID CTAS_HOPS_3
INSERT INTO clicks (user_id, page, rowtime) VALUES ('ann', '/a', 10000);
INSERT INTO clicks (user_id, page, rowtime) VALUES ('ann', '/b', 50000);
INSERT INTO clicks (user_id, page, rowtime) VALUES ('bob', '/a', 30000);
INSERT INTO clicks (user_id, page, rowtime) VALUES ('ann', '/c', 65000);
-- 59000 is in window [0, 60000), still open at stream time 65000 (closes at 60000 + 10000).
INSERT INTO clicks (user_id, page, rowtime) VALUES ('bob', '/b', 59000);
INSERT INTO clicks (user_id, page, rowtime) VALUES ('ann', '/d', 70000);
-- Stream time 70000 reached 60000 + 10000: window [0, 60000) is closed and 55000 is late.
INSERT INTO clicks (user_id, page, rowtime) VALUES ('ann', '/late', 55000);
INSERT INTO clicks (user_id, page, rowtime) VALUES ('ann', '/e', 125000);
SELECT * FROM per_minute EMIT CHANGES LIMIT 2;
--> ann | 2 | 0 | 60000
--> bob | 2 | 0 | 60000
SELECT * FROM changes EMIT CHANGES LIMIT 7;
--> ann | 1 | 0 | 60000
--> ann | 2 | 0 | 60000
--> bob | 1 | 0 | 60000
--> ann | 1 | 60000 | 120000
--> bob | 2 | 0 | 60000
--> ann | 2 | 60000 | 120000
--> ann | 1 | 120000 | 180000
-- A session absorbs every row within 30 s of it; merged sessions are deleted (-D) and replaced.
SELECT * FROM sessions EMIT CHANGES LIMIT 12;
--> ann | 1 | 10000 | 10000
--> ann | 1 | 50000 | 50000
--> bob | 1 | 30000 | 30000
--> ann | 1 | 50000 | 50000
--> ann | 2 | 50000 | 65000
--> bob | 1 | 30000 | 30000
--> bob | 2 | 30000 | 59000
--> ann | 2 | 50000 | 65000
--> ann | 3 | 50000 | 70000
--> ann | 3 | 50000 | 70000
--> ann | 4 | 50000 | 70000
--> ann | 1 | 125000 | 125000
SELECT * FROM hops EMIT CHANGES LIMIT 13;
--> ann | 1 | 0 | 60000
--> ann | 2 | 0 | 60000
--> ann | 1 | 30000 | 90000
--> bob | 1 | 0 | 60000
--> bob | 1 | 30000 | 90000
--> ann | 2 | 30000 | 90000
--> ann | 1 | 60000 | 120000
--> bob | 2 | 30000 | 90000
--> ann | 3 | 30000 | 90000
--> ann | 2 | 60000 | 120000
--> ann | 4 | 30000 | 90000
--> ann | 1 | 90000 | 150000
--> ann | 1 | 120000 | 180000
SELECT query_id, operator, error_type, message FROM EDDY_PROCESSING_LOG WHERE query_id = 'CTAS_PER_MINUTE_0' EMIT CHANGES LIMIT 1;
--> CTAS_PER_MINUTE_0 | 1:WindowAggregate | LATE_RECORD | Window [0, 60000) closed at stream time 70000 (grace period 10000 ms)
SELECT user_id, n FROM per_minute WHERE user_id = 'bob' AND WINDOWSTART >= 0;
--> bob | 2
SELECT user_id, WINDOWSTART, WINDOWEND, n FROM sessions WHERE WINDOWEND > 60000;
--> ann | 50000 | 70000 | 4
--> ann | 125000 | 125000 | 1
EXPLAIN SELECT user_id, COUNT(*) AS n FROM clicks WINDOW SESSION (30 SECONDS) GROUP BY user_id EMIT CHANGES;
--> EddyCalc(expr#0..3=[{inputs}], USER_ID=[$t0], N=[$t3], WINDOWSTART=[$t1], WINDOWEND=[$t2])
-->   EddyAggregate(group=[{0, 1, 2}], N=[COUNT()], window=[SESSION (size 30000 ms, grace 86400000 ms, retention 86430000 ms)])
-->     EddyCalc(expr#0..6=[{inputs}], USER_ID=[$t0], WINDOWSTART=[$t5], WINDOWEND=[$t6])
-->       EddySourceScan(source=[CLICKS], topic=[clicks])
SELECT user_id, COUNT(*) FROM clicks WINDOW TUMBLING (SIZE 1 MINUTE) EMIT CHANGES;
--> ERROR line 1:45: A WINDOW clause needs a GROUP BY: windows group rows to aggregate them.
-- A record exactly at the boundary: stream time 15000 = window end 10000 + grace 5000 closes it.
CREATE STREAM edge (k STRING KEY, v INT) WITH (KAFKA_TOPIC='edge', PARTITIONS=1, VALUE_FORMAT='JSON');
CREATE TABLE edge_counts AS SELECT k, COUNT(*) AS n FROM edge
  WINDOW TUMBLING (SIZE 10 SECONDS, GRACE PERIOD 5 SECONDS) GROUP BY k EMIT CHANGES;
--> Created query with ID CTAS_EDGE_COUNTS_4
INSERT INTO edge (k, v, rowtime) VALUES ('a', 1, 1000);
INSERT INTO edge (k, v, rowtime) VALUES ('a', 2, 14999);
INSERT INTO edge (k, v, rowtime) VALUES ('a', 3, 9999);
INSERT INTO edge (k, v, rowtime) VALUES ('a', 4, 15000);
INSERT INTO edge (k, v, rowtime) VALUES ('a', 5, 9999);
SELECT k, n, WINDOWSTART FROM edge_counts EMIT CHANGES LIMIT 4;
--> a | 1 | 0
--> a | 1 | 10000
--> a | 2 | 0
--> a | 2 | 10000
-- Beyond ksqlDB: with eddy.window.idle.close.ms a quiet input's stream time follows the wall
-- clock, so the last window closes (EMIT FINAL) although no newer record arrives.
SET 'eddy.window.idle.close.ms'='200';
CREATE STREAM quiet (k STRING KEY, v INT) WITH (KAFKA_TOPIC='quiet', PARTITIONS=1, VALUE_FORMAT='JSON');
CREATE TABLE quiet_final AS SELECT k, COUNT(*) AS n FROM quiet
  WINDOW TUMBLING (SIZE 1 SECOND, GRACE PERIOD 0 SECONDS) GROUP BY k EMIT FINAL;
--> Created query with ID CTAS_QUIET_FINAL_5
INSERT INTO quiet (k, v, rowtime) VALUES ('a', 1, 1000);
INSERT INTO quiet (k, v, rowtime) VALUES ('a', 2, 1500);
SELECT * FROM quiet_final EMIT CHANGES LIMIT 1;
--> a | 2 | 1000 | 2000
-- A stream declared over a windowed topic keeps each row's window: a query over it writes the
-- window into its sink's key ("a", then the window start 1000 as 8 bytes), not into its value.
CREATE STREAM quiet_windows (k STRING KEY, n BIGINT)
  WITH (KAFKA_TOPIC='QUIET_FINAL', VALUE_FORMAT='JSON', WINDOW_TYPE='TUMBLING', WINDOW_SIZE='1 SECOND');
CREATE STREAM doubled_windows AS SELECT k, n * 2 AS twice FROM quiet_windows;
--> Created query with ID CSAS_DOUBLED_WINDOWS_6
SELECT k, twice, WINDOWSTART, WINDOWEND FROM doubled_windows EMIT CHANGES LIMIT 1;
--> a | 4 | 1000 | 2000
PRINT 'DOUBLED_WINDOWS' FROM BEGINNING LIMIT 1;
--> 1970-01-01T00:00:01.500Z | 0 | 0 | base64:YQAAAAAAAAPo | {"TWICE":4}
