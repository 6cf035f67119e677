package cn.ipfin.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

@Configuration(proxyBeanMethods = false)
class InputGuardConfiguration {

    /** After the security filters: an anonymous caller is told to sign in before being told about its input. */
    @Bean
    RequestInputGuard inputGuard(MessageSource messages) {
        return new RequestInputGuard(messages);
    }

    @Bean
    FilterRegistrationBean<RequestInputGuard> requestInputGuard(RequestInputGuard guard) {
        var registration = new FilterRegistrationBean<>(guard);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }

    /**
     * Spring Security's firewall refuses a URL with an encoded NUL or control character before any filter of ours:
     * an API caller gets the same problem body as for any other refused input, a page the plain 400.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(RequestInputGuard guard) {
        var plain = new HttpStatusRequestRejectedHandler();
        return (request, response, rejected) -> {
            if (request.getRequestURI().startsWith("/api/")) {
                guard.refusePath(request, response);
            } else {
                plain.handle(request, response, rejected);
            }
        };
    }
}
