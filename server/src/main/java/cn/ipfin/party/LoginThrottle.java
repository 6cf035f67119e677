package cn.ipfin.party;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows password guessing without ever locking a user out. Every failed sign-in takes a token from two buckets: one
 * of the client address and one of the user name (known or not: the same for both, so the throttle tells nobody
 * which names exist). An empty bucket refuses the next sign-in before any password is hashed, until it refills.
 *
 * <ul>
 *   <li>The address bucket stops one client from hashing passwords without limit, whichever names it tries.</li>
 *   <li>The name bucket stops many addresses guessing one user's password — but it never refuses an address from
 *       which that user signed in successfully lately: an attacker elsewhere cannot lock the user out by failing on
 *       purpose, the user proves who they are by having signed in from there before.</li>
 *   <li>One more bucket counts every failure, whatever the address and name: many addresses trying made-up names
 *       (each new to both buckets above) can still make only so many password checks a second. It too spares a
 *       user signing in from where it did before.</li>
 * </ul>
 * Buckets are Bucket4j's, in memory (a restart forgets them, which only helps the user), on the monotonic clock
 * given here: this measures rates, not business time. What Bucket4j does not know is ours: which buckets a sign-in
 * draws on, the addresses a user is trusted at, and forgetting buckets once there are too many.
 */
final class LoginThrottle {

    private static final int MAX_ENTRIES = 100_000;

    private final Settings settings;
    private final LongSupplier nanoTime;
    private final TimeMeter meter;
    private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byName = new ConcurrentHashMap<>();
    private final Bucket overall;
    /** user name + address → until when (nanoTime) that address is trusted for the name after a successful sign-in */
    private final Map<String, Long> trusted = new ConcurrentHashMap<>();

    LoginThrottle(Settings settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoTime.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        this.overall = bucket(settings.overall());
    }

    /**
     * How long a sign-in of username from address must wait; zero when it may be tried now.
     */
    Duration retryAfter(String username, String address) {
        long wait = waitOf(byAddress.get(address));
        if (!isTrusted(username, address, nanoTime.getAsLong())) {
            wait = Math.max(wait, waitOf(byName.get(key(username))));
            wait = Math.max(wait, waitOf(overall));
        }
        return Duration.ofNanos(wait);
    }

    void failed(String username, String address) {
        take(byAddress, address, settings.perAddress());
        take(byName, key(username), settings.perName());
        overall.tryConsume(1);
    }

    void succeeded(String username, String address) {
        long now = nanoTime.getAsLong();
        if (trusted.size() > MAX_ENTRIES) trusted.values().removeIf(until -> until < now);
        trusted.put(key(username) + '\u0000' + address, now + settings.trustAddressFor().toNanos());
    }

    /** Whether the user signed in successfully from this address lately. */
    boolean isTrusted(String username, String address) {
        return isTrusted(username, address, nanoTime.getAsLong());
    }

    private boolean isTrusted(String username, String address, long now) {
        Long until = trusted.get(key(username) + '\u0000' + address);
        return until != null && until > now;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static long waitOf(Bucket bucket) {
        return bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    /** Takes a failure's token; an empty bucket stays empty (a failure while refused costs nothing more). */
    private void take(Map<String, Bucket> buckets, String key, Limit limit) {
        if (buckets.size() > MAX_ENTRIES) buckets.values().removeIf(b -> b.getAvailableTokens() >= limit.failures());
        buckets.computeIfAbsent(key, k -> bucket(limit)).tryConsume(1);
    }

    /** A token bucket of failed sign-ins: {@code failures} tokens, one more back every {@code refillEvery}. */
    private Bucket bucket(Limit limit) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(limit.failures()).refillGreedy(1, limit.refillEvery()))
                .withCustomTimePrecision(meter)
                .build();
    }

    /** failures allowed at once, and how often one more comes back */
    record Limit(int failures, Duration refillEvery) {
        Limit {
            if (failures < 1 || refillEvery == null || refillEvery.isNegative() || refillEvery.isZero()) {
                throw new IllegalArgumentException("a sign-in limit needs failures >= 1 and a positive refill period");
            }
        }
    }

    /**
     * @param perAddress      failed sign-ins a client address may make at once, and how fast they come back
     * @param perName         failed sign-ins for one user name from untrusted addresses
     * @param overall         failed sign-ins of all names and addresses together, from untrusted addresses
     * @param trustAddressFor how long an address a user signed in from stays exempt from the name's limit
     * @param parallelHashes  password checks run at once; the others wait, so guessing cannot take every core
     * @param hashWait        how long a sign-in from an address not trusted for the name waits for its turn
     */
    @ConfigurationProperties("ipfin.security.sign-in")
    record Settings(Limit perAddress, Limit perName, Limit overall, Duration trustAddressFor, int parallelHashes,
                    Duration hashWait) {
        Settings {
            if (perAddress == null) perAddress = new Limit(10, Duration.ofSeconds(6));
            if (perName == null) perName = new Limit(20, Duration.ofSeconds(30));
            if (overall == null) overall = new Limit(100, Duration.ofMillis(100));
            if (trustAddressFor == null) trustAddressFor = Duration.ofDays(30);
            if (hashWait == null) hashWait = Duration.ofMillis(500);
            // two at least: two people signing in at the same moment should both be checked at once
            if (parallelHashes < 1) parallelHashes = Math.max(2, Runtime.getRuntime().availableProcessors() / 2);
        }
    }
}
