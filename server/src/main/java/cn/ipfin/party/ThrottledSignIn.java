package cn.ipfin.party;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * The password check of the pages and the API, throttled. Before hashing: refused when the client address or the
 * user name has failed too often ({@link LoginThrottle}). Then at most {@code parallelHashes} bcrypt checks run at
 * once, so a crowd of guessers queues instead of taking every core from signed-in users. An unknown user name
 * costs the same bcrypt check as a known one (the delegate hashes a dummy password) and every failure, unknown name,
 * wrong password or disabled account, is the same {@link BadCredentialsException}: nothing tells which names exist.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final Semaphore hashing;

    ThrottledSignIn(AuthenticationProvider passwordCheck, LoginThrottle throttle, int parallelHashes) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.hashing = new Semaphore(parallelHashes, true);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
        refuseIfThrottled(username, address);
        try {
            hashing.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadCredentialsException("interrupted");
        }
        try {
            // checked again: the wait for a hashing slot may have been long enough for other failures to arrive
            refuseIfThrottled(username, address);
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (SignInThrottledException e) {
            throw e;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw new BadCredentialsException("bad credentials");
        } finally {
            hashing.release();
        }
    }

    private void refuseIfThrottled(String username, String address) {
        Duration wait = throttle.retryAfter(username, address);
        if (!wait.isZero()) {
            throw new SignInThrottledException(wait);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
