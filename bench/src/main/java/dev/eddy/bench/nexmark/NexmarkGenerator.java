package dev.eddy.bench.nexmark;

import static dev.eddy.bench.nexmark.NexmarkConfig.AUCTION_PROPORTION;
import static dev.eddy.bench.nexmark.NexmarkConfig.BID_PROPORTION;
import static dev.eddy.bench.nexmark.NexmarkConfig.FIRST_AUCTION_ID;
import static dev.eddy.bench.nexmark.NexmarkConfig.FIRST_CATEGORY_ID;
import static dev.eddy.bench.nexmark.NexmarkConfig.FIRST_PERSON_ID;
import static dev.eddy.bench.nexmark.NexmarkConfig.PERSON_PROPORTION;
import static dev.eddy.bench.nexmark.NexmarkConfig.TOTAL_PROPORTION;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Nexmark's event generator, with the field distributions of the nexmark project's
 * (nexmark-flink) generator, made deterministic: one seeded random draws every field in event
 * order. Event {@code n} is a person, an auction or a bid by {@code n mod 50} (1:3:46), at event
 * time {@link NexmarkConfig#timestampOf(long)}. Two deliberate differences from nexmark-flink:
 * channel URLs come from the seed too (see {@link Channels}), and a bidder id is offset by 1000
 * once (nexmark-flink adds it twice, a known slip; Beam's original adds it once).
 */
public final class NexmarkGenerator {

  public static final String PERSON = "person";
  public static final String AUCTION = "auction";
  public static final String BID = "bid";

  private static final String[] STATES = {"AZ", "CA", "ID", "OR", "WA", "WY"};
  private static final String[] CITIES = {"Phoenix", "Los Angeles", "San Francisco", "Boise", "Portland", "Bend",
      "Redmond", "Seattle", "Kent", "Cheyenne"};
  private static final String[] FIRST_NAMES = {"Peter", "Paul", "Luke", "John", "Saul", "Vicky", "Kate", "Julie",
      "Sarah", "Deiter", "Walter"};
  private static final String[] LAST_NAMES = {"Shultz", "Abrams", "Spencer", "White", "Bartels", "Walton", "Smith",
      "Jones", "Noris"};
  private static final int NUM_CATEGORIES = 5;
  /** Hot sellers, bidders and auctions are the first (bidders: second) of each run of this many ids. */
  private static final int HOT_RUN = 100;

  private NexmarkGenerator() {}

  public static NexmarkEvents generate(NexmarkConfig config) {
    if (config.events() * BID_PROPORTION / TOTAL_PROPORTION >= Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many events for one run: " + config.events());
    }
    SplittableRandom random = new SplittableRandom(config.seed());
    Channels channels = new Channels(config.seed());
    List<Person> persons = new ArrayList<>();
    List<Auction> auctions = new ArrayList<>();
    Bids bids = new Bids((int) (config.events() * BID_PROPORTION / TOTAL_PROPORTION + BID_PROPORTION), channels);
    for (long n = 0; n < config.events(); n++) {
      long time = NexmarkConfig.timestampOf(n);
      long kind = n % TOTAL_PROPORTION;
      if (kind < PERSON_PROPORTION) {
        persons.add(person(n, time, random));
      } else if (kind < PERSON_PROPORTION + AUCTION_PROPORTION) {
        auctions.add(auction(n, time, random));
      } else {
        bid(n, time, random, bids);
      }
    }
    return new NexmarkEvents(config, persons, auctions, bids);
  }

  private static Person person(long n, long time, SplittableRandom random) {
    long id = Ids.lastPerson(n) + FIRST_PERSON_ID;
    String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
    String email = RandomText.next(random, 7) + "@" + RandomText.next(random, 5) + ".com";
    StringBuilder card = new StringBuilder(19);
    for (int i = 0; i < 4; i++) {
      if (i > 0) {
        card.append(' ');
      }
      card.append(String.format("%04d", random.nextInt(10_000)));
    }
    String city = CITIES[random.nextInt(CITIES.length)];
    String state = STATES[random.nextInt(STATES.length)];
    int size = 8 + name.length() + email.length() + card.length() + city.length() + state.length();
    String extra = RandomText.extra(random, size, NexmarkConfig.AVG_PERSON_BYTES);
    return new Person(id, name, email, card.toString(), city, state, time, extra);
  }

  private static Auction auction(long n, long time, SplittableRandom random) {
    long id = Ids.lastAuction(n) + FIRST_AUCTION_ID;
    long seller = random.nextInt(NexmarkConfig.HOT_SELLERS_RATIO) > 0
        ? (Ids.lastPerson(n) / HOT_RUN) * HOT_RUN
        : Ids.randomPerson(n, random);
    seller += FIRST_PERSON_ID;
    long category = FIRST_CATEGORY_ID + random.nextInt(NUM_CATEGORIES);
    long initialBid = price(random);
    long expires = time + auctionLength(n, time, random);
    String itemName = RandomText.next(random, 20);
    String description = RandomText.next(random, 100);
    long reserve = initialBid + price(random);
    int size = 8 + itemName.length() + description.length() + 8 + 8 + 8 + 8 + 8;
    String extra = RandomText.extra(random, size, NexmarkConfig.AVG_AUCTION_BYTES);
    return new Auction(id, itemName, description, initialBid, reserve, time, expires, seller, category, extra);
  }

  /**
   * An auction lasts, on average, until {@code NUM_IN_FLIGHT_AUCTIONS} more auctions have been
   * created: uniformly 1 ms to twice that horizon.
   */
  private static long auctionLength(long n, long time, SplittableRandom random) {
    long eventsForAuctions = (long) NexmarkConfig.NUM_IN_FLIGHT_AUCTIONS * TOTAL_PROPORTION / AUCTION_PROPORTION;
    long horizon = NexmarkConfig.timestampOf(n + eventsForAuctions) - time;
    return 1 + random.nextLong(Math.max(horizon * 2, 1));
  }

  private static void bid(long n, long time, SplittableRandom random, Bids bids) {
    long auction = random.nextInt(NexmarkConfig.HOT_AUCTION_RATIO) > 0
        ? (Ids.lastAuction(n) / HOT_RUN) * HOT_RUN
        : Ids.randomAuction(n, random);
    auction += FIRST_AUCTION_ID;
    long bidder = random.nextInt(NexmarkConfig.HOT_BIDDERS_RATIO) > 0
        ? (Ids.lastPerson(n) / HOT_RUN) * HOT_RUN + 1
        : Ids.randomPerson(n, random);
    bidder += FIRST_PERSON_ID;
    long price = price(random);
    int channel = bids.channels().pick(random);
    String extra = RandomText.extra(random, 8 + 8 + 8 + 8, NexmarkConfig.AVG_BID_BYTES);
    bids.add(auction, bidder, price, channel, time, extra);
  }

  /** Log-uniform from 1.00 to 1,000,000.00 dollars, in cents. */
  private static long price(SplittableRandom random) {
    return Math.round(Math.pow(10.0, random.nextDouble() * 6.0) * 100.0);
  }
}
