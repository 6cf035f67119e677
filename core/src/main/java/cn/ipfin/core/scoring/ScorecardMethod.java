package cn.ipfin.core.scoring;

/** How a card's points were set: fitted to the platform's own loan outcomes, or by expert weights when too few. */
public enum ScorecardMethod {
    TRAINED,
    EXPERT
}
