package cn.ipfin.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An uploaded file is stored under its own name only: no path parts, no control or direction-override characters. */
class UploadFilenameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "C:\\scans\\licence.pdf|licence.pdf",
            "../../etc/passwd|passwd",
            "合同\u0000.pdf|合同.pdf",
            "invoice\u202Efdp.exe|invoicefdp.exe",
            "  ..  |document",
            "a/b/|document"})
    void keeps_only_the_last_path_part_without_control_characters(String sent, String kept) {
        assertThat(UploadFilename.clean(sent, "document")).isEqualTo(kept);
    }
}
