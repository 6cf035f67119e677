package cn.ipfin.party;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import cn.ipfin.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.nio.charset.StandardCharsets;

/**
 * Two filter chains. The API (/api/**) is stateless HTTP Basic or a bearer token of {@link ApiTokens}
 * ({@code POST /api/v1/tokens}): no session cookie is read there, so CSRF
 * cannot ride on a browser's session, and a 401 sends no Basic challenge, so browsers never cache credentials.
 * The pages use form login with CSRF protection, a strict content security policy and the usual secure headers.
 * Strict-Transport-Security is sent on secure requests only: served over TLS, or behind a proxy that says so with
 * X-Forwarded-Proto (server.forward-headers-strategy=native), which also marks the session cookie Secure.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'; object-src 'none'";

    /**
     * No observation (trace span, timer and event counters) around each of the dozen security filters and every
     * authorization decision: on the API that was a tenth of a request's CPU. Requests are still observed as a
     * whole (http.server.requests in /actuator/prometheus).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        AuthenticationEntryPoint signInRequired = (request, response, e) ->
                problem(response, HttpStatus.UNAUTHORIZED, "sign-in required / 需要登录");
        http.securityMatcher("/api/**", "/actuator/prometheus")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/prometheus").hasAnyRole("IPO_OFFICER", "AUDITOR")
                        .anyRequest().access(signedInNotRegulator()))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof SignInThrottledException throttled) {
                        // the same answer whether the name exists or not; no password was checked
                        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
                        problem(response, HttpStatus.TOO_MANY_REQUESTS, "too many failed sign-ins from this address or "
                                + "for this user name; try again later / 登录失败次数过多，请稍后再试");
                    } else {
                        problem(response, HttpStatus.UNAUTHORIZED, "sign-in required / 需要登录");
                    }
                }))
                .addFilterBefore(new BearerTokenFilter(tokens, signInRequired), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(signInRequired)
                        .accessDeniedHandler((request, response, ex) ->
                                problem(response, HttpStatus.FORBIDDEN, "not allowed for your role / 您的角色无权执行此操作")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers(REGULATOR_PAGES).authenticated()
                        .anyRequest().access(signedInNotRegulator()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/workspace", true)
                        .failureHandler(loginFailure()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The only pages the financial regulators open: the district's statistics and bulletins (issue 20). */
    private static final String[] REGULATOR_PAGES = {"/", "/workspace", "/logout", "/supervision", "/supervision/**"};

    /** Anyone signed in, except the financial regulators outside {@link #REGULATOR_PAGES}. */
    private static AuthorizationManager<RequestAuthorizationContext> signedInNotRegulator() {
        return AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
                AuthorizationManagers.not(AuthorityAuthorizationManager.hasAnyRole(
                        Role.REGULATORS.stream().map(Role::name).toArray(String[]::new))));
    }

    /** One answer for an unknown name, a wrong password and a disabled account; another when throttled. */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath()
                + (exception instanceof SignInThrottledException ? "/login?throttled" : "/login?error"));
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String detail)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\"}";
        response.getWriter().write(body);
    }
}
