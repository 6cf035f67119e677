package cn.ipfin.core.scoring;

/** One bin of a feature: how many goods and bads fell into it, its weight of evidence and its share of the IV. */
public record BinStatistics(String label, int good, int bad, double woe, double informationValue) {

    public int count() {
        return good + bad;
    }

    public double badRate() {
        return count() == 0 ? 0 : (double) bad / count();
    }
}
