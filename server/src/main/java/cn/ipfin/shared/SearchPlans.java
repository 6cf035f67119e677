package cn.ipfin.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Searches have optional filters, and a cached generic plan cannot know which are set: it may walk a million rows
 * for a filter that matches ten. Inside a search's transaction every statement is planned with its actual values
 * (about a millisecond); everywhere else PostgreSQL keeps caching plans, which the busy command paths need.
 */
public final class SearchPlans {

    private SearchPlans() {
    }

    /** Must run inside the search's (read-only) transaction; the setting ends with it. */
    public static void planEachExecution(JdbcClient jdbc) {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }
}
