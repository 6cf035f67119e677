package cn.ipfin.programme;

import cn.ipfin.core.programme.DefinitionFile;
import cn.ipfin.core.programme.Presets;
import cn.ipfin.core.programme.ProgrammeDefinition;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
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

    /** One stored version. */
    public record Version(String key, int version, String nameZh, String nameEn, String loadedBy, Instant loadedAt) {
    }

    /**
     * Stores a definition file as the next version of its programme (version 1 when the key is new). The version
     * written in the file is replaced by the stored one.
     */
    @Transactional
    public Version load(Actor actor, String text) {
        requireOffice(actor);
        ProgrammeDefinition parsed = parse(text);
        Integer last = jdbc.sql("select max(version) from programme_definition where programme_key = :k")
                .param("k", parsed.key()).query(Integer.class).optional().orElse(null);
        int version = last == null ? 1 : last + 1;
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into programme_definition (programme_key, version, name_zh, name_en, definition, loaded_by, loaded_at)
                        values (:k, :v, :zh, :en, :text, :by, :at)""")
                .param("k", parsed.key()).param("v", version).param("zh", parsed.name().zh()).param("en", parsed.name().en())
                .param("text", text).param("by", actor.username()).param("at", Timestamp.from(now)).update();
        events.publishEvent(new LedgerFact(actor, "PROGRAMME", parsed.key() + "#" + version,
                version == 1 ? "DEFINED" : "EDITED", List.of(actor.orgId()), null,
                Map.of("name", parsed.name().zh(), "version", version, "source", parsed.source())));
        return new Version(parsed.key(), version, parsed.name().zh(), parsed.name().en(), actor.username(), now);
    }

    /** An edit of {@code key}: the file must keep the key. */
    @Transactional
    public Version edit(Actor actor, String key, String text) {
        requireOffice(actor);
        current(key);
        ProgrammeDefinition parsed = parse(text);
        if (!parsed.key().equals(key)) throw ProgrammeRules.DEFINITION_KEY.violation(key);
        return load(actor, text);
    }

    /** Loads the shipped preset file as a programme (a new version if it exists). */
    @Transactional
    public Version loadPreset(Actor actor, String file) {
        if (!Presets.FILES.contains(file)) throw new RecordNotFound("preset", file);
        return load(actor, Presets.text(file));
    }

    @Transactional(readOnly = true)
    public ProgrammeDefinition current(String key) {
        return definition(key, jdbc.sql("select max(version) from programme_definition where programme_key = :k")
                .param("k", key).query(Integer.class).optional().orElseThrow(() -> new RecordNotFound("programme", key)));
    }

    @Transactional(readOnly = true)
    public ProgrammeDefinition definition(String key, Integer version) {
        if (version == null) throw new RecordNotFound("programme", key);
        String text = jdbc.sql("select definition from programme_definition where programme_key = :k and version = :v")
                .param("k", key).param("v", version).query(String.class).optional()
                .orElseThrow(() -> new RecordNotFound("programme", key + "#" + version));
        ProgrammeDefinition d = DefinitionFile.parse(text);
        return new ProgrammeDefinition(d.key(), version, d.name(), d.source(), d.window(), d.applicants(), d.parameters(),
                d.conditions(), d.benefit(), d.materials(), d.review(), d.deadlines(), d.budget(), d.text());
    }

    /** Every programme's latest version. */
    @Transactional(readOnly = true)
    public List<Version> programmes() {
        return jdbc.sql("""
                        select distinct on (programme_key) programme_key, version, name_zh, name_en, loaded_by, loaded_at
                        from programme_definition order by programme_key, version desc""")
                .query(ProgrammeDefinitions::version).list();
    }

    /** A programme's versions, newest first. */
    @Transactional(readOnly = true)
    public List<Version> history(String key) {
        return jdbc.sql("""
                        select programme_key, version, name_zh, name_en, loaded_by, loaded_at
                        from programme_definition where programme_key = :k order by version desc""")
                .param("k", key).query(ProgrammeDefinitions::version).list();
    }

    private static Version version(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Version(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }

    private static ProgrammeDefinition parse(String text) {
        try {
            return DefinitionFile.parse(text == null ? "" : text);
        } catch (DefinitionFile.InvalidDefinition e) {
            throw ProgrammeRules.DEFINITION_INVALID.violation(e.getMessage());
        }
    }

    static void requireOffice(Actor actor) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("only the IP office keeps programmes");
    }
}
