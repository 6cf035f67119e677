package cn.ipfin.servicing;

import cn.ipfin.core.digest.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks a close's postings against what the close recorded: each chunk's SHA-256 (also in its ledger entry) is
 * recomputed from the posting rows, and the day's debits must equal its credits. A posting altered, added or removed
 * after the close shows as the chunk whose digest no longer matches.
 */
@Component
class CloseAudit {

    record Finding(int chunkNo, String expected, String actual) {
    }

    private final JdbcClient jdbc;

    CloseAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One posting as it enters the digest. */
    static String line(LocalDate day, long loanId, String kind, BigDecimal amount) {
        return day + "|" + loanId + "|" + kind + "|" + amount.toPlainString() + "\n";
    }

    /** The chunks of the run whose postings no longer hash to the recorded digest; empty when intact. */
    @Transactional(readOnly = true)
    List<Finding> verify(LocalDate runDate) {
        List<Finding> findings = new ArrayList<>();
        var chunks = jdbc.sql("select chunk_no, first_loan_id, last_loan_id, digest from close_chunk where business_date = :d order by chunk_no")
                .param("d", runDate)
                .query((rs, i) -> new Object[]{rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getString(4)}).list();
        for (Object[] c : chunks) {
            MessageDigest digest = Sha256.digest();
            // the order the close wrote them in: loan by loan, day by day, and within a day as DailyServicing posts
            jdbc.sql("""
                            select business_date, loan_id, kind, amount from servicing_posting
                            where run_date = :d and loan_id between :from and :to
                            order by loan_id, business_date, array_position(
                              array['PENALTY','COMPOUND','ROLL_PRINCIPAL','ROLL_INTEREST','ACCRUAL']::varchar[], kind)""")
                    .param("d", runDate).param("from", c[1]).param("to", c[2])
                    .query(rs -> {
                        digest.update(line(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3),
                                rs.getBigDecimal(4)).getBytes(StandardCharsets.UTF_8));
                    });
            String actual = HexFormat.of().formatHex(digest.digest());
            if (!actual.equals(c[3])) findings.add(new Finding((int) c[0], (String) c[3], actual));
        }
        return findings;
    }
}
