package org.casebook.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.casebook.account.AccountService;
import org.casebook.account.AccountSummary;
import org.casebook.account.Role;
import org.casebook.account.SignUp;
import org.casebook.base.ui.ErrorView;
import org.casebook.base.ui.NotFoundView;
import org.casebook.classroom.ClassroomService;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Sign-in, first start, sign-up and the account page without a browser (Karibu Testing), over stubbed services. */
@SpringBootTest(properties = "casebook.seeds.enabled=false")
@UsesTestDatabase
class AccountViewsTest {
    private static Routes routes;

    @Autowired ApplicationContext context;
    @MockitoBean AccountService accounts;
    @MockitoBean ClassroomService classes;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes(Set.<Class<? extends Component>>of(LoginView.class, FirstTeacherView.class,
                SignUpView.class, AccountView.class),
                Set.<Class<? extends HasErrorParameter<?>>>of(NotFoundView.class, ErrorView.class), true);
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
        SignedIn.out();
    }

    @Test
    void theFirstStartAsksForTheFirstTeacherAccount() {
        when(accounts.hasAccounts()).thenReturn(false);
        setUp();

        UI.getCurrent().navigate("login");

        var welcome = _get(FirstTeacherView.class);
        _setValue(welcome.fields.name, "Tess");
        _setValue(welcome.fields.username, "tess");
        _setValue(welcome.fields.password, "long enough");
        _setValue(welcome.fields.repeat, "long enough");
        _click(welcome.create);
        verify(accounts).createFirstTeacher(new SignUp("tess", "Tess", "long enough", Role.TEACHER));
    }

    @Test
    void passwordsThatDifferAreMarkedAndNothingIsCreated() {
        when(accounts.hasAccounts()).thenReturn(false);
        setUp();
        UI.getCurrent().navigate("welcome");
        var welcome = _get(FirstTeacherView.class);
        _setValue(welcome.fields.password, "long enough");
        _setValue(welcome.fields.repeat, "different one");

        _click(welcome.create);

        assertThat(welcome.fields.repeat.isInvalid()).isTrue();
        verify(accounts, never()).createFirstTeacher(any());
    }

    @Test
    void onceThereAreAccountsTheSignInPageLinksToSignUp() {
        when(accounts.hasAccounts()).thenReturn(true);
        setUp();

        UI.getCurrent().navigate("login");

        assertThat(_get(LoginView.class).login.isVisible()).isTrue();
    }

    @Test
    void aWrongJoinCodeIsSaidBeforeAnyAccountIsMade() {
        when(accounts.hasAccounts()).thenReturn(true);
        when(classes.codeExists(anyString())).thenReturn(false);
        setUp();
        UI.getCurrent().navigate("signup");
        var signUp = _get(SignUpView.class);
        _setValue(signUp.fields.name, "Sam");
        _setValue(signUp.fields.username, "sam");
        _setValue(signUp.fields.password, "long enough");
        _setValue(signUp.fields.repeat, "long enough");
        _setValue(signUp.joinCode, "WRONG123");

        _click(signUp.signUp);

        assertThat(signUp.problem.getText()).startsWith("No class has the join code \"WRONG123\"");
        verify(accounts, never()).signUp(any());
    }

    @Test
    void aServiceRefusalIsShownInItsOwnWords() {
        when(accounts.hasAccounts()).thenReturn(true);
        when(accounts.signUp(any())).thenThrow(new IllegalArgumentException("The user name \"sam\" is taken."));
        setUp();
        UI.getCurrent().navigate("signup");
        var signUp = _get(SignUpView.class);
        _setValue(signUp.fields.password, "long enough");
        _setValue(signUp.fields.repeat, "long enough");

        _click(signUp.signUp);

        assertThat(signUp.problem.getText()).isEqualTo("The user name \"sam\" is taken.");
    }

    @Test
    void aWrongCurrentPasswordIsSaid() {
        when(accounts.me()).thenReturn(java.util.Optional.of(new AccountSummary(1, "teacher1", "Tess", Role.TEACHER)));
        doThrow(new IllegalArgumentException("The current password is not right."))
                .when(accounts).changePassword(anyString(), anyString());
        setUp();
        SignedIn.teacher();
        UI.getCurrent().navigate("account");
        var view = _get(AccountView.class);
        _setValue(view.current, "wrong");
        _setValue(view.next, "new password");
        _setValue(view.repeat, "new password");

        _click(view.change);

        assertThat(view.status.getText()).isEqualTo("The current password is not right.");
    }

    private void setUp() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }
}
