package io.github.nhsstructure.generator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/**
 * The ONS Code History Database records of the NHS geographies used here ({@code E38} CCGs / sub-ICB locations,
 * {@code E39} area teams / local offices, {@code E40} regions, {@code E54} STPs / ICBs), as restructured by
 * {@code open-innovations/geography-code-adder}: per GSS code, one record per change with a dated name and parent.
 *
 * <p>CHD end dates are the last day (inclusive); they are stored here as exclusive ends, like the dataset.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Chd {

    /**
     * One CHD change record.
     *
     * @param code  the GSS code, not null
     * @param period  the record's period, not null
     * @param name  the name in that period, not null
     * @param parent  the GSS code of the parent in that period, or null if none is given
     * @param sourceId  the id in {@code sources.csv} of the file holding the record, not null
     */
    record Entry(String code, Period period, String name, @Nullable String parent, String sourceId) {
    }

    private final Map<String, List<Entry>> byCode;

    private Chd(Map<String, List<Entry>> byCode) {
        this.byCode = byCode;
    }

    /**
     * Reads CHD JSON files.
     *
     * @param files  the text of each file, by the file's path in the raw folder
     * @param sourceIds  the source id of each file, by the same path
     * @return the records, not null
     * @throws RawDataException if a file is malformed or a code has overlapping records
     */
    static Chd parse(Map<String, String> files, Map<String, String> sourceIds) {
        ObjectMapper mapper = JsonMapper.builder().build();
        Map<String, List<Entry>> byCode = new TreeMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            String name = file.getKey();
            JsonNode root;
            try {
                root = mapper.readTree(file.getValue());
            } catch (JacksonException e) {
                throw new RawDataException(name + ": malformed JSON: " + e.getOriginalMessage(), e);
            }
            JsonNode areas = root.path("areas");
            if (!areas.isObject()) {
                throw new RawDataException(name, 0, "areas", "missing or not an object");
            }
            for (Map.Entry<String, JsonNode> area : areas.properties()) {
                String code = area.getKey();
                List<Entry> entries = new ArrayList<>();
                int i = 0;
                for (JsonNode record : area.getValue()) {
                    String where = "areas." + code + "[" + i++ + "]";
                    LocalDate start = date(name, where + ".date.s", record.path("date").path("s"));
                    JsonNode e = record.path("date").path("e");
                    LocalDate end = e.isMissingNode() || e.isNull() ? null
                            : date(name, where + ".date.e", e).plusDays(1);
                    if (end != null && !end.isAfter(start)) {
                        throw new RawDataException(name, 0, where + ".date", "ends before it starts");
                    }
                    String nm = record.path("nm").asString("").strip();
                    if (nm.isEmpty()) {
                        throw new RawDataException(name, 0, where + ".nm", "must not be blank");
                    }
                    String parent = record.path("parent").asString("").strip();
                    entries.add(new Entry(code, new Period(start, end), nm, parent.isEmpty() ? null : parent,
                            sourceIds.get(name)));
                }
                entries.sort(Comparator.comparing(en -> en.period().start()));
                for (int j = 1; j < entries.size(); j++) {
                    if (entries.get(j - 1).period().overlaps(entries.get(j).period())) {
                        throw new RawDataException(name, 0, "areas." + code, "records " + entries.get(j - 1).period()
                                + " and " + entries.get(j).period() + " overlap");
                    }
                }
                if (byCode.put(code, List.copyOf(entries)) != null) {
                    throw new RawDataException(name, 0, "areas." + code, "code given in two files");
                }
            }
        }
        return new Chd(Collections.unmodifiableMap(byCode));
    }

    private static LocalDate date(String file, String field, JsonNode node) {
        String text = node.asString("");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RawDataException(file, 0, field, "'" + text + "' is not a date (yyyy-MM-dd)");
        }
    }

    /** The records of a code, oldest first; empty if the code is unknown. */
    List<Entry> entries(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    /** The record of a code in force on a date. */
    Optional<Entry> on(String code, LocalDate date) {
        for (Entry e : entries(code)) {
            if (e.period().contains(date)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The codes starting with a prefix such as {@code E40}, sorted. */
    List<String> codes(String prefix) {
        List<String> codes = new ArrayList<>();
        for (String code : byCode.keySet()) {
            if (code.startsWith(prefix)) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** Every record of the codes with a prefix, for collecting the dates on which something changes. */
    List<Entry> all(String prefix) {
        List<Entry> all = new ArrayList<>();
        for (String code : codes(prefix)) {
            all.addAll(entries(code));
        }
        return all;
    }

    /** The first day of a code's first record, if the code is known. */
    Optional<LocalDate> firstStart(String code) {
        List<Entry> e = entries(code);
        return e.isEmpty() ? Optional.empty() : Optional.of(e.get(0).period().start());
    }
}
