package dev.marsad.analyze;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The models {@code marsad train} built from the user's own copy of the training data, as the
 * analyzer uses them. They are never shipped (what they learnt may not be redistributable); without
 * them the analyzer falls back to its bundled rules and word lists.
 *
 * @param sections the section classifier ({@value #SECTIONS_FILE}), when trained
 * @param frequencies word document frequencies for keyphrase rarity ({@value #FREQUENCIES_FILE}),
 *     when counted
 */
public record TrainedModels(Optional<SectionModel> sections, Optional<WordFrequencies> frequencies) {

    /** File name of the section model in a models folder. */
    public static final String SECTIONS_FILE = "sections.model.gz";
    /** File name of the word frequencies in a models folder. */
    public static final String FREQUENCIES_FILE = "word-frequencies.tsv.gz";

    public TrainedModels {
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(frequencies, "frequencies");
    }

    /** A section model only. */
    public TrainedModels(Optional<SectionModel> sections) {
        this(sections, Optional.empty());
    }

    /** No trained model: rules and word lists only. */
    public static TrainedModels none() {
        return new TrainedModels(Optional.empty(), Optional.empty());
    }

    /**
     * The models found in {@code folder} (usually {@code <data>/models}); a missing folder or file is
     * no model, a damaged file an error.
     *
     * @throws IllegalArgumentException naming the file when a model file is damaged
     */
    public static TrainedModels load(Path folder) {
        Path sections = folder.resolve(SECTIONS_FILE);
        Path frequencies = folder.resolve(FREQUENCIES_FILE);
        return new TrainedModels(
                Files.isRegularFile(sections) ? Optional.of(SectionModel.read(sections)) : Optional.empty(),
                Files.isRegularFile(frequencies) ? Optional.of(WordFrequencies.read(frequencies)) : Optional.empty());
    }
}
