package fr.eadmin.forms.internal;

import fr.eadmin.forms.Field;
import fr.eadmin.forms.Node;
import fr.eadmin.forms.Page;
import fr.eadmin.forms.RepeatableBlock;
import fr.eadmin.forms.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** Walks the nodes of a definition in the order of the form, with where each one stands. */
public final class Nodes {
    private Nodes() {}

    /**
     * One node and where it stands.
     *
     * @param node the node
     * @param path its path in the JSON shape of the definition ({@code pages[0].nodes[1].fields[0]})
     * @param page the id of its page
     * @param container the ids of its page and of the sections and block holding it, joined by {@code /}
     * @param block the id of the block holding it, or {@code null}
     * @param ancestors the sections and block holding it, outermost first
     */
    public record Located(
            Node node,
            String path,
            String page,
            String container,
            @Nullable String block,
            List<Node> ancestors) {}

    /**
     * Every node of the pages, depth first, in the order of the form.
     *
     * @param pages the pages
     * @return the nodes
     */
    public static List<Located> all(List<Page> pages) {
        List<Located> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            walk(page.nodes(), "pages[" + i + "].nodes", page.id(), page.id(), null, List.of(), out);
        }
        return out;
    }

    /**
     * Calls the action with every node of the pages and its path.
     *
     * @param pages the pages
     * @param action the action
     */
    public static void forEach(List<Page> pages, BiConsumer<Node, String> action) {
        for (Located located : all(pages)) {
            action.accept(located.node(), located.path());
        }
    }

    private static void walk(
            List<? extends Node> nodes,
            String path,
            String page,
            String container,
            @Nullable String block,
            List<Node> ancestors,
            List<Located> out) {
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String nodePath = path + "[" + i + "]";
            out.add(new Located(node, nodePath, page, container, block, ancestors));
            List<Node> inner = new ArrayList<>(ancestors);
            inner.add(node);
            if (node instanceof Section section) {
                walk(
                        section.nodes(),
                        nodePath + ".nodes",
                        page,
                        container + "/" + section.id(),
                        block,
                        List.copyOf(inner),
                        out);
            } else if (node instanceof RepeatableBlock repeatable) {
                List<Field> fields = repeatable.fields();
                walk(
                        fields,
                        nodePath + ".fields",
                        page,
                        container + "/" + repeatable.id(),
                        repeatable.id(),
                        List.copyOf(inner),
                        out);
            }
        }
    }
}
