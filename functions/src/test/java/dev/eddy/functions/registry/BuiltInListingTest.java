package dev.eddy.functions.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BuiltInListingTest {

  @Test
  void listsBuiltIns() {
    FunctionRegistry registry = FunctionRegistry.builtIns();
    Map<FunctionKind, Long> byKind = registry.list().stream()
        .collect(Collectors.groupingBy(FunctionDescriptor::kind, Collectors.counting()));
    System.out.println("BUILT-INS " + registry.list().size() + " " + byKind);
    assertThat(registry.list()).hasSizeGreaterThanOrEqualTo(150);
  }
}
