package dev.eddy.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

import dev.eddy.sql.grammar.SqlBaseLexer;

/**
 * 100,000 statements mutated from a seed corpus (every round-trip and error-table statement)
 * with a fixed seed: tokens deleted, duplicated, swapped or replaced, random characters
 * inserted, text truncated, clauses repeated, expressions nested thousands of parentheses
 * deep. Each must end in trees or in an {@link EddySqlParseException} with a position — never
 * another exception, an internal error, a stack overflow, or more than a second. The second is
 * a failure condition checked per statement, not a benchmark: it is measured as this thread's
 * CPU time, so a machine busy with other work cannot fail the test; wall time is printed too.
 */
class FuzzTest {

  private static final int STATEMENTS = 100_000;
  private static final long SEED = 20_261_125L;
  private static final long LIMIT_NANOS = 1_000_000_000L;

  private static final String[] NOISE = {
      "(", ")", ",", ";", "'", "`", "\"", "->", "=>", ":=", "[", "]", "<", ">", "${x}", "--", "/*", "*/",
      "\u0000", "\u00e9", "\ud83d\ude00", "\t", "\n", "\r", "\\", "#", "@", "$", "{", "}", ".", "1e", "0.", "-"};

  @Test
  void everyMutationEndsInATreeOrAPositionedError() {
    List<List<String>> seeds = seeds();
    Random random = new Random(SEED);
    int parsed = 0;
    int rejected = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long slowest = 0;
    long slowestWall = 0;
    long totalCpu = 0;
    String slowestText = "";
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < STATEMENTS; i++) {
      String text = mutate(seeds.get(random.nextInt(seeds.size())), seeds, random);
      long start = threads.getCurrentThreadCpuTime();
      long startWall = System.nanoTime();
      try {
        EddySqlParser.parseStatements(text, Map.of());
        parsed++;
      } catch (EddySqlParseException e) {
        rejected++;
        if (e.line() < 1 || e.column() < 1 || e.reason().startsWith("internal parser error")) {
          failures.add(e.errorLine() + " for: " + abbreviate(text));
        }
      } catch (Throwable t) {
        failures.add(t + " for: " + abbreviate(text));
      }
      long elapsed = threads.getCurrentThreadCpuTime() - start;
      totalCpu += elapsed;
      slowestWall = Math.max(slowestWall, System.nanoTime() - startWall);
      if (elapsed > slowest) {
        slowest = elapsed;
        slowestText = text;
      }
      if (elapsed > LIMIT_NANOS) {
        failures.add("took " + elapsed / 1_000_000 + " ms: " + abbreviate(text));
      }
    }
    System.out.printf(Locale.ROOT, "fuzz: %d statements, %d parsed, %d rejected with a position, %d failures%n",
        STATEMENTS, parsed, rejected, failures.size());
    System.out.printf(Locale.ROOT, "fuzz: %.1f s CPU in all; slowest statement %.1f ms CPU: %s%n",
        totalCpu / 1e9, slowest / 1e6, abbreviate(slowestText));
    System.out.printf(Locale.ROOT, "fuzz: slowest statement by wall clock %.1f ms%n", slowestWall / 1e6);
    assertThat(failures).isEmpty();
    assertThat(parsed + rejected).isEqualTo(STATEMENTS);
  }

  /** The seed corpus as token texts (hidden tokens kept, so comments and spacing survive). */
  private static List<List<String>> seeds() {
    List<List<String>> seeds = new ArrayList<>();
    for (String[][] table : new String[][][] {RoundTripTest.CASES, ErrorMessageTest.CASES}) {
      for (String[] row : table) {
        seeds.add(tokens(row[0]));
      }
    }
    return seeds;
  }

  private static List<String> tokens(String text) {
    SqlBaseLexer lexer = new SqlBaseLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    List<String> tokens = new ArrayList<>();
    for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
      tokens.add(token.getText());
    }
    return tokens;
  }

  private static String mutate(List<String> seed, List<List<String>> seeds, Random random) {
    List<String> tokens = new ArrayList<>(seed);
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations && !tokens.isEmpty(); m++) {
      int at = random.nextInt(tokens.size());
      switch (random.nextInt(1000)) {
        case 0:
          // Rare, because each costs milliseconds: thousands of nested parentheses.
          int depth = 1_000 + random.nextInt(4_001);
          tokens.add(at, "(".repeat(depth) + "1" + ")".repeat(random.nextBoolean() ? depth : depth - 1));
          break;
        default:
          mutateOnce(tokens, at, seeds, random);
      }
    }
    return String.join("", tokens);
  }

  private static void mutateOnce(List<String> tokens, int at, List<List<String>> seeds, Random random) {
    switch (random.nextInt(7)) {
      case 0:
        tokens.remove(at);
        break;
      case 1:
        tokens.add(at, tokens.get(at));
        break;
      case 2:
        int other = random.nextInt(tokens.size());
        String swapped = tokens.get(at);
        tokens.set(at, tokens.get(other));
        tokens.set(other, swapped);
        break;
      case 3:
        List<String> donor = seeds.get(random.nextInt(seeds.size()));
        tokens.set(at, donor.get(random.nextInt(donor.size())));
        break;
      case 4:
        tokens.add(at, NOISE[random.nextInt(NOISE.length)]);
        break;
      case 5:
        tokens.subList(at, tokens.size()).clear();
        break;
      default:
        int end = Math.min(tokens.size(), at + 1 + random.nextInt(8));
        tokens.addAll(end, new ArrayList<>(tokens.subList(at, end)));
    }
  }

  private static String abbreviate(String text) {
    String flat = text.replace("\n", "\\n");
    return flat.length() <= 200 ? flat : flat.substring(0, 200) + "... (" + flat.length() + " chars)";
  }
}
