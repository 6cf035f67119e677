package cn.ipfin.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * Admits at most {@code ipfin.api.max-concurrent-requests} API requests at a time and queues the others first come,
 * first served. On virtual threads Tomcat starts every request at once, and on a CPU-bound server they then share the
 * cores and the database (one backend each) all together: every request alternates between JVM and database a dozen
 * times, and with 30 or more in flight the ones that queue behind busy backends, row locks and pool hand-offs at every
 * step form a long tail (p99 four to five times the median). Admitted in arrival order, a request waits once, at the
 * door, and then runs with few others; the database serves fewer backends, which also costs it less CPU per statement.
 */
final class ApiAdmission extends OncePerRequestFilter {

    private final Semaphore permits;

    ApiAdmission(Settings settings) {
        this.permits = new Semaphore(settings.maxConcurrentRequests(), true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    /** Requests waiting to be admitted (an estimate, as {@link Semaphore#getQueueLength()}). */
    int queued() {
        return permits.getQueueLength();
    }

    /**
     * @param maxConcurrentRequests API requests processed at once; the default, three per core, keeps both the JVM
     *                              and the database busy while each request waits for the other (origination load
     *                              bench on two cores: 4 in flight left the CPU idle at times, 6 answered the most
     *                              commands per second, 8 and 12 fewer with a longer tail)
     */
    @ConfigurationProperties("ipfin.api")
    record Settings(Integer maxConcurrentRequests) {
        Settings {
            if (maxConcurrentRequests == null) maxConcurrentRequests = 3 * Runtime.getRuntime().availableProcessors();
            if (maxConcurrentRequests < 1) {
                throw new IllegalArgumentException("ipfin.api.max-concurrent-requests must be at least 1");
            }
        }
    }
}
