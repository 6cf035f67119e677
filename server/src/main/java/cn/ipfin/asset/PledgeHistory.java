package cn.ipfin.asset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Answers the pledge questions the programmes ask about an asset on any date: is it pledged now, and was a given
 * registration its first pledge ever (Licheng 第七条(三): 至少有一件为首次质押的发明专利).
 */
@Service
public class PledgeHistory {

    private final JdbcClient jdbc;

    PledgeHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean pledgedOn(long assetId, LocalDate date) {
        return jdbc.sql("select exists (select 1 from ip_pledge where asset_id = :id and registered_on <= :d"
                        + " and (cancelled_on is null or cancelled_on > :d))")
                .param("id", assetId).param("d", date).query(Boolean.class).single();
    }

    /** The registration number of the asset's first pledge, if it was ever pledged. */
    @Transactional(readOnly = true)
    public Optional<String> firstPledge(long assetId) {
        return jdbc.sql("select registration_no from ip_pledge where asset_id = :id order by registered_on, id limit 1")
                .param("id", assetId).query(String.class).optional();
    }

    @Transactional(readOnly = true)
    public boolean isFirstPledge(long assetId, String registrationNo) {
        return firstPledge(assetId).map(registrationNo::equals).orElse(false);
    }
}
