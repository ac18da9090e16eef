package fr.eadmin.identity.pades;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs DSS in its own class loader: the test class path with the Bouncy Castle jars DSS is built on
 * ({@code target/dss-bouncycastle}, copied by the build) instead of the project's, which DSS 6.4 cannot use
 * to read a PDF signature padded with zeros.
 */
final class IsolatedDss {
    private static Method validate;
    private static ClassLoader loader;

    private IsolatedDss() {}

    /** A DSS verdict on one signature. */
    record Verdict(String indication, String subIndication, String format) {}

    static List<Verdict> validate(byte[] pdf, X509Certificate anchor, Instant at) {
        try {
            init();
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                String[][] rows = (String[][]) validate.invoke(null, pdf, anchor.getEncoded(), at.toEpochMilli());
                return Stream.of(rows).map(r -> new Verdict(r[0], r[1], r[2])).toList();
            } finally {
                thread.setContextClassLoader(previous);
            }
        } catch (InvocationTargetException e) {
            throw new AssertionError("DSS failed", e.getCause());
        } catch (ReflectiveOperationException | CertificateEncodingException | IOException e) {
            throw new AssertionError("cannot run DSS", e);
        }
    }

    private static synchronized void init() throws IOException, ReflectiveOperationException {
        if (validate != null) {
            return;
        }
        Path bouncyCastle = Path.of("target", "dss-bouncycastle");
        if (!Files.isDirectory(bouncyCastle)) {
            fail("run the tests through Maven: " + bouncyCastle.toAbsolutePath() + " holds the Bouncy Castle of DSS");
        }
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> jars = Files.list(bouncyCastle)) {
            for (Path jar : jars.toList()) {
                urls.add(jar.toUri().toURL());
            }
        }
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty() && !new File(entry).getName().matches("bc(prov|pkix|util)-jdk18on-.*\\.jar")) {
                urls.add(url(entry));
            }
        }
        loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        validate = loader.loadClass(DssFacade.class.getName())
                .getMethod("validate", byte[].class, byte[].class, long.class);
    }

    private static URL url(String entry) throws MalformedURLException {
        return new File(entry).toURI().toURL();
    }
}
