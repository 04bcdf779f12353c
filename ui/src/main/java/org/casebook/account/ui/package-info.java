/**
 * Signing in and out, the first teacher account, sign-up and the account page; the Spring Security configuration
 * (Vaadin's VaadinSecurityConfigurer: sessions, CSRF, view access by annotation) and the bridge that tells the
 * domain's services who is calling.
 */
@NullMarked
package org.casebook.account.ui;

import org.jspecify.annotations.NullMarked;
