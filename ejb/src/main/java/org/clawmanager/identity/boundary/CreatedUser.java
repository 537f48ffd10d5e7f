package org.clawmanager.identity.boundary;

/** A created account; {@code generatedPassword} is set only when the server chose it, and is shown this once. */
public record CreatedUser(UserView user, String generatedPassword) {
}
