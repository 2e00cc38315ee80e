package io.github.nhsstructure.generator;

import java.nio.file.Path;

/**
 * The primary care chain of the dataset, in the order its parts depend on each other: PCGs, PCTs and SHAs, then
 * GP practices with their commissioners (which need the PCGs, PCTs and the CCGs already in the model), then PCNs
 * (which need the practices). Successions between these codes are added afterwards by {@link SuccessionSource}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PrimaryCareChain {

    private PrimaryCareChain() {
    }

    /**
     * Adds the sources, organisations, links and coverage of the primary care chain.
     *
     * @throws RawDataException if a raw file is missing or malformed, naming file, line and field
     */
    static void addTo(Model model, Path rawDir, SuccessionFile succ, MappingFiles maps, QualityReport quality) {
        PrimaryCareSources.ALL.forEach(model::addSource);
        PracticeFiles files = PracticeFiles.read(rawDir);
        new PrimaryCareTrustSource(files, succ, maps, PrimaryCareTrustSource.readChd(rawDir),
                CuratedCsv.read(rawDir, PrimaryCareSources.CURATED_SHA_FILE), quality).addTo(model);
        PracticeSource practices = new PracticeSource(files, succ, CommissionerCodeSource.read(rawDir, succ, quality),
                quality);
        practices.addTo(model);
        new PracticeAreaSource(files, quality).addTo(model, practices.costCentres());
        new PcnSource(rawDir, files, practices, quality).addTo(model);
    }
}
