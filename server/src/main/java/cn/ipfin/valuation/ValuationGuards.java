package cn.ipfin.valuation;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Visibility;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The named conditions of the valuation process, each refusing with its reason in Chinese and English:
 * who may request a valuation of what, which firm may take it, and who may sign (seed 004 (四): 评估机构准入与持续管理;
 * a valuer may not value the assets of an enterprise they are linked to).
 */
@Component
class ValuationGuards {

    private final JdbcClient jdbc;

    ValuationGuards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The asset's main owner, if the actor may see the asset (owner, or a bank the owner authorised); else 404. */
    long visibleAssetOwner(Actor actor, long assetId) {
        return jdbc.sql("""
                        select o.enterprise_id from ip_asset_owner_view o where o.asset_id = :id and"""
                        + Visibility.ownOrAuthorised("o.enterprise_id") + "order by o.share desc, o.enterprise_id limit 1")
                .param("id", assetId).param("orgs", actor.visibleOrgIdArray())
                .query(Long.class).optional().orElseThrow(() -> new RecordNotFound("asset", assetId));
    }

    long visibleAssetByNumber(Actor actor, String number) {
        return jdbc.sql("""
                        select a.id from ip_asset_view a join ip_asset_owner_view o on o.asset_id = a.id
                        where a.number = :number and"""
                        + Visibility.ownOrAuthorised("o.enterprise_id") + "order by a.id limit 1")
                .param("number", number).param("orgs", actor.visibleOrgIdArray())
                .query(Long.class).optional().orElseThrow(() -> ValuationRules.ASSET_NUMBER_UNKNOWN.violation(number));
    }

    long visiblePortfolioOwner(Actor actor, long portfolioId) {
        return jdbc.sql("""
                        select p.owner_id from ip_portfolio_view p where p.id = :id and"""
                        + Visibility.ownOrAuthorised("p.owner_id"))
                .param("id", portfolioId).param("orgs", actor.visibleOrgIdArray())
                .query(Long.class).optional().orElseThrow(() -> new RecordNotFound("portfolio", portfolioId));
    }

    void requireLoanOf(Actor actor, long loanId, long ownerId) {
        Long enterprise = jdbc.sql("select enterprise_id from loan_view where id = :id"
                        + " and (bank_org_id = any(:orgs) or enterprise_id = any(:orgs))")
                .param("id", loanId).param("orgs", actor.visibleOrgIdArray())
                .query(Long.class).optional().orElseThrow(() -> new RecordNotFound("loan", loanId));
        if (enterprise != ownerId) {
            throw ValuationRules.BORROWER_OWNS_ASSET.violation();
        }
    }

    /** Only a valuation firm admitted to the library may take or sign valuations. */
    void requireAdmittedFirm(long firmOrgId) {
        var firm = jdbc.sql("select type, status, name from organisation_view where id = :id").param("id", firmOrgId)
                .query((rs, i) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional().orElseThrow(() -> new RecordNotFound("valuation firm", firmOrgId));
        if (!"VALUATION_FIRM".equals(firm[0])) {
            throw ValuationRules.NOT_A_FIRM.violation();
        }
        if (!"ADMITTED".equals(firm[1])) {
            throw ValuationRules.FIRM_ADMITTED.violation(firm[2], firm[1]);
        }
    }

    /**
     * Seed 004 (四) asks the financial institutions for the cooperation admission (合作准入) of valuation firms: a bank
     * sends a valuation only to a firm it admitted itself ({@link BankValuationFirms}), on top of the district's
     * admission ({@link #requireAdmittedFirm}), which is checked too.
     */
    void requireBankCooperation(Actor actor, long firmOrgId) {
        String status = jdbc.sql("select status from bank_valuation_firm where bank_org_id = :bank and firm_org_id = :firm")
                .param("bank", actor.orgId()).param("firm", firmOrgId).query(String.class).optional().orElse(null);
        if ("ADMITTED".equals(status)) return;
        String name = jdbc.sql("select name from organisation_view where id = :id").param("id", firmOrgId)
                .query(String.class).optional().orElse("#" + firmOrgId);
        boolean suspended = "SUSPENDED".equals(status);
        throw (suspended ? ValuationRules.BANK_COOPERATION_SUSPENDED : ValuationRules.BANK_COOPERATION_NOT_ADMITTED)
                .violation(name);
    }

    /** A valuer of the assigned firm; for an internal valuation (内部评估), the bank's own valuer. */
    boolean isFirmValuer(Actor actor, Valuation v) {
        return actor.has(v.internal() ? Role.BANK_VALUER : Role.VALUER) && actor.orgId() == v.firmOrgId();
    }

    /**
     * The actor is a valuer of the assigned firm, the firm is admitted, and the valuer declared no conflict. An internal
     * valuation is the bank's own: its valuer is the bank's, and no firm's admission is involved.
     */
    void requireSigningValuer(Actor actor, Valuation v) {
        if (!isFirmValuer(actor, v)) {
            throw new AccessDeniedException(v.internal() ? "only the bank's own valuer reviews and signs an internal valuation"
                    : "only a valuer of the assigned firm reviews and signs");
        }
        if (!v.internal()) requireAdmittedFirm(v.firmOrgId());
        String reason = jdbc.sql("select reason from valuer_conflict where valuer_user_id = :user and enterprise_id = :owner")
                .param("user", actor.userId()).param("owner", v.ownerId()).query(String.class).optional().orElse(null);
        if (reason != null) {
            throw ValuationRules.VALUER_CONFLICT.violation(v.ownerName(), reason);
        }
    }
}
