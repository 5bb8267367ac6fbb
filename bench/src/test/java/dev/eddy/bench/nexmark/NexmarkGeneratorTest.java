package dev.eddy.bench.nexmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NexmarkGeneratorTest {

  private static final NexmarkEvents EVENTS = NexmarkGenerator.generate(new NexmarkConfig(5_000, 7));

  @Test
  void eventsComeInNexmarksProportionsOneThreeFortySix() {
    assertThat(EVENTS.persons()).hasSize(100);
    assertThat(EVENTS.auctions()).hasSize(300);
    assertThat(EVENTS.bids().size()).isEqualTo(4_600);
    assertThat(EVENTS.total()).isEqualTo(5_000);
  }

  @Test
  void theSameSeedGivesTheSameEventsAndASmallerRunIsAPrefix() {
    NexmarkEvents again = NexmarkGenerator.generate(new NexmarkConfig(5_000, 7));
    NexmarkEvents prefix = NexmarkGenerator.generate(new NexmarkConfig(1_000, 7));
    assertThat(again.persons()).isEqualTo(EVENTS.persons());
    assertThat(again.auctions()).isEqualTo(EVENTS.auctions());
    assertThat(prefix.auctions()).isEqualTo(EVENTS.auctions().subList(0, prefix.auctions().size()));
    for (int i = 0; i < EVENTS.bids().size(); i++) {
      assertThat(again.bids().extra(i)).isEqualTo(EVENTS.bids().extra(i));
      assertThat(again.bids().url(i)).isEqualTo(EVENTS.bids().url(i));
    }
    NexmarkEvents otherSeed = NexmarkGenerator.generate(new NexmarkConfig(5_000, 8));
    assertThat(otherSeed.persons()).isNotEqualTo(EVENTS.persons());
  }

  @Test
  void idsStartAtAThousandAndEventTimesAdvanceTenEventsAMillisecond() {
    assertThat(EVENTS.persons().get(0).id()).isEqualTo(1000);
    assertThat(EVENTS.persons().get(1).id()).isEqualTo(1001);
    assertThat(EVENTS.auctions().get(0).id()).isEqualTo(1000);
    assertThat(EVENTS.auctions().get(0).dateTime()).isEqualTo(NexmarkConfig.BASE_TIME);
    // event 50 is the second person: 50 events at 10,000 a second is 5 ms
    assertThat(EVENTS.persons().get(1).dateTime()).isEqualTo(NexmarkConfig.BASE_TIME + 5);
    for (Auction auction : EVENTS.auctions()) {
      assertThat(auction.expires()).isGreaterThan(auction.dateTime());
      assertThat(auction.category()).isBetween(10L, 14L);
      assertThat(auction.reserve()).isGreaterThanOrEqualTo(auction.initialBid());
    }
  }

  @Test
  void bidsFavourHotAuctionsBiddersAndChannelsAsNexmarkDoes() {
    Bids bids = EVENTS.bids();
    int hotChannel = 0;
    int hotAuction = 0;
    for (int i = 0; i < bids.size(); i++) {
      if (bids.channelIndex(i) < Channels.HOT.length) {
        hotChannel++;
      }
      if ((bids.auction(i) - NexmarkConfig.FIRST_AUCTION_ID) % 100 == 0) {
        hotAuction++;
      }
      assertThat(bids.price(i)).isBetween(100L, 100_000_000L);
      assertThat(bids.extraBytes(i).length).isBetween(54, 81);
    }
    // half the bids through the four hot channels, at least half on a hot auction
    assertThat(hotChannel).isBetween(2_100, 2_500);
    assertThat(hotAuction).isGreaterThan(2_300);
    assertThat(bids.url(0)).startsWith("https://www.nexmark.com/").contains("item.htm?query=1");
  }
}
