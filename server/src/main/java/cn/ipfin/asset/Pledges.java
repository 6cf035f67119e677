package cn.ipfin.asset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The pledge register of IP rights ({@code ip_pledge}), written by lending's registration, change and cancellation
 * (质押登记、变更、注销) in the caller's transaction, and by risk sharing for counter-pledges to a guarantor or insurer.
 * Asset owns the register; lending (risk sharing, for a counter-pledge) decides when a pledge is made or ends. Readers that join pledges in their own queries read {@code ip_pledge_view}.
 */
@Component
public class Pledges {

    /** A pledge still in force for a loan: its registration number and the pledged right's number. */
    public record OpenPledge(String registrationNo, String assetNumber) {
    }

    private final JdbcClient jdbc;

    Pledges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The registration number under which the right is pledged now, if it is. */
    public Optional<String> openRegistration(long assetId) {
        return jdbc.sql("select registration_no from ip_pledge where asset_id = :a and cancelled_on is null")
                .param("a", assetId).query(String.class).optional();
    }

    /** The id of the loan's pledge of the right still in force. */
    public long openPledgeId(long loanId, long assetId) {
        return jdbc.sql("select id from ip_pledge where asset_id = :a and loan_id = :l and cancelled_on is null")
                .param("a", assetId).param("l", loanId).query(Long.class).single();
    }

    /**
     * Registers the pledge. A right already pledged and not cancelled is refused by the register's unique index
     * ({@link org.springframework.dao.DuplicateKeyException}), which the caller turns into its refusal.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void register(long assetId, String registrationNo, long pledgorId, long pledgeeOrgId, long loanId,
                         LocalDate registeredOn, BigDecimal securedAmount) {
        jdbc.sql("""
                        insert into ip_pledge (asset_id, registration_no, pledgor_id, pledgee_org_id, loan_id,
                            registered_on, secured_amount) values (:a, :no, :pledgor, :bank, :loan, :on, :amount)""")
                .param("a", assetId).param("no", registrationNo).param("pledgor", pledgorId)
                .param("bank", pledgeeOrgId).param("loan", loanId).param("on", registeredOn)
                .param("amount", securedAmount).update();
    }

    /**
     * Registers a counter-pledge (反担保质押, Shenzhen 004 (十五)): the same register as a bank's pledge, with a guarantor
     * or insurer as pledgee and no loan of its own (it secures the provider's recourse, not the bank's loan). The
     * register numbers it ("FD" + year + its id). A right pledged now is refused by the unique index, as in
     * {@link #register}. Returns the registration number.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String registerCounterPledge(long assetId, long pledgorId, long pledgeeOrgId, LocalDate registeredOn,
                                        BigDecimal securedAmount) {
        return jdbc.sql("""
                        with n as (select nextval(pg_get_serial_sequence('ip_pledge', 'id')) as id)
                        insert into ip_pledge (id, asset_id, registration_no, pledgor_id, pledgee_org_id, loan_id,
                            registered_on, secured_amount)
                        select n.id, :a, 'FD' || :year || lpad(n.id::text, 8, '0'), :pledgor, :pledgee, null, :on, :amount
                        from n returning registration_no""")
                .param("a", assetId).param("year", String.valueOf(registeredOn.getYear())).param("pledgor", pledgorId)
                .param("pledgee", pledgeeOrgId).param("on", registeredOn).param("amount", securedAmount)
                .query(String.class).single();
    }

    /** 注销登记 of a counter-pledge, by its registration number. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelCounterPledge(long assetId, String registrationNo, LocalDate on) {
        jdbc.sql("""
                        update ip_pledge set cancelled_on = :on
                        where asset_id = :a and registration_no = :r and loan_id is null and cancelled_on is null""")
                .param("on", on).param("a", assetId).param("r", registrationNo).update();
    }

    /** 变更登记: the registration's secured amount, the same for every right it covers. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeSecuredAmount(long loanId, String registrationNo, BigDecimal amount) {
        jdbc.sql("""
                        update ip_pledge set secured_amount = :a
                        where loan_id = :l and registration_no = :r and cancelled_on is null""")
                .param("a", amount).param("l", loanId).param("r", registrationNo).update();
    }

    /** 注销登记 of one right's pledge for the loan. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancel(long loanId, long assetId, LocalDate on) {
        jdbc.sql("update ip_pledge set cancelled_on = :on where asset_id = :a and loan_id = :l and cancelled_on is null")
                .param("on", on).param("a", assetId).param("l", loanId).update();
    }

    /** 注销登记 of every pledge still in force for the loan (it is repaid); returns those it cancelled, in order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OpenPledge> cancelAll(long loanId, LocalDate on) {
        return jdbc.sql("""
                        with cancelled as (
                            update ip_pledge set cancelled_on = :on where loan_id = :id and cancelled_on is null
                            returning id, registration_no, asset_id)
                        select c.registration_no, a.number from cancelled c join ip_asset a on a.id = c.asset_id
                        order by c.id""")
                .param("on", on).param("id", loanId)
                .query((rs, i) -> new OpenPledge(rs.getString(1), rs.getString(2))).list();
    }
}
