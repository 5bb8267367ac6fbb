-- The standard window table functions plan like ksqlDB's WINDOW clause; windows can follow a
-- time zone's wall clock (beyond ksqlDB): a day is local midnight to local midnight, and the
-- day clocks go forward (2026-03-29 in Berlin) lasts 23 hours.
SET 'auto.offset.reset'='earliest';
CREATE STREAM trips (id INT KEY, city STRING, fare DOUBLE, ts TIMESTAMP)
  WITH (KAFKA_TOPIC='trips', PARTITIONS=1, VALUE_FORMAT='JSON', TIMESTAMP='ts');
INSERT INTO trips (id, city, fare, ts) VALUES (1, 'berlin', 10.0, TIMESTAMP '2026-03-28 22:30:00');
INSERT INTO trips (id, city, fare, ts) VALUES (2, 'berlin', 12.0, TIMESTAMP '2026-03-28 23:30:00');
INSERT INTO trips (id, city, fare, ts) VALUES (3, 'berlin', 7.0, TIMESTAMP '2026-03-29 21:30:00');
INSERT INTO trips (id, city, fare, ts) VALUES (4, 'berlin', 9.0, TIMESTAMP '2026-03-29 22:30:00');
SELECT window_start, window_end, city, COUNT(*) AS n, SUM(fare) AS total
  FROM TABLE(TUMBLE(TABLE trips, DESCRIPTOR(ts), INTERVAL '1' DAY))
  GROUP BY window_start, window_end, city EMIT CHANGES LIMIT 4;
--> 1774656000000 | 1774742400000 | berlin | 1 | 10.0
--> 1774656000000 | 1774742400000 | berlin | 2 | 22.0
--> 1774742400000 | 1774828800000 | berlin | 1 | 7.0
--> 1774742400000 | 1774828800000 | berlin | 2 | 16.0
SELECT city, COUNT(*) AS n FROM trips
  WINDOW TUMBLING (SIZE 1 DAY, TIME ZONE 'Europe/Berlin') GROUP BY city EMIT CHANGES LIMIT 4;
--> berlin | 1 | 1774652400000 | 1774738800000
--> berlin | 1 | 1774738800000 | 1774821600000
--> berlin | 2 | 1774738800000 | 1774821600000
--> berlin | 1 | 1774821600000 | 1774908000000
SELECT city, COUNT(*) AS n FROM TABLE(HOP(TABLE trips, DESCRIPTOR(ROWTIME), INTERVAL '12' HOUR, INTERVAL '1' DAY))
  GROUP BY city, window_start, window_end EMIT CHANGES LIMIT 3;
--> berlin | 1 | 1774656000000 | 1774742400000
--> berlin | 1 | 1774699200000 | 1774785600000
--> berlin | 2 | 1774656000000 | 1774742400000
SELECT city, COUNT(*) FROM TABLE(TUMBLE(TABLE trips, DESCRIPTOR(fare), INTERVAL '1' DAY)) GROUP BY city, window_start EMIT CHANGES;
--> ERROR line 1:28: Windows follow event time: use DESCRIPTOR(ROWTIME), or the column the source declares with TIMESTAMP='...' (TS), not FARE.
SELECT city, COUNT(*) FROM trips WINDOW TUMBLING (SIZE 1 DAY, TIME ZONE 'Mars/Olympus') GROUP BY city EMIT CHANGES;
--> ERROR line 1:73: Unknown time zone 'Mars/Olympus': use a region such as 'Europe/Berlin' or an offset such as '+05:30'
