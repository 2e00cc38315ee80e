package io.github.nhsstructure.fhir;

import io.github.nhsstructure.organisation.OrganisationKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ODS organisation roles of each kind, primary role first: only the roles the project's sources name.
 *
 * <p>From docs/domain.md 3.3: {@code RO179} PCT, {@code RO98} CCG (a sub-ICB location keeps it and adds
 * {@code RO319}), {@code RO261} with {@code RO318} ICB, {@code RO209} region, {@code RO210} local office,
 * {@code RO218} commissioning hub. From the kinds and DATA.md: {@code RO261} with {@code RO262} STP, {@code RO327}
 * sub-ICB reporting entity, {@code RO76} GP practice and {@code RO72} for the Defence Medical Services centres (whose
 * prescribing setting is "other"). A practice, prison or medical centre record of the ODS practice extracts is a
 * prescribing cost centre, primary role {@code RO177}, and trusts have primary role {@code RO197}, as ODS API
 * payloads show. A kind without a role here (area teams, SHAs, PCNs, national bodies, ...) gets no role extension:
 * docs/adr/0013-fhir-and-spark.md.
 *
 * <p>This class is immutable and thread-safe.
 */
final class OdsRoles {

    /**
     * One ODS role code with its display where it was seen verbatim in ODS API payloads.
     *
     * @param code  the role code, such as {@code RO98}, not null
     * @param display  the ODS display text, if verified, not null
     */
    record Role(String code, Optional<String> display) {
        /**
         * Validates.
         *
         * @param code  the role code, not null
         * @param display  the display text, if verified, not null
         */
        Role {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(display, "display");
        }

        static Role of(String code) {
            return new Role(code, Optional.empty());
        }

        static Role of(String code, String display) {
            return new Role(code, Optional.of(display));
        }
    }

    private static final Role PRESCRIBING_COST_CENTRE = Role.of("RO177", "PRESCRIBING COST CENTRE");
    private static final Role GP_PRACTICE = Role.of("RO76", "GP PRACTICE");
    private static final Role NHS_TRUST = Role.of("RO197");
    private static final Map<OrganisationKind, List<Role>> ROLES = new EnumMap<>(OrganisationKind.class);

    static {
        ROLES.put(OrganisationKind.PCT, List.of(Role.of("RO179")));
        ROLES.put(OrganisationKind.CCG, List.of(Role.of("RO98")));
        ROLES.put(OrganisationKind.SUB_ICB_LOCATION, List.of(Role.of("RO98"), Role.of("RO319")));
        ROLES.put(OrganisationKind.STP, List.of(Role.of("RO261"), Role.of("RO262")));
        ROLES.put(OrganisationKind.ICB, List.of(Role.of("RO261"), Role.of("RO318")));
        ROLES.put(OrganisationKind.REGION, List.of(Role.of("RO209")));
        ROLES.put(OrganisationKind.LOCAL_OFFICE, List.of(Role.of("RO210")));
        ROLES.put(OrganisationKind.COMMISSIONING_HUB, List.of(Role.of("RO218")));
        ROLES.put(OrganisationKind.SUB_ICB_REPORTING_ENTITY, List.of(Role.of("RO327")));
        ROLES.put(OrganisationKind.GP_PRACTICE, List.of(PRESCRIBING_COST_CENTRE, GP_PRACTICE));
        ROLES.put(OrganisationKind.WELSH_GP_PRACTICE, List.of(PRESCRIBING_COST_CENTRE, GP_PRACTICE));
        ROLES.put(OrganisationKind.SECURE_SETTING, List.of(PRESCRIBING_COST_CENTRE));
        ROLES.put(OrganisationKind.DEFENCE_MEDICAL_CENTRE, List.of(PRESCRIBING_COST_CENTRE, Role.of("RO72")));
        ROLES.put(OrganisationKind.NHS_TRUST, List.of(NHS_TRUST));
        ROLES.put(OrganisationKind.NHS_FOUNDATION_TRUST, List.of(NHS_TRUST));
    }

    private OdsRoles() {
    }

    /**
     * Returns the ODS roles of a kind, primary role first.
     *
     * @param kind  the kind, not null
     * @return the roles, empty if the sources name none, not null
     */
    static List<Role> of(OrganisationKind kind) {
        return ROLES.getOrDefault(kind, List.of());
    }
}
