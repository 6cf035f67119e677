package cn.ipfin.core.supervision.rating;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A version of the demonstration-bank rating's criteria (Shenzhen 004 (十七)), as read from its definition file
 * ({@link RatingCriteriaFile}): each criterion with its weight and the article it rests on, and the points a bank needs
 * to be rated a demonstration bank. The weights add up to 100.
 */
public record RatingCriteria(String key, int version, Label name, String source, BigDecimal demonstrationPoints,
                             boolean demonstrationPointsOpen, String demonstrationArticle, List<Criterion> criteria,
                             String text) {

    public RatingCriteria {
        Objects.requireNonNull(demonstrationPoints, "demonstrationPoints");
        criteria = List.copyOf(criteria);
    }

    public record Criterion(String id, PerformanceMeasure measure, BigDecimal weight, String article, Label label) {
    }

    public record Label(String zh, String en) {
    }
}
