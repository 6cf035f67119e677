package cn.ipfin.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Language (zh-CN by default, ?lang=en switches and is remembered in a cookie), Actor parameters, the clock, admission of
 * API requests.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("ipfin-lang");
        // Pages speak Chinese until the user switches; API clients choose with Accept-Language.
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/api/")
                && request.getHeader("Accept-Language") != null
                && request.getLocale().getLanguage().equals("en") ? Locale.ENGLISH : DEFAULT_LOCALE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Ahead of the security filters: a queued request holds nothing, not even a database connection for its token. */
    @Bean
    FilterRegistrationBean<ApiAdmission> apiAdmission(ApiAdmission.Settings settings) {
        var registration = new FilterRegistrationBean<>(new ApiAdmission(settings));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** In the business time zone, whatever the server's own zone (see {@link BusinessClock}). */
    @Bean
    Clock clock(BusinessClock settings) {
        return settings.clock();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }
}
