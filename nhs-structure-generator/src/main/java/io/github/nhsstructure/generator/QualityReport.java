package io.github.nhsstructure.generator;

import io.github.nhsstructure.ods.SourceLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The data-quality report ({@code nhs-structure-data/data-quality.csv}): every raw row or fact the generator did
 * not use as given, every contradiction between sources, every gap it could not date. Nothing is skipped
 * silently.
 *
 * <p>Columns: {@code file} (the raw file, relative to the raw folder), {@code line} (blank when the issue is not
 * about one line), {@code code} (the ODS code concerned, or blank), {@code issue} (one of the constants below)
 * and {@code detail}.
 *
 * <p>This class is mutable and not thread-safe.
 */
final class QualityReport {

    /** A raw row describes an organisation outside this dataset's organisations: not used. */
    static final String OUTSIDE = "outside this dataset's organisations";
    /** A raw row or field is deliberately not used, with the reason. */
    static final String NOT_USED = "not used";
    /** Two sources disagree; the detail says which value the dataset uses. */
    static final String CONTRADICTION = "contradiction";
    /** A fact cannot be dated from the sources for part of a period; the dataset leaves a gap. */
    static final String UNDATED = "undated gap";
    /** A cross-check between sources that could not be made, with the reason. */
    static final String NOT_CHECKED = "not cross-checked";
    /** An ONS code no copied file pairs with an ODS code was paired by name (MEDIUM). */
    static final String PAIRED_BY_NAME = "paired by name";
    /** A summary of many rows treated alike. */
    static final String SUMMARY = "summary";

    /** One line of the report. */
    record Issue(String file, long line, String code, String issue, String detail) {
    }

    static final List<String> HEADER = List.of("file", "line", "code", "issue", "detail");

    private final List<Issue> issues = new ArrayList<>();

    void add(String file, long line, String code, String issue, String detail) {
        issues.add(new Issue(file, line, code, issue, detail));
    }

    void add(RawRow row, String code, String issue, String detail) {
        add(row.file(), row.line(), code, issue, detail);
    }

    void add(SourceLine where, String code, String issue, String detail) {
        add(where.file(), where.line(), code, issue, detail);
    }

    /** The issues in report order: by file, line, code, issue, detail. */
    List<Issue> issues() {
        List<Issue> sorted = new ArrayList<>(issues);
        sorted.sort(Comparator.comparing(Issue::file).thenComparingLong(Issue::line).thenComparing(Issue::code)
                .thenComparing(Issue::issue).thenComparing(Issue::detail));
        return sorted;
    }
}
