package cn.ipfin.core.valuation;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts about one patent and its owner that the indicator model scores, as of {@code valuationDate}. Facts come
 * from the registry (status, dates, claims, family, citations, disputes, owners), from an expert's grades (1–5) and
 * from the owner's accounts (revenue); nothing here is a judgement of value.
 */
public record PatentIndicators(
        IpKind kind,
        LocalDate filedOn,
        LegalStatus legalStatus,
        LocalDate valuationDate,
        int claimCount,
        int familySize,
        int citedBy,
        int adverseDisputes,
        int ownerCount,
        int advancementGrade,
        int substitutabilityGrade,
        int maturityGrade,
        Money marketSize,
        int licenceCount,
        Money ownerAnnualRevenue) {

    public PatentIndicators {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(filedOn, "filedOn");
        Objects.requireNonNull(legalStatus, "legalStatus");
        Objects.requireNonNull(valuationDate, "valuationDate");
        Objects.requireNonNull(marketSize, "marketSize");
        Objects.requireNonNull(ownerAnnualRevenue, "ownerAnnualRevenue");
        if (!kind.isPatent()) throw new IllegalArgumentException("指标模型仅适用于专利 / the indicator model scores patents, not " + kind);
        if (claimCount < 0 || familySize < 0 || citedBy < 0 || adverseDisputes < 0 || licenceCount < 0) {
            throw new IllegalArgumentException("计数不能为负 / counts cannot be negative");
        }
        if (ownerCount < 1) throw new IllegalArgumentException("至少一个权利人 / a patent has at least one owner");
        requireGrade(advancementGrade, "advancementGrade");
        requireGrade(substitutabilityGrade, "substitutabilityGrade");
        requireGrade(maturityGrade, "maturityGrade");
    }

    private static void requireGrade(int grade, String name) {
        if (grade < 1 || grade > 5) throw new IllegalArgumentException("专家评级须为1–5 / " + name + " must be 1..5: " + grade);
    }

    /** The same patent valued on another date (revaluation, or the remaining-term property test). */
    public PatentIndicators on(LocalDate date) {
        return new PatentIndicators(kind, filedOn, legalStatus, date, claimCount, familySize, citedBy, adverseDisputes,
                ownerCount, advancementGrade, substitutabilityGrade, maturityGrade, marketSize, licenceCount, ownerAnnualRevenue);
    }

    public PatentIndicators withStatus(LegalStatus status) {
        return new PatentIndicators(kind, filedOn, status, valuationDate, claimCount, familySize, citedBy, adverseDisputes,
                ownerCount, advancementGrade, substitutabilityGrade, maturityGrade, marketSize, licenceCount, ownerAnnualRevenue);
    }

    public ValuationSubject asSubject() {
        return new ValuationSubject(kind, legalStatus, filedOn, valuationDate);
    }
}
