package cn.ipfin.supervision;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.supervision.TargetProgress;
import cn.ipfin.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The district's annual targets (seed 004 (十七); Jiyuan's in seed 001 二) and the progress towards them, counted as
 * 004 (十七) counts them: IP pledge registrations with the district's banks (登记笔数 and 登记金额: one registration however
 * many rights it covers, its secured amount once), and the enterprises financed since the beginning; each bank is held
 * to the same growth over its own last year, which says who is behind.
 */
@Service
public class DistrictTargets {

    private static final BigDecimal MAX_GROWTH_PERCENT = BigDecimal.valueOf(1000);

    private final PlatformFigures platform;
    private final JdbcClient jdbc;
    private final Clock clock;

    DistrictTargets(PlatformFigures platform, JdbcClient jdbc, Clock clock) {
        this.platform = platform;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One bank's progress at the district's growth rates (no enterprise target of its own). */
    public record BankProgress(long bankId, String bankName, String bankNameEn, TargetProgress progress) {
    }

    public record Progress(TargetProgress district, List<BankProgress> banks) {
        public List<BankProgress> behind() {
            return banks.stream().filter(b -> b.progress().behind()).toList();
        }
    }

    /** Sets (or replaces) a year's targets; growth in percent as the office types it (10 = +10 %). */
    public void set(Actor office, int year, BigDecimal countGrowthPercent, BigDecimal amountGrowthPercent,
                    Integer financedEnterprises) {
        int thisYear = LocalDate.now(clock).getYear();
        var check = cn.ipfin.shared.Rule.check()
                .refuseIf(year != thisYear && year != thisYear + 1, SupervisionRules.TARGET_YEAR);
        for (BigDecimal growth : new BigDecimal[]{countGrowthPercent, amountGrowthPercent}) {
            check.refuseIf(growth == null || growth.compareTo(BigDecimal.valueOf(-100)) < 0
                    || growth.compareTo(MAX_GROWTH_PERCENT) > 0 || growth.stripTrailingZeros().scale() > 2,
                    SupervisionRules.TARGET_GROWTH);
        }
        check.orRefuse();
        jdbc.sql("""
                        insert into district_target (district, year, count_growth, amount_growth, financed_enterprises,
                            set_by, set_at)
                        values (:district, :year, :count, :amount, :enterprises, :by, :at)
                        on conflict (district, year) do update set count_growth = excluded.count_growth,
                            amount_growth = excluded.amount_growth, financed_enterprises = excluded.financed_enterprises,
                            set_by = excluded.set_by, set_at = excluded.set_at""")
                .param("district", platform.districtOf(office.orgId())).param("year", year)
                .param("count", countGrowthPercent.movePointLeft(2)).param("amount", amountGrowthPercent.movePointLeft(2))
                .param("enterprises", financedEnterprises).param("by", office.username())
                .param("at", Timestamp.from(clock.instant())).update();
    }

    /** This year's progress, when the district has targets for it. */
    public Optional<Progress> progress(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        String district = platform.districtOf(actor.orgId());
        return jdbc.sql("""
                        select year, count_growth, amount_growth, financed_enterprises from district_target
                        where district = :district and year = :year""")
                .param("district", district).param("year", today.getYear())
                .query((rs, i) -> new TargetProgress.AnnualTarget(rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        (Integer) rs.getObject(4)))
                .optional().map(target -> progress(district, target, today));
    }

    private Progress progress(String district, TargetProgress.AnnualTarget target, LocalDate today) {
        Map<Long, TargetProgress.Figures> lastYear = figures(district, LocalDate.of(today.getYear() - 1, 1, 1),
                LocalDate.of(today.getYear() - 1, 12, 31));
        Map<Long, TargetProgress.Figures> toDate = figures(district, LocalDate.of(today.getYear(), 1, 1), today);
        var none = new TargetProgress.Figures(0, Money.zero(), 0);
        var bankTarget = new TargetProgress.AnnualTarget(target.year(), target.countGrowth(), target.amountGrowth(), null);
        List<BankProgress> banks = platform.banks(district).stream().map(bank -> new BankProgress(bank.id(), bank.name(),
                bank.nameEn(), TargetProgress.of(bankTarget, lastYear.getOrDefault(bank.id(), none),
                        toDate.getOrDefault(bank.id(), none), today))).toList();
        long financed = jdbc.sql("""
                        select count(distinct l.enterprise_id) from loan_view l join organisation_view b on b.id = l.bank_org_id
                        where b.district = :district and l.disbursed_on <= :today""")
                .param("district", district).param("today", today).query(Long.class).single();
        var districtLastYear = total(lastYear.values(), 0);
        var districtToDate = total(toDate.values(), financed);
        return new Progress(TargetProgress.of(target, districtLastYear, districtToDate, today), banks);
    }

    /** Pledges registered in the period with each of the district's banks: registrations and secured amount. */
    private Map<Long, TargetProgress.Figures> figures(String district, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select pledgee_org_id, count(*), coalesce(sum(secured), 0) from (
                            select p.pledgee_org_id, p.registration_no, max(p.secured_amount) as secured
                            from ip_pledge_view p join organisation_view b on b.id = p.pledgee_org_id
                            where b.district = :district and b.type = 'BANK' and p.registered_on between :from and :to
                            group by p.pledgee_org_id, p.registration_no) registration
                        group by pledgee_org_id""")
                .param("district", district).param("from", from).param("to", to)
                .query((rs, i) -> Map.entry(rs.getLong(1), new TargetProgress.Figures(rs.getLong(2),
                        Money.of(rs.getBigDecimal(3)), 0)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static TargetProgress.Figures total(java.util.Collection<TargetProgress.Figures> banks, long financed) {
        long count = banks.stream().mapToLong(TargetProgress.Figures::count).sum();
        Money amount = banks.stream().map(TargetProgress.Figures::amount).reduce(Money.zero(), Money::plus);
        return new TargetProgress.Figures(count, amount, financed);
    }
}
