package cn.ipfin.core.programme;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line of a definition file a field path ({@code conditions[0].elements[1].test}) names, so an error says
 * where to look. A field that is missing is placed at its closest parent that exists.
 */
final class DefinitionLines {

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private DefinitionLines() {
    }

    /** The line, counted from 1; 0 when the text has none to show (empty or not YAML). */
    static int of(String text, String path) {
        Node node;
        try {
            node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (YAMLException e) {
            return 0;
        }
        if (node == null) return 0;
        int line = node.getStartMark().getLine() + 1;
        for (String step : steps(path)) {
            Node next = null;
            int at = line;
            if (node instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(step)) {
                        next = t.getValueNode();
                        at = k.getStartMark().getLine() + 1;
                    }
                }
            } else if (node instanceof SequenceNode s && step.chars().allMatch(Character::isDigit)) {
                int i = Integer.parseInt(step);
                if (i < s.getValue().size()) {
                    next = s.getValue().get(i);
                    at = next.getStartMark().getLine() + 1;
                }
            }
            if (next == null) return line;
            node = next;
            line = at;
        }
        return line;
    }

    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        if (path.equals("file")) return steps;
        Matcher m = STEP.matcher(path);
        while (m.find()) steps.add(m.group(1) != null ? m.group(1) : m.group(2));
        return steps;
    }
}
