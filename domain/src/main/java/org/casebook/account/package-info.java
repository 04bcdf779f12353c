/**
 * Accounts and who is asking: sign-up, passwords (hashed with Spring Security's DelegatingPasswordEncoder, bcrypt
 * by default), the roles TEACHER and STUDENT, and {@link org.casebook.account.Callers}, through which every
 * service learns the caller of the current thread (the web layer fills it from the signed-in user; background work
 * runs as the caller that started it). {@link org.casebook.account.Access} holds the visibility rules the other
 * features' services and queries apply. Entities and repositories stay inside.
 */
@NullMarked
package org.casebook.account;

import org.jspecify.annotations.NullMarked;
