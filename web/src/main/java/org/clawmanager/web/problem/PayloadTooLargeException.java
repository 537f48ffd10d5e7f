package org.clawmanager.web.problem;

import java.io.IOException;

/** Thrown while reading a request body that goes past the configured limit. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("the request body exceeds the limit of " + limit + " bytes");
    }
}
