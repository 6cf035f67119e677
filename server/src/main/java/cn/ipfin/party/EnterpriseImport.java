package cn.ipfin.party;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.BulkCopy;
import cn.ipfin.tabular.Choices;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Enterprises (用资企业) from the market regulator's register, with their qualifications as dated facts.
 * Natural key: the unified social credit code; re-importing the same file changes nothing.
 */
@Component
class EnterpriseImport extends TableImport<EnterpriseImport.Row> {

    static final Map<String, String> SIZES = Choices.of("MICRO", "微型", "SMALL", "小型", "MEDIUM", "中型");
    private static final Pattern INDUSTRY = Pattern.compile("[A-T]\\d{2,4}");
    static final Template TEMPLATE = new Template("enterprises", "企业名录导入模板", "Enterprise register", List.of(
            new Column("credit_code", "统一社会信用代码", "Unified social credit code", true, "91419001MA44ABCD18",
                    "18位，校验位按 GB 32100 校验", "18 characters, check character per GB 32100"),
            new Column("name", "企业名称", "Name", true, "示范区智造科技有限公司", "", ""),
            new Column("legal_representative", "法定代表人", "Legal representative", true, "张伟", "", ""),
            new Column("registered_on", "成立日期", "Established on", true, "2018-05-20", "格式 2018-05-20",
                    "format 2018-05-20"),
            new Column("registered_capital_amount", "注册资本（元）", "Registered capital (yuan)", true, "5000000.00",
                    "单位：元，最多两位小数", "in yuan, at most 2 decimals"),
            new Column("park", "园区", "Park", false, "高新技术产业园", "", ""),
            new Column("industry_code", "行业代码", "Industry code", true, "C3914",
                    "国民经济行业分类 GB/T 4754-2017", "GB/T 4754-2017 code"),
            new Column("industry_name", "行业名称", "Industry name", true, "工业机器人制造", "", ""),
            new Column("size", "企业规模", "Size", true, "小型", "微型、小型或中型", "MICRO, SMALL or MEDIUM"),
            new Column("specialised_on", "专精特新认定日期", "Specialised SME since", false, "2023-07-01",
                    "空白表示无此资质", "blank if not held"),
            new Column("little_giant_on", "小巨人认定日期", "Little giant since", false, "", "", ""),
            new Column("high_tech_on", "高新技术企业认定日期", "High-tech since", false, "2022-12-01", "", ""),
            new Column("pre_ipo_on", "拟上市入库日期", "Pre-IPO since", false, "", "", ""),
            new Column("qualification_source", "资质来源", "Qualification source", false, "工信局名单",
                    "认定日期所依据的名单或文件", "the list or document the dates come from")));
    private static final Map<String, String> QUALIFICATION_COLUMNS = Map.of("specialised_on", "SPECIALISED_SME",
            "little_giant_on", "LITTLE_GIANT", "high_tech_on", "HIGH_TECH", "pre_ipo_on", "PRE_IPO");

    /** Every column of {@code enterprise} an import overwrites, once for the set list and the change check. */
    private static final UpsertColumns UPSERT = UpsertColumns.of("enterprise", "name", "legal_representative",
            "registered_on", "registered_capital", "park", "industry_code", "industry_name", "size")
            .keyedBy("organisation_id").insertingOnly("credit_code", "district")
            // name_bigrams and qualification_kinds are kept by the database
            .leaving("version", "name_bigrams", "qualification_kinds");

    EnterpriseImport(JdbcClient jdbc, BulkCopy bulk, Clock clock) {
        super("ENTERPRISES", TEMPLATE, jdbc, bulk, clock);
    }

    record Row(int rowNumber, String creditCode, String name, String legalRepresentative, LocalDate registeredOn,
               BigDecimal capital, String park, String industryCode, String industryName, String size,
               Map<String, LocalDate> qualifications, String source) {
    }

    @Override
    public Row parse(RowCells c) {
        String code = c.creditCode("credit_code", true);
        String name = c.text("name", true, 200);
        String rep = c.text("legal_representative", true, 60);
        LocalDate registered = c.date("registered_on", true);
        BigDecimal capital = c.yuan("registered_capital_amount", true, false);
        String park = c.text("park", false, 50);
        String industry = c.text("industry_code", true, 10);
        if (industry != null && !INDUSTRY.matcher(industry).matches()) {
            c.reject("industry_code", "行业代码应为门类字母加 2–4 位数字，如 C3914",
                    "an industry code is a section letter and 2-4 digits, e.g. C3914");
        }
        String industryName = c.text("industry_name", true, 100);
        String size = c.choice("size", true, SIZES);
        var qualifications = new HashMap<String, LocalDate>();
        QUALIFICATION_COLUMNS.forEach((key, kind) -> {
            LocalDate since = c.date(key, false);
            if (since != null) {
                qualifications.put(kind, since);
            }
        });
        String source = c.text("qualification_source", false, 200);
        LocalDate today = today();
        if (registered != null && registered.isAfter(today)) {
            c.reject("registered_on", "成立日期不能晚于今天", "cannot be in the future");
        }
        qualifications.forEach((kind, since) -> {
            if (registered != null && since.isBefore(registered)) {
                c.reject(null, "资质认定日期早于成立日期", "a qualification predates the enterprise");
            }
        });
        return c.valid() ? new Row(c.rowNumber(), code, name, rep, registered, capital, park, industry, industryName,
                size, qualifications, source == null ? "导入 / import" : source) : null;
    }

