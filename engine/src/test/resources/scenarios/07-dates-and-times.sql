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
