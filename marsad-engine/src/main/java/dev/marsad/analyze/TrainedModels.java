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
 * @param ner the named-entity tagger ({@value #NER_FILE}), when trained
 */
public record TrainedModels(
        Optional<SectionModel> sections, Optional<WordFrequencies> frequencies, Optional<NerModel> ner) {

    /** File name of the section model in a models folder. */
    public static final String SECTIONS_FILE = "sections.model.gz";
    /** File name of the word frequencies in a models folder. */
    public static final String FREQUENCIES_FILE = "word-frequencies.tsv.gz";
    /** File name of the named-entity tagger in a models folder. */
    public static final String NER_FILE = NerModel.FILE_NAME;
    /** File name of the tagger's word clusters ({@code marsad train clusters}) in a models folder. */
    public static final String CLUSTERS_FILE = "clusters.tsv";
    /** File name of the embedding clusters {@code marsad train embeddings} writes in a models folder. */
    public static final String EMBEDDINGS_FILE = "embedding-clusters.tsv";

    /** The word vectors a neural tagger reads ({@link WordVectors}), in a data folder's {@code models/}. */
    public static final String VECTORS_FILE = "word-vectors.bin.gz";

    /** The character language models a neural tagger reads ({@link ContextualCharVectors}), in {@code models/}. */
    public static final String CHARLM_FILE = "charlm.bin.gz";

    public TrainedModels {
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(frequencies, "frequencies");
        Objects.requireNonNull(ner, "ner");
    }

    /** Section model and word frequencies, no NER model. */
    public TrainedModels(Optional<SectionModel> sections, Optional<WordFrequencies> frequencies) {
        this(sections, frequencies, Optional.empty());
    }

    /** A section model only. */
    public TrainedModels(Optional<SectionModel> sections) {
        this(sections, Optional.empty(), Optional.empty());
    }

    /** No trained model: rules and word lists only. */
    public static TrainedModels none() {
        return new TrainedModels(Optional.empty(), Optional.empty(), Optional.empty());
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
        Path ner = folder.resolve(NER_FILE);
        return new TrainedModels(
                Files.isRegularFile(sections) ? Optional.of(SectionModel.read(sections)) : Optional.empty(),
                Files.isRegularFile(frequencies) ? Optional.of(WordFrequencies.read(frequencies)) : Optional.empty(),
                Files.isRegularFile(ner) ? Optional.of(NerModel.read(ner)) : Optional.empty());
    }
}
