package dev.eddy.functions.builtin;

import static dev.eddy.functions.builtin.Calls.bytes;
import static dev.eddy.functions.builtin.Calls.call;
import static dev.eddy.functions.builtin.Calls.list;
import static dev.eddy.functions.builtin.Calls.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.functions.api.UdfException;
import dev.eddy.functions.types.SqlTypes;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StringFunctionsTest {

  static Stream<Arguments> cases() {
    String s = null;
    return Stream.of(
        row("CONCAT", "ab", "a", "b"),
        row("CONCAT", "ac", "a", s, "c"),
        row("CONCAT", "", s, s),
        row("CONCAT", bytes(1, 2, 3), bytes(1), bytes(2, 3)),
        row("CONCAT_WS", "apple, banana, date", ", ", "apple", "banana", s, "date"),
        row("CONCAT_WS", null, s, "a", "b"),
        row("CONCAT_WS", "-a", "-", "", "a"),
        row("CONCAT_WS", bytes(1, 0, 2), bytes(0), bytes(1), bytes(2)),
        row("SUBSTRING", "stre", "stream", 1, 4),
        row("SUBSTRING", "ream", "stream", 3),
        row("SUBSTRING", "am", "stream", -2),
        row("SUBSTRING", "stream", "stream", -10),
        row("SUBSTRING", "", "stream", 10),
        row("SUBSTRING", "", "stream", 2, -1),
        row("SUBSTRING", "eam", "stream", 4, 100),
        row("SUBSTRING", null, s, 1),
        row("SUBSTRING", bytes(2, 3), bytes(1, 2, 3, 4), 2, 2),
        row("LEN", 3, "abc"),
        row("LEN", 2, bytes(7, 8)),
        row("LEN", null, s),
        row("LCASE", "hello", "HeLLo"),
        row("UCASE", "HELLO", "HeLLo"),
        row("UCASE", null, s),
        row("TRIM", "a b", "  a b \t"),
        row("LTRIM", "a b  ", "  a b  "),
        row("RTRIM", "  a b", "  a b  "),
        row("LPAD", "BarBFoo", "Foo", 7, "Bar"),
        row("LPAD", "Fo", "Foo", 2, "Bar"),
        row("LPAD", "Ba", "", 2, "Bar"),
        row("LPAD", "00123", "123", 5, "0"),
        row("LPAD", null, "123", 5, ""),
        row("LPAD", null, "123", -1, "0"),
        row("LPAD", bytes(9, 9, 1), bytes(1), 3, bytes(9)),
        row("RPAD", "FooBarB", "Foo", 7, "Bar"),
        row("RPAD", "Fo", "Foo", 2, "Bar"),
        row("RPAD", bytes(1, 8, 9), bytes(1), 3, bytes(8, 9)),
        row("REPLACE", "bar bar", "foo bar", "foo", "bar"),
        row("REPLACE", null, "foo", s, "x"),
        row("INSTR", 2, "CORPORATE FLOOR", "OR"),
        row("INSTR", 5, "CORPORATE FLOOR", "OR", 3),
        row("INSTR", 14, "CORPORATE FLOOR", "OR", 3, 2),
        row("INSTR", 5, "CORPORATE FLOOR", "OR", -3),
        row("INSTR", 2, "CORPORATE FLOOR", "OR", -3, 2),
        row("INSTR", 0, "CORPORATE FLOOR", "MISSING"),
        row("INSTR", 0, "CORPORATE FLOOR", "OR", 3, 9),
        row("INSTR", 0, s, "OR"),
        row("INITCAP", "The Quick  Brown", "the QUICK  bROWN"),
        row("INITCAP", null, s),
        row("CHR", "K", 75),
        row("CHR", "\ud820\udeb8", "\\ud820\\udeb8"),
        row("CHR", "K", "\\u004b"),
        row("CHR", "好", 22909),
        row("CHR", null, -1),
        row("CHR", null, "K"),
        row("MASK", "Xx-Xxxx--nnn", "My Test $123"),
        row("MASK", "*y *est $111", "My Test $123", "*", s, "1", s),
        row("MASK_KEEP_LEFT", "My Txxx--nnn", "My Test $123", 4),
        row("MASK_KEEP_RIGHT", "Xx-Xxxx-$123", "My Test $123", 4),
        row("MASK_LEFT", "Xx-Xest $123", "My Test $123", 4),
        row("MASK_RIGHT", "My Test -nnn", "My Test $123", 4),
        row("MASK_LEFT", "XX", "AB", 10),
        row("MASK", null, s),
        row("REGEXP_EXTRACT", "there", "(.*) (.*)", "hello there", 2),
        row("REGEXP_EXTRACT", "ll", "l+", "hello"),
        row("REGEXP_EXTRACT", null, "z+", "hello"),
        row("REGEXP_EXTRACT", null, "(a)", "a", 2),
        row("REGEXP_EXTRACT_ALL", list("there", "day"), "(\\w+) (\\w+)", "hello there nice day", 2),
        row("REGEXP_EXTRACT_ALL", list(), "z", "abc"),
        row("REGEXP_REPLACE", "bar bar", "foo abbb", "a.b+|foo", "bar"),
        row("REGEXP_REPLACE", "b-a", "a-b", "(a)-(b)", "$2-$1"),
        row("REGEXP_SPLIT_TO_ARRAY", list("a", "b", "c"), "a1b22c", "\\d+"),
        row("REGEXP_SPLIT_TO_ARRAY", list("", "a", ""), "1a1", "\\d"),
        row("REGEXP_SPLIT_TO_ARRAY", list("a", "b"), "ab", ""),
        row("REGEXP_SPLIT_TO_ARRAY", list("abc"), "abc", "x"),
        row("SPLIT", list("a", "b", "c"), "a,b,c", ","),
        row("SPLIT", list("", "a", "", "b", ""), ",a,,b,", ","),
        row("SPLIT", list("a", "b"), "ab", ""),
        row("SPLIT", list(""), "", ""),
        row("SPLIT", list("abc"), "abc", "--"),
        row("SPLIT", null, s, ","),
        row("SPLIT", list(bytes()), bytes(), bytes()),
        row("SPLIT", list(bytes(1), bytes(3)), bytes(1, 0, 3), bytes(0)),
        row("SPLIT_TO_MAP", Map.of("apple", "green", "cherry", "red"),
            "apple:=green/cherry:=red", "/", ":="),
        row("SPLIT_TO_MAP", Map.of("a", "2"), "a=1;a=2;;junk", ";", "="),
        row("SPLIT_TO_MAP", Map.of("a", "1"), "a=1=2", ";", "="),
        row("SPLIT_TO_MAP", null, "a=1", "", "="),
        row("ENCODE", "Hello", "48656c6c6f", "hex", "utf8"),
        row("ENCODE", "SGVsbG8=", "Hello", "utf8", "base64"),
        row("ENCODE", "48656c6c6f", "SGVsbG8=", "BASE64", "hex"),
        row("TO_BYTES", bytes(0x48, 0x69), "4869", "hex"),
        row("TO_BYTES", bytes(0x48, 0x69), "Hi", "utf8"),
        row("FROM_BYTES", "1AB2", bytes(0x1a, 0xb2), "hex"),
        row("FROM_BYTES", "SGk=", bytes(0x48, 0x69), "base64"),
        row("FROM_BYTES", "Hi", bytes(0x48, 0x69), "ascii"),
        row("INT_FROM_BYTES", 2021, bytes(0, 0, 7, 0xE5)),
        row("INT_FROM_BYTES", 2021, bytes(0xE5, 7, 0, 0), "LITTLE_ENDIAN"),
        row("INT_FROM_BYTES", null, bytes(0, 7, 0xE5)),
        row("INT_FROM_BYTES", null, bytes(0, 0, 7, 0xE5), "MIDDLE_ENDIAN"),
        row("BIGINT_FROM_BYTES", 5000000000L, bytes(0, 0, 0, 1, 0x2A, 0x05, 0xF2, 0)),
        row("DOUBLE_FROM_BYTES", 1.0, bytes(0x3F, 0xF0, 0, 0, 0, 0, 0, 0)),
        row("INT_FROM_BOOLEAN", 1, true),
        row("INT_FROM_BOOLEAN", 0, false),
        row("INT_FROM_BOOLEAN", null, (Boolean) null),
        row("UUID", "00000000-0000-0001-0000-000000000002",
            bytes(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2)),
        row("MD5", "5d41402abc4b2a76b9719d911017c592", "hello"),
        row("ELT", "b", 2, "a", "b", "c"),
        row("ELT", null, 4, "a", "b", "c"),
        row("ELT", null, 0, "a"),
        row("FIELD", 2, "b", "a", "b", "c"),
        row("FIELD", 0, "z", "a", "b"),
        row("FIELD", 0, s, "a"));
  }

  @ParameterizedTest(name = "{0}{2} = {1}")
  @MethodSource("cases")
  void evaluates(String function, Object expected, Object[] args) {
    assertThat(call(function, args)).isEqualTo(expected);
  }

  @Test
  void uuidIsRandomVersion4() {
    String a = (String) call("UUID");
    assertThat(a).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(call("UUID")).isNotEqualTo(a);
  }

  @Test
  void badArgumentsFailWithTheReason() {
    assertThatThrownBy(() -> call("ENCODE", "abc", "hex", "rot13"))
        .isInstanceOf(UdfException.class)
        .hasMessage("ENCODE: unsupported encoding 'rot13'. Supported encodings are: hex, utf8,"
            + " ascii and base64");
    assertThatThrownBy(() -> call("MASK", "abc", "XX", null, null, null))
        .isInstanceOf(UdfException.class)
        .hasMessage("Invalid mask character. Must be only single character, but was 'XX'");
    assertThatThrownBy(() -> call("MASK_LEFT", "abc", -1))
        .isInstanceOf(UdfException.class)
        .hasMessage("function MASK_LEFT requires a non-negative number of characters to mask or skip");
    assertThatThrownBy(() -> call("REGEXP_EXTRACT", "(", "abc"))
        .isInstanceOf(UdfException.class)
        .hasMessage("Invalid regular expression pattern: (");
  }

  @Test
  void bytesArgumentsAreNotConsumed() {
    var buffer = bytes(1, 2, 3);
    call("LEN", buffer);
    call("FROM_BYTES", buffer, "hex");
    assertThat(buffer.remaining()).isEqualTo(3);
    assertThat(call("FROM_BYTES", buffer, "hex")).isEqualTo("010203");
  }

  @Test
  void concatOfNullLiteralsPicksAnOverloadDeterministically() {
    assertThat(Calls.resolve("CONCAT", null, null).returnType()).isIn(SqlTypes.STRING, SqlTypes.BYTES);
  }
}
