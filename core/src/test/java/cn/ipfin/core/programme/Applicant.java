package cn.ipfin.core.programme;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.programme.FactModel.CreditEntry;
import cn.ipfin.core.programme.FactModel.Enterprise;
import cn.ipfin.core.programme.FactModel.Facts;
import cn.ipfin.core.programme.FactModel.Financials;
import cn.ipfin.core.programme.FactModel.Loan;
import cn.ipfin.core.programme.FactModel.Pledge;
import cn.ipfin.core.programme.FactModel.Project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A test applicant that meets every shipped programme's conditions; each test breaks one thing. */
final class Applicant {

    String type = "有限责任公司";
    boolean independentLegalPerson = true;
    LocalDate established = LocalDate.of(2018, 3, 15);
    String scale = "SMALL";
    String park = "济源高新区";
    boolean specialised = true;
    List<Financials> financials = new ArrayList<>();
    List<CreditEntry> credit = new ArrayList<>();
    List<Pledge> pledges = new ArrayList<>();
    List<Loan> loans = new ArrayList<>();
    List<Project> projects = new ArrayList<>();

    Applicant() {
        for (int y = 2020; y <= 2026; y++) {
            financials.add(new Financials(y, Money.ofYuan(30_000_000), Money.ofYuan(2_000_000)));
        }
        pledges.add(pledge("ZL202010000001.X", "INVENTION_PATENT", true, true, true, true, LocalDate.of(2022, 3, 1)));
        loans.add(loan("L1", Money.of("180000.00"), LocalDate.of(2022, 3, 1), true, true));
        projects.add(new Project("S1", LocalDate.of(2025, 9, 1), true, Money.ofYuan(50_000_000), Money.ofYuan(2_000_000)));
    }

    static Pledge pledge(String assetNo, String kind, boolean owner, boolean clear, boolean inForce, boolean first,
                         LocalDate registered) {
        return new Pledge("PL-" + assetNo, assetNo, kind, owner, clear, inForce, first, registered, "L1");
    }

    static Loan loan(String ref, Money yearInterest, LocalDate pledgeRegistered, boolean onTime, boolean settled) {
        return new Loan(ref, "中国银行鄂州分行", true, LocalDate.of(2022, 3, 10), Money.ofYuan(5_000_000),
                pledgeRegistered, onTime, settled, yearInterest, Money.ofYuan(10_000));
    }

    Facts facts() {
        return new Facts(new Enterprise(7, "鄂州光谷测试科技有限公司", "91420700MA4XXXXX0A", type, independentLegalPerson,
                established, scale, park, true, specialised), financials, credit, pledges, loans, projects);
    }
}
