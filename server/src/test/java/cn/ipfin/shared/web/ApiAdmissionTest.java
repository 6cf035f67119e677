package cn.ipfin.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiAdmissionTest {

    @Test
    void a_request_over_the_limit_waits_until_one_in_flight_finishes_and_queued_ones_enter_in_arrival_order()
            throws Exception {
        var admission = new ApiAdmission(new ApiAdmission.Settings(1));
        var release = new CountDownLatch(1);
        List<String> entered = new CopyOnWriteArrayList<>();
        Thread first = Thread.ofVirtual().start(() -> run(admission, "first", entered, release));
        awaitEntered(entered, 1);
        Thread second = Thread.ofVirtual().start(() -> run(admission, "second", entered, null));
        awaitQueued(admission, 1);   // the second queues before the third
        Thread third = Thread.ofVirtual().start(() -> run(admission, "third", entered, null));
        awaitQueued(admission, 2);
        assertThat(entered).containsExactly("first");

        release.countDown();
        for (Thread t : List.of(first, second, third)) assertThat(t.join(java.time.Duration.ofSeconds(5))).isTrue();
        assertThat(entered).containsExactly("first", "second", "third");
    }

    @Test
    void the_limit_is_at_least_one() {
        assertThatThrownBy(() -> new ApiAdmission.Settings(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ApiAdmission.Settings(null).maxConcurrentRequests()).isPositive();
    }

    private static void run(ApiAdmission admission, String name, List<String> entered, CountDownLatch release) {
        try {
            admission.doFilter(new MockHttpServletRequest("POST", "/api/v1/applications"), new MockHttpServletResponse(),
                    (request, response) -> {
                        entered.add(name);
                        if (release != null) {
                            try {
                                release.await(5, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                    });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitQueued(ApiAdmission admission, int n) throws InterruptedException {
        for (int i = 0; i < 500 && admission.queued() < n; i++) Thread.sleep(10);
        assertThat(admission.queued()).isEqualTo(n);
    }

    private static void awaitEntered(List<String> entered, int n) throws InterruptedException {
        for (int i = 0; i < 500 && entered.size() < n; i++) Thread.sleep(10);
    }
}
