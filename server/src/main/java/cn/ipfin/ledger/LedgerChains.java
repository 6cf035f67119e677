package cn.ipfin.ledger;

/**
 * The ledger is split into a fixed number of hash chains. All entries of one subject go to the same chain, so
 * each subject's history is one unbroken sequence, while writers of different subjects rarely wait for each
 * other on one chain head. The count is fixed by the V1 migration's chain heads.
 */
final class LedgerChains {

    static final int COUNT = 16;

    private LedgerChains() {
    }

    static int of(String subjectType, String subjectId) {
        return Math.floorMod((subjectType + ":" + subjectId).hashCode(), COUNT);
    }
}
