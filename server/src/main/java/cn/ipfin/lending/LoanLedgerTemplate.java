package cn.ipfin.lending;

import cn.ipfin.tabular.Column;
import cn.ipfin.tabular.Template;

import java.util.List;

/** The layout of the bank's loan ledger export (贷款台账). */
final class LoanLedgerTemplate {

    static final Template TEMPLATE = new Template("loan-ledger", "贷款台账", "Loan ledger", List.of(
            new Column("loan_no", "贷款编号", "Loan no.", true, "LA2026000001", "贷款编号", "loan number"),
            new Column("enterprise", "借款企业", "Enterprise", true, "某科技有限公司", "借款企业名称", "borrower"),
            new Column("principal_amount", "合同本金（元）", "Contract principal (yuan)", true, "1000000.00", "合同本金（不是在贷余额），元", "contract principal (not the outstanding balance)"),
            new Column("annual_rate", "年利率（%）", "Annual rate (%)", true, "3.5", "年利率，百分数", "annual rate, percent"),
            new Column("term_count", "期限（月）", "Term (months)", true, "12", "期限，月", "term in months"),
            new Column("applied_on", "申请日", "Applied on", true, "2026-01-05", "申请日期", "application date"),
            new Column("disbursed_on", "放款日", "Disbursed on", false, "2026-02-01", "放款日期", "disbursement date"),
            new Column("maturity_on", "到期日", "Maturity", false, "2027-02-01", "到期日", "maturity date"),
            new Column("state", "状态", "State", true, "DISBURSED", "贷款状态", "loan state")));

    private LoanLedgerTemplate() {
    }
}
