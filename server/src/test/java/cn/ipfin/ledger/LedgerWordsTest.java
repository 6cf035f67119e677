package cn.ipfin.ledger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Ledger entries read in words: no stored code (CONTRACT, CHUNK_POSTED, 2000000.0) reaches a page as it is. */
class LedgerWordsTest {

    private final LedgerWords words = new LedgerWords(messages());

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "messages-valuation", "messages-lending", "messages-servicing", "messages-riskshare");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void actions_are_named_for_their_subject() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        // the approver's entry moves the loan to the contract stage: what the approver did is approve
        assertThat(words.action("LOAN", "CONTRACT")).isEqualTo("授信审批通过");
        assertThat(words.action("LOAN", "APPLIED")).isEqualTo("已申请");
        assertThat(words.action("LOAN", "REPAYMENT")).isEqualTo("还款");
        assertThat(words.action("IMPORT", "APPLIED")).isEqualTo("导入完成");
        assertThat(words.action("DAILY_CLOSE", "CHUNK_POSTED")).isEqualTo("分批入账");
        assertThat(words.action("PRODUCT", "PUBLISHED")).isEqualTo("发布");
        assertThat(words.action("VALUATION", "SIGNED")).isEqualTo("评估师签署");
        assertThat(words.subject("PRODUCT")).isEqualTo("金融产品");
        assertThat(words.subject("DAILY_CLOSE")).isEqualTo("日终批处理");
        assertThat(words.actor("system")).isEqualTo("系统");
        assertThat(words.actor("bank1")).isEqualTo("bank1");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(words.action("LOAN", "CONTRACT")).isEqualTo("Credit approved");
        assertThat(words.action("DAILY_CLOSE", "CHUNK_POSTED")).isEqualTo("Batch posted");
    }

    @Test
    void details_are_labelled_and_amounts_formatted_like_the_tables() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(words.detail("product", "ZSCD-01 v1")).isEqualTo("产品：ZSCD-01 v1");
        assertThat(words.detail("amount", "2000000.0")).isEqualTo("金额：2,000,000.00 元");
        assertThat(words.detail("classification", "SUBSTANDARD")).isEqualTo("五级分类：次级");
        assertThat(words.detail("reason", "贷款结清 / loan repaid")).isEqualTo("原因：贷款结清");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(words.detail("amount", "2000000.0")).isEqualTo("Amount: CNY 2,000,000.00");
        assertThat(words.detail("reason", "贷款结清 / loan repaid")).isEqualTo("Reason: loan repaid");
    }
}
