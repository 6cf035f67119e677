package cn.ipfin.core.programme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The programmes shipped with the platform, one per seed, each a definition file in {@code programmes/} read from
 * the class path. The IP office loads them as version 1 and edits them from there.
 */
public final class Presets {

    /** The files, in seed order. */
    public static final List<String> FILES = List.of(
            "licheng-2025-securitization-cost.yaml",
            "jiyuan-2022-interest-subsidy.yaml",
            "longnan-2024-securitization-cost-split.yaml",
            "ezhou-2024-interest-subsidy.yaml",
            "shenzhen-2023-enterprise-subsidy.yaml");

    private Presets() {
    }

    public static String text(String file) {
        try (InputStream in = Presets.class.getResourceAsStream("/programmes/" + file)) {
            if (in == null) throw new IllegalArgumentException("no preset " + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ProgrammeDefinition load(String file) {
        return DefinitionFile.parse(text(file));
    }

    public static List<ProgrammeDefinition> all() {
        return FILES.stream().map(Presets::load).toList();
    }
}
