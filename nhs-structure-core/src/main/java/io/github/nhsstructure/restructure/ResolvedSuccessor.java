package io.github.nhsstructure.restructure;

import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.Succession;
import java.util.List;
import java.util.Objects;

/**
 * An organisation in force on a target date that (part of) an earlier organisation passed to, with the chain of
 * successions that leads there.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param organisation  the successor in force on the target date, not null
 * @param path  the successions followed, oldest first; empty if the organisation itself was still in force
 * @since 0.1.0
 */
public record ResolvedSuccessor(Organisation organisation, List<Succession> path) {

    /**
     * Copies the path.
     *
     * @param organisation  the successor in force on the target date, not null
     * @param path  the successions followed, oldest first; empty if the organisation itself was still in force
     */
    public ResolvedSuccessor {
        Objects.requireNonNull(organisation, "organisation");
        path = List.copyOf(path);
    }

    /**
     * Checks whether the organisation resolved to itself.
     *
     * @return true if no succession was followed
     */
    public boolean isSelf() {
        return path.isEmpty();
    }
}
