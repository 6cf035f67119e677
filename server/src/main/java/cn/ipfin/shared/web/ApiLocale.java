package cn.ipfin.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/** The language of an API answer, for filters that run before Spring MVC resolves it: the rule of WebConfiguration. */
final class ApiLocale {

    private ApiLocale() {
    }

    static Locale of(HttpServletRequest request) {
        return request.getHeader("Accept-Language") != null && request.getLocale().getLanguage().equals("en")
                ? Locale.ENGLISH : WebConfiguration.DEFAULT_LOCALE;
    }
}
