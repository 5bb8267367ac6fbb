-- A persistent query writes a new stream, keeps running across a restart, and can be terminated.
SET 'auto.offset.reset'='earliest';
CREATE STREAM clicks (user_id INT KEY, page STRING, ms BIGINT)
  WITH (KAFKA_TOPIC='clicks', PARTITIONS=1, VALUE_FORMAT='JSON');
INSERT INTO clicks (user_id, page, ms, rowtime) VALUES (1, '/home', 20, 1000);
INSERT INTO clicks (user_id, page, ms, rowtime) VALUES (2, '/buy', 900, 2000);
CREATE STREAM slow_clicks WITH (KAFKA_TOPIC='slow', VALUE_FORMAT='DELIMITED') AS
  SELECT user_id, page, ms / 1000.0 AS secs FROM clicks WHERE ms > 100;
--> Created query with ID CSAS_SLOW_CLICKS_0
SELECT * FROM slow_clicks EMIT CHANGES LIMIT 1;
--> 2 | /buy | 0.900000
-- ksqlDB's DELIMITED quotes a line's first field when it does not start with a letter or digit.
PRINT 'slow' FROM BEGINNING LIMIT 1;
--> 1970-01-01T00:00:02Z | 0 | 0 | base64:AAAAAg== | "/buy",0.9
-- !restart
SET 'auto.offset.reset'='earliest';
INSERT INTO clicks (user_id, page, ms) VALUES (3, '/help', 5000);
SELECT * FROM slow_clicks EMIT CHANGES LIMIT 2;
--> 2 | /buy | 0.900000
--> 3 | /help | 5.000000
DROP STREAM clicks;
--> ERROR line 1:13: Cannot drop CLICKS: CSAS_SLOW_CLICKS_0 reads or writes it. Terminate that query first.
TERMINATE CSAS_SLOW_CLICKS_0;
--> Terminated CSAS_SLOW_CLICKS_0.
SHOW QUERIES;
DROP STREAM slow_clicks DELETE TOPIC;
--> Source SLOW_CLICKS (topic: slow) was dropped and its topic deleted.
