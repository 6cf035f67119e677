package cn.ipfin.party;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sign-in throttle on a clock the test moves, and the password check it guards, without Spring. */
class LoginThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final LoginThrottle.Settings settings = new LoginThrottle.Settings(
            new LoginThrottle.Limit(10, Duration.ofSeconds(6)), new LoginThrottle.Limit(20, Duration.ofSeconds(30)),
            new LoginThrottle.Limit(100, Duration.ofMillis(100)), Duration.ofDays(30), 1, Duration.ofMillis(200));
    private final LoginThrottle throttle = new LoginThrottle(settings, now::get);

    /** bcrypt at its lowest cost, counting every hash computed. */
    private final AtomicInteger hashes = new AtomicInteger();
    private final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        public boolean matches(CharSequence raw, String encoded) {
            hashes.incrementAndGet();
            if ("hold".contentEquals(raw)) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return bcrypt.matches(raw, encoded);
        }
    };
    private final ThrottledSignIn signIn = signIn();

    private ThrottledSignIn signIn() {
        var users = new InMemoryUserDetailsManager(User.withUsername("bank1").password(bcrypt.encode("Right@1"))
                .roles("BANK_OFFICER").build());
        var check = new DaoAuthenticationProvider(users);
        check.setPasswordEncoder(counting);
        return new ThrottledSignIn(check, throttle, 1, settings.hashWait());
    }

    private Authentication attempt(String user, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return signIn.authenticate(token);
    }

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void an_unknown_name_costs_one_hash_and_fails_exactly_like_a_wrong_password() {
        hashes.set(0);
        var unknown = org.assertj.core.api.Assertions.catchThrowable(() -> attempt("nobody", "x", "10.0.0.1"));
        assertThat(hashes.get()).isEqualTo(1);
        var wrong = org.assertj.core.api.Assertions.catchThrowable(() -> attempt("bank1", "x", "10.0.0.2"));
        assertThat(hashes.get()).isEqualTo(2);
        assertThat(unknown).isInstanceOf(BadCredentialsException.class);
        assertThat(wrong).isInstanceOf(BadCredentialsException.class).hasMessage(unknown.getMessage());
    }

    @Test
    void an_address_that_failed_too_often_is_refused_before_hashing_whatever_names_it_tries_then_waits() {
        for (int i = 0; i < 10; i++) {
            String name = "guess" + i;
            assertThatThrownBy(() -> attempt(name, "x", "10.0.1.1")).isInstanceOf(BadCredentialsException.class);
        }
        hashes.set(0);
        assertThatThrownBy(() -> attempt("bank1", "Right@1", "10.0.1.1")).isInstanceOf(SignInThrottledException.class);
        assertThatThrownBy(() -> attempt("someone-else", "x", "10.0.1.1")).isInstanceOf(SignInThrottledException.class);
        assertThat(hashes.get()).as("a refused attempt hashes nothing").isZero();
        // the real user elsewhere is not affected
        assertThat(attempt("bank1", "Right@1", "10.0.1.2").isAuthenticated()).isTrue();
        // one token comes back every 6 s
        advance(Duration.ofSeconds(6));
        assertThat(attempt("bank1", "Right@1", "10.0.1.1").isAuthenticated()).isTrue();
    }

    @Test
    void many_addresses_guessing_one_name_never_lock_out_the_user_at_an_address_it_signed_in_from() {
        assertThat(attempt("bank1", "Right@1", "10.0.2.1").isAuthenticated()).isTrue();
        for (int i = 0; i < 40; i++) {
            String address = "10.0.3." + i;
            org.assertj.core.api.Assertions.catchThrowable(() -> attempt("bank1", "wrong", address));
        }
        // the name's bucket is empty: a new address is throttled for this name (known or not, the same answer) ...
        assertThatThrownBy(() -> attempt("bank1", "Right@1", "10.0.4.1")).isInstanceOf(SignInThrottledException.class);
        // ... but the user, from where it signed in before, signs in with the right password at once
        assertThat(attempt("bank1", "Right@1", "10.0.2.1").isAuthenticated()).isTrue();
        // and the name recovers: one failure's worth every 30 s
        advance(Duration.ofSeconds(30));
        assertThat(attempt("bank1", "Right@1", "10.0.4.1").isAuthenticated()).isTrue();
    }

    @Test
    void unknown_and_existing_names_are_throttled_alike() {
        for (int i = 0; i < 25; i++) {
            String address = "10.0.5." + i;
            org.assertj.core.api.Assertions.catchThrowable(() -> attempt("bank1", "wrong", address));
            org.assertj.core.api.Assertions.catchThrowable(() -> attempt("no-such-user", "wrong", address));
        }
        assertThat(throttle.retryAfter("bank1", "10.0.6.1")).isEqualTo(throttle.retryAfter("no-such-user", "10.0.6.1"))
                .isPositive();
    }

    @Test
    void made_up_names_from_ever_new_addresses_get_only_so_many_password_checks_and_the_user_still_signs_in() {
        assertThat(attempt("bank1", "Right@1", "10.0.7.1").isAuthenticated()).isTrue();
        for (int i = 0; i < 100; i++) {
            String name = "made-up-" + i;
            String address = "10.1." + (i / 250) + "." + (i % 250);
            assertThatThrownBy(() -> attempt(name, "x", address)).isInstanceOf(BadCredentialsException.class);
        }
        hashes.set(0);
        assertThatThrownBy(() -> attempt("made-up-new", "x", "10.2.0.1")).isInstanceOf(SignInThrottledException.class);
        assertThat(hashes.get()).isZero();
        assertThat(attempt("bank1", "Right@1", "10.0.7.1").isAuthenticated()).isTrue();
        advance(Duration.ofMillis(100));
        assertThatThrownBy(() -> attempt("made-up-new", "x", "10.2.0.1")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void while_the_password_checks_are_busy_a_stranger_is_asked_to_retry_instead_of_queueing() throws Exception {
        assertThat(attempt("bank1", "Right@1", "10.0.8.1").isAuthenticated()).isTrue();
        var busy = Thread.ofVirtual().start(() -> org.assertj.core.api.Assertions.catchThrowable(
                () -> attempt("someone", "hold", "10.0.8.2")));
        while (hashes.get() < 2) Thread.onSpinWait();
        assertThatThrownBy(() -> attempt("made-up", "x", "10.0.8.3")).isInstanceOf(SignInThrottledException.class);
        // the user at its known address waits for its turn instead
        var signedIn = new java.util.concurrent.atomic.AtomicBoolean();
        var user = Thread.ofVirtual().start(() -> signedIn.set(attempt("bank1", "Right@1", "10.0.8.1").isAuthenticated()));
        release.countDown();
        busy.join();
        user.join();
        assertThat(signedIn).isTrue();
        assertThat(hashes.get()).isEqualTo(3);
    }
}
