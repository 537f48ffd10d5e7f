package org.clawmanager.identity.boundary;

/** The answer to a login or refresh: a short-lived access token and a rotating refresh token. */
public record TokenPair(String accessToken, String refreshToken, long expiresIn, long refreshExpiresIn,
                        String tokenType, UserView user) {
}
