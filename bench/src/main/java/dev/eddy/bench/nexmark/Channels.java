package dev.eddy.bench.nexmark;

import java.util.SplittableRandom;

/**
 * The channels a bid comes through and their URLs, as nexmark makes them: four hot channels
 * (Google, Facebook, Baidu, Apple) with one URL each, and 10,000 others named
 * {@code channel-N} whose URL carries {@code &channel_id=...} nine times in ten. A bid stores
 * only the channel's index. Made from a seed (nexmark draws them from an unseeded random) so
 * that a run is repeatable.
 */
public final class Channels {

  static final String[] HOT = {"Google", "Facebook", "Baidu", "Apple"};
  static final int OTHERS = 10_000;
  /** One bid in this many comes through an ordinary channel; the rest through a hot one. */
  static final int HOT_CHANNELS_RATIO = 2;

  private final String[] names = new String[HOT.length + OTHERS];
  private final String[] urls = new String[names.length];

  Channels(long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x6368616e6e656c73L);
    for (int i = 0; i < HOT.length; i++) {
      names[i] = HOT[i];
      urls[i] = baseUrl(random);
    }
    for (int n = 0; n < OTHERS; n++) {
      String url = baseUrl(random);
      if (random.nextInt(10) > 0) {
        url = url + "&channel_id=" + Math.abs(Integer.reverse(n));
      }
      names[HOT.length + n] = "channel-" + n;
      urls[HOT.length + n] = url;
    }
  }

  private static String baseUrl(SplittableRandom random) {
    return "https://www.nexmark.com/" + RandomText.next(random, 5, '_') + '/' + RandomText.next(random, 5, '_') + '/'
        + RandomText.next(random, 5, '_') + '/' + "item.htm?query=1";
  }

  /** Half the bids come through one of the hot channels, the other half spread over the rest. */
  int pick(SplittableRandom random) {
    return random.nextInt(HOT_CHANNELS_RATIO) > 0 ? random.nextInt(HOT.length) : HOT.length + random.nextInt(OTHERS);
  }

  public int size() {
    return names.length;
  }

  public String name(int channel) {
    return names[channel];
  }

  public String url(int channel) {
    return urls[channel];
  }
}
