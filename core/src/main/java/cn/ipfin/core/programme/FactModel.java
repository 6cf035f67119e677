package cn.ipfin.core.programme;

import cn.ipfin.core.money.Money;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a condition may read: the facts about one applicant, gathered by the server from the owning modules' published
 * views, named here once so that the language checks every expression against them (docs: README "Programmes").
 * Dates are ISO strings ({@code '2025-04-01'}, comparable as strings), money is integer fen, flags are booleans.
 *
 * <ul>
 * <li>{@code today} — the evaluation date; {@code year} — the programme year applied for; {@code params} — the
 *     definition's parameters (yuan as fen).</li>
 * <li>{@code enterprise} — {@code id, name, credit_code, type} (the register's 企业类型),
 *     {@code independent_legal_person, established, full_years} (whole years since establishment, as of today),
 *     {@code scale} (MICRO/SMALL/MEDIUM/LARGE), {@code park, high_tech, specialised}.</li>
 * <li>{@code financials} — per year: {@code year, revenue_fen, net_profit_fen, total_assets_fen,
 *     total_liabilities_fen}.</li>
 * <li>{@code credit} — the credit-list entries in force today: {@code list} (BAD_RECORD, ABNORMAL_OPERATION,
 *     DISHONEST), {@code reference, since}.</li>
 * <li>{@code pledges} — the applicant's pledges: {@code ref, asset_no, asset_kind} (INVENTION_PATENT, UTILITY_MODEL,
 *     DESIGN_PATENT, TRADEMARK …), {@code applicant_is_owner, title_clear, in_force, first_pledge, registered,
 *     loan_ref}.</li>
 * <li>{@code loans} — the applicant's loans: {@code ref, bank, ip_pledge, disbursed, principal_fen,
 *     pledge_registered} (latest registration date of its pledges, '' when none), {@code repaid_as_agreed}
 *     (no instalment ever paid late), {@code settled, year_interest_fen} (the interest of {@code year}, from
 *     servicing), {@code bank_fee_fen}.</li>
 * <li>{@code projects} — securitization projects the applicant took part in: {@code ref, issued, funds_received,
 *     financing_fen, cost_fen}.</li>
 * </ul>
 */
public final class FactModel {

    public static final String TODAY = "today";
    public static final String YEAR = "year";
    public static final String PARAMS = "params";
    public static final String ENTERPRISE = "enterprise";
    public static final String FINANCIALS = "financials";
    public static final String CREDIT = "credit";
    public static final String PLEDGES = "pledges";
    public static final String LOANS = "loans";
    public static final String PROJECTS = "projects";

    private FactModel() {
    }

    public record Enterprise(long id, String name, String creditCode, String type, boolean independentLegalPerson,
                             LocalDate established, String scale, String park, boolean highTech, boolean specialised) {
    }

    public record Financials(int year, Money revenue, Money netProfit) {
    }

    public record CreditEntry(String list, String reference, LocalDate since) {
    }

    public record Pledge(String ref, String assetNo, String assetKind, boolean applicantIsOwner, boolean titleClear,
                         boolean inForce, boolean firstPledge, LocalDate registered, String loanRef) {
    }

    public record Loan(String ref, String bank, boolean ipPledge, LocalDate disbursed, Money principal,
                       LocalDate pledgeRegistered, boolean repaidAsAgreed, boolean settled, Money yearInterest,
                       Money bankFee) {
    }

    public record Project(String ref, LocalDate issued, boolean fundsReceived, Money financing, Money cost) {
    }

    /** One applicant's facts. */
    public record Facts(Enterprise enterprise, List<Financials> financials, List<CreditEntry> credit,
                        List<Pledge> pledges, List<Loan> loans, List<Project> projects) {

        public Facts {
            financials = List.copyOf(financials);
            credit = List.copyOf(credit);
            pledges = List.copyOf(pledges);
            loans = List.copyOf(loans);
            projects = List.copyOf(projects);
        }

        /** The variables as the language reads them, for a programme's parameters, on a date and for a year. */
        public Map<String, Object> variables(LocalDate today, int year, ProgrammeDefinition programme) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put(TODAY, today.toString());
            v.put(YEAR, (long) year);
            Map<String, Object> params = new LinkedHashMap<>();
            programme.parameters().forEach((name, p) -> params.put(name, p.celValue()));
            v.put(PARAMS, params);
            v.put(ENTERPRISE, row(
                    "id", enterprise.id(), "name", enterprise.name(), "credit_code", enterprise.creditCode(),
                    "type", enterprise.type(), "independent_legal_person", enterprise.independentLegalPerson(),
                    "established", enterprise.established().toString(),
                    "full_years", (long) Period.between(enterprise.established(), today).getYears(),
                    "scale", enterprise.scale(), "park", text(enterprise.park()),
                    "high_tech", enterprise.highTech(), "specialised", enterprise.specialised()));
            v.put(FINANCIALS, rows(financials, f -> row("year", (long) f.year(), "revenue_fen", f.revenue().toFen(),
                    "net_profit_fen", f.netProfit().toFen())));
            v.put(CREDIT, rows(credit, c -> row("list", c.list(), "reference", c.reference(), "since", c.since().toString())));
            v.put(PLEDGES, rows(pledges, p -> row("ref", p.ref(), "asset_no", p.assetNo(), "asset_kind", p.assetKind(),
                    "applicant_is_owner", p.applicantIsOwner(), "title_clear", p.titleClear(), "in_force", p.inForce(),
                    "first_pledge", p.firstPledge(), "registered", date(p.registered()), "loan_ref", text(p.loanRef()))));
            v.put(LOANS, rows(loans, l -> row("ref", l.ref(), "bank", l.bank(), "ip_pledge", l.ipPledge(),
                    "disbursed", date(l.disbursed()), "principal_fen", l.principal().toFen(),
                    "pledge_registered", date(l.pledgeRegistered()), "repaid_as_agreed", l.repaidAsAgreed(),
                    "settled", l.settled(), "year_interest_fen", l.yearInterest().toFen(),
                    "bank_fee_fen", l.bankFee().toFen())));
            v.put(PROJECTS, rows(projects, p -> row("ref", p.ref(), "issued", date(p.issued()),
                    "funds_received", p.fundsReceived(), "financing_fen", p.financing().toFen(),
                    "cost_fen", p.cost().toFen())));
            return v;
        }
    }

    /** An applicant with one row of every list and every field set, to try a definition's expressions on. */
    public static Facts sample() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        Money m = Money.ofYuan(1);
        return new Facts(new Enterprise(1, "sample", "911100000000000000", "企业", true, d, "SMALL", "park", true, true),
                List.of(new Financials(2019, m, m)), List.of(new CreditEntry("DISHONEST", "ref", d)),
                List.of(new Pledge("ref", "no", "INVENTION_PATENT", true, true, true, true, d, "loan")),
                List.of(new Loan("loan", "bank", true, d, m, d, true, true, m, m)),
                List.of(new Project("project", d, true, m, m)));
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            m.put((String) keysAndValues[i], value instanceof Integer n ? (long) n : value);
        }
        return m;
    }

    private static <T> List<Map<String, Object>> rows(List<T> items, java.util.function.Function<T, Map<String, Object>> f) {
        List<Map<String, Object>> out = new ArrayList<>(items.size());
        for (T item : items) out.add(f.apply(item));
        return out;
    }
}
