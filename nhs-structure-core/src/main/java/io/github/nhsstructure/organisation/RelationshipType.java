package io.github.nhsstructure.organisation;

import java.util.List;

/**
 * The type of a dated link from one organisation to another.
 *
 * <p>An organisation has at most one target of each type on any date (checked when a dataset is built), so each
 * type acts as a dated "parent of type T" function. The {@link #PARENT_ORDER parent order} says which link is
 * followed when walking up the chain of parents.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum RelationshipType {
    /**
     * The organisation is a statutory or organisational part of the target: a sub-ICB location of its integrated
     * care board, an area team or local office of its NHS England region, a PCT of its SHA.
     */
    PART_OF,
    /**
     * The organisation's services are commissioned by the target (ODS relationship RE4): a GP practice by its
     * PCG, PCT, CCG or sub-ICB location.
     */
    COMMISSIONED_BY,
    /**
     * The organisation sits in the target NHS England region (ODS "national grouping"): a CCG, ICB, STP or trust
     * in region {@code Y63}.
     */
    IN_REGION,
    /**
     * The organisation is a member of the target partnership or network without being part of it: a practice of
     * its primary care network, a CCG of its STP.
     */
    MEMBER_OF,
    /** The organisation is accountable to the target: NHS England to the Department of Health and Social Care. */
    ACCOUNTABLE_TO,
    /**
     * The organisation lies in the area of the target NHS England sub-regional team, which commissions NHS England's
     * direct services there: a CCG or GP practice in the area of its area team (2013 to 2015) or local office (2015
     * to 2020). Not part of the chain of parents.
     */
    IN_AREA_OF;

    /**
     * The order in which link types are tried when walking up the chain of parents: at each step the first type
     * for which the organisation has a link on the date is followed. {@link #MEMBER_OF} is not part of the chain.
     */
    public static final List<RelationshipType> PARENT_ORDER =
            List.of(PART_OF, COMMISSIONED_BY, IN_REGION, ACCOUNTABLE_TO);
}
