package cn.ipfin.asset;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.asset.PatentTerm;
import cn.ipfin.core.asset.TrademarkTerm;
import cn.ipfin.core.identifier.InvalidIdentifierException;
import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.core.identifier.UnifiedSocialCreditCode;
import cn.ipfin.shared.BulkCopy;
import cn.ipfin.tabular.Column;
import cn.ipfin.tabular.ImportCounts;
import cn.ipfin.tabular.ImportErrors;
import cn.ipfin.tabular.RowCells;
import cn.ipfin.tabular.TableImport;
import cn.ipfin.tabular.Template;
import cn.ipfin.tabular.UpsertColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IP rights with their owners. Key: kind + number (patent application number with a verified check digit,
 * trademark registration number, copyright registration number). The expiry date is computed, not imported:
 * from the filing date by kind for patents (Patent Law art. 42), from registration for trademarks.
 */
@Component
class IpAssetImport extends TableImport<IpAssetImport.Row> {

    private static final Pattern TRADEMARK_NO = Pattern.compile("\\d{1,10}");
    private static final Pattern SOFTWARE_NO = Pattern.compile("\\d{4}SR\\d{6,7}");
    static final Template TEMPLATE = new Template("ip-assets", "知识产权导入模板", "IP assets", List.of(
            new Column("kind", "类型", "Kind", true, "发明专利",
                    "发明专利、实用新型、外观设计、商标、著作权、软件著作权、地理标志、集成电路布图设计、许可收益权", "kind code or Chinese name"),
            new Column("number", "申请号/注册号", "Number", true, "202310234567.4",
                    "专利填申请号（含校验位），商标填注册号", "patent application number with check digit, or registration number"),
            new Column("title", "名称", "Title", true, "一种工业机器人关节减速器", "", ""),
            new Column("filed_on", "申请日", "Filed on", true, "2023-02-15", "", ""),
            new Column("granted_on", "授权/注册日", "Granted on", false, "2025-06-20", "审查中留空", "blank while pending"),
            new Column("status", "法律状态", "Legal status", true, "有效",
                    "审查中、有效、未缴年费终止、期限届满、已宣告无效、无效宣告审查中", "PENDING, IN_FORCE, LAPSED, EXPIRED, INVALIDATED, UNDER_INVALIDATION"),
            new Column("owners", "权利人统一社会信用代码", "Owners", true, "91419001MA44ABCD18",
                    "多个权利人用分号分隔并写份额，如 代码A:0.6;代码B:0.4", "several owners: CODE:0.6;CODE:0.4"),
            new Column("nice_class", "尼斯分类", "Nice class", false, "", "商标必填，1–45", "trademarks only, 1-45"),
            new Column("goods_services", "核定使用商品/服务", "Goods and services", false, "", "", ""),
            new Column("ipc_classes", "IPC分类号", "IPC classes", false, "B25J9/10;F16H1/32", "分号分隔", "separated by ;"),
            new Column("inventors", "发明人", "Inventors", false, "张伟;李娜", "分号分隔", "separated by ;"),
            new Column("claims_count", "权利要求项数", "Claims", false, "10", "", ""),
            new Column("cited_by_count", "被引用次数", "Cited by", false, "3", "", ""),
            new Column("family_size_count", "同族专利数", "Family size", false, "1", "", ""),
            new Column("annuity_paid_until", "年费缴至", "Annuity paid until", false, "2026-02-14", "", ""),
            new Column("renewed_until", "续展后届满日", "Renewed until", false, "",
                    "仅商标：续展后的有效期届满日（首期届满日后每次续展十年）",
                    "trademarks only: the last day after renewal (ten years per renewal)")));

    /** Every column of {@code ip_asset} an import writes (the expiry included: a renewal changes only it). */
    private static final UpsertColumns UPSERT = UpsertColumns.of("ip_asset", "title", "filed_on", "granted_on",
            "expires_on", "status", "nice_class", "goods_services", "ipc_classes", "inventors", "claims", "cited_by",
            "family_size", "annuity_paid_until").keyedBy("kind", "number").leaving("id", "version");

