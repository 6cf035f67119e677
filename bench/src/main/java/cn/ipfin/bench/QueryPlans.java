package cn.ipfin.bench;

import cn.ipfin.party.Enterprises;
import cn.ipfin.shared.Actor;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints the executed plans (EXPLAIN ANALYZE, with buffers) of one search as the real service runs it: PostgreSQL's
 * auto_explain is loaded into the search's own transaction and sends each plan to the client as a LOG notice, which
 * JdbcTemplate prints at DEBUG. So the plans are those of the service's SQL with its bound parameters, not of a copy.
 */
final class QueryPlans {

    private static final String JDBC_LOGGER = "org.springframework.jdbc.core.JdbcTemplate";

    private final Enterprises enterprises;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final LoggingSystem logging;

    QueryPlans(Enterprises enterprises, JdbcTemplate jdbc, TransactionTemplate transaction, LoggingSystem logging) {
        this.enterprises = enterprises;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.logging = logging;
    }

    void print(Actor actor, SearchBench.Search search) {
        System.out.println();
        System.out.println("---- plan of the slowest \"" + search.type() + "\" search: " + search.query());
        System.out.flush();
        logging.setLogLevel(JDBC_LOGGER, LogLevel.DEBUG);
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.execute("load 'auto_explain'");
                jdbc.execute("set local auto_explain.log_min_duration = 0");
                jdbc.execute("set local auto_explain.log_analyze = on");
                jdbc.execute("set local auto_explain.log_buffers = on");
                jdbc.execute("set local client_min_messages = log");
                enterprises.search(actor, search.query(), 0, SearchBench.PAGE_SIZE);
                status.setRollbackOnly();
            });
        } finally {
            logging.setLogLevel(JDBC_LOGGER, null);
        }
    }
}
