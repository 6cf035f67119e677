package cn.ipfin.party;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The password check of the pages and the API, throttled. Before hashing: refused when the client address or the
 * user name has failed too often ({@link LoginThrottle}). Then at most {@code parallelHashes} bcrypt checks run at
 * once, so a crowd of guessers cannot take every core from signed-in users; a sign-in from an address not yet
 * trusted for the name waits at most {@code hashWait} for its turn and is otherwise asked to retry (429). An unknown user name
 * costs the same bcrypt check as a known one (the delegate hashes a dummy password) and every failure, unknown name,
 * wrong password or disabled account, is the same {@link BadCredentialsException}: nothing tells which names exist.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final Semaphore hashing;
    private final Duration hashWait;

    ThrottledSignIn(AuthenticationProvider passwordCheck, LoginThrottle throttle, int parallelHashes, Duration hashWait) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.hashing = new Semaphore(parallelHashes, true);
        this.hashWait = hashWait;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
        refuseIfThrottled(username, address);
        try {
            // a user signing in from where it did before waits its turn; anyone else waits briefly, then is told to
            // retry: a crowd of guessers must not queue here while holding the API's admission places
            if (throttle.isTrusted(username, address)) {
                hashing.acquire();
            } else if (!hashing.tryAcquire(hashWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new SignInThrottledException(Duration.ofSeconds(1));
            }
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
