package dev.marsad.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a class from the forbidden-apis check, which recognises any annotation of this name.
 * Each use says why in its {@link #value()}.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface SuppressForbidden {

    /** Why the forbidden API is right here. */
    String value();
}
