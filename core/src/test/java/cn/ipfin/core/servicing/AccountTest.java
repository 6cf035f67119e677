package cn.ipfin.core.servicing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTest {

    @Test
    void a_stored_code_finds_its_account_and_name() {
        assertThat(Account.byCode("1132.01")).contains(Account.INTEREST_RECEIVABLE);
        assertThat(Account.byCode("1132.01").orElseThrow().zh()).startsWith("应收利息");
        assertThat(Account.byCode("9999.99")).isEmpty();
    }

    @Test
    void codes_are_unique() {
        for (Account account : Account.values()) {
            assertThat(Account.byCode(account.code())).contains(account);
        }
    }
}