    IpAssetImport(JdbcClient jdbc, BulkCopy bulk, Clock clock) {
        super("IP_ASSETS", TEMPLATE, jdbc, bulk, clock);
    }

    record Owner(String creditCode, BigDecimal share) {
    }

    record Row(int rowNumber, IpKind kind, String number, String title, LocalDate filedOn, LocalDate grantedOn,
               LocalDate expiresOn, LegalStatus status, List<Owner> owners, Integer niceClass, String goodsServices,
               String ipcClasses, String inventors, Integer claims, Integer citedBy, Integer familySize,
               LocalDate annuityPaidUntil) {
    }

    @Override
    public Row parse(RowCells c) {
        String kindCode = c.choice("kind", true, AssetLabels.KINDS);
        IpKind kind = kindCode == null ? null : IpKind.valueOf(kindCode);
        String number = c.text("number", true, 40);
        String title = c.text("title", true, 300);
        LocalDate filed = c.date("filed_on", true);
        LocalDate granted = c.date("granted_on", false);
        String statusCode = c.choice("status", true, AssetLabels.STATUSES);
        LegalStatus status = statusCode == null ? null : LegalStatus.valueOf(statusCode);
        List<Owner> owners = owners(c);
        Integer nice = c.integer("nice_class", false, 1, 45);
        String goods = c.text("goods_services", false, 1000);
        String ipc = c.text("ipc_classes", false, 500);
        String inventors = c.text("inventors", false, 1000);
        Integer claims = c.integer("claims_count", false, 0, 10_000);
        Integer citedBy = c.integer("cited_by_count", false, 0, 1_000_000);
        Integer family = c.integer("family_size_count", false, 1, 10_000);
        LocalDate annuity = c.date("annuity_paid_until", false);
        LocalDate renewedUntil = c.date("renewed_until", false);
        if (kind != null && number != null) {
            number = number(c, kind, number);
        }
        if (kind == IpKind.TRADEMARK && nice == null && c.valid()) {
            c.reject("nice_class", "商标必须填写尼斯分类（1–45）", "a trademark needs its Nice class (1-45)");
        }
        if (kind != null && kind != IpKind.TRADEMARK && nice != null) {
            c.reject("nice_class", "只有商标有尼斯分类", "only trademarks have a Nice class");
        }
        LocalDate today = today();
        if (filed != null && filed.isAfter(today)) {
            c.reject("filed_on", "申请日不能晚于今天", "cannot be in the future");
        }
        if (filed != null && granted != null && granted.isBefore(filed)) {
            c.reject("granted_on", "授权日早于申请日", "is before the filing date");
        }
        if (status == LegalStatus.PENDING && granted != null) {
            c.reject("status", "已填写授权日，状态不能为审查中", "a granted right cannot be pending");
        }
        if (status != null && status != LegalStatus.PENDING && granted == null && kind != null
                && (kind.isPatent() || kind == IpKind.TRADEMARK)) {
            c.reject("granted_on", "非审查中的专利或商标必须填写授权/注册日", "a right that is not pending needs its grant date");
        }
        LocalDate expires = kind == null || filed == null ? null : expiry(kind, filed, granted);
        if (renewedUntil != null) {
            expires = renewal(c, kind, expires, renewedUntil);
        }
        if (expires != null && status == LegalStatus.IN_FORCE && expires.isBefore(today)) {
            c.reject("status", "按申请日计算保护期已于 " + expires + " 届满，状态不能为有效",
                    "the term ended on " + expires + "; the right cannot be in force");
        }
        return c.valid() ? new Row(c.rowNumber(), kind, number, title, filed, granted, expires, status, owners, nice,
                goods, ipc, inventors, claims, citedBy, family, annuity) : null;
    }

