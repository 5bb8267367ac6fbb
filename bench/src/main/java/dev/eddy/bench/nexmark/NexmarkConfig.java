package dev.eddy.bench.nexmark;

/**
 * The generator's parameters, with the nexmark project's defaults: person, auction and bid
 * events in proportion 1:3:46, 10,000 events a second of event time (so 10 million events span
 * 1,000 s), 1,000 active people, 100 auctions in flight, hot auctions/sellers/bidders in ratios
 * 2/4/4, and average sizes of 200/500/100 bytes that the random {@code extra} field tops up to.
 * Event times start at a fixed instant, not the wall clock, so a seed always gives the same
 * events.
 */
public record NexmarkConfig(long events, long seed) {

  static final int PERSON_PROPORTION = 1;
  static final int AUCTION_PROPORTION = 3;
  static final int BID_PROPORTION = 46;
  static final int TOTAL_PROPORTION = PERSON_PROPORTION + AUCTION_PROPORTION + BID_PROPORTION;

  static final long FIRST_PERSON_ID = 1000;
  static final long FIRST_AUCTION_ID = 1000;
  static final long FIRST_CATEGORY_ID = 10;

  static final int EVENTS_PER_SECOND = 10_000;
  /** 2026-01-01T00:00:00Z. */
  static final long BASE_TIME = 1_767_225_600_000L;

  static final int NUM_ACTIVE_PEOPLE = 1000;
  static final int NUM_IN_FLIGHT_AUCTIONS = 100;
  static final int HOT_AUCTION_RATIO = 2;
  static final int HOT_SELLERS_RATIO = 4;
  static final int HOT_BIDDERS_RATIO = 4;

  static final int AVG_PERSON_BYTES = 200;
  static final int AVG_AUCTION_BYTES = 500;
  static final int AVG_BID_BYTES = 100;

  public NexmarkConfig {
    if (events < 1) {
      throw new IllegalArgumentException("events must be positive, not " + events);
    }
  }

  /** Event time of event number {@code n}: evenly spaced, in order (no out-of-order groups). */
  static long timestampOf(long n) {
    return BASE_TIME + n * 1000 / EVENTS_PER_SECOND;
  }
}
