package cn.ipfin.tabular;

import java.util.Locale;

/** What an upload is, decided by its first bytes (never by its name alone) and then checked against its name. */
enum FileKind {
    XLSX("XLSX"), CSV("CSV");

    /** Enough of the start of a file to tell a zip from text from an image or a PDF. */
    static final int HEAD_BYTES = 8192;

    private final String label;

    FileKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static FileKind of(byte[] head, int length, String filename) {
        FileKind kind = sniff(head, length);
        String extension = extension(filename);
        if (extension == null) {
            return kind;
        }
        switch (extension) {
            case "xlsx", "csv" -> {
                if (!extension.equals(kind.name().toLowerCase(Locale.ROOT))) {
                    throw Refusals.extensionMismatch(filename, kind);
                }
                return kind;
            }
            default -> throw Refusals.wrongType(" (." + extension + ")");
        }
    }

    private static FileKind sniff(byte[] head, int length) {
        if (length == 0) {
            throw Refusals.empty();
        }
        if (startsWith(head, length, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, length, 0x50, 0x4B, 0x05, 0x06)) {
            return XLSX;
        }
        // OLE2 compound document: Excel 97-2003 .xls, and also what Excel writes for a password-protected .xlsx.
        if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw Refusals.legacyOrEncryptedExcel();
        }
        if (startsWith(head, length, '%', 'P', 'D', 'F')) {
            throw Refusals.wrongType(" (PDF)");
        }
        // Excel's "Unicode text" is UTF-16 with a byte-order mark.
        if (startsWith(head, length, 0xFF, 0xFE) || startsWith(head, length, 0xFE, 0xFF)) {
            throw Refusals.notUtf8(false, null);
        }
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            // Text has no control characters besides tab, line feed, form feed and carriage return;
            // images, archives and executables have them within their first bytes.
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                throw Refusals.wrongType("");
            }
        }
        return CSV;
    }

    private static boolean startsWith(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String filename) {
        if (filename == null) {
            return null;
        }
        String name = filename.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash && dot < name.length() - 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : null;
    }
}