    private static String number(RowCells c, IpKind kind, String raw) {
        if (kind.isPatent()) {
            try {
                PatentApplicationNumber number = PatentApplicationNumber.parse(raw);
                c.noticeUpperCased("number", raw, number.value());
                if (number.ipKind() != kind) {
                    c.reject("number", "申请号第5位表示" + AssetLabels.KINDS.get(number.ipKind().name())
                            + "，与类型不符", "the number's kind digit says " + number.ipKind() + ", not " + kind);
                }
                return number.value();
            } catch (InvalidIdentifierException e) {
                c.rejectIdentifier("number", e);
                return null;
            }
        }
        if (kind == IpKind.TRADEMARK && !TRADEMARK_NO.matcher(raw).matches()) {
            c.reject("number", "商标注册号应为 1–10 位数字", "a trademark registration number is 1-10 digits");
        }
        if (kind == IpKind.SOFTWARE_COPYRIGHT && !SOFTWARE_NO.matcher(raw.toUpperCase()).matches()) {
            c.reject("number", "软件著作权登记号格式如 2023SR0123456", "a software copyright number looks like 2023SR0123456");
        }
        c.noticeUpperCased("number", raw, raw.toUpperCase(java.util.Locale.ROOT));
        return raw.toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Granted patents from the filing date (Patent Law art. 42); trademarks ten years from registration (Trademark Law
     * art. 39); registered software fifty years (计算机软件保护条例 第十四条); nothing while pending.
     */
    static LocalDate expiry(IpKind kind, LocalDate filed, LocalDate granted) {
        if (kind.isPatent()) {
            // a pending application is not a patent yet: its term (counted from filing) is known once it is granted;
            // the district generator leaves it empty too, so an exported list imports back unchanged
            return granted == null ? null : PatentTerm.lastDayInForce(kind, filed);
        }
        if (kind == IpKind.TRADEMARK && granted != null) {
            return TrademarkTerm.lastDayOfFirstTerm(granted);
        }
        if (kind == IpKind.SOFTWARE_COPYRIGHT && granted != null) {
            // a legal person's software: until 31 December of the 50th year after first publication (计算机软件保护条例
            // 第十四条), publication taken as the filing year, as the district generator does; without it a re-import
            // would now wipe the expiry that the change check (issue 12) compares
            return LocalDate.of(filed.getYear() + 50, 12, 31);
        }
        return null;
    }

    /**
     * A registered trademark is renewed ten years at a time (Trademark Law art. 40); a renewed expiry must be the
     * first term's end advanced by whole renewals.
     */
    private static LocalDate renewal(RowCells c, IpKind kind, LocalDate firstTermEnd, LocalDate renewedUntil) {
        if (kind != IpKind.TRADEMARK || firstTermEnd == null) {
            c.reject("renewed_until", "只有已注册的商标可以填写续展后届满日", "only a registered trademark is renewed");
            return firstTermEnd;
        }
        LocalDate end = firstTermEnd;
        while (end.isBefore(renewedUntil)) {
            end = TrademarkTerm.lastDayAfterRenewal(end);
        }
        if (!end.equals(renewedUntil)) {
            c.reject("renewed_until", "续展后届满日应为 " + firstTermEnd + " 之后每十年的同一日，如 " + end,
                    "a renewed term ends ten years after the previous one, e.g. " + end);
            return firstTermEnd;
        }
        return renewedUntil;
    }

    private static List<Owner> owners(RowCells c) {
        String value = c.text("owners", true, 600);
        if (value == null) {
            return List.of();
        }
        List<Owner> owners = new ArrayList<>();
        String[] parts = value.split("[;；]");
        for (String part : parts) {
            String[] codeShare = part.strip().split("[:：]");
            String raw = codeShare[0].strip();
            String code;
            try {
                // lower case is put in upper case and reported, as the enterprise import does with the same code
                code = UnifiedSocialCreditCode.parse(raw).value();
                c.noticeUpperCased("owners", raw, code);
            } catch (InvalidIdentifierException e) {
                c.reject("owners", "权利人信用代码无效：" + raw, "invalid owner credit code: " + raw);
                return List.of();
            }
            BigDecimal share = BigDecimal.ONE;
            if (codeShare.length > 1) {
                try {
                    share = new BigDecimal(codeShare[1].strip());
                } catch (NumberFormatException e) {
                    c.reject("owners", "份额不是数字：" + codeShare[1], "share is not a number: " + codeShare[1]);
                    return List.of();
                }
            } else if (parts.length > 1) {
                c.reject("owners", "多个权利人时每人都要写份额", "with several owners each needs a share");
                return List.of();
            }
            owners.add(new Owner(code, share.setScale(4, RoundingMode.UNNECESSARY)));
        }
        BigDecimal total = owners.stream().map(Owner::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(BigDecimal.ONE) != 0) {
            c.reject("owners", "权利人份额合计应为 1，现为 " + total.stripTrailingZeros().toPlainString(),
                    "owners' shares must add up to 1, not " + total.stripTrailingZeros().toPlainString());
        }
        return owners;
    }

    @Override
    public void checkAll(List<Row> rows, ImportErrors errors) {
        errors.repeats(rows, r -> List.of(r.kind(), r.number()), Row::rowNumber, TEMPLATE.column("number"),
                Row::number, "与第 %d 行是同一项知识产权", "is the same right as row %d");
        Set<String> codes = new HashSet<>();
        rows.forEach(row -> row.owners().forEach(o -> codes.add(o.creditCode())));
        Set<String> known = new HashSet<>(jdbc.sql("select credit_code from enterprise_view where credit_code = any(:codes)")
                .param("codes", codes.toArray(String[]::new)).query(String.class).list());
        for (Row row : rows) {
            for (Owner owner : row.owners()) {
                if (!known.contains(owner.creditCode())) {
                    errors.add(row.rowNumber(), TEMPLATE.column("owners"), owner.creditCode(),
                            "权利人尚未登记为企业，请先导入企业名录", "the owner is not a registered enterprise");
                }
            }
        }
    }

    @Override
    public ImportCounts apply(List<Row> rows) {
        bulk.tempTable("asset_in", """
                kind text, number text, title text, filed_on date, granted_on date, expires_on date, status text,
                nice_class smallint, goods_services text, ipc_classes text, inventors text, claims int, cited_by int,
                family_size int, annuity_paid_until date""");
        bulk.copy("asset_in", "kind, number, title, filed_on, granted_on, expires_on, status, nice_class,"
                        + " goods_services, ipc_classes, inventors, claims, cited_by, family_size, annuity_paid_until",
                rows.stream().map(r -> new Object[]{r.kind().name(), r.number(), r.title(), r.filedOn(), r.grantedOn(),
                        r.expiresOn(), r.status().name(), r.niceClass(), r.goodsServices(), r.ipcClasses(),
                        r.inventors(), r.claims(), r.citedBy(), r.familySize(), r.annuityPaidUntil()}).toList());
        bulk.tempTable("owner_in", "kind text, number text, credit_code char(18), share numeric(5,4)");
        bulk.copy("owner_in", "kind, number, credit_code, share", rows.stream().flatMap(r -> r.owners().stream()
                .map(o -> new Object[]{r.kind().name(), r.number(), o.creditCode(), o.share()})).toList());
        jdbc.sql("drop table if exists asset_before").update();
        jdbc.sql("""
                create temp table asset_before on commit drop as
                select a.id, a.status, a.version, (select o.enterprise_id from ip_asset_owner o where o.asset_id = a.id
                                        order by o.share desc, o.enterprise_id limit 1) as top_owner,
                       (select coalesce(string_agg(o.enterprise_id || ':' || o.share, ';' order by o.enterprise_id), '')
                        from ip_asset_owner o where o.asset_id = a.id) as owners
                from ip_asset a join asset_in i on i.kind = a.kind and i.number = a.number""").update();
        ImportCounts written = ImportCounts.ofUpsert(jdbc, """
                        insert into ip_asset (%s)
                        select kind, number, title, filed_on, granted_on, expires_on, status, nice_class,
                               goods_services, coalesce(string_to_array(ipc_classes, ';'), '{}'),
                               coalesce(string_to_array(inventors, ';'), '{}'), claims, coalesce(cited_by, 0),
                               coalesce(family_size, 1), annuity_paid_until
                        from asset_in
                        on conflict (%s) do update set %s, version = ip_asset.version + 1
                        where %s
                        returning (xmax = 0) as inserted""".formatted(UPSERT.insertColumns(), UPSERT.conflictKey(),
                UPSERT.assignments(), UPSERT.changed()));
        LocalDate today = today();
        // the legal history of rights new to the platform, and a dated event for every status the file changed
        jdbc.sql("""
                insert into ip_legal_event (asset_id, occurred_on, status, event, source)
                select a.id, a.filed_on, 'PENDING', 'FILED', '导入 / import' from ip_asset a
                  join asset_in i on i.kind = a.kind and i.number = a.number
                 where not exists (select 1 from asset_before b where b.id = a.id)
                union all
                select a.id, a.granted_on, 'IN_FORCE', 'GRANTED', '导入 / import' from ip_asset a
                  join asset_in i on i.kind = a.kind and i.number = a.number
                 where a.granted_on is not null and not exists (select 1 from asset_before b where b.id = a.id)
                union all
                select a.id, :today, a.status, 'STATUS_IMPORTED', '导入 / import' from ip_asset a
                  join asset_in i on i.kind = a.kind and i.number = a.number
                  left join asset_before b on b.id = a.id
                 where a.status not in ('PENDING', 'IN_FORCE') and (b.id is null or b.status <> a.status)
                on conflict do nothing""").param("today", today).update();
        jdbc.sql("""
                insert into ip_ownership_transfer (asset_id, from_enterprise, to_enterprise, share, transferred_on)
                select a.id, b.top_owner, e.organisation_id, o.share, :today
                from owner_in o join ip_asset a on a.kind = o.kind and a.number = o.number
                join enterprise_view e on e.credit_code = o.credit_code
                join asset_before b on b.id = a.id
                where not exists (select 1 from ip_asset_owner x where x.asset_id = a.id
                                  and x.enterprise_id = e.organisation_id)""").param("today", today).update();
        jdbc.sql("""
                delete from ip_asset_owner x using ip_asset a, asset_in i
                where x.asset_id = a.id and a.kind = i.kind and a.number = i.number
                  and not exists (select 1 from owner_in o join enterprise_view e on e.credit_code = o.credit_code
                                  where o.kind = a.kind and o.number = a.number and e.organisation_id = x.enterprise_id)
                """).update();
        jdbc.sql("""
                insert into ip_asset_owner (asset_id, enterprise_id, share)
                select a.id, e.organisation_id, o.share
                from owner_in o join ip_asset a on a.kind = o.kind and a.number = o.number
                join enterprise_view e on e.credit_code = o.credit_code
                on conflict (asset_id, enterprise_id) do update set share = excluded.share
                where ip_asset_owner.share <> excluded.share""").update();
        // a change of owners or shares changes the right as the registry shows it: its version moves and it counts
        // as updated, like a change of any column of its row
        jdbc.sql("""
                update ip_asset a set version = a.version + 1 from asset_before b
                where a.id = b.id and a.version = b.version
                  and (select coalesce(string_agg(o.enterprise_id || ':' || o.share, ';' order by o.enterprise_id), '')
                       from ip_asset_owner o where o.asset_id = a.id) is distinct from b.owners""").update();
        int updated = jdbc.sql("select count(*) from asset_before b join ip_asset a on a.id = b.id where a.version <> b.version")
                .query(Integer.class).single();
        return new ImportCounts(written.inserted(), updated);
    }
}
