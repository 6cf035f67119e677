package cn.ipfin.tabular;

import static cn.ipfin.tabular.TabularFileRejected.Reason.*;

import java.util.List;
import java.util.stream.Collectors;

/** The user-facing sentences for each way a whole file is refused; kept together so the wording stays uniform. */
final class Refusals {

    private static final String UPLOAD_XLSX_OR_CSV_ZH = "请上传 .xlsx 或 UTF-8 编码的 .csv 文件。";
    private static final String UPLOAD_XLSX_OR_CSV_EN = "Please upload an .xlsx or a UTF-8 .csv file.";

    private Refusals() {
    }

    static TabularFileRejected empty() {
        return new TabularFileRejected(EMPTY, "文件中没有数据行（只有表头或完全为空），未导入任何数据。",
                "The file has no data rows (it is empty or holds only the header); nothing was imported.", null, null);
    }

    static TabularFileRejected tooLarge(long maxBytes) {
        return new TabularFileRejected(TOO_LARGE,
                "文件超过 " + megabytes(maxBytes) + " MB 的上限，未导入任何数据；请拆分成多个文件后分别上传。",
                "The file exceeds the " + megabytes(maxBytes) + " MB limit; nothing was imported. Split it into smaller files.",
                null, null);
    }

    static TabularFileRejected unpacksTooLarge(long maxBytes) {
        return new TabularFileRejected(TOO_LARGE,
                "文件解压后超过 " + megabytes(maxBytes) + " MB 的上限，未导入任何数据；请拆分成多个文件后分别上传。",
                "The file unpacks to more than " + megabytes(maxBytes)
                        + " MB; nothing was imported. Split it into smaller files.", null, null);
    }

    static TabularFileRejected tooManyRows(int maxRows, int row) {
        return new TabularFileRejected(TOO_MANY_ROWS,
                "文件超过 " + maxRows + " 行数据的上限（第 " + row + " 行处），未导入任何数据；请拆分成多个文件后分别上传。",
                "The file has more than " + maxRows + " data rows (at row " + row
                        + "); nothing was imported. Split it into smaller files.", row, null);
    }

    static TabularFileRejected wrongType(String what) {
        return new TabularFileRejected(WRONG_TYPE, "无法识别的文件类型" + what + "。" + UPLOAD_XLSX_OR_CSV_ZH,
                "Unrecognised file type" + what + ". " + UPLOAD_XLSX_OR_CSV_EN, null, null);
    }

    static TabularFileRejected legacyOrEncryptedExcel() {
        return new TabularFileRejected(WRONG_TYPE,
                "这是旧版 .xls 文件或设置了密码的 Excel 文件。请在 Excel 中去掉密码并另存为 .xlsx 后上传；" + UPLOAD_XLSX_OR_CSV_ZH,
                "This is a legacy .xls or a password-protected Excel file. Remove the password and save it as .xlsx in Excel. "
                        + UPLOAD_XLSX_OR_CSV_EN, null, null);
    }

    static TabularFileRejected extensionMismatch(String filename, FileKind actual) {
        return new TabularFileRejected(WRONG_TYPE,
                "文件「" + filename + "」的扩展名与内容不符（内容是 " + actual.label() + "）。" + UPLOAD_XLSX_OR_CSV_ZH,
                "The extension of '" + filename + "' does not match its content (which is " + actual.label() + "). "
                        + UPLOAD_XLSX_OR_CSV_EN, null, null);
    }

    static TabularFileRejected corrupt(Throwable cause) {
        return new TabularFileRejected(CORRUPT, "文件已损坏或不完整，无法读取，未导入任何数据；请在 Excel 中重新保存后上传。",
                "The file is damaged or incomplete and cannot be read; nothing was imported. Save it again in Excel and re-upload.",
                null, null, cause);
    }

    static TabularFileRejected tooManyColumns(int row, int maxColumns) {
        return new TabularFileRejected(CORRUPT, "第 " + row + " 行超过 " + maxColumns + " 列，文件无法读取，未导入任何数据。",
                "Row " + row + " has more than " + maxColumns + " columns; the file cannot be read and nothing was imported.",
                row, null);
    }

    static TabularFileRejected unterminatedQuote(int row) {
        return new TabularFileRejected(CORRUPT,
                "第 " + row + " 行的引号没有闭合（\" 开始的内容一直到文件结尾），文件不完整，未导入任何数据。",
                "Row " + row + " opens a quoted value (\") that is never closed; the file is incomplete and nothing was imported.",
                row, null);
    }

