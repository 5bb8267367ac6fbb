package dev.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShellCommandTest {

  @Test
  void recognisesExitQuitAndRunScript() {
    assertThat(ShellCommand.parse("exit")).isEqualTo(new ShellCommand.Exit());
    assertThat(ShellCommand.parse(" QUIT; ")).isEqualTo(new ShellCommand.Exit());
    assertThat(ShellCommand.parse("RUN SCRIPT '/tmp/it''s.sql';")).isEqualTo(new ShellCommand.RunScript("/tmp/it's.sql"));
    assertThat(ShellCommand.parse("run script 'a.sql'")).isEqualTo(new ShellCommand.RunScript("a.sql"));
  }

  @Test
  void everythingElseGoesToTheEngine() {
    assertThat(ShellCommand.parse("exit now")).isNull();
    assertThat(ShellCommand.parse("SELECT exit FROM t;")).isNull();
    assertThat(ShellCommand.parse("RUN SCRIPT a.sql;")).isNull();
  }
}