    @Override
    public void checkAll(List<Row> rows, ImportErrors errors) {
        errors.repeats(rows, Row::creditCode, Row::rowNumber, TEMPLATE.column("credit_code"), Row::creditCode,
                "与第 %d 行重复", "repeats row %d");
    }

    @Override
    public ImportCounts apply(List<Row> rows) {
        bulk.tempTable("enterprise_in", """
                credit_code char(18), name text, legal_representative text, registered_on date,
                registered_capital numeric(19,2), park text, industry_code text, industry_name text, size text""");
        bulk.copy("enterprise_in", "credit_code, name, legal_representative, registered_on, registered_capital, park,"
                        + " industry_code, industry_name, size",
                rows.stream().map(r -> new Object[]{r.creditCode(), r.name(), r.legalRepresentative(), r.registeredOn(),
                        r.capital(), r.park(), r.industryCode(), r.industryName(), r.size()}).toList());
        String district = jdbc.sql("select district from organisation where type = 'IP_OFFICE' order by id limit 1")
                .query(String.class).optional().orElse("");
        jdbc.sql("""
                insert into organisation (code, credit_code, type, name, district)
                select i.credit_code, i.credit_code, 'ENTERPRISE', i.name, :district from enterprise_in i
                where not exists (select 1 from organisation o where o.credit_code = i.credit_code)""")
                .param("district", district).update();
        jdbc.sql("""
                update organisation o set name = i.name, version = o.version + 1 from enterprise_in i
                where o.credit_code = i.credit_code and o.name is distinct from i.name""").update();
        jdbc.sql("drop table if exists enterprise_before").update();
        jdbc.sql("""
                create temp table enterprise_before on commit drop as
                select e.organisation_id, e.version from enterprise e join enterprise_in i on i.credit_code = e.credit_code
                """).update();
        ImportCounts counts = ImportCounts.ofUpsert(jdbc, """
                        insert into enterprise (%s)
                        select o.id, i.credit_code, o.district, i.name, i.legal_representative, i.registered_on,
                               i.registered_capital, i.park, i.industry_code, i.industry_name, i.size
                        from enterprise_in i join organisation o on o.credit_code = i.credit_code
                        on conflict (%s) do update set %s, version = enterprise.version + 1
                        where %s
                        returning (xmax = 0) as inserted""".formatted(UPSERT.insertColumns(), UPSERT.conflictKey(),
                UPSERT.assignments(), UPSERT.changed()));
        List<Object[]> qualifications = rows.stream().flatMap(r -> r.qualifications().entrySet().stream()
                .map(q -> new Object[]{r.creditCode(), q.getKey(), q.getValue(), r.source()})).toList();
        if (!qualifications.isEmpty()) {
            bulk.tempTable("qualification_in", "credit_code char(18), kind text, granted_on date, source text");
            bulk.copy("qualification_in", "credit_code, kind, granted_on, source", qualifications);
            // a newly dated qualification changes the enterprise as the register shows it: it counts as updated
            jdbc.sql("""
                    update enterprise e set version = e.version + 1 from enterprise_before b
                    where e.organisation_id = b.organisation_id and e.version = b.version
                      and exists (select 1 from qualification_in q where q.credit_code = e.credit_code
                                  and not exists (select 1 from enterprise_qualification x where x.enterprise_id
                                                  = e.organisation_id and x.kind = q.kind and x.granted_on = q.granted_on))
                    """).update();
            jdbc.sql("""
                    insert into enterprise_qualification (enterprise_id, kind, granted_on, source)
                    select e.organisation_id, q.kind, q.granted_on, q.source
                    from qualification_in q join enterprise e on e.credit_code = q.credit_code
                    on conflict (enterprise_id, kind, granted_on) do nothing""").update();
        }
        int updated = jdbc.sql("select count(*) from enterprise_before b join enterprise e"
                + " on e.organisation_id = b.organisation_id where e.version <> b.version").query(Integer.class).single();
        return new ImportCounts(counts.inserted(), updated);
    }

    /** The enterprises the actor sees, as rows of this template: an export that imports back unchanged. */
    List<Map<String, String>> export(Actor actor, EnterpriseQuery query, Enterprises enterprises, int limit) {
        var page = enterprises.search(actor, query, 0, limit);
        if (page.rows().isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> firstGrant = new HashMap<>();
        jdbc.sql("""
                        select enterprise_id, kind, min(granted_on) from enterprise_qualification
                        where enterprise_id in (:ids) group by enterprise_id, kind""")
                .param("ids", page.rows().stream().map(EnterpriseSummary::id).toList())
                .query((rs, i) -> firstGrant.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getObject(3, LocalDate.class).toString()))
                .list();
        return page.rows().stream().map(e -> {
            var m = new LinkedHashMap<String, String>();
            m.put("credit_code", e.creditCode());
            m.put("name", e.name());
            m.put("legal_representative", e.legalRepresentative());
            m.put("registered_on", e.registeredOn().toString());
            m.put("registered_capital_amount", e.registeredCapital().toPlainString());
            m.put("park", e.park());
            m.put("industry_code", e.industryCode());
            m.put("industry_name", e.industryName());
            m.put("size", SIZES.get(e.size()));
            Map<String, String> grants = firstGrant.getOrDefault(e.id(), Map.of());
            QUALIFICATION_COLUMNS.forEach((key, kind) -> m.put(key, grants.get(kind)));
            m.put("qualification_source", null);
            return (Map<String, String>) m;
        }).toList();
    }
}
