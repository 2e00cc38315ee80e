package io.github.nhsstructure.internal;

import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.time.Timeline;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The allocation-free, null-returning lookups of the library's own hot paths: a {@link Timeline}'s value and an
 * {@link Organisation}'s link target on an epoch day. The public API answers the same questions with
 * {@link java.util.Optional} ({@link Timeline#at(java.time.LocalDate)},
 * {@link Organisation#target(RelationshipType, java.time.LocalDate)}); these are for loops over many organisations
 * that must not allocate.
 *
 * <p>This package is not exported by the module. {@code Timeline}'s method is package-private, and is reached
 * through a method handle from a private lookup (a module's packages are open to the module itself, and on the
 * class path to the unnamed module) rather than through a call this package would have to be named in: so
 * {@code time} does not depend on this package, and the packages stay without cycles. The handle is a constant,
 * so the JIT compiles each call to a direct call.
 *
 * <p>The handle is made only after the first {@value #COLD_CALLS} calls, which go through the public API instead:
 * making it, and linking the first call through it, costs about 4 ms, a tenth of a hello-world program's start,
 * and the command line's commonest answers need a handful of look-ups. A loop over many organisations soon passes
 * the count.
 *
 * <p>This class is thread-safe (threads racing on the count only move the handle's first use a little).
 */
public final class HotPaths {

    /** The calls answered through the public API before the handle is made. */
    static final int COLD_CALLS = 1 << 12;

    private static int calls;

    /** Holds the handle, made when this class is first used: after {@link #COLD_CALLS} calls. */
    private static final class Handle {
        static final MethodHandle VALUE_AT_EPOCH_DAY = valueAtEpochDay();
    }

    private HotPaths() {
    }

    private static MethodHandle valueAtEpochDay() {
        try {
            return MethodHandles.privateLookupIn(Timeline.class, MethodHandles.lookup())
                    .findVirtual(Timeline.class, "valueAtEpochDay", MethodType.methodType(Object.class, long.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Returns the value a timeline holds on an epoch day, or null.
     *
     * @param <T>  the type of value
     * @param timeline  the timeline, not null
     * @param epochDay  the day, as {@link java.time.LocalDate#toEpochDay()}
     * @return the value, or null if none
     */
    @SuppressWarnings("unchecked")
    public static <T> @Nullable T valueAt(Timeline<T> timeline, long epochDay) {
        if (calls < COLD_CALLS) {
            calls++;
            return timeline.at(LocalDate.ofEpochDay(epochDay)).orElse(null);
        }
        try {
            return (T) (Object) Handle.VALUE_AT_EPOCH_DAY.invokeExact(timeline, epochDay);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e); // valueAtEpochDay throws no checked exception
        }
    }

    /**
     * Returns the target of one type of link from an organisation on an epoch day, or null.
     *
     * @param organisation  the organisation, not null
     * @param type  the link type, not null
     * @param epochDay  the day, as {@link java.time.LocalDate#toEpochDay()}
     * @return the target's code, or null if there is no such link on that day
     */
    public static @Nullable OdsCode target(Organisation organisation, RelationshipType type, long epochDay) {
        return valueAt(organisation.links(type), epochDay);
    }
}
