package cn.ipfin.valuation;

// A deliberately wrong module source for TableOwnershipTest (a resource, never compiled): valuation reading lending's
// loan book directly instead of through what lending publishes. The test scans this folder as it scans the modules.
class LoanBookReader {

    static final String WRONG = """
            select l.loan_no, l.principal from loan l where l.state = 'DISBURSED'""";

    static final String ALLOWED = "select loan_no from loan_collateral_view where asset_id = ?";
}
