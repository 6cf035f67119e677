package cn.ipfin.asset;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.tabular.Choices;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Chinese names an import file may use for kinds, statuses and legal events, beside their codes. */
final class AssetLabels {

    static final Map<String, String> KINDS = Choices.of(
            IpKind.INVENTION_PATENT, "发明专利", IpKind.UTILITY_MODEL, "实用新型", IpKind.DESIGN_PATENT, "外观设计",
            IpKind.TRADEMARK, "商标", IpKind.COPYRIGHT, "著作权", IpKind.SOFTWARE_COPYRIGHT, "软件著作权",
            IpKind.GEOGRAPHICAL_INDICATION, "地理标志", IpKind.IC_LAYOUT_DESIGN, "集成电路布图设计",
            IpKind.LICENCE_REVENUE_RIGHT, "许可收益权");
    static final Map<String, String> STATUSES = Choices.of(
            LegalStatus.PENDING, "审查中", LegalStatus.IN_FORCE, "有效", LegalStatus.LAPSED, "未缴年费终止",
            LegalStatus.EXPIRED, "期限届满", LegalStatus.INVALIDATED, "已宣告无效",
            LegalStatus.UNDER_INVALIDATION, "无效宣告审查中");
    /** Legal events and the status each one leaves the right in. */
    static final Map<String, String> EVENTS = new LinkedHashMap<>();
    static final Map<String, LegalStatus> STATUS_AFTER = new LinkedHashMap<>();

    static {
        event("FILED", "申请", LegalStatus.PENDING);
        event("GRANTED", "授权/核准注册", LegalStatus.IN_FORCE);
        event("ANNUITY_UNPAID", "未缴年费终止", LegalStatus.LAPSED);
        event("RESTORED", "恢复权利", LegalStatus.IN_FORCE);
        event("INVALIDATION_FILED", "提出无效宣告请求", LegalStatus.UNDER_INVALIDATION);
        event("INVALIDATION_REJECTED", "维持有效", LegalStatus.IN_FORCE);
        event("INVALIDATION_DECIDED", "宣告无效", LegalStatus.INVALIDATED);
        event("TERM_ENDED", "期限届满", LegalStatus.EXPIRED);
        event("RENEWED", "续展", LegalStatus.IN_FORCE);
    }

    private static void event(String code, String label, LegalStatus after) {
        EVENTS.put(code, label);
        STATUS_AFTER.put(code, after);
    }

    private AssetLabels() {
    }
}
