package cn.ipfin.programme;

import cn.ipfin.core.programme.DefinitionDiff;
import cn.ipfin.core.programme.DefinitionFile;
import cn.ipfin.core.programme.Presets;
import cn.ipfin.core.programme.ProgrammeDefinition;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Rule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The programme definitions and their history: the IP office loads a definition file (a new programme, version 1)
 * or edits one (the next version); versions are never changed, and an application stays with the version it was
 * made under. The shipped presets are loaded on request, never silently.
 */
@Service
public class ProgrammeDefinitions {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgrammeDefinitions(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** How a version came to be: a shipped preset, a file the office uploaded, or an edit on the page. */
    public enum Origin { PRESET, FILE, EDIT }

    /** One stored version; {@code note} is what its author said changed. */
    public record Version(String key, int version, String nameZh, String nameEn, String loadedBy, Instant loadedAt,
                          Origin origin, String note) {
    }

    /** Stores a definition file the office uploaded (a new programme, or the next version of the one it names). */
    @Transactional
    public Version load(Actor actor, String text) {
        return load(actor, text, Origin.FILE, "");
    }

    /**
     * Stores a definition file as the next version of its programme (version 1 when the key is new), once the whole
     * file is checked ({@link DefinitionFile#parse}): a file refused leaves nothing stored. The version written in the
     * file is replaced by the stored one.
     */
    @Transactional
    public Version load(Actor actor, String text, Origin origin, String note) {
        requireOffice(actor);
        ProgrammeDefinition parsed = check(text);
        Integer last = jdbc.sql("select max(version) from programme_definition where programme_key = :k")
                .param("k", parsed.key()).query(Integer.class).optional().orElse(null);
        if (last != null && text(parsed.key(), last).equals(text)) throw ProgrammeRules.DEFINITION_UNCHANGED.violation(last);
        int version = last == null ? 1 : last + 1;
        Instant now = clock.instant();
        String why = note == null ? "" : note.strip();
        jdbc.sql("""
                        insert into programme_definition (programme_key, version, name_zh, name_en, definition, loaded_by,
                            loaded_at, origin, change_note)
                        values (:k, :v, :zh, :en, :text, :by, :at, :origin, :note)""")
                .param("k", parsed.key()).param("v", version).param("zh", parsed.name().zh()).param("en", parsed.name().en())
                .param("text", text).param("by", actor.username()).param("at", Timestamp.from(now))
                .param("origin", origin.name()).param("note", why).update();
        events.publishEvent(new LedgerFact(actor, "PROGRAMME", parsed.key() + "#" + version,
                version == 1 ? "DEFINED" : "EDITED", List.of(actor.orgId()), null,
                Map.of("name", parsed.name().zh(), "version", version, "source", parsed.source(), "origin", origin.name(),
                        "note", why)));
        return new Version(parsed.key(), version, parsed.name().zh(), parsed.name().en(), actor.username(), now, origin, why);
    }

    /**
     * Checks a file without storing it: it parses, has every required field, and each CEL condition compiles.
     *
     * @throws cn.ipfin.shared.RuleViolation {@link ProgrammeRules#DEFINITION_INVALID} with the line and field at fault
     */
    public ProgrammeDefinition check(String text) {
        try {
            return DefinitionFile.parse(text == null ? "" : text);
        } catch (DefinitionFile.InvalidDefinition e) {
            throw ProgrammeRules.DEFINITION_INVALID.violation(new Rule.Words(e.zh(), e.en()));
        }
    }

    /** An edit of {@code key}: the file must keep the key. */
    @Transactional
    public Version edit(Actor actor, String key, String text) {
        return edit(actor, key, text, Origin.EDIT, "");
    }

    /** The next version of {@code key}, edited on the page or uploaded as a file for it; the file must keep the key. */
    @Transactional
    public Version edit(Actor actor, String key, String text, Origin origin, String note) {
        requireOffice(actor);
        current(key);
        ProgrammeDefinition parsed = check(text);
        if (!parsed.key().equals(key)) throw ProgrammeRules.DEFINITION_KEY.violation(key);
        return load(actor, text, origin, note);
    }

    /**
     * Loads the shipped preset file as a programme: its first version, or the next one when the programme was edited
     * since; when the version in force is the preset's text already, that version is the answer and nothing is stored.
     */
    @Transactional
    public Version loadPreset(Actor actor, String file) {
        requireOffice(actor);
        if (!Presets.FILES.contains(file)) throw new RecordNotFound("preset", file);
        String text = Presets.text(file);
        String key = check(text).key();
        List<Version> versions = history(key);
        if (!versions.isEmpty() && text(key, versions.getFirst().version()).equals(text)) return versions.getFirst();
        return load(actor, text, Origin.PRESET, file);
    }

    /** The text of one version, as it was loaded. */
    @Transactional(readOnly = true)
    public String text(String key, int version) {
        return jdbc.sql("select definition from programme_definition where programme_key = :k and version = :v")
                .param("k", key).param("v", version).query(String.class).optional()
                .orElseThrow(() -> new RecordNotFound("programme", key + "#" + version));
    }

    /** What {@code version} changed against the version before it (against nothing for version 1). */
    @Transactional(readOnly = true)
    public DefinitionDiff changes(String key, int version) {
        String after = text(key, version);
        return DefinitionDiff.between(version == 1 ? "" : text(key, version - 1), after);
    }

    /** How many applications each version governs: an application stays with the version it was made under. */
    @Transactional(readOnly = true)
    public Map<Integer, Long> governed(String key) {
        Map<Integer, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select version, count(*) from programme_application where programme_key = :k group by version")
                .param("k", key).query((rs, i) -> counts.put(rs.getInt(1), rs.getLong(2))).list();
        return counts;
    }

    @Transactional(readOnly = true)
    public ProgrammeDefinition current(String key) {
        return definition(key, jdbc.sql("select max(version) from programme_definition where programme_key = :k")
                .param("k", key).query(Integer.class).optional().orElseThrow(() -> new RecordNotFound("programme", key)));
    }

    @Transactional(readOnly = true)
    public ProgrammeDefinition definition(String key, Integer version) {
        if (version == null) throw new RecordNotFound("programme", key);
        ProgrammeDefinition d = DefinitionFile.parse(text(key, version));
        return new ProgrammeDefinition(d.key(), version, d.name(), d.source(), d.window(), d.applicants(), d.parameters(),
                d.conditions(), d.benefit(), d.materials(), d.review(), d.deadlines(), d.budget(), d.text());
    }

    /** Every programme's latest version. */
    @Transactional(readOnly = true)
    public List<Version> programmes() {
        return jdbc.sql("""
                        select distinct on (programme_key) programme_key, version, name_zh, name_en, loaded_by, loaded_at,
                               origin, change_note
                        from programme_definition order by programme_key, version desc""")
                .query(ProgrammeDefinitions::version).list();
    }

    /** A programme's versions, newest first. */
    @Transactional(readOnly = true)
    public List<Version> history(String key) {
        return jdbc.sql("""
                        select programme_key, version, name_zh, name_en, loaded_by, loaded_at, origin, change_note
                        from programme_definition where programme_key = :k order by version desc""")
                .param("k", key).query(ProgrammeDefinitions::version).list();
    }

    private static Version version(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Version(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), Origin.valueOf(rs.getString(7)), rs.getString(8));
    }

    static void requireOffice(Actor actor) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("only the IP office keeps programmes");
    }
}
