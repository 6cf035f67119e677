package cn.ipfin.asset;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Chinese names an import file may use for kinds, statuses and legal events, beside their codes. */
final class AssetLabels {

    static final Map<String, String> KINDS = new LinkedHashMap<>();
    static final Map<String, String> STATUSES = new LinkedHashMap<>();
    /** Legal events and the status each one leaves the right in. */
    static final Map<String, String> EVENTS = new LinkedHashMap<>();
    static final Map<String, LegalStatus> STATUS_AFTER = new LinkedHashMap<>();

    static {
        KINDS.put(IpKind.INVENTION_PATENT.name(), "发明专利");
        KINDS.put(IpKind.UTILITY_MODEL.name(), "实用新型");
        KINDS.put(IpKind.DESIGN_PATENT.name(), "外观设计");
        KINDS.put(IpKind.TRADEMARK.name(), "商标");
        KINDS.put(IpKind.COPYRIGHT.name(), "著作权");
        KINDS.put(IpKind.SOFTWARE_COPYRIGHT.name(), "软件著作权");
        KINDS.put(IpKind.GEOGRAPHICAL_INDICATION.name(), "地理标志");
        KINDS.put(IpKind.IC_LAYOUT_DESIGN.name(), "集成电路布图设计");
        KINDS.put(IpKind.LICENCE_REVENUE_RIGHT.name(), "许可收益权");
        STATUSES.put(LegalStatus.PENDING.name(), "审查中");
        STATUSES.put(LegalStatus.IN_FORCE.name(), "有效");
        STATUSES.put(LegalStatus.LAPSED.name(), "未缴年费终止");
        STATUSES.put(LegalStatus.EXPIRED.name(), "期限届满");
        STATUSES.put(LegalStatus.INVALIDATED.name(), "已宣告无效");
        STATUSES.put(LegalStatus.UNDER_INVALIDATION.name(), "无效宣告审查中");
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
