package org.clawmanager.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** What users may change about themselves. */
public record ProfileRequest(@Email @Size(max = 254) String email, @Size(max = 128) String displayName) {
}
