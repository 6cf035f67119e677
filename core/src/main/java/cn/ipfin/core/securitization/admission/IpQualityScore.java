package cn.ipfin.core.securitization.admission;

/**
 * The IP quality score (0–100) the pool's admission floor is held to, from what the registry says about an
 * enterprise's rights in force: an invention patent counts 15, a utility model or design 5, a trademark 3, and each
 * citation of its patents 1 (at most 20). A deliberately plain measure an operator can recompute by hand; the
 * valuation's indicator model needs expert grades the registry does not have.
 */
public final class IpQualityScore {

    private IpQualityScore() {
    }

    public static int of(int inventionPatents, int utilityModelsAndDesigns, int trademarks, int citations) {
        if (inventionPatents < 0 || utilityModelsAndDesigns < 0 || trademarks < 0 || citations < 0) {
            throw new IllegalArgumentException("计数不能为负 / counts cannot be negative");
        }
        long score = 15L * inventionPatents + 5L * utilityModelsAndDesigns + 3L * trademarks + Math.min(20, citations);
        return (int) Math.min(100, score);
    }
}
