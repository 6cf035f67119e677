package cn.ipfin.ledger;

import cn.ipfin.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LedgerVerificationCommandTest {

    @Autowired LedgerVerificationCommand command;

    @Test
    void the_command_line_is_recognised_only_as_ledger_verify() {
        assertThat(LedgerVerificationCommand.matches(new String[]{"ledger", "verify"})).isTrue();
        assertThat(LedgerVerificationCommand.matches(new String[]{"ledger", "verify", "--spring.profiles.active=prod"}))
                .isTrue();
        assertThat(LedgerVerificationCommand.matches(new String[]{})).isFalse();
        assertThat(LedgerVerificationCommand.matches(new String[]{"ledger"})).isFalse();
    }

    @Test
    void verify_on_an_intact_ledger_exits_zero() throws Exception {
        command.run(new DefaultApplicationArguments("ledger", "verify"));
        assertThat(command.getExitCode()).isZero();
    }
}
