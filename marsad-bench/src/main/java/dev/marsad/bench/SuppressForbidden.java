package dev.marsad.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a class from the forbidden-apis check (see the root pom's suppressAnnotations), e.g. for
 * the JDK's supported but {@code com.sun}-named jdk.httpserver module.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface SuppressForbidden {
    /** Why the exemption is needed. */
    String reason();
}
