package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.ProviderType;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The codes that only the ODS successor file names: NHS trusts closed before 2013, commissioning support units, the
 * 2013 direct commissioning codes, Welsh health boards, sites, and codes of kinds the data does not model. Each
 * becomes an organisation so that successors, history and re-basing work for every row of {@code succ.csv} back to
 * 1992.
 *
 * <p>Rules (DATA.md, "Codes only the successor file names"), the first that matches:
 * <ul>
 *   <li>kind from the code's form: {@code R} and two characters, an NHS trust ({@link OrganisationKind#NHS_TRUST};
 *       MEDIUM if it closed before foundation trusts existed, 2004-04-01, else UNCERTAIN); {@code 0} and two letters,
 *       a commissioning support unit; two digits and a letter (the CCG form; every CCG is in {@code eccg.csv}), a
 *       commissioning hub (the area team direct commissioning codes of 2013); {@code 6}, a letter and a digit (local
 *       health boards 2003-2009) or {@code 7A1}-{@code 7A7}, a Welsh health board; five characters whose first three
 *       are the code of an organisation of the dataset or of {@code succ.csv}, or which begin as the codes of trusts
 *       ({@code R}), PCTs ({@code 5}), care trusts ({@code T} and two letters), Welsh bodies ({@code 6}, {@code 7})
 *       or SHAs ({@code Q} and four digits) do, a site ({@link OrganisationKind#SITE}); a practice code and three
 *       digits, a branch surgery (a site); anything else ({@code V}, numeric, {@code 8}, letter-digit codes of the
 *       current form, care trusts {@code T..}, ...) {@link OrganisationKind#OTHER};</li>
 *   <li>the operational period starts on the first day the code takes over from a predecessor when that is its
 *       earliest evidence (the opening the file shows); otherwise, the opening not being in the sources, on the
 *       earliest day a body of its kind could have existed ({@link #floor}), or on the day before it is first
 *       succeeded if that is earlier. It ends on the last day it is succeeded if that is after every succession into
 *       it, else it is open-ended. UNCERTAIN either way;</li>
 *   <li>the name is a placeholder, UNCERTAIN; an NHS trust's provider type is {@link ProviderType#OTHER},
 *       UNCERTAIN.</li>
 * </ul>
 *
 * <p>This class is not thread-safe.
 */
final class SuccessionCodeSource {

    /** The first day of NHS foundation trusts (docs/domain.md T17). */
    private static final LocalDate FIRST_FOUNDATION_TRUSTS = TrustSource.FIRST_FOUNDATION_TRUSTS;

    /** The first day of NHS trusts, 1991-04-01 (NHS and Community Care Act 1990; docs/domain.md T08). */
    static final LocalDate FIRST_NHS_TRUSTS = LocalDate.of(1991, 4, 1);

    private static final Pattern TRUST = Pattern.compile("R[A-Z0-9]{2}");
    private static final Pattern CSU = Pattern.compile("0[A-Z]{2}");
    private static final Pattern CCG_FORM = Pattern.compile("[0-9]{2}[A-Z]");
    private static final Pattern WELSH_BOARD = Pattern.compile("6[A-Z][0-9]|7A[1-7]");
    /** The five-character codes ODS has issued since about 2019 for organisations of every kind. */
    private static final Pattern CURRENT_FORM = Pattern.compile("[A-Z][0-9][A-Z][0-9][A-Z]");
    private static final Pattern SITE_FORM = Pattern.compile("R[A-Z0-9]{4}|5[A-Z0-9]{4}|T[A-Z]{2}[A-Z0-9]{2}"
            + "|[67][A-Z0-9]{4}|Q[0-9]{4}|[0-9]{2}[A-Z]{3}");
    private static final Pattern BRANCH_SURGERY = Pattern.compile("[A-Z][0-9]{5}[0-9]{3}");

    /** A kind by form, with how sure the form is and a placeholder name. */
    record Classified(OrganisationKind kind, Certainty certainty, String name, String rule) {
    }

    private final SuccessionFile succ;
    private final QualityReport quality;
    private final Set<String> added = new TreeSet<>();

    SuccessionCodeSource(SuccessionFile succ, QualityReport quality) {
        this.succ = succ;
        this.quality = quality;
    }

    /**
     * The kind a code's form gives.
     *
     * @param code  the code, not null
     * @param known  whether a code is an organisation of the dataset or of {@code succ.csv}, not null
     * @return the kind, certainty, placeholder name and the rule applied, not null
     */
    static Classified classify(String code, java.util.function.Predicate<String> known) {
        String unknown = " (name not in sources)";
        if (TRUST.matcher(code).matches()) {
            return new Classified(OrganisationKind.NHS_TRUST, Certainty.MEDIUM, "NHS trust " + code + unknown,
                    "R and two characters: an NHS trust");
        }
        if (CSU.matcher(code).matches()) {
            return new Classified(OrganisationKind.CSU, Certainty.MEDIUM, "Commissioning support unit " + code
                    + unknown, "0 and two letters: a commissioning support unit");
        }
        if (CCG_FORM.matcher(code).matches()) {
            return new Classified(OrganisationKind.COMMISSIONING_HUB, Certainty.MEDIUM, "Commissioning hub " + code
                    + unknown, "two digits and a letter, not a CCG of eccg.csv: a direct commissioning code");
        }
        if (WELSH_BOARD.matcher(code).matches()) {
            return new Classified(OrganisationKind.WELSH_HEALTH_BOARD, Certainty.MEDIUM, "Welsh health board " + code
                    + unknown, "6, a letter and a digit, or 7A1-7A7: a Welsh local health board");
        }
        if (code.length() == 5 && !CURRENT_FORM.matcher(code).matches()
                && (known.test(code.substring(0, 3)) || SITE_FORM.matcher(code).matches())) {
            return new Classified(OrganisationKind.SITE, Certainty.MEDIUM, "Site " + code + " of " + code.substring(0, 3)
                    + unknown, "five characters, an organisation's code and two more: a site");
        }
        if (BRANCH_SURGERY.matcher(code).matches()) {
            return new Classified(OrganisationKind.SITE, Certainty.MEDIUM, "Branch surgery " + code + " of "
                    + code.substring(0, 6) + unknown, "a practice code and three digits: a branch surgery");
        }
        return new Classified(OrganisationKind.OTHER, Certainty.UNCERTAIN, "Organisation " + code + unknown,
                "no rule: kind not in the sources");
    }

    /**
     * The earliest day a body of a kind could have existed: where a code's period starts when the file does not show
     * its opening (DATA.md, "Codes only the successor file names"). NHS trusts from 1991-04-01 (docs/domain.md T08);
     * commissioning support units and NHS England's direct commissioning codes from 2013-04-01 (T34); Welsh local
     * health boards from 2003-04-01; sites and codes of other kinds from the first day the successor file shows any
     * code open, the day before its earliest succession (1992-03-31), as nothing dates them earlier.
     *
     * @param kind  the kind the code's form gives, not null
     * @param fileFloor  the first day the successor file shows any code open, not null
     * @return the floor, not null
     */
    static LocalDate floor(OrganisationKind kind, LocalDate fileFloor) {
        switch (kind) {
            case NHS_TRUST:
                return FIRST_NHS_TRUSTS;
            case CSU:
            case COMMISSIONING_HUB:
                return Dates.CCG_ERA_START;
            case WELSH_HEALTH_BOARD:
                return PracticeSource.WELSH_BOARDS_FROM;
            default:
                return fileFloor;
        }
    }

    /** The codes this source added. */
    Set<String> codes() {
        return java.util.Collections.unmodifiableSet(added);
    }

    void addTo(Model model) {
        SortedMap<String, TreeSet<LocalDate>> asSuccessor = new TreeMap<>();
        SortedMap<String, TreeSet<LocalDate>> asPredecessor = new TreeMap<>();
        Set<String> inSucc = new TreeSet<>();
        LocalDate firstSuccession = LocalDate.MAX;
        for (SuccessionFile.Row r : succ.rows()) {
            firstSuccession = r.effectiveDate().isBefore(firstSuccession) ? r.effectiveDate() : firstSuccession;
            inSucc.add(r.predecessor());
            inSucc.add(r.successor());
            if (!model.contains(r.successor())) {
                asSuccessor.computeIfAbsent(r.successor(), k -> new TreeSet<>()).add(r.effectiveDate());
            }
            if (!model.contains(r.predecessor())) {
                asPredecessor.computeIfAbsent(r.predecessor(), k -> new TreeSet<>()).add(r.effectiveDate());
            }
        }
        Set<String> codes = new TreeSet<>(asSuccessor.keySet());
        codes.addAll(asPredecessor.keySet());
        Map<OrganisationKind, Integer> counts = new EnumMap<>(OrganisationKind.class);
        Map<String, Integer> rules = new TreeMap<>();
        LocalDate fileFloor = firstSuccession.minusDays(1);
        int open = 0;
        Map<OrganisationKind, Integer> floored = new EnumMap<>(OrganisationKind.class);
        for (String code : codes) {
            Optional<LocalDate> firstIn = Optional.ofNullable(asSuccessor.get(code)).map(TreeSet::first);
            Optional<LocalDate> firstOut = Optional.ofNullable(asPredecessor.get(code)).map(TreeSet::first);
            Optional<LocalDate> lastIn = Optional.ofNullable(asSuccessor.get(code)).map(TreeSet::last);
            Optional<LocalDate> lastOut = Optional.ofNullable(asPredecessor.get(code)).map(TreeSet::last);
            Classified c = classify(code, k -> model.contains(k) || inSucc.contains(k));
            LocalDate start = firstIn.orElse(LocalDate.MAX);
            if (firstOut.isPresent() && !firstOut.get().isAfter(start)) {
                // Succeeded before (or on the day) it first took over: the file does not show the opening.
                LocalDate floor = floor(c.kind(), fileFloor);
                LocalDate dayBefore = firstOut.get().minusDays(1);
                start = floor.isBefore(dayBefore) ? floor : dayBefore;
                floored.merge(c.kind(), 1, Integer::sum);
            }
            LocalDate end = lastOut.filter(out -> lastIn.map(out::isAfter).orElse(true)).orElse(null);
            if (end == null) {
                open++;
            }
            Period life = Period.of(start, end);
            Certainty kindCertainty = c.certainty();
            if (c.kind() == OrganisationKind.NHS_TRUST && life.endOrMax().isAfter(FIRST_FOUNDATION_TRUSTS)) {
                kindCertainty = Certainty.UNCERTAIN; // it may have become a foundation trust
            }
            Evidence evidence = Evidence.of(Certainty.UNCERTAIN, Sources.SUCC);
            added.add(code);
            model.addOrganisation(code, life, evidence);
            model.addKind(code, life, c.kind(), Evidence.of(kindCertainty, Sources.SUCC));
            model.addName(code, life, c.name(), evidence);
            if (c.kind() == OrganisationKind.NHS_TRUST) {
                // No name to derive it from: the sources do not make the trust's role clear.
                model.addProviderType(code, life, ProviderType.OTHER, evidence);
            }
            counts.merge(c.kind(), 1, Integer::sum);
            rules.merge(c.rule(), 1, Integer::sum);
        }
        StringBuilder byKind = new StringBuilder();
        counts.forEach((k, n) -> byKind.append(byKind.length() == 0 ? "" : ", ").append(k).append(' ').append(n));
        StringBuilder byRule = new StringBuilder();
        rules.forEach((r, n) -> byRule.append(byRule.length() == 0 ? "" : "; ").append(r).append(": ").append(n));
        StringBuilder byFloor = new StringBuilder();
        floored.forEach((k, n) -> byFloor.append(byFloor.length() == 0 ? "" : ", ").append(k).append(' ').append(n)
                .append(" from ").append(floor(k, fileFloor)));
        int fromFloor = floored.values().stream().mapToInt(Integer::intValue).sum();
        quality.add(Sources.SUCC_FILE, 0, "", QualityReport.SUMMARY, codes.size() + " codes only succ.csv names are"
                + " organisations with the kind their form gives (" + byKind + "; by rule: " + byRule + "), a"
                + " placeholder name and a period from their first succession in to their last succession out, all"
                + " UNCERTAIN (" + open + " are never succeeded after their last succession in and stay open); "
                + fromFloor + " are succeeded before they take over from any code, so the file does not show their"
                + " opening: their period starts on the earliest day a body of their kind could have existed, or the"
                + " day before their first succession out if that is earlier (" + byFloor + ")");
    }
}
