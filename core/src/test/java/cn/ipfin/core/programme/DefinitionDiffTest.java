package cn.ipfin.core.programme;

import cn.ipfin.core.programme.DefinitionDiff.Kind;
import cn.ipfin.core.programme.DefinitionDiff.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The history of a definition shows what an edit changed, line by line. */
class DefinitionDiffTest {

    @Test
    void a_changed_value_is_one_line_removed_and_one_added() {
        String before = "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: 7\n";
        String after = "a: 1\nb: 2\nc: 3\nd: 40\ne: 5\nf: 6\ng: 7\n";
        DefinitionDiff diff = DefinitionDiff.between(before, after);

        assertThat(diff.changes()).isEqualTo(2);
        assertThat(diff.hunks()).containsExactly(
                new Line(Kind.GAP, 0, 0, "…"),
                new Line(Kind.SAME, 2, 2, "b: 2"), new Line(Kind.SAME, 3, 3, "c: 3"),
                new Line(Kind.REMOVED, 4, 0, "d: 4"), new Line(Kind.ADDED, 0, 4, "d: 40"),
                new Line(Kind.SAME, 5, 5, "e: 5"), new Line(Kind.SAME, 6, 6, "f: 6"),
                new Line(Kind.GAP, 0, 0, "…"));
    }

    @Test
    void the_same_text_has_no_changes_and_a_first_version_is_all_added() {
        String text = Presets.text("ezhou-2024-interest-subsidy.yaml");
        assertThat(DefinitionDiff.between(text, text).changes()).isZero();
        assertThat(DefinitionDiff.between("", "x\ny").lines()).extracting(Line::kind).containsExactly(Kind.ADDED, Kind.ADDED);
    }

    @Test
    void an_inserted_line_keeps_the_lines_after_it_unchanged() {
        DefinitionDiff diff = DefinitionDiff.between("a\nb\nc", "a\nx\nb\nc");
        assertThat(diff.lines()).containsExactly(new Line(Kind.SAME, 1, 1, "a"), new Line(Kind.ADDED, 0, 2, "x"),
                new Line(Kind.SAME, 2, 3, "b"), new Line(Kind.SAME, 3, 4, "c"));
    }
}
