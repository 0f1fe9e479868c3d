package dev.marsad.extract;

import java.util.List;

/**
 * Which of the body's candidate containers ({@link NodeCandidates}) becomes the body, given their
 * features; index 0 is the rules' choice.
 */
@FunctionalInterface
interface NodeChoice {

    /** The rules' choice, without computing any feature. */
    NodeChoice RULES = features -> 0;

    /**
     * The index of the candidate to take, in [0, features.size()); {@code features} is empty when the
     * rules' choice is the only candidate (the answer is then 0).
     */
    int choose(List<double[]> features);
}
