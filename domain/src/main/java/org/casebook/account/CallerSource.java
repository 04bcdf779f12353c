package org.casebook.account;

import java.util.Optional;

/** Where {@link Callers} learns the caller when no one set it explicitly: the web layer's signed-in user. */
public interface CallerSource {
    Optional<Caller> current();
}
