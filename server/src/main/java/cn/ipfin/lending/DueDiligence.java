package cn.ipfin.lending;

import cn.ipfin.core.digest.Sha256;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.lending.Origination;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Due diligence (尽职调查): documents uploaded by the enterprise or the bank and kept in the database, and the
 * checklist the officer ticks off against them. A document is refused when it is empty, larger than 10 MB, or its
 * bytes are not of the type it claims (PDF, PNG, JPEG, or an Office Open XML file).
 */
@Service
public class DueDiligence {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final Transitions transitions;
    private final Clock clock;

    DueDiligence(JdbcClient jdbc, Transitions transitions, Clock clock) {
        this.jdbc = jdbc;
        this.transitions = transitions;
        this.clock = clock;
    }

    public record StoredDocument(String filename, String contentType, byte[] content) {
    }

    @Transactional
    public LoanFile.Document upload(Actor actor, String loanNo, String itemCode, String filename, String contentType,
                                    byte[] content) {
        LoanFile file = transitions.read(actor, loanNo);
        boolean party = actor.visibleOrgIds().contains(file.loan().bankOrgId())
                || actor.visibleOrgIds().contains(file.loan().enterpriseId());
        if (!party || !(actor.has(Role.BANK_OFFICER) || actor.has(Role.ENTERPRISE_FINANCE))) {
            throw new AccessDeniedException("only the bank's officer or the applicant uploads documents");
        }
        if (!Origination.isOpen(file.state())) {
            throw LendingRules.APPLICATION_CLOSED.violation();
        }
        if (itemCode != null && !itemCode.isBlank() && !LoanApplications.CHECKLIST.contains(itemCode)) {
            throw LendingRules.CHECKLIST_ITEM_UNKNOWN.violation(itemCode);
        }
        contentType = declaredType(contentType, filename);
        check(contentType, content);
        String name = cn.ipfin.shared.UploadFilename.clean(filename, "document");
        if (name.length() > 200) name = name.substring(0, 200);
        String sha256 = Sha256.hex(content);
        String item = itemCode == null || itemCode.isBlank() ? null : itemCode;
        Instant uploadedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);   // as timestamptz stores it
        long id = jdbc.sql("""
                        insert into loan_document (loan_id, item_code, filename, content_type, size_bytes, sha256, content,
                            uploaded_by, uploaded_org, uploaded_at)
                        values (:l, :item, :name, :type, :size, :sha, :content, :u, :org, :at) returning id""")
                .param("l", file.loan().id()).param("item", item)
                .param("name", name).param("type", contentType).param("size", content.length).param("sha", sha256)
                .param("content", content).param("u", actor.username()).param("org", actor.orgId())
                .param("at", Timestamp.from(uploadedAt)).query(Long.class).single();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("documentId", id);
        details.put("item", itemCode);
        details.put("filename", name);
        details.put("sha256", sha256);
        transitions.record(actor, file, "DOCUMENT_UPLOADED", null, details);
        // the row just inserted, without reading the whole application again
        return new LoanFile.Document(id, item, name, contentType, content.length, sha256, actor.username(), uploadedAt);
    }

    /** The officer ticks off a checklist item against a document of the application. */
    @Transactional
    public LoanFile complete(Actor actor, String loanNo, int expectedVersion, String itemCode, Long documentId, String note) {
        LoanFile file = transitions.asBank(actor, loanNo, Role.BANK_OFFICER);
        Transitions.requireState(file, LoanState.DUE_DILIGENCE);
        if (file.checklist().stream().noneMatch(i -> i.code().equals(itemCode))) {
            throw LendingRules.CHECKLIST_ITEM_UNKNOWN.violation(itemCode);
        }
        if (documentId == null || file.documents().stream().noneMatch(d -> d.id() == documentId)) {
            throw LendingRules.CHECKLIST_DOCUMENT.violation();
        }
        jdbc.sql("""
                        update loan_checklist_item set done_by = :u, done_at = :at, document_id = :d, note = :note
                        where loan_id = :l and code = :c""")
                .param("u", actor.username()).param("at", Timestamp.from(clock.instant())).param("d", documentId)
                .param("note", note).param("l", file.loan().id()).param("c", itemCode).update();
        return transitions.touch(actor, file, expectedVersion, "CHECKLIST_DONE", Map.of(),
                Map.of("item", itemCode, "documentId", documentId));
    }

    @Transactional(readOnly = true)
    public StoredDocument download(Actor actor, String loanNo, long documentId) {
        LoanFile file = transitions.read(actor, loanNo);
        if (!actor.visibleOrgIds().contains(file.loan().bankOrgId())
                && !actor.visibleOrgIds().contains(file.loan().enterpriseId())) {
            throw new RecordNotFound("document", documentId);
        }
        return jdbc.sql("select filename, content_type, content from loan_document where id = :id and loan_id = :l")
                .param("id", documentId).param("l", file.loan().id())
                .query((rs, i) -> new StoredDocument(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional().orElseThrow(() -> new RecordNotFound("document", documentId));
    }

    /**
     * The part's type, or for a part sent as generic bytes (what generated API clients send for a file) the type its
     * name's extension gives; {@link #check} then still requires the bytes to be of that type.
     */
    static String declaredType(String contentType, String filename) {
        boolean generic = contentType == null || contentType.isBlank()
                || contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/octet-stream");
        if (!generic || filename == null) {
            return contentType;
        }
        String lower = filename.toLowerCase(java.util.Locale.ROOT);
        String extension = lower.substring(lower.lastIndexOf('.') + 1);
        return switch (extension) {
            case "pdf" -> "application/pdf";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> contentType;
        };
    }

    /** The declared type must be one we accept, and the bytes must start the way that type's files start. */
    static void check(String contentType, byte[] content) {
        if (content == null || content.length == 0) throw LendingRules.FILE_EMPTY.violation();
        if (content.length > MAX_BYTES) {
            throw LendingRules.FILE_TOO_LARGE.violation();
        }
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        boolean ok = switch (type) {
            case "application/pdf" -> starts(content, "%PDF-".getBytes());
            case "image/png" -> starts(content, new byte[]{(byte) 0x89, 'P', 'N', 'G'});
            case "image/jpeg" -> starts(content, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> starts(content, new byte[]{'P', 'K', 3, 4});
            default -> false;
        };
        if (!ok) {
            throw LendingRules.FILE_TYPE.violation();
        }
    }

    private static boolean starts(byte[] content, byte[] magic) {
        if (content.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if (content[i] != magic[i]) return false;
        return true;
    }
}
