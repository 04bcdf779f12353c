package org.casebook;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Casebook: articles in, arguments for each side out. The application's one assembler: Spring Boot wires the
 * domain's services, the embedded database default and the Vaadin views. Styles come only from
 * {@code META-INF/resources}, so the UI needs no Node.js front-end build.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/casebook.css")
public class CasebookApplication implements AppShellConfigurator {
    public static void main(String[] args) {
        SpringApplication.run(CasebookApplication.class, args);
    }
}
