package io.github.nhsstructure.spi;

import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.CommissioningRule;
import io.github.nhsstructure.commissioning.CommissioningRules;
import io.github.nhsstructure.commissioning.DelegationScope;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.coverage.Coverage;
import io.github.nhsstructure.exception.DatasetException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCode;
import io.github.nhsstructure.organisation.OnsCodeUse;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.ProviderType;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.organisation.SuccessionReason;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.provenance.Source;
import io.github.nhsstructure.restructure.RestructureEvent;
import io.github.nhsstructure.restructure.RestructureStatus;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * The compiled form of a {@link Dataset}: a compact, versioned binary written once at build time from the
 * validated CSV files and read at start without parsing or validating anything again, as the JDK compiles the
 * time-zone database into {@code tzdb.dat}.
 *
 * <p>The format (docs/data-format.md, ADR 0009) is big-endian: the magic {@code NHSD}, the format number
 * {@value #FORMAT} and the dataset version; a string table (the end offset of every text, code and enum constant
 * name, in first-use order, then all of them as one block of UTF-8, each decoded on first use); a period table
 * (every distinct date range once, as two epoch days, {@link Integer#MIN_VALUE} and {@link Integer#MAX_VALUE}
 * standing for an open start and end); a provenance table; then sections, each a count and its rows of 32-bit
 * indexes into the tables and earlier rows: sources, coverage, organisations (every code, period and
 * provenance as three arrays; the index by code, an open-addressing table on {@link String#hashCode()}; an offset
 * table; then each one's dated names, kinds, provider types, ONS codes and links in a block of its own, a link's
 * target being an organisation index, so that one organisation is decoded without the others), successions,
 * restructure events, commissioning rules and the uses of ONS codes. The writer emits everything in the dataset's own
 * order, so the same dataset always gives the same bytes.
 *
 * <p>Reading trusts the data: the writer only ever writes a {@link Dataset}, which was validated when it was
 * made. A file of another magic or format number is refused, and so is one whose trailing CRC-32C checksum (of every
 * byte before it) does not match: a byte changed or cut off since it was compiled fails the load with a
 * {@link DatasetException}, never a wrong answer later.
 *
 * <p>This class is a static utility.
 *
 * @since 0.1.0
 */
public final class DatasetBinary {

    /** The format number this class writes and reads. */
    public static final int FORMAT = 2;

    private static final int MAGIC = 0x4E48_5344; // "NHSD"
    private static final int OPEN_START = Integer.MIN_VALUE;
    private static final int OPEN_END = Integer.MAX_VALUE;

    private DatasetBinary() {
    }

    /**
     * Writes a dataset.
     *
     * @param dataset  the dataset, not null
     * @param out  where to write; not closed, not null
     * @throws IOException if writing fails
     */
    public static void write(Dataset dataset, OutputStream out) throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream(1 << 22);
        new Writer(dataset).write(new DataOutputStream(all));
        byte[] bytes = all.toByteArray();
        DataOutputStream data = new DataOutputStream(out);
        data.write(bytes);
        // A checksum of everything before it, so that a changed byte is found at load, not as a wrong answer.
        data.writeInt(checksum(bytes, bytes.length));
        data.flush();
    }

    private static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    /**
     * Reads a dataset.
     *
     * @param in  the compiled dataset; not closed, not null
     * @param name  the resource name, for messages, not null
     * @return the dataset, not null
     * @throws DatasetException if the input is not a compiled dataset of this format, or is cut short
     */
    public static Dataset read(InputStream in, String name) {
        byte[] bytes;
        try {
            // One read into an array of the right size where the stream knows it (an entry of a jar does), not
            // readAllBytes' chunks copied together: the bundled binary is read at every start.
            bytes = new byte[Math.max(0, in.available())];
            // In blocks: one read of the whole would have the JDK allocate a native buffer as large, page by page.
            int read = 0;
            while (read < bytes.length) {
                int n = in.read(bytes, read, Math.min(1 << 16, bytes.length - read));
                if (n < 0) {
                    throw new DatasetException(name, 0, null, "cut short or corrupt: rebuild the data module");
                }
                read += n;
            }
            int next = in.read();
            if (next >= 0) {
                // The stream said less than it had (available() is only an estimate): read the rest.
                byte[] rest = in.readAllBytes();
                byte[] all = new byte[bytes.length + 1 + rest.length];
                System.arraycopy(bytes, 0, all, 0, bytes.length);
                all[bytes.length] = (byte) next;
                System.arraycopy(rest, 0, all, bytes.length + 1, rest.length);
                bytes = all;
            }
        } catch (IOException e) {
            throw new DatasetException(name + ": cannot be read: " + e.getMessage(), e);
        }
        ByteBuffer header = ByteBuffer.wrap(bytes);
        if (bytes.length < 8 || header.getInt() != MAGIC) {
            throw new DatasetException(name, 0, null, "not a compiled nhs-structure dataset");
        }
        int format = header.getInt();
        if (format != FORMAT) {
            throw new DatasetException(name, 0, "format", "format " + format + " is not supported (expected "
                    + FORMAT + "); rebuild the data module");
        }
        int length = bytes.length - 4;
        if (length < 8 || ByteBuffer.wrap(bytes, length, 4).getInt() != checksum(bytes, length)) {
            throw new DatasetException(name, 0, null, "damaged: its checksum does not match its content (a byte"
                    + " changed, or the file was cut short, since it was compiled); rebuild the data module");
        }
        try {
            return new Reader(ByteBuffer.wrap(bytes, 0, length)).read(name);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new DatasetException(name, 0, null, "cut short or corrupt: rebuild the data module");
        }
    }

    private static int day(LocalDate date) {
        if (date.equals(LocalDate.MIN)) {
            return OPEN_START;
        }
        if (date.equals(LocalDate.MAX)) {
            return OPEN_END;
        }
        return Math.toIntExact(date.toEpochDay());
    }

    private static LocalDate date(int day) {
        return day == OPEN_START ? LocalDate.MIN : day == OPEN_END ? LocalDate.MAX : LocalDate.ofEpochDay(day);
    }

    /** Collects the string, period and provenance tables while writing. */
    private static final class Writer {
        private final Dataset dataset;
        private final Map<String, Integer> strings = new LinkedHashMap<>();
        private final Map<DateRange, Integer> periods = new LinkedHashMap<>();
        private final Map<Provenance, Integer> provenances = new LinkedHashMap<>();
        private final Map<OdsCode, Integer> organisations = new HashMap<>();

        Writer(Dataset dataset) {
            this.dataset = dataset;
        }

        private int string(String s) {
            return strings.computeIfAbsent(s, k -> strings.size());
        }

        private int provenance(Provenance p) {
            Integer i = provenances.get(p);
            if (i == null) {
                for (String id : p.sourceIds()) {
                    string(id);
                }
                string(p.certainty().name());
                i = provenances.size();
                provenances.put(p, i);
            }
            return i;
        }

        void write(DataOutputStream out) throws IOException {
            // The body first, into memory, so that the string table and provenances are complete.
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
            DataOutputStream body = new DataOutputStream(bytes);
            List<Source> sources = dataset.sources();
            body.writeInt(sources.size());
            for (Source s : sources) {
                body.writeInt(string(s.id()));
                body.writeInt(string(s.title()));
                body.writeInt(string(s.publisher()));
                body.writeInt(day(s.extractDate()));
                body.writeInt(string(s.licence()));
                body.writeInt(string(s.origin()));
            }
            List<Coverage.KindCoverage> coverage = dataset.coverage().entries();
            body.writeInt(coverage.size());
            for (Coverage.KindCoverage c : coverage) {
                body.writeInt(string(c.kind().name()));
                period(body, c.period());
                body.writeInt(provenance(c.provenance()));
                body.writeInt(string(c.note()));
            }
            List<Organisation> all = dataset.organisations();
            Map<Succession, Integer> successionIndex = new HashMap<>();
            for (Succession s : dataset.successions()) {
                successionIndex.put(s, successionIndex.size());
            }
            for (int i = 0; i < all.size(); i++) {
                organisations.put(all.get(i).code(), i);
            }
            body.writeInt(all.size());
            for (Organisation o : all) {
                body.writeInt(string(o.code().value()));
            }
            for (Organisation o : all) {
                period(body, o.operationalPeriod());
            }
            for (Organisation o : all) {
                body.writeInt(provenance(o.provenance()));
            }
            int[] slots = Dataset.slots(new Dataset.ListTable(all));
            body.writeInt(slots.length);
            for (int slot : slots) {
                body.writeInt(slot);
            }
            // Each organisation's dated facts in a block of its own, found through an offset table, so that a
            // reader can decode one organisation without the others.
            java.io.ByteArrayOutputStream blocks = new java.io.ByteArrayOutputStream(1 << 20);
            DataOutputStream facts = new DataOutputStream(blocks);
            int[] offsets = new int[all.size() + 1];
            for (int i = 0; i < all.size(); i++) {
                Organisation o = all.get(i);
                offsets[i] = facts.size();
                List<Dated<String>> names = o.names().entries();
                varint(facts, names.size());
                for (Dated<String> d : names) {
                    datedVarint(facts, d, string(d.value()));
                }
                List<Dated<OrganisationKind>> kinds = o.kinds().entries();
                varint(facts, kinds.size());
                for (Dated<OrganisationKind> d : kinds) {
                    datedVarint(facts, d, string(d.value().name()));
                }
                List<Dated<ProviderType>> types = o.providerTypes().entries();
                varint(facts, types.size());
                for (Dated<ProviderType> d : types) {
                    datedVarint(facts, d, string(d.value().name()));
                }
                List<Dated<OnsCode>> onsCodes = o.onsCodes().entries();
                varint(facts, onsCodes.size());
                for (Dated<OnsCode> d : onsCodes) {
                    datedVarint(facts, d, string(d.value().value()));
                }
                int links = 0;
                for (RelationshipType type : RelationshipType.values()) {
                    links += o.links(type).entries().size();
                }
                varint(facts, links);
                for (RelationshipType type : RelationshipType.values()) {
                    for (Dated<OdsCode> d : o.links(type).entries()) {
                        varint(facts, string(type.name()));
                        datedVarint(facts, d, organisations.get(d.value()));
                    }
                }
                // Its successions as indexes into the succession section, in its own order.
                List<Succession> mine = new ArrayList<>(o.successors());
                mine.addAll(o.predecessors());
                varint(facts, mine.size());
                for (Succession s : mine) {
                    varint(facts, successionIndex.get(s));
                }
            }
            facts.flush();
            offsets[all.size()] = facts.size();
            for (int offset : offsets) {
                body.writeInt(offset);
            }
            blocks.writeTo(body);
            List<Succession> successions = dataset.successions();
            body.writeInt(successions.size());
            for (Succession s : successions) {
                body.writeInt(organisations.get(s.predecessor()));
                body.writeInt(organisations.get(s.successor()));
                body.writeInt(day(s.effectiveDate()));
                body.writeInt(string(s.reason().name()));
                body.writeInt(provenance(s.provenance()));
            }
            java.io.ByteArrayOutputStream sectionBytes = new java.io.ByteArrayOutputStream();
            DataOutputStream section = new DataOutputStream(sectionBytes);
            List<RestructureEvent> events = dataset.events();
            section.writeInt(events.size());
            for (RestructureEvent e : events) {
                section.writeInt(string(e.id()));
                section.writeInt(string(e.name()));
                section.writeInt(day(e.effectiveDate()));
                section.writeInt(string(e.status().name()));
                section.writeInt(e.kinds().size());
                for (OrganisationKind k : new java.util.TreeSet<>(e.kinds())) {
                    section.writeInt(string(k.name()));
                }
                section.writeInt(string(e.reference()));
                section.writeInt(provenance(e.provenance()));
            }
            section.flush();
            body.writeInt(sectionBytes.size());
            sectionBytes.writeTo(body);
            sectionBytes.reset();
            section = new DataOutputStream(sectionBytes);
            List<CommissioningRule> rules = dataset.commissioningRules().all();
            section.writeInt(rules.size());
            for (CommissioningRule r : rules) {
                section.writeInt(string(r.category().name()));
                period(section, r.period());
                section.writeInt(string(r.type().name()));
                section.writeInt(string(r.arrangement().name()));
                section.writeInt(r.delegate().isPresent() ? string(r.delegate().get().name()) : -1);
                section.writeInt(r.scope().isPresent() ? string(r.scope().get().toString()) : -1);
                section.writeInt(string(r.note()));
                section.writeInt(r.references().size());
                for (String ref : r.references()) {
                    section.writeInt(string(ref));
                }
                section.writeInt(provenance(r.provenance()));
            }
            section.flush();
            body.writeInt(sectionBytes.size());
            sectionBytes.writeTo(body);
            List<OnsCodeUse> uses = dataset.onsCodeUses();
            body.writeInt(uses.size());
            for (OnsCodeUse u : uses) {
                body.writeInt(string(u.onsCode().value()));
                body.writeInt(organisations.get(u.organisation()));
                period(body, u.period());
                body.writeInt(provenance(u.provenance()));
            }
            body.flush();

            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(dataset.version());
            // The string table: the end offset of each string, then all of them as UTF-8, decoded on first use.
            java.io.ByteArrayOutputStream utf8 = new java.io.ByteArrayOutputStream(1 << 20);
            out.writeInt(strings.size());
            for (String s : strings.keySet()) {
                utf8.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.writeInt(utf8.size());
            }
            out.writeInt(utf8.size());
            utf8.writeTo(out);
            // The period table: every distinct date range once, as two epoch days.
            out.writeInt(periods.size());
            for (DateRange p : periods.keySet()) {
                out.writeInt(day(p.start()));
                out.writeInt(day(p.end()));
            }
            // The provenance table: an offset per entry, then each one's source ids and certainty.
            java.io.ByteArrayOutputStream entries = new java.io.ByteArrayOutputStream();
            DataOutputStream entry = new DataOutputStream(entries);
            out.writeInt(provenances.size());
            for (Provenance p : provenances.keySet()) {
                out.writeInt(entry.size());
                entry.writeInt(p.sourceIds().size());
                for (String id : p.sourceIds()) {
                    entry.writeInt(strings.get(id));
                }
                entry.writeInt(strings.get(p.certainty().name()));
            }
            entry.flush();
            entries.writeTo(out);
            bytes.writeTo(out);
            out.flush();
        }

        private void period(DataOutputStream out, DateRange period) throws IOException {
            out.writeInt(periods.computeIfAbsent(period, k -> periods.size()));
        }

        /** Writes a non-negative number in 7-bit groups, low first, the high bit saying that more follow. */
        private static void varint(DataOutputStream out, int value) throws IOException {
            int v = value;
            while ((v & ~0x7F) != 0) {
                out.writeByte((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.writeByte(v);
        }

        private void datedVarint(DataOutputStream out, Dated<?> d, int value) throws IOException {
            varint(out, periods.computeIfAbsent(d.period(), k -> periods.size()));
            varint(out, value);
            varint(out, provenance(d.provenance()));
        }

        private void dated(DataOutputStream out, Dated<?> d, int value) throws IOException {
            period(out, d.period());
            out.writeInt(value);
            out.writeInt(provenance(d.provenance()));
        }
    }

    /**
     * Reads the compiled dataset lazily: at start only the header, the sources and the coverage are decoded; a
     * string, period, provenance, organisation or succession when it is first asked for (cached; threads racing
     * on one make equal values, either of which will do); the events and rules as a whole on first use.
     */
    private static final class Reader implements Dataset.OrganisationTable, Dataset.Sections {
        private final ByteBuffer in;
        private int stringEnds;
        private int stringBase;
        private String[] strings = new String[0];
        private int periodBase;
        private DateRange[] periods = new DateRange[0];
        private int provenanceOffsets;
        private int provenanceBase;
        private Provenance[] provenances = new Provenance[0];
        private int count;
        private int codeStrings;
        private int periodOf;
        private int provenanceOf;
        private int slotCount;
        private int slotBase;
        private int offsets;
        private int factsBase;
        private OdsCode[] codes = new OdsCode[0];
        private int successionBase;
        private Succession[] successions = new Succession[0];
        private int sourcesBase;
        private int eventsBase;
        private int rulesBase;
        private int usesBase;
        private int useCount;

        Reader(ByteBuffer in) {
            this.in = in;
        }

        Dataset read(String name) {
            if (in.getInt() != MAGIC) {
                throw new DatasetException(name, 0, null, "not a compiled nhs-structure dataset");
            }
            int format = in.getInt();
            if (format != FORMAT) {
                throw new DatasetException(name, 0, "format", "format " + format + " is not supported (expected "
                        + FORMAT + "); rebuild the data module");
            }
            int versionLength = in.getShort() & 0xFFFF;
            String version = new String(in.array(), in.position(), versionLength, StandardCharsets.UTF_8);
            skip(versionLength);
            int stringCount = in.getInt();
            strings = new String[stringCount];
            stringEnds = skip(4 * stringCount);
            int blob = in.getInt();
            stringBase = skip(blob);
            periods = new DateRange[in.getInt()];
            periodBase = skip(8 * periods.length);
            provenances = new Provenance[in.getInt()];
            provenanceOffsets = skip(4 * provenances.length);
            // The entries follow; their length is known from the last one, read when the sources start.
            provenanceBase = in.position();
            if (provenances.length > 0) {
                int last = provenanceBase + in.getInt(provenanceOffsets + 4 * (provenances.length - 1));
                int ids = in.getInt(last);
                in.position(last + 4 + 4 * ids + 4);
            }
            // The sources are decoded when first asked for: answers name them only by id.
            sourcesBase = in.position();
            skip(4 + 24 * in.getInt(sourcesBase));
            List<Coverage.KindCoverage> coverage = new ArrayList<>();
            for (int n = in.getInt(), i = 0; i < n; i++) {
                coverage.add(new Coverage.KindCoverage(constant(OrganisationKind.class, in.getInt()),
                        period(in.getInt()), provenance(in.getInt()), string(in.getInt())));
            }
            count = in.getInt();
            codeStrings = skip(4 * count);
            periodOf = skip(4 * count);
            provenanceOf = skip(4 * count);
            slotCount = in.getInt();
            slotBase = skip(4 * slotCount);
            offsets = skip(4 * (count + 1));
            factsBase = in.position();
            skip(in.getInt(offsets + 4 * count));
            codes = new OdsCode[count];
            successions = new Succession[in.getInt()];
            successionBase = skip(20 * successions.length);
            eventsBase = skip(in.getInt());
            rulesBase = skip(in.getInt());
            useCount = in.getInt();
            usesBase = skip(16 * useCount);
            return Dataset.compiled(version, Coverage.of(coverage), this, this);
        }

        @Override
        public List<Source> sources() {
            List<Source> sources = new ArrayList<>();
            int at = sourcesBase + 4;
            for (int n = in.getInt(sourcesBase), i = 0; i < n; i++, at += 24) {
                sources.add(new Source(string(in.getInt(at)), string(in.getInt(at + 4)), string(in.getInt(at + 8)),
                        date(in.getInt(at + 12)), string(in.getInt(at + 16)), string(in.getInt(at + 20))));
            }
            return sources;
        }

        @Override
        public List<OnsCodeUse> onsCodeUses() {
            List<OnsCodeUse> uses = new ArrayList<>(useCount);
            for (int i = 0; i < useCount; i++) {
                int row = usesBase + 16 * i;
                uses.add(new OnsCodeUse(new OnsCode(string(in.getInt(row))), odsCode(in.getInt(row + 4)),
                        period(in.getInt(row + 8)), provenance(in.getInt(row + 12))));
            }
            return uses;
        }

        /** Skips bytes, returning the position they start at. */
        private int skip(int bytes) {
            int start = in.position();
            in.position(start + bytes);
            return start;
        }

        @Override
        public int size() {
            return count;
        }

        @Override
        public String code(int index) {
            return string(in.getInt(codeStrings + 4 * index));
        }

        @Override
        public int slotCount() {
            return slotCount;
        }

        @Override
        public int slot(int slot) {
            return in.getInt(slotBase + 4 * slot);
        }

        private OdsCode odsCode(int index) {
            OdsCode c = codes[index];
            if (c == null) {
                c = new OdsCode(code(index));
                codes[index] = c;
            }
            return c;
        }

        @Override
        public Organisation decode(int index) {
            ByteBuffer b = in.duplicate();
            b.position(factsBase + in.getInt(offsets + 4 * index));
            Organisation.Builder builder = Organisation.builder(odsCode(index),
                    period(in.getInt(periodOf + 4 * index)), provenance(in.getInt(provenanceOf + 4 * index)));
            for (int n = varint(b), j = 0; j < n; j++) {
                DateRange p = period(varint(b));
                builder.name(new Dated<>(p, string(varint(b)), provenance(varint(b))));
            }
            for (int n = varint(b), j = 0; j < n; j++) {
                DateRange p = period(varint(b));
                builder.kind(new Dated<>(p, constant(OrganisationKind.class, varint(b)), provenance(varint(b))));
            }
            for (int n = varint(b), j = 0; j < n; j++) {
                DateRange p = period(varint(b));
                builder.providerType(new Dated<>(p, constant(ProviderType.class, varint(b)),
                        provenance(varint(b))));
            }
            for (int n = varint(b), j = 0; j < n; j++) {
                DateRange p = period(varint(b));
                builder.onsCode(new Dated<>(p, new OnsCode(string(varint(b))), provenance(varint(b))));
            }
            for (int n = varint(b), j = 0; j < n; j++) {
                RelationshipType type = constant(RelationshipType.class, varint(b));
                DateRange p = period(varint(b));
                builder.link(type, new Dated<>(p, odsCode(varint(b)), provenance(varint(b))));
            }
            for (int n = varint(b), j = 0; j < n; j++) {
                builder.succession(succession(varint(b)));
            }
            return builder.build();
        }

        /** Reads a number written in 7-bit groups, low first. */
        private static int varint(ByteBuffer b) {
            int value = 0;
            int shift = 0;
            byte next;
            do {
                next = b.get();
                value |= (next & 0x7F) << shift;
                shift += 7;
            } while (next < 0);
            return value;
        }

        private Succession succession(int index) {
            Succession s = successions[index];
            if (s == null) {
                int at = successionBase + 20 * index;
                s = new Succession(odsCode(in.getInt(at)), odsCode(in.getInt(at + 4)), date(in.getInt(at + 8)),
                        constant(SuccessionReason.class, in.getInt(at + 12)), provenance(in.getInt(at + 16)));
                successions[index] = s;
            }
            return s;
        }

        @Override
        public List<Succession> successions() {
            List<Succession> all = new ArrayList<>(successions.length);
            for (int i = 0; i < successions.length; i++) {
                all.add(succession(i));
            }
            return all;
        }

        @Override
        public List<RestructureEvent> events() {
            ByteBuffer b = in.duplicate();
            b.position(eventsBase);
            List<RestructureEvent> events = new ArrayList<>();
            for (int n = b.getInt(), i = 0; i < n; i++) {
                String id = string(b.getInt());
                String title = string(b.getInt());
                LocalDate date = date(b.getInt());
                RestructureStatus status = constant(RestructureStatus.class, b.getInt());
                Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
                for (int k = b.getInt(), j = 0; j < k; j++) {
                    kinds.add(constant(OrganisationKind.class, b.getInt()));
                }
                events.add(new RestructureEvent(id, title, date, status, kinds, string(b.getInt()),
                        provenance(b.getInt())));
            }
            return events;
        }

        @Override
        public CommissioningRules commissioningRules() {
            ByteBuffer b = in.duplicate();
            b.position(rulesBase);
            List<CommissioningRule> rules = new ArrayList<>();
            for (int n = b.getInt(), i = 0; i < n; i++) {
                ServiceCategory category = constant(ServiceCategory.class, b.getInt());
                DateRange period = period(b.getInt());
                CommissionerType type = constant(CommissionerType.class, b.getInt());
                Arrangement arrangement = constant(Arrangement.class, b.getInt());
                int delegate = b.getInt();
                int scope = b.getInt();
                String note = string(b.getInt());
                List<String> references = new ArrayList<>();
                for (int k = b.getInt(), j = 0; j < k; j++) {
                    references.add(string(b.getInt()));
                }
                rules.add(new CommissioningRule(category, period, type, arrangement,
                        delegate < 0 ? Optional.empty() : Optional.of(constant(CommissionerType.class, delegate)),
                        scope < 0 ? Optional.empty() : Optional.of(DelegationScope.parse(string(scope))), note,
                        references, provenance(b.getInt())));
            }
            return CommissioningRules.of(rules);
        }

        /** A string of the table, decoded on first use. */
        private String string(int index) {
            String s = strings[index];
            if (s == null) {
                int start = index == 0 ? 0 : in.getInt(stringEnds + 4 * (index - 1));
                int end = in.getInt(stringEnds + 4 * index);
                s = new String(in.array(), stringBase + start, end - start, StandardCharsets.UTF_8);
                strings[index] = s;
            }
            return s;
        }

        private DateRange period(int index) {
            DateRange p = periods[index];
            if (p == null) {
                p = DateRange.of(date(in.getInt(periodBase + 8 * index)), date(in.getInt(periodBase + 8 * index + 4)));
                periods[index] = p;
            }
            return p;
        }

        private Provenance provenance(int index) {
            Provenance p = provenances[index];
            if (p == null) {
                int at = provenanceBase + in.getInt(provenanceOffsets + 4 * index);
                String[] ids = new String[in.getInt(at)];
                for (int j = 0; j < ids.length; j++) {
                    ids[j] = string(in.getInt(at + 4 + 4 * j));
                }
                p = new Provenance(List.of(ids), constant(Certainty.class, in.getInt(at + 4 + 4 * ids.length)));
                provenances[index] = p;
            }
            return p;
        }

        /**
         * An enum constant by the index of its name. {@link Enum#valueOf} is a look-up in a map the enum class
         * keeps; a cache per type indexed by string would cost an array the size of the string table per enum
         * type, made at start.
         */
        private <E extends Enum<E>> E constant(Class<E> type, int index) {
            return Enum.valueOf(type, string(index));
        }
    }
}
