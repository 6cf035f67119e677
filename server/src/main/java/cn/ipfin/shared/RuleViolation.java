package cn.ipfin.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request that is well formed but breaks a business rule; the reason is given in Chinese and English. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RuleViolation extends RuntimeException {

    private final String zh;
    private final String en;

    public RuleViolation(String zh, String en) {
        super(en);
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
