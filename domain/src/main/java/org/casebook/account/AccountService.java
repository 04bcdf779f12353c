package org.casebook.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: the first teacher, sign-up, the credentials sign-in checks, changing a password, and a new password a
 * teacher sets for a student of their class who has forgotten theirs. Passwords are
 * hashed with Spring Security's DelegatingPasswordEncoder (bcrypt, the hash tagged with its algorithm so a later
 * default can take over); no password is stored or logged in clear. Invalid input is an
 * {@link IllegalArgumentException} whose message is meant for the person who typed it. Thread-safe.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {
    public static final int USERNAME_MIN_LENGTH = 3;
    public static final int USERNAME_MAX_LENGTH = 40;
    public static final int NAME_MAX_LENGTH = 100;
    public static final int PASSWORD_MIN_LENGTH = 8;
    public static final int PASSWORD_MAX_LENGTH = 72; // bcrypt reads no further
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /** Letters and digits of a new password that cannot be misread for one another (no 0/O, 1/l/I). */
    private static final String READABLE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int NEW_PASSWORD_LENGTH = 12;

    private final AccountRepository accounts;
    private final Access access;
    private final SecureRandom random = new SecureRandom();
    private final Callers callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    AccountService(AccountRepository accounts, Access access, Callers callers, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.access = access;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    /** True once any account exists; until then the app offers to create the first teacher. */
    public boolean hasAccounts() {
        return accounts.count() > 0;
    }

    /** The first account, a teacher's; refused once any account exists. */
    @Transactional
    public synchronized AccountSummary createFirstTeacher(SignUp signUp) {
        if (hasAccounts()) {
            throw new NotAllowedException("the first account exists already: sign in, or sign up");
        }
        AccountSummary teacher = create(new SignUp(signUp.username(), signUp.displayName(), signUp.password(),
                Role.TEACHER));
        events.publishEvent(new FirstTeacherCreated(teacher.id()));
        return teacher;
    }

    /** A new account with the role asked for; the user name must be free. */
    @Transactional
    public AccountSummary signUp(SignUp signUp) {
        if (!hasAccounts()) {
            throw new NotAllowedException("create the first teacher account first");
        }
        return create(signUp);
    }

    /** What sign-in checks a password against; empty for an unknown user name. */
    public Optional<Credentials> credentials(String username) {
        return accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .map(a -> new Credentials(a.id(), a.username(), a.summary().displayName(), a.role(),
                        a.passwordHash()));
    }

    /** True when {@code password} matches the hash (for sign-in). */
    public boolean matches(String password, String passwordHash) {
        return encoder.matches(password, passwordHash);
    }

    /** The first teacher account, once there is one: it owns the sample brief. */
    public Optional<Long> firstTeacher() {
        return accounts.findFirstByRoleOrderByIdAsc(Role.TEACHER).map(Account::id);
    }

    /** The caller's own account. */
    public Optional<AccountSummary> me() {
        return callers.current().filter(c -> !c.system()).flatMap(c -> accounts.findById(c.accountId()))
                .map(Account::summary);
    }

    /** The accounts with these ids (for showing names). */
    public List<AccountSummary> named(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : accounts.findByIdIn(ids).stream().map(Account::summary).toList();
    }

    /** Changes the caller's password, after checking the current one. */
    @Transactional
    public void changePassword(String current, String next) {
        Caller caller = callers.require();
        Account account = accounts.findById(caller.accountId())
                .orElseThrow(() -> new NotAllowedException("sign in first"));
        if (!encoder.matches(current, account.passwordHash())) {
            throw new IllegalArgumentException("The current password is not right.");
        }
        account.changePassword(encoder.encode(checkedPassword(next)));
    }

    /**
     * Sets a new password, made up here, for a student of one of the caller's classes, and returns it (the only time
     * it is shown: the teacher passes it on, the student changes it on the Account page). Refused for anyone else.
     */
    @Transactional
    public String newPasswordForStudent(long studentId) {
        Caller caller = callers.require();
        Account student = accounts.findById(studentId).filter(a -> a.role() == Role.STUDENT)
                .filter(a -> access.teachesStudent(caller, studentId))
                .orElseThrow(() -> new NotAllowedException("only a teacher of the student's class can set a new "
                        + "password"));
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < NEW_PASSWORD_LENGTH; i++) {
            password.append(i > 0 && i % 4 == 0 ? "-" : "").append(READABLE.charAt(random.nextInt(READABLE.length())));
        }
        student.changePassword(encoder.encode(password.toString()));
        events.publishEvent(new PasswordSetByTeacher(student.username()));
        return password.toString();
    }

    private AccountSummary create(SignUp signUp) {
        String username = checkedUsername(signUp.username());
        String name = signUp.displayName().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Give your name.");
        }
        if (name.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A name is at most " + NAME_MAX_LENGTH + " characters.");
        }
        String hash = encoder.encode(checkedPassword(signUp.password()));
        if (accounts.existsByUsername(username)) {
            throw new IllegalArgumentException("The user name \"" + username + "\" is taken; choose another.");
        }
        try {
            return accounts.saveAndFlush(new Account(username, name, hash, signUp.role(), clock.instant())).summary();
        } catch (DataIntegrityViolationException e) { // taken meanwhile
            throw new IllegalArgumentException("The user name \"" + username + "\" is taken; choose another.");
        }
    }

    static String checkedUsername(String username) {
        String u = username.strip().toLowerCase(Locale.ROOT);
        if (u.length() < USERNAME_MIN_LENGTH || u.length() > USERNAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A user name has " + USERNAME_MIN_LENGTH + " to "
                    + USERNAME_MAX_LENGTH + " characters.");
        }
        if (!USERNAME.matcher(u).matches()) {
            throw new IllegalArgumentException("A user name uses letters, digits, dots, dashes and underscores, "
                    + "and starts with a letter or digit.");
        }
        return u;
    }

    static String checkedPassword(String password) {
        if (password.length() < PASSWORD_MIN_LENGTH) {
            throw new IllegalArgumentException("A password has at least " + PASSWORD_MIN_LENGTH + " characters.");
        }
        if (password.length() > PASSWORD_MAX_LENGTH) {
            throw new IllegalArgumentException("A password has at most " + PASSWORD_MAX_LENGTH + " characters.");
        }
        return password;
    }
}
