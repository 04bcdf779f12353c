package org.casebook.account;

/**
 * The caller may see the thing but may not do this to it (a student calling a teacher's action, editing a
 * submitted brief). Things the caller may not see at all are "not found" instead, never this.
 */
public class NotAllowedException extends RuntimeException {
    public NotAllowedException(String message) {
        super(message);
    }
}