    static TabularFileRejected strayQuote(int row) {
        return new TabularFileRejected(CORRUPT,
                "第 " + row + " 行的引号用法不正确（引号内的 \" 须写成 \"\"），文件无法读取，未导入任何数据。",
                "Row " + row + " has a misplaced quote (a \" inside a quoted value must be written as \"\"); nothing was imported.",
                row, null);
    }

    static TabularFileRejected notUtf8(boolean looksLikeGbk, Integer row) {
        String where = row == null ? "" : "（第 " + row + " 行附近）";
        String whereEn = row == null ? "" : " (near row " + row + ")";
        String zh = looksLikeGbk
                ? "文件是 GBK/ANSI 编码（中文 Excel 默认的「CSV（逗号分隔）」格式），不是 UTF-8" + where + "。"
                : "文件不是有效的 UTF-8 编码" + where + "。";
        String en = looksLikeGbk
                ? "The file is GBK/ANSI-encoded (what Chinese Excel writes for 'CSV (comma delimited)'), not UTF-8" + whereEn + ". "
                : "The file is not valid UTF-8" + whereEn + ". ";
        return new TabularFileRejected(ENCODING,
                zh + "请在 Excel 中另存为「CSV UTF-8（逗号分隔）」或直接上传 .xlsx 文件。",
                en + "Save as 'CSV UTF-8 (comma delimited)' in Excel, or upload the .xlsx file instead.", row, null);
    }

    static TabularFileRejected missingColumns(List<Column> missing) {
        String zh = missing.stream().map(c -> "「" + c.zh() + "」").collect(Collectors.joining("、"));
        String en = missing.stream().map(c -> "'" + c.en() + "' (" + c.zh() + ")").collect(Collectors.joining(", "));
        return new TabularFileRejected(MISSING_COLUMN,
                "表头中缺少必填列" + zh + "，未导入任何数据；请使用下载的模板。",
                "The header lacks the required column" + (missing.size() > 1 ? "s " : " ") + en
                        + "; nothing was imported. Please use the downloaded template.", null, missing.getFirst().zh());
    }

    static TabularFileRejected duplicateColumn(Column column, int headerRow, ColumnLabel first, ColumnLabel second) {
        return new TabularFileRejected(DUPLICATE_COLUMN,
                "列「" + column.zh() + "」在表头中出现了两次（" + first.zh() + " 列和 " + second.zh() + " 列），无法确定使用哪一列，未导入任何数据。",
                "The column '" + column.en() + "' (" + column.zh() + ") appears twice in the header (columns " + first.en()
                        + " and " + second.en() + "), so it is unclear which to use; nothing was imported.",
                headerRow, column.zh());
    }

    static TabularFileRejected cellTooLong(int row, ColumnLabel column, int maxChars) {
        return new TabularFileRejected(CELL_TOO_LONG,
                "第 " + row + " 行「" + column.zh() + "」列的内容超过 " + maxChars + " 个字符，未导入任何数据。",
                "Row " + row + ", column '" + column.en() + "' holds more than " + maxChars
                        + " characters; nothing was imported.", row, column.zh());
    }

    static TabularFileRejected formulaCell(int row, ColumnLabel column) {
        return new TabularFileRejected(FORMULA,
                "第 " + row + " 行「" + column.zh() + "」列是公式，出于安全原因不接受公式，未导入任何数据；请复制后「选择性粘贴 → 数值」再上传。",
                "Row " + row + ", column '" + column.en() + "' is a formula; formulas are refused for safety and nothing was "
                        + "imported. Copy and 'Paste Special → Values', then upload again.", row, column.zh());
    }

    static TabularFileRejected formulaText(int row, ColumnLabel column) {
        return new TabularFileRejected(FORMULA,
                "第 " + row + " 行「" + column.zh() + "」列以 = + - @ 或制表符开头，可能被 Excel 当作公式执行，出于安全原因未导入任何数据；"
                        + "请删除开头的符号，或在前面加一个英文单引号 ' 。",
                "Row " + row + ", column '" + column.en() + "' starts with = + - @ or a tab and could run as a formula in "
                        + "Excel; nothing was imported. Remove the leading symbol or put an apostrophe (') before it.",
                row, column.zh());
    }

    private static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb > 0 ? Long.toString(mb) : String.format("%.2f", bytes / (1024.0 * 1024.0));
    }
}
