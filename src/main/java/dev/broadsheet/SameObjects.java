package dev.broadsheet;

import java.util.List;

/** Comparisons by identity, for stages that keep unchanged values as the very objects they were. */
public final class SameObjects {

    private SameObjects() {
    }

    /** Whether two lists hold the very same objects in the same order: no element's {@code equals} is called. */
    public static boolean inOrder(List<?> one, List<?> other) {
        if (one.size() != other.size()) {
            return false;
        }
        for (int i = 0; i < one.size(); i++) {
            if (one.get(i) != other.get(i)) {
                return false;
            }
        }
        return true;
    }
}
