package fr.eadmin.forms;

import org.jspecify.annotations.Nullable;

/** One element of a page: a {@link Field}, a {@link Section} grouping nodes, or a {@link RepeatableBlock}. */
public sealed interface Node permits Field, Section, RepeatableBlock {
    /**
     * The stable id of the node, unique across the definition.
     *
     * @return the id
     */
    String id();

    /**
     * The condition under which the node is shown, or {@code null} when it is always shown.
     *
     * @return the visibility condition
     */
    @Nullable
    Condition visibleIf();
}
