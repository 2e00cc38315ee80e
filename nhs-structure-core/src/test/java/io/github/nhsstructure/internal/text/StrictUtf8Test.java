package io.github.nhsstructure.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strict UTF-8: text is decoded unchanged, and the first byte that is not UTF-8 is located alike in memory and in a
 * file read as a stream (line, offset, value, CSV field, the header's name for it).
 */
class StrictUtf8Test {

    @TempDir
    Path dir;

    /** Decodes, failing with the fault itself. */
    private static String decode(byte[] bytes) throws FaultException {
        return StrictUtf8.decode(bytes, FaultException::new);
    }

    /** Carries a fault out of {@link StrictUtf8#decode}. */
    private static final class FaultException extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Utf8Fault fault;

        FaultException(Utf8Fault fault) {
            super(fault.toString());
            this.fault = fault;
        }
    }

    private static Utf8Fault faultIn(byte[] bytes) {
        try {
            decode(bytes);
        } catch (FaultException e) {
            return e.fault;
        }
        throw new AssertionError("decoded: " + new String(bytes, StandardCharsets.UTF_8));
    }

    private Optional<Utf8Fault> faultInFile(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("f.csv"), bytes);
        return StrictUtf8.find(file);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void utf8TextIsDecodedUnchangedWithItsByteOrderMark() throws Exception {
        String text = "\uFEFFcode,name\nA1,Caf\u00e9 \u20ac \uD83D\uDE00\r\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(decode(bytes)).isEqualTo(text);
        assertThat(decode(new byte[0])).isEmpty();
        assertThat(faultInFile(bytes)).isEmpty();
    }

    @Test
    void aBadByteUnderAHeaderIsNamedByLineOffsetValueAndColumn() throws IOException {
        byte[] bytes = latin1("code,date,value\n90A,2019-04-01,1\u00e9\n");

        Utf8Fault fault = faultIn(bytes);

        assertThat(fault).isEqualTo(new Utf8Fault(2, 32, 0xE9, OptionalInt.of(2), Optional.of("value")));
        assertThat(fault.column()).contains("value");
        assertThat(fault.problem()).isEqualTo("byte 0xE9 (offset 32) is not UTF-8 text: save the file as UTF-8");
        assertThat(faultInFile(bytes)).contains(fault);
    }

    @Test
    void onTheFirstLineOrBeyondTheHeaderTheColumnIsNumbered() throws IOException {
        Utf8Fault inHeader = faultIn(latin1("code,n\u00e4me\nA,B\n"));
        Utf8Fault beyond = faultIn(latin1("code\nA,B,\u00e9\n"));

        assertThat(inHeader).isEqualTo(new Utf8Fault(1, 6, 0xE4, OptionalInt.of(1), Optional.empty()));
        assertThat(inHeader.column()).contains("column 2");
        assertThat(beyond.field()).hasValue(2);
        assertThat(beyond.column()).contains("column 3");
    }

    @Test
    void theHeaderNameLosesItsByteOrderMarkAndQuotedCommasDoNotCount() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("\uFEFF\"the code\" ,name\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(latin1("\"A,1\",\"x\u00ff"));
        byte[] bytes = out.toByteArray();

        Utf8Fault fault = faultIn(bytes);

        assertThat(fault.line()).isEqualTo(2);
        assertThat(fault.field()).hasValue(1);
        assertThat(fault.header()).contains("name");
        assertThat(faultIn(latin1("\"the code\",name\n\u00ff")).column()).contains("the code");
        assertThat(faultInFile(bytes)).contains(fault);
    }

    @Test
    void aSequenceCutShortAtTheEndIsABadByte() throws IOException {
        byte[] bytes = {'a', ',', 'b', (byte) 0xC3};

        Utf8Fault fault = faultIn(bytes);

        assertThat(fault).isEqualTo(new Utf8Fault(1, 3, 0xC3, OptionalInt.of(1), Optional.empty()));
        assertThat(faultInFile(bytes)).contains(fault);
    }

    @Test
    void aFileIsSearchedAcrossItsChunksAndACharacterAcrossTwoChunksIsNoFault() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A 9-byte header and 12-byte lines put an "é" (2 bytes) across the first 65,536-byte chunk's end.
        out.writeBytes("code,val\n".getBytes(StandardCharsets.UTF_8));
        int lines = 0;
        while (out.size() < 200_000) {
            out.writeBytes("A1,caf\u00e9 12\n".getBytes(StandardCharsets.UTF_8));
            lines++;
        }
        int offset = out.size() + 3;
        out.writeBytes(latin1("A2,\u00e9\n"));
        byte[] bytes = out.toByteArray();

        Utf8Fault fault = faultIn(bytes);

        assertThat(fault).isEqualTo(new Utf8Fault(lines + 2, offset, 0xE9, OptionalInt.of(1), Optional.of("val")));
        assertThat(faultInFile(bytes)).contains(fault);
        assertThat(faultInFile(new String(bytes, 0, offset, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void theStreamingReaderFailsInsteadOfReplacing() {
        Reader reader = StrictUtf8.reader(new ByteArrayInputStream(latin1("a,\u00e9\n")));

        assertThatThrownBy(() -> {
            char[] buffer = new char[16];
            while (reader.read(buffer) >= 0) {
                // read on
            }
        }).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void aFaultIsChecked() {
        assertThatThrownBy(() -> new Utf8Fault(0, 0, 1, OptionalInt.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Utf8Fault(1, 0, 256, OptionalInt.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Utf8Fault(1, 0, 0x80, OptionalInt.empty(), Optional.empty()).column()).isEmpty();
    }
}
