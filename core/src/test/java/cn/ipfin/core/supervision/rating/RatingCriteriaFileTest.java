package cn.ipfin.core.supervision.rating;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatingCriteriaFileTest {

    @Test
    void the_shipped_criteria_weigh_100_points_each_citing_its_article() {
        RatingCriteria criteria = RatingCriteriaFile.shipped();

        assertThat(criteria.key()).isEqualTo("demonstration-bank");
        assertThat(criteria.version()).isEqualTo(1);
        assertThat(criteria.criteria()).hasSize(7);
        assertThat(criteria.criteria().stream().map(RatingCriteria.Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(criteria.criteria()).allSatisfy(c -> assertThat(c.article()).matches(".*00[14].*"));
        assertThat(criteria.demonstrationPointsOpen()).isTrue();
    }

    @Test
    void weights_that_do_not_add_up_to_100_are_refused() {
        String file = RatingCriteriaFile.shipped().text().replace("weight: \"30\"", "weight: \"31\"");

        assertThatThrownBy(() -> RatingCriteriaFile.parse(file)).hasMessageContaining("add up to 101");
    }

    @Test
    void a_scoring_the_measure_cannot_take_is_refused() {
        String file = RatingCriteriaFile.shipped().text().replaceFirst("scoring: RELATIVE_TO_BEST", "scoring: YES_NO");

        assertThatThrownBy(() -> RatingCriteriaFile.parse(file)).hasMessageContaining("criteria[0].scoring");
    }

    @Test
    void a_criterion_without_its_article_is_refused() {
        String file = RatingCriteriaFile.shipped().text().replace("    article: \"Shenzhen 004 (十七) 登记笔数\"\n", "");

        assertThatThrownBy(() -> RatingCriteriaFile.parse(file)).hasMessageContaining("criteria[1].article");
    }
}
