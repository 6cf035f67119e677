package cn.ipfin.core.programme;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a definition file, line by line: the longest common subsequence of their
 * lines, the rest removed from the old or added in the new (as {@code diff} shows it). Definition files are a few
 * hundred lines, so the quadratic table is small.
 */
public final class DefinitionDiff {

    /** How many unchanged lines are shown around a change. */
    public static final int CONTEXT = 2;

    public enum Kind { SAME, REMOVED, ADDED, GAP }

    /**
     * One line of the comparison; {@code oldLine}/{@code newLine} are counted from 1 and 0 on the side the line is
     * not on. A {@code GAP} stands for unchanged lines left out.
     */
    public record Line(Kind kind, int oldLine, int newLine, String text) {
    }

    private final List<Line> lines;

    private DefinitionDiff(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    public static DefinitionDiff between(String before, String after) {
        String[] a = split(before);
        String[] b = split(after);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add(new Line(Kind.SAME, i + 1, j + 1, a[i]));
                i++;
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line(Kind.REMOVED, i + 1, 0, a[i]));
                i++;
            } else {
                lines.add(new Line(Kind.ADDED, 0, j + 1, b[j]));
                j++;
            }
        }
        return new DefinitionDiff(lines);
    }

    /** Every line of both files. */
    public List<Line> lines() {
        return lines;
    }

    /** The lines removed and added. */
    public long changes() {
        return lines.stream().filter(l -> l.kind() == Kind.REMOVED || l.kind() == Kind.ADDED).count();
    }

    /** The changes with {@link #CONTEXT} unchanged lines around each, a {@code GAP} where unchanged lines are left out. */
    public List<Line> hunks() {
        boolean[] shown = new boolean[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).kind() != Kind.SAME) {
                for (int c = Math.max(0, k - CONTEXT); c <= Math.min(lines.size() - 1, k + CONTEXT); c++) shown[c] = true;
            }
        }
        List<Line> out = new ArrayList<>();
        boolean gap = false;
        for (int k = 0; k < lines.size(); k++) {
            if (shown[k]) {
                out.add(lines.get(k));
                gap = false;
            } else if (!gap) {
                out.add(new Line(Kind.GAP, 0, 0, "…"));
                gap = true;
            }
        }
        return out;
    }

    private static String[] split(String text) {
        if (text == null || text.isEmpty()) return new String[0];
        return text.replace("\r\n", "\n").split("\n", -1);
    }
}
