package cn.ipfin.valuation;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.RuleViolation;
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
                        select o.enterprise_id from ip_asset_owner_view o where o.asset_id = :id
                          and (o.enterprise_id = any(:orgs) or exists (select 1 from data_authorisation_view a
                               where a.enterprise_id = o.enterprise_id and a.org_id = any(:orgs) and a.revoked_at is null))
                        order by o.share desc, o.enterprise_id limit 1""")
                .param("id", assetId).param("orgs", actor.visibleOrgIdArray())
                .query(Long.class).optional().orElseThrow(() -> new RecordNotFound("asset", assetId));
    }

    long visibleAssetByNumber(Actor actor, String number) {
        return jdbc.sql("""
                        select a.id from ip_asset_view a join ip_asset_owner_view o on o.asset_id = a.id where a.number = :number
                          and (o.enterprise_id = any(:orgs) or exists (select 1 from data_authorisation_view d
                               where d.enterprise_id = o.enterprise_id and d.org_id = any(:orgs) and d.revoked_at is null))
                        order by a.id limit 1""")
                .param("number", number).param("orgs", actor.visibleOrgIdArray())
                .query(Long.class).optional().orElseThrow(() -> new RuleViolation(
                        "登记簿中没有您可查看的编号为“" + number + "”的知识产权",
                        "no right numbered " + number + " that you may see is in the registry"));
    }

    long visiblePortfolioOwner(Actor actor, long portfolioId) {
        return jdbc.sql("""
                        select p.owner_id from ip_portfolio_view p where p.id = :id
                          and (p.owner_id = any(:orgs) or exists (select 1 from data_authorisation_view a
                               where a.enterprise_id = p.owner_id and a.org_id = any(:orgs) and a.revoked_at is null))""")
                .param("id", portfolioId).param("orgs", actor.visibleOrgIdArray())
                .query(Long.class).optional().orElseThrow(() -> new RecordNotFound("portfolio", portfolioId));
    }

    void requireLoanOf(Actor actor, long loanId, long ownerId) {
        Long enterprise = jdbc.sql("select enterprise_id from loan_view where id = :id"
                        + " and (bank_org_id = any(:orgs) or enterprise_id = any(:orgs))")
                .param("id", loanId).param("orgs", actor.visibleOrgIdArray())
                .query(Long.class).optional().orElseThrow(() -> new RecordNotFound("loan", loanId));
        if (enterprise != ownerId) {
            throw new RuleViolation("该贷款的借款企业不是被评估知识产权的权利人",
                    "the loan's borrower does not own the asset to be valued");
        }
    }

    /** Only a valuation firm admitted to the library may take or sign valuations. */
    void requireAdmittedFirm(long firmOrgId) {
        var firm = jdbc.sql("select type, status, name from organisation_view where id = :id").param("id", firmOrgId)
                .query((rs, i) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional().orElseThrow(() -> new RecordNotFound("valuation firm", firmOrgId));
        if (!"VALUATION_FIRM".equals(firm[0])) {
            throw new RuleViolation("所选机构不是评估机构", "the organisation chosen is not a valuation firm");
        }
        if (!"ADMITTED".equals(firm[1])) {
            throw new RuleViolation("评估机构“" + firm[2] + "”未获准入或已被暂停（状态：" + firm[1] + "），不得承接或签署评估",
                    "valuation firm " + firm[2] + " is not admitted (status " + firm[1] + "): it may not take or sign valuations");
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
        throw new RuleViolation("深圳 004（四）合作准入：本行" + (suspended ? "已暂停与评估机构“" + name + "”的合作"
                : "未准入评估机构“" + name + "”") + "，不得委托其评估",
                "Shenzhen 004 (四), cooperation admission: your bank has " + (suspended ? "suspended" : "not admitted")
                        + " valuation firm " + name + " and may not ask it to value");
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
            throw new RuleViolation("评估师已申报与权利人“" + v.ownerName() + "”存在关联关系（" + reason + "），须回避",
                    "the valuer declared a conflict with the owner " + v.ownerName() + " (" + reason + ") and must stand aside");
        }
    }
}
