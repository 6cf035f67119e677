package cn.ipfin.registry;

import cn.ipfin.tabular.RowImporter;
import cn.ipfin.tabular.TabularLimits;
import cn.ipfin.tabular.TabularReader;
import cn.ipfin.tabular.TabularRow;
import cn.ipfin.tabular.Template;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a file's rows back, to compare two exports. */
final class Rows {

    private Rows() {
    }

    static List<Map<String, String>> read(byte[] xlsx, Template template) {
        var rows = new ArrayList<Map<String, String>>();
        new TabularReader(TabularLimits.standard()).read("export.xlsx", new ByteArrayInputStream(xlsx), template,
                (TabularRow row) -> rows.add(row.values()));
        return rows;
    }

    static Template template(List<RowImporter<?>> importers, String name) {
        return importers.stream().map(RowImporter::template).filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
