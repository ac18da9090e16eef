package fr.eadmin.archive.seda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SipCorruptionProperties {
    private static final byte[] SIP = Zips.sip();

    enum Corruption {
        FLIP_A_BYTE(SipProblemCode.DIGEST_MISMATCH),
        TRUNCATE(SipProblemCode.SIZE_MISMATCH),
        REMOVE(SipProblemCode.MISSING_FILE),
        ADD_ORPHAN(SipProblemCode.ORPHAN_FILE),
        ADD_CLIMBING_PATH(SipProblemCode.UNSAFE_PATH),
        DUPLICATE(SipProblemCode.DUPLICATE_ENTRY);

        final SipProblemCode expected;

        Corruption(SipProblemCode expected) {
            this.expected = expected;
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("abcXYZ019_-.").ofMinLength(1).ofMaxLength(20);
    }

    @Property(tries = 150)
    void everyCorruptionIsReportedWithItsCode(
            @ForAll Corruption corruption, @ForAll("names") String name, @ForAll int seed) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(Zips.entries(SIP));
        List<String> content = new ArrayList<>(entries.keySet());
        content.remove(SipBuilder.MANIFEST);
        String target = content.get(Math.floorMod(seed, content.size()));
        byte[] bytes = entries.get(target);
        byte[] zip;
        switch (corruption) {
            case FLIP_A_BYTE -> {
                byte[] flipped = bytes.clone();
                flipped[Math.floorMod(seed >>> 8, flipped.length)] ^= (byte) (1 + Math.floorMod(seed >>> 16, 255));
                entries.put(target, flipped);
                zip = Zips.zip(entries);
            }
            case TRUNCATE -> {
                entries.put(target, java.util.Arrays.copyOf(bytes, Math.floorMod(seed, bytes.length)));
                zip = Zips.zip(entries);
            }
            case REMOVE -> {
                entries.remove(target);
                zip = Zips.zip(entries);
            }
            case ADD_ORPHAN -> {
                entries.putIfAbsent("Content/orphan-" + name, bytes);
                zip = Zips.zip(entries);
            }
            case ADD_CLIMBING_PATH -> {
                entries.put("Content/../../" + name, bytes);
                zip = Zips.zip(entries);
            }
            case DUPLICATE -> zip = Zips.withDuplicate(entries, target);
            default -> throw new IllegalStateException();
        }

        SipReport report = SipChecker.withoutSchema().check(new ByteArrayInputStream(zip));

        assertThat(report.isValid()).isFalse();
        assertThat(report.codes()).contains(corruption.expected);
    }
}
