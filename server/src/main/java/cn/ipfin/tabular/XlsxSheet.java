package cn.ipfin.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first worksheet of an .xlsx with POI's event API. The upload is first copied to a temporary file
 * (counting bytes, so the size limit holds whatever the client claimed): a zip read from a stream would be
 * unpacked into memory, while one read from a file is unpacked part by part as the parser pulls.
 * <p>
 * Zip bombs meet three guards: POI's ZipSecureFile refuses an entry that inflates more than 100 times its packed
 * size (its default minimum inflate ratio of 1%), every part we read is capped at {@link #UNPACK_FACTOR} times
 * the upload limit, and the row assembler stops at the row limit, long before a bomb of empty rows is done.
 */
final class XlsxSheet {

    /**
     * Workbooks Excel writes unpack to 5–10 times their size; our own exports, with inline strings of repetitive
     * text, reach 20 (100,000 rows of 15 columns: 7.4 MB packed, 144 MB of sheet XML). 50 leaves room while
     * keeping a 50 MB upload to at most 2.5 GB of XML, about half a minute of parsing, and half POI's own ratio.
     */
    static final int UNPACK_FACTOR = 50;

    private final TabularLimits limits;

    XlsxSheet(TabularLimits limits) {
        this.limits = limits;
    }

    void read(InputStream upload, RowAssembler rows) throws IOException {
        Path copy = Files.createTempFile("ipfin-upload-", ".xlsx");
        try {
            Files.copy(upload, copy, StandardCopyOption.REPLACE_EXISTING);
            try (OPCPackage pkg = open(copy)) {
                readFirstSheet(pkg, rows);
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static OPCPackage open(Path file) {
        // POI falls back to unpacking a zip without a readable central directory into memory; a truncated
        // upload is refused here instead, by opening the directory alone.
        try (var zip = new ZipFile(file.toFile())) {
            if (zip.size() == 0) {
                throw Refusals.corrupt(null);
            }
        } catch (IOException e) {
            throw Refusals.corrupt(e);
        }
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            // A truncated zip has no central directory; POI reports that as "not an OOXML file" (NotOfficeXmlFileException).
            throw Refusals.corrupt(e);
        }
    }

    private void readFirstSheet(OPCPackage pkg, RowAssembler rows) throws IOException {
        try {
            requireSpreadsheet(pkg);
            var reader = new XSSFReader(pkg);
            SharedStrings strings = sharedStrings(pkg, reader);
            CellFormats formats = new CellFormats(styles(reader));
            boolean date1904 = date1904(reader);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw Refusals.empty();
            }
            try (InputStream sheet = capped(sheets.next())) {
                parse(sheet, new SheetXmlHandler(strings, formats, date1904, limits.maxCellChars(), rows));
            }
        } catch (TabularFileRejected e) {
            throw e;
        } catch (OpenXML4JException | SAXException | IOException | RuntimeException e) {
            TabularFileRejected inside = rejectionInside(e);
            throw inside != null ? inside : Refusals.corrupt(e);
        }
    }

    /** A Word or PowerPoint file is a valid OOXML package too, but not a workbook. */
    private static void requireSpreadsheet(OPCPackage pkg) {
        var documents = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart main = documents.isEmpty() ? null : pkg.getPart(documents.getRelationship(0));
        if (main == null || !main.getContentType().contains("spreadsheetml")) {
            throw Refusals.wrongType(" (Word/PowerPoint/zip)");
        }
    }

    private SharedStrings sharedStrings(OPCPackage pkg, XSSFReader reader)
            throws IOException, SAXException, InvalidFormatException {
        InputStream data = reader.getSharedStringsData();
        if (data == null) {
            return new ReadOnlySharedStringsTable(pkg, false); // no part: an empty table
        }
        try (InputStream in = capped(data)) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    private StylesTable styles(XSSFReader reader) throws IOException, InvalidFormatException {
        InputStream data = reader.getStylesData();
        if (data == null) {
            return null;
        }
        try (InputStream in = capped(data)) {
            return new StylesTable(in);
        }
    }

    /** Workbooks made on old Macs count days from 1904; a date would be four years off if this were ignored. */
    private boolean date1904(XSSFReader reader) throws IOException, SAXException, InvalidFormatException {
        boolean[] flag = {false};
        try (InputStream workbook = capped(reader.getWorkbookData())) {
            parse(workbook, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName) || qName.endsWith("workbookPr")) {
                        String value = attributes.getValue("date1904");
                        flag[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
        }
        return flag[0];
    }

    private InputStream capped(InputStream part) {
        long cap = limits.maxBytes() * UNPACK_FACTOR;
        return new CappedInputStream(part, cap, () -> Refusals.unpacksTooLarge(cap));
    }

    private static void parse(InputStream xml, ContentHandler handler) throws IOException, SAXException {
        XMLReader parser;
        try {
            // POI's factory turns off DTDs and external entities (no XXE, no billion laughs).
            parser = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
    }

    /** A refusal thrown from inside the SAX parser may come back wrapped. */
    private static TabularFileRejected rejectionInside(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TabularFileRejected rejected) {
                return rejected;
            }
            if (t instanceof SAXException sax && sax.getException() instanceof TabularFileRejected rejected) {
                return rejected;
            }
        }
        return null;
    }
}
