package fr.eadmin.payment.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@code openssl} command line tool, an implementation independent of the JDK, to check signatures.
 * When the tool is missing the test is skipped, except in CI (variable {@code CI} set) where it fails.
 */
public final class Openssl {
    private Openssl() {}

    /** Skips the calling test when openssl is missing outside CI; fails it in CI. */
    public static void require() {
        boolean present;
        try {
            present = new ProcessBuilder("openssl", "version").start().waitFor() == 0;
        } catch (IOException e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            present = false;
        }
        if (System.getenv("CI") != null) {
            assertThat(present).as("openssl must be installed in CI").isTrue();
        }
        assumeTrue(present, "openssl is not installed");
    }

    /**
     * Runs openssl with arguments, feeding it input.
     *
     * @param input what goes to its standard input
     * @param args the arguments after {@code openssl}
     * @return its standard output (the test fails if it exits with an error)
     */
    public static byte[] run(byte[] input, String... args) {
        require();
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(false).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(input);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream stdout = process.getInputStream()) {
                stdout.transferTo(out);
            }
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            assertThat(code).as("openssl %s: %s", args, err).isZero();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * HMAC-SHA-256 by openssl.
     *
     * @param key the key, as text
     * @param text what is signed
     * @return the MAC, lower case hex
     */
    public static String hmacSha256Hex(String key, String text) {
        return lastWord(run(text.getBytes(StandardCharsets.UTF_8), "dgst", "-sha256", "-hmac", key));
    }

    /**
     * HMAC-SHA-512 by openssl with a key given in hex.
     *
     * @param hexKey the key, hex
     * @param text what is signed
     * @return the MAC, lower case hex
     */
    public static String hmacSha512HexKey(String hexKey, String text) {
        return lastWord(run(
                text.getBytes(StandardCharsets.UTF_8),
                "dgst",
                "-sha512",
                "-mac",
                "HMAC",
                "-macopt",
                "hexkey:" + hexKey));
    }

    private static String lastWord(byte[] output) {
        String line = new String(output, StandardCharsets.US_ASCII).trim();
        return line.substring(line.lastIndexOf(' ') + 1);
    }
}
