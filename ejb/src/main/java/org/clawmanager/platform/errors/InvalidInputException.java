package org.clawmanager.platform.errors;

import java.util.List;
import java.util.Map;

/** Input that breaks a business rule which Bean Validation cannot express; lists the offending fields. */
public class InvalidInputException extends DomainException {

    public record FieldError(String field, String message) {
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(ErrorKind.INVALID_INPUT, "invalid-input", summary(errors), Map.of("errors", List.copyOf(errors)));
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
    }
}
