package cn.ipfin.whitelist;

import cn.ipfin.core.scoring.ModelValidation;
import cn.ipfin.core.scoring.ScoreDistribution;
import cn.ipfin.core.scoring.ScorecardFeature;
import cn.ipfin.core.scoring.TrainedScorecard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The card versions kept (issue 19: "model versions kept, with validation reported on every retrain"): each
 * period's card with its points, its AUC and KS on the loan book when it was trained, and its population stability
 * against the previous version's kept score distribution, so a drifting population is seen before the card is trusted.
 */
@Component
public class CardVersions {

    /** PSI below this: the population is stable; to {@link #REBUILD}: watch it; above: rebuild the card. */
    static final BigDecimal WATCH = new BigDecimal("0.10");
    static final BigDecimal REBUILD = new BigDecimal("0.25");

    private final JdbcClient jdbc;

    CardVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param auc   the card's AUC on the loan book, null when it was not trained on it (with {@code ks})
     * @param psi   against {@code psiReference}, null for the first version
     */
    public record Version(String version, String period, String method, int basePoints, int loans, int bads, BigDecimal auc,
                   BigDecimal ks, BigDecimal psi, String psiReference, int scored, Instant builtAt) {

        /** STABLE, WATCH or REBUILD by the usual PSI thresholds; null without a previous version. */
        public String stability() {
            if (psi == null) return null;
            return psi.compareTo(WATCH) < 0 ? "STABLE" : psi.compareTo(REBUILD) <= 0 ? "WATCH" : "REBUILD";
        }
    }

    public record Bin(String feature, String bin, BigDecimal woe, int points) {

        /** The bin as a reader writes a range (see {@link Whitelists.Line#range()}). */
        public String range() {
            return new Whitelists.Line(feature, "", bin, points).range();
        }
    }


    /**
     * Keeps {@code card} as the version of {@code periodId}: its points, its validation, and the distribution of
     * {@code scores} (the population it scored) as the reference for the next version's PSI.
     */
    Version keep(long periodId, TrainedScorecard card, int loans, int bads, double[] scores, Instant at) {
        Optional<Reference> previous = jdbc.sql("""
                        select v.version, v.distribution from whitelist_card_version v
                        where v.distribution is not null
                        order by v.built_at desc, v.period_id desc limit 1""")
                .query((rs, i) -> new Reference(rs.getString(1), ScoreDistribution.decode(rs.getString(2)))).optional();
        BigDecimal psi = previous.isEmpty() || scores.length == 0 ? null : rounded(previous.get().distribution().psiOf(scores));
        Optional<ModelValidation> validation = card.validation();
        jdbc.sql("""
                        insert into whitelist_card_version (version, period_id, method, base_points, loans, bads, auc, ks,
                                                            psi, psi_reference, scored, distribution, built_at)
                        values (:v, :p, :m, :base, :loans, :bads, :auc, :ks, :psi, :ref, :scored, :dist, :at)""")
                .param("v", card.card().version()).param("p", periodId).param("m", card.card().method().name())
                .param("base", card.card().basePoints()).param("loans", loans).param("bads", bads)
                .param("auc", validation.map(v -> rounded(v.auc())).orElse(null))
                .param("ks", validation.map(v -> rounded(v.ks())).orElse(null))
                .param("psi", psi).param("ref", psi == null ? null : previous.get().version())
                .param("scored", scores.length)
                .param("dist", scores.length == 0 ? null : ScoreDistribution.of(scores).encode())
                .param("at", Timestamp.from(at)).update();
        for (ScorecardFeature feature : card.card().features()) {
            for (int i = 0; i < feature.bins().size(); i++) {
                ScorecardFeature.BinPoints bin = feature.bins().get(i);
                jdbc.sql("""
                                insert into whitelist_card_bin (version, feature, position, bin, woe, points)
                                values (:v, :f, :i, :b, :w, :pts)""")
                        .param("v", card.card().version()).param("f", feature.name()).param("i", i).param("b", bin.label())
                        .param("w", Double.isNaN(bin.woe()) ? null
                                : BigDecimal.valueOf(bin.woe()).setScale(6, RoundingMode.HALF_UP))
                        .param("pts", bin.points()).update();
            }
        }
        return versions().stream().filter(v -> v.version().equals(card.card().version())).findFirst().orElseThrow();
    }

    /** Every version kept, the newest first. */
    List<Version> versions() {
        return jdbc.sql("""
                        select v.version, p.period, v.method, v.base_points, v.loans, v.bads, v.auc, v.ks, v.psi,
                               v.psi_reference, v.scored, v.built_at
                        from whitelist_card_version v join whitelist_period p on p.id = v.period_id
                        order by v.built_at desc, v.period_id desc""")
                .query((rs, i) -> new Version(
rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                        rs.getString(10), rs.getInt(11), rs.getTimestamp(12).toInstant()))
                .list();
    }

    /** A version's card: its bins in order with their points. */
    List<Bin> bins(String version) {
        return jdbc.sql("""
                        select feature, bin, woe, points from whitelist_card_bin where version = :v
                        order by feature, position""")
                .param("v", version)
                .query((rs, i) -> new Bin(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4))).list();
    }

    private record Reference(String version, ScoreDistribution distribution) {
    }

    private static BigDecimal rounded(double measure) {
        return BigDecimal.valueOf(measure).setScale(4, RoundingMode.HALF_UP);
    }
}
