package cn.ipfin.party;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Signs API requests in by {@code Authorization: Bearer <token>} (see {@link ApiTokens}); an unknown, expired or
 * revoked token — or one of a disabled or locked account — is answered 401 by the entry point. Requests without a
 * bearer token pass on unchanged (to HTTP Basic).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(PREFIX.length()).trim();
        Optional<IpfinUserDetails> user = tokens.authenticate(token)
                .filter(u -> u.isEnabled() && u.isAccountNonLocked());
        if (user.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("invalid bearer token"));
            return;
        }
        user.get().eraseCredentials();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new Authenticated(user.get(), token));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    /** A request signed in by bearer token; the token itself is kept for {@code DELETE /api/v1/tokens/current}. */
    static final class Authenticated extends AbstractAuthenticationToken {
        private final IpfinUserDetails user;
        private final transient String token;

        Authenticated(IpfinUserDetails user, String token) {
            super(user.getAuthorities());
            this.user = user;
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return user;
        }

        String token() {
            return token;
        }
    }
}
