package io.github.nhsstructure.chart;

import io.github.nhsstructure.internal.HotPaths;
import io.github.nhsstructure.lookup.StructureLookup;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The rules that place each organisation in an organisation chart: which organisations are drawn and under which
 * parent, on a date.
 *
 * <p>The rules, in order (ADR 11, {@code docs/adr/0011-charts-and-json.md}):
 * <ol>
 *   <li><b>Kinds.</b> Only organisations of the {@link #KINDS chart kinds} are drawn: the English NHS from the
 *       government department to practices and trusts. Local authorities, health and wellbeing boards and Welsh
 *       bodies are not part of it.
 *   <li><b>Root.</b> The government department open on the date has no parent: it is the root of the chart.
 *   <li><b>Links.</b> Any other organisation hangs under the target of the first link it has on the date, trying
 *       the types in {@link #LINK_ORDER} order, whose target is open on the date and of a chart kind:
 *       <ul>
 *         <li>{@code MEMBER_OF} first: Monitor and the NHS Trust Development Authority within NHS Improvement
 *             (2016 to 2022), a CCG within its STP (2016 to 2022), a trust within its ICB (from 2022), a practice
 *             within its primary care network;
 *         <li>then {@code PART_OF}: a sub-ICB location of its ICB, a primary care network of its CCG or sub-ICB
 *             location, an area team or local office of its region, a region of NHS England;
 *         <li>then {@code COMMISSIONED_BY}: a practice under its PCG, PCT, CCG or sub-ICB location;
 *         <li>then {@code IN_AREA_OF}: a CCG under its NHS England area team (2013 to 2015) or local office;
 *         <li>then {@code IN_REGION}: a CCG with no STP or area team link, an STP or ICB, a trust with no ICB,
 *             under its region;
 *         <li>then {@code ACCOUNTABLE_TO}: NHS England and the other national bodies under the Department.
 *       </ul>
 *       So NHS England and NHS Improvement stand side by side under the Department from 2016 to 2022, with Monitor
 *       and the TDA within NHS Improvement.
 *   <li><b>Placed by kind.</b> An organisation of a kind in {@link #PLACED_BY_KIND} with none of those links (the
 *       sources link no SHA, PCG or PCT to anything above it) hangs directly under the government department, with
 *       no link: SHAs, PCGs and PCTs answered to the Department through the NHS chain of their time.
 *   <li><b>Unplaced.</b> Any other organisation without such a link (a trust before 2012-10-01, when regions begin,
 *       a commissioning hub) has no place in the chart; {@link OrgChart#unplaced()} counts them.
 * </ol>
 *
 * <p>The rules look only at the organisation's own kind and links on the date and at whether each link's target is
 * open and of a chart kind on that date, so an organisation's parent changes only on the dates those facts change;
 * {@link #parentHistory(StructureLookup, Organisation)} lists its parents over its whole life.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ChartRules {

    /** The kinds of organisation organisation charts draw, in {@link OrganisationKind} order. */
    public static final Set<OrganisationKind> KINDS = Collections.unmodifiableSet(EnumSet.of(
            OrganisationKind.GOVERNMENT_DEPARTMENT, OrganisationKind.NATIONAL_BODY, OrganisationKind.REGION,
            OrganisationKind.AREA_TEAM, OrganisationKind.LOCAL_OFFICE, OrganisationKind.SHA,
            OrganisationKind.SHA_CLUSTER, OrganisationKind.PCG, OrganisationKind.PCT, OrganisationKind.PCT_CLUSTER,
            OrganisationKind.CCG, OrganisationKind.COMMISSIONING_HUB, OrganisationKind.CSU, OrganisationKind.STP,
            OrganisationKind.ICB, OrganisationKind.SUB_ICB_LOCATION, OrganisationKind.SUB_ICB_REPORTING_ENTITY,
            OrganisationKind.PCN, OrganisationKind.GP_PRACTICE, OrganisationKind.NHS_TRUST,
            OrganisationKind.NHS_FOUNDATION_TRUST, OrganisationKind.SECURE_SETTING,
            OrganisationKind.DEFENCE_MEDICAL_CENTRE));

    /** The order in which link types are tried to place an organisation under its parent. */
    public static final List<RelationshipType> LINK_ORDER = List.of(RelationshipType.MEMBER_OF,
            RelationshipType.PART_OF, RelationshipType.COMMISSIONED_BY, RelationshipType.IN_AREA_OF,
            RelationshipType.IN_REGION, RelationshipType.ACCOUNTABLE_TO);

    /** The kinds placed directly under the government department when the data holds no link up for them. */
    public static final Set<OrganisationKind> PLACED_BY_KIND = Collections.unmodifiableSet(EnumSet.of(
            OrganisationKind.SHA, OrganisationKind.SHA_CLUSTER, OrganisationKind.PCG, OrganisationKind.PCT,
            OrganisationKind.PCT_CLUSTER));

    private static final RelationshipType[] ORDER = LINK_ORDER.toArray(new RelationshipType[0]);

    private ChartRules() {
    }

    /**
     * Finds the government department open on a date: the root of that date's chart.
     *
     * @param structure  the structure, not null
     * @param date  the date, not null
     * @return the department, or empty if none was open on the date, not null
     */
    public static Optional<Organisation> department(StructureLookup structure, LocalDate date) {
        return Optional.ofNullable(department(structure, date.toEpochDay()));
    }

    /**
     * Returns an organisation's parent in the chart of a date, with the period during which it stays the parent.
     *
     * @param structure  the structure the organisation belongs to, not null
     * @param organisation  the organisation, not null
     * @param date  the date, not null
     * @return the parent, or empty if the organisation is not drawn on the date (not open, not of a chart kind, the
     *     root, or unplaced), not null
     */
    public static Optional<ChartParent> parentOn(StructureLookup structure, Organisation organisation, LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (ChartParent p : parentHistory(structure, organisation)) {
            if (p.period().contains(date)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns an organisation's parents in charts over its whole life, in date order: one entry for each period
     * with the same parent and link; days on which it is not drawn have no entry.
     *
     * @param structure  the structure the organisation belongs to, not null
     * @param organisation  the organisation, not null
     * @return the parents, immutable, not null
     */
    public static List<ChartParent> parentHistory(StructureLookup structure, Organisation organisation) {
        Objects.requireNonNull(structure, "structure");
        DateRange life = organisation.operationalPeriod();
        TreeSet<LocalDate> points = new TreeSet<>();
        points.add(life.start());
        addBounds(points, organisation.kinds().entries());
        for (RelationshipType type : ORDER) {
            for (Dated<OdsCode> link : organisation.links(type).entries()) {
                addBounds(points, link.period());
                structure.organisation(link.value()).ifPresent(t -> {
                    addBounds(points, t.operationalPeriod());
                    addBounds(points, t.kinds().entries());
                });
            }
        }
        for (Organisation d : structure.organisationsEverOfKind(OrganisationKind.GOVERNMENT_DEPARTMENT)) {
            addBounds(points, d.operationalPeriod());
            addBounds(points, d.kinds().entries());
        }
        List<LocalDate> starts = new ArrayList<>(points.subSet(life.start(), true, life.end(), false));
        List<ChartParent> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = starts.get(i);
            LocalDate end = i + 1 < starts.size() ? starts.get(i + 1) : life.end();
            long day = start.toEpochDay();
            Decision d = decide(structure, organisation, day, department(structure, day));
            if (d == null) {
                continue;
            }
            Optional<RelationshipType> link = Optional.ofNullable(d.link());
            ChartParent last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.period().end().equals(start) && last.parent().equals(d.parent().code())
                    && last.link().equals(link)) {
                out.set(out.size() - 1, new ChartParent(last.parent(), link, DateRange.of(last.period().start(),
                        end)));
            } else {
                out.add(new ChartParent(d.parent().code(), link, DateRange.of(start, end)));
            }
        }
        return List.copyOf(out);
    }

    private static void addBounds(TreeSet<LocalDate> points, List<? extends Dated<?>> entries) {
        for (Dated<?> e : entries) {
            addBounds(points, e.period());
        }
    }

    private static void addBounds(TreeSet<LocalDate> points, DateRange period) {
        points.add(period.start());
        if (!period.isUnboundedEnd()) {
            points.add(period.end());
        }
    }

    static @Nullable Organisation department(StructureLookup structure, long day) {
        for (Organisation o : structure.organisationsEverOfKind(OrganisationKind.GOVERNMENT_DEPARTMENT)) {
            if (HotPaths.valueAt(o.kinds(), day) == OrganisationKind.GOVERNMENT_DEPARTMENT) {
                return o;
            }
        }
        return null;
    }

    /**
     * Places an organisation on a day.
     *
     * @return the parent and the link (null when placed by kind), or null if the organisation is not drawn or is
     *     the root
     */
    static @Nullable Decision decide(StructureLookup structure, Organisation o, long day,
            @Nullable Organisation department) {
        OrganisationKind kind = HotPaths.valueAt(o.kinds(), day);
        if (kind == null || !KINDS.contains(kind) || kind == OrganisationKind.GOVERNMENT_DEPARTMENT) {
            return null;
        }
        for (RelationshipType type : ORDER) {
            OdsCode target = HotPaths.target(o, type, day);
            if (target != null) {
                Organisation t = structure.organisation(target).orElse(null);
                if (t != null && isDrawn(t, day)) {
                    return new Decision(t, type);
                }
            }
        }
        if (PLACED_BY_KIND.contains(kind) && department != null) {
            return new Decision(department, null);
        }
        return null;
    }

    static boolean isDrawn(Organisation o, long day) {
        OrganisationKind kind = HotPaths.valueAt(o.kinds(), day);
        return kind != null && KINDS.contains(kind);
    }

    /** A parent and the link type that placed the organisation there, null when placed by kind. */
    record Decision(Organisation parent, @Nullable RelationshipType link) {
    }
}
