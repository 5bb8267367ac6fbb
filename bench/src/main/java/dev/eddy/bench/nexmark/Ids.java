package dev.eddy.bench.nexmark;

import static dev.eddy.bench.nexmark.NexmarkConfig.AUCTION_PROPORTION;
import static dev.eddy.bench.nexmark.NexmarkConfig.NUM_ACTIVE_PEOPLE;
import static dev.eddy.bench.nexmark.NexmarkConfig.NUM_IN_FLIGHT_AUCTIONS;
import static dev.eddy.bench.nexmark.NexmarkConfig.PERSON_PROPORTION;
import static dev.eddy.bench.nexmark.NexmarkConfig.TOTAL_PROPORTION;

import java.util.SplittableRandom;

/**
 * Which person and auction ids exist at event {@code eventId}, and the nexmark way of picking
 * one that a new auction or bid refers to: mostly recent ones, sometimes a few not yet created,
 * so joins find matches even on small runs.
 */
final class Ids {

  /** Ids past the last one created that a reference may name (the event shows up a little later). */
  private static final int LEAD = 10;

  private Ids() {}

  /** The last person id created at or before {@code eventId}, counted from 0. */
  static long lastPerson(long eventId) {
    long epoch = eventId / TOTAL_PROPORTION;
    long offset = Math.min(eventId % TOTAL_PROPORTION, PERSON_PROPORTION - 1);
    return epoch * PERSON_PROPORTION + offset;
  }

  /** The last auction id created at or before {@code eventId}, counted from 0. */
  static long lastAuction(long eventId) {
    long epoch = eventId / TOTAL_PROPORTION;
    long offset = eventId % TOTAL_PROPORTION;
    if (offset < PERSON_PROPORTION) {
      epoch--;
      offset = AUCTION_PROPORTION - 1;
    } else if (offset >= PERSON_PROPORTION + AUCTION_PROPORTION) {
      offset = AUCTION_PROPORTION - 1;
    } else {
      offset -= PERSON_PROPORTION;
    }
    return epoch * AUCTION_PROPORTION + offset;
  }

  /** One of the active people, or one of the next few to be created; counted from 0. */
  static long randomPerson(long eventId, SplittableRandom random) {
    long people = lastPerson(eventId) + 1;
    long active = Math.min(people, NUM_ACTIVE_PEOPLE);
    return people - active + random.nextLong(active + LEAD);
  }

  /** One of the auctions likely still open, or one of the next few; counted from 0. */
  static long randomAuction(long eventId, SplittableRandom random) {
    long max = lastAuction(eventId);
    long min = Math.max(max - NUM_IN_FLIGHT_AUCTIONS, 0);
    return min + random.nextLong(max - min + 1 + LEAD);
  }
}
