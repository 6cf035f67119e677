package cn.ipfin.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class InputGuardConfiguration {

    /** After the security filters: an anonymous caller is told to sign in before being told about its input. */
    @Bean
    FilterRegistrationBean<RequestInputGuard> requestInputGuard(MessageSource messages) {
        var registration = new FilterRegistrationBean<>(new RequestInputGuard(messages));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }
}
