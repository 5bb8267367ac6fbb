package dev.eddy.bench.nexmark;

import java.util.List;

/**
 * Every event of one generated run, per kind, each kind in event-time order: what both engines
 * are fed. Events are numbered 0..total-1 across kinds; the throughput figures count all of them,
 * as nexmark does, whichever kinds a query reads.
 */
public record NexmarkEvents(NexmarkConfig config, List<Person> persons, List<Auction> auctions, Bids bids) {

  public NexmarkEvents {
    persons = List.copyOf(persons);
    auctions = List.copyOf(auctions);
  }

  public long total() {
    return persons.size() + auctions.size() + (long) bids.size();
  }

  /** How many events of a kind (a topic name: person, auction, bid). */
  public long count(String kind) {
    return switch (kind) {
      case NexmarkGenerator.PERSON -> persons.size();
      case NexmarkGenerator.AUCTION -> auctions.size();
      case NexmarkGenerator.BID -> bids.size();
      default -> throw new IllegalArgumentException("no event kind " + kind);
    };
  }

  public String describe() {
    return String.format(java.util.Locale.ROOT,
        "%,d events (seed %d): %,d persons, %,d auctions, %,d bids; %,d events a second of event time from %s, "
            + "in order",
        total(), config.seed(), persons.size(), auctions.size(), bids.size(), NexmarkConfig.EVENTS_PER_SECOND,
        java.time.Instant.ofEpochMilli(NexmarkConfig.BASE_TIME));
  }
}
