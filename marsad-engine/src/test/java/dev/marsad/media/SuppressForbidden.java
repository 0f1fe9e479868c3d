package dev.marsad.media;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a test class from the forbidden-apis check, which counts the JDK's {@code
 * com.sun.net.httpserver} as non-portable although it is the exported, supported module
 * jdk.httpserver: the real test server of these tests.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface SuppressForbidden {
    /** Why the exemption is needed. */
    String reason();
}
