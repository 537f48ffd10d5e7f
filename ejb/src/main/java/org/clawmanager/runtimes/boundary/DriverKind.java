package org.clawmanager.runtimes.boundary;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies a {@link RuntimeDriver} implementation ({@code @DriverKind("local")}, {@code @DriverKind("kubernetes")}).
 * The unqualified {@code RuntimeDriver} others inject is the one {@code clawmanager.runtime.driver} selects.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface DriverKind {

    String value();

    /** For programmatic lookup: {@code drivers.select(new DriverKind.Literal("local"))}. */
    final class Literal extends jakarta.enterprise.util.AnnotationLiteral<DriverKind> implements DriverKind {
        private static final long serialVersionUID = 1L;
        private final String value;

        public Literal(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }
}
