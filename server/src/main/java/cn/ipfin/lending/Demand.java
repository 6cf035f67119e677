package cn.ipfin.lending;

import cn.ipfin.core.asset.IpKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A financing demand of the demand library (需求库). A bank sees the enterprise's name only once the enterprise has
 * authorised it (seed 004 (十三)); before that it sees the park and the demand itself.
 */
public record Demand(long id, long enterpriseId, String enterpriseName, String park, BigDecimal amount, int termMonths,
                     String purpose, Set<IpKind> collateralKinds, List<Long> assetIds, String state, Instant postedAt,
                     int version) {
}
