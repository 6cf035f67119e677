package cn.ipfin.core.supervision.rating;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.supervision.rating.BankRanking.RankedBank;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking on a hand-computed fixture, with the shipped criteria (amount 30, loans 20, customers 15, NPL tolerance
 * 15, reports on time 10, 尽职免责 5, separate credit plan 5; pass mark 80).
 *
 * <pre>
 *             amount      loans  customers  NPL        on time  免责  plan   points
 *   甲银行    10,000,000    8       6        within     3 of 3   yes   yes    30 + 20 + 15 + 15 + 10 + 5 + 5 = 100.00
 *   乙银行     5,000,000    4       3        above      2 of 3   yes   no     15 + 10 + 7.50 + 0 + 6.67 + 5 + 0 = 44.17
 *   丙银行     2,500,000    6       2        unknown    0 of 3   no    no     7.50 + 15 + 5 + 0 + 0 + 0 + 0 = 27.50
 *   丁银行     (as 丙)                                                       27.50, the same rank as 丙
 * </pre>
 */
class BankRankingTest {

    private static final RatingCriteria CRITERIA = RatingCriteriaFile.shipped();

    private static BankYear bank(long id, String name, String amount, int loans, int customers, Boolean npl, int onTime,
                                 boolean exemption, boolean plan) {
        return new BankYear(id, name, name, Money.of(amount), loans, customers, npl, 3, onTime, exemption, plan);
    }

    private static final BankYear JIA = bank(1, "甲银行", "10000000.00", 8, 6, true, 3, true, true);
    private static final BankYear YI = bank(2, "乙银行", "5000000.00", 4, 3, false, 2, true, false);
    private static final BankYear BING = bank(3, "丙银行", "2500000.00", 6, 2, null, 0, false, false);
    private static final BankYear DING = bank(4, "丁银行", "2500000.00", 6, 2, null, 0, false, false);

    @Test
    void each_bank_gets_the_hand_computed_points_and_rank() {
        List<RankedBank> ranking = BankRanking.rank(CRITERIA, List.of(BING, YI, DING, JIA));

        assertThat(ranking).extracting(r -> r.bank().bankName()).containsExactly("甲银行", "乙银行", "丙银行", "丁银行");
        assertThat(ranking).extracting(RankedBank::rank).containsExactly(1, 2, 3, 3);
        assertThat(ranking).extracting(RankedBank::total).containsExactly(new BigDecimal("100.00"),
                new BigDecimal("44.17"), new BigDecimal("27.50"), new BigDecimal("27.50"));
        assertThat(ranking.get(1).points()).extracting(BankRanking.Points::points).containsExactly(
                new BigDecimal("15.00"), new BigDecimal("10.00"), new BigDecimal("7.50"), new BigDecimal("0.00"),
                new BigDecimal("6.67"), new BigDecimal("5.00"), new BigDecimal("0.00"));
    }

    @Test
    void a_bank_reaching_the_pass_mark_is_a_demonstration_bank_and_one_below_is_not() {
        assertThat(CRITERIA.demonstrationPoints()).isEqualByComparingTo("80");
        // 80.00 exactly: everything but the NPL tolerance (15) and the credit plan (5)
        BankYear eighty = new BankYear(5, "戊银行", "戊银行", Money.of("10000000.00"), 8, 6, false, 3, 3, true, false);
        BankYear below = new BankYear(6, "己银行", "己银行", Money.of("9999999.99"), 8, 6, false, 3, 3, true, false);

        List<RankedBank> ranking = BankRanking.rank(CRITERIA, List.of(eighty, below));

        assertThat(ranking.get(0).total()).isEqualByComparingTo("80.00");
        assertThat(ranking.get(0).demonstration()).isTrue();
        assertThat(ranking.get(1).total()).isEqualByComparingTo("80.00"); // 30 × 9,999,999.99 ÷ 10,000,000 = 29.9999997 → 30.00
        assertThat(ranking.get(1).rank()).isEqualTo(1);
        BankYear fewer = new BankYear(7, "庚银行", "庚银行", Money.of("9900000.00"), 8, 6, false, 3, 3, true, false);
        assertThat(BankRanking.rank(CRITERIA, List.of(eighty, fewer)).get(1))
                .satisfies(r -> assertThat(r.total()).isEqualByComparingTo("79.70"))
                .satisfies(r -> assertThat(r.demonstration()).isFalse());
    }

    @Test
    void each_points_say_how_they_were_found_in_both_languages() {
        var yi = BankRanking.rank(CRITERIA, List.of(JIA, YI)).get(1).points();

        assertThat(yi.get(0).zh()).isEqualTo("本行 5,000,000.00，最高 10,000,000.00：30 × 5,000,000.00 ÷ 10,000,000.00 = 15.00 分");
        assertThat(yi.get(0).en()).isEqualTo("5,000,000.00 against the best 10,000,000.00: 30 × 5,000,000.00 ÷ 10,000,000.00 = 15.00 points");
        assertThat(yi.get(3).zh()).isEqualTo("高出 3 个百分点以上：0 分");
        assertThat(yi.get(4).en()).isEqualTo("2 of 3 on time: 10 × 2 ÷ 3 = 6.67 points");
        assertThat(yi.get(0).criterion().article()).contains("004 (十七)");
        assertThat(BankRanking.rank(CRITERIA, List.of(BING)).get(0).points().get(3).zh()).contains("未报送");
    }

    @Test
    void when_no_bank_lent_anything_nobody_gets_points_for_it() {
        BankYear none = new BankYear(8, "辛银行", "辛银行", Money.zero(), 0, 0, true, 0, 0, false, false);

        var ranked = BankRanking.rank(CRITERIA, List.of(none)).get(0);

        assertThat(ranked.points().get(0).points()).isEqualByComparingTo("0");
        // nothing due yet: the reporting criterion is not held against the bank
        assertThat(ranked.total()).isEqualByComparingTo("25.00");
    }
}
