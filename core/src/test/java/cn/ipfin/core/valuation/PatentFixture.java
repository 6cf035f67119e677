package cn.ipfin.core.valuation;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Fixture builder: {@code aPatent().filedOn("2020-01-01").revenue("10000000.00").build()}. */
final class PatentFixture {

    private IpKind kind = IpKind.INVENTION_PATENT;
    private LocalDate filedOn = LocalDate.of(2020, 1, 1);
    private LegalStatus status = LegalStatus.IN_FORCE;
    private LocalDate valuationDate = LocalDate.of(2026, 1, 1);
    private int claims = 10, family = 3, citedBy = 5, disputes = 0, owners = 1;
    private int advancement = 4, substitutability = 4, maturity = 4, licences = 1;
    private Money marketSize = Money.of("50000000.00");
    private Money revenue = Money.of("10000000.00");

    static PatentFixture aPatent() {
        return new PatentFixture();
    }

    /** A patent with every fact drawn from the seeded generator, for property tests. */
    static PatentFixture aRandomPatent(SplittableRandom random) {
        PatentFixture p = new PatentFixture();
        p.kind = random.nextBoolean() ? IpKind.INVENTION_PATENT : IpKind.UTILITY_MODEL;
        p.valuationDate = LocalDate.of(2026, 1, 1);
        int termYears = p.kind == IpKind.INVENTION_PATENT ? 20 : 10;
        p.filedOn = p.valuationDate.minusDays(random.nextInt(1, termYears * 365 - 400));
        p.claims = random.nextInt(1, 40);
        p.family = random.nextInt(1, 12);
        p.citedBy = random.nextInt(0, 80);
        p.disputes = random.nextInt(0, 6);
        p.owners = random.nextInt(1, 6);
        p.advancement = random.nextInt(1, 6);
        p.substitutability = random.nextInt(1, 6);
        p.maturity = random.nextInt(1, 6);
        p.licences = random.nextInt(0, 12);
        p.marketSize = Money.ofYuan(random.nextLong(0, 20_000_000_000L));
        p.revenue = Money.ofYuan(random.nextLong(0, 2_000_000_000L));
        return p;
    }

    static List<Money> forecast(SplittableRandom random, int years) {
        List<Money> out = new ArrayList<>(years);
        for (int i = 0; i < years; i++) out.add(Money.ofFen(random.nextLong(0, 50_000_000_000L)));
        return out;
    }

    PatentFixture kind(IpKind kind) {
        this.kind = kind;
        return this;
    }

    PatentFixture filedOn(String date) {
        this.filedOn = LocalDate.parse(date);
        return this;
    }

    PatentFixture status(LegalStatus status) {
        this.status = status;
        return this;
    }

    PatentFixture valuedOn(String date) {
        this.valuationDate = LocalDate.parse(date);
        return this;
    }

    PatentFixture owners(int owners) {
        this.owners = owners;
        return this;
    }

    PatentFixture revenue(String yuan) {
        this.revenue = Money.of(yuan);
        return this;
    }

    PatentIndicators build() {
        return new PatentIndicators(kind, filedOn, status, valuationDate, claims, family, citedBy, disputes, owners,
                advancement, substitutability, maturity, marketSize, licences, revenue);
    }
}
