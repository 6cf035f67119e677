package cn.ipfin.servicing;

import cn.ipfin.core.servicing.Account;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A posting's accounts by name for the pages ({@code ${@accounts.name(p.debit)}}: 应收利息—当期, not 1132.01); the
 * code stays beside it for the bank that maps lines to its own chart.
 */
@Component("accounts")
public class AccountNames {

    public String name(String code) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return Account.byCode(code).map(a -> english ? a.en() : a.zh()).orElse(code);
    }
}
