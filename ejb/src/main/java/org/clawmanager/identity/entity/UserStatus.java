package org.clawmanager.identity.entity;

/** A disabled account cannot log in and its sessions are revoked; its data is kept. */
public enum UserStatus {
    ACTIVE, DISABLED
}
