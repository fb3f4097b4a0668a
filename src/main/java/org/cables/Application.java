package org.cables;

import java.time.Clock;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.cables.content.CheckContentCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Cables exhibit: the Korean War told through the telegrams of Stalin, Mao Zedong and
 * Kim Il Sung. Starts on the embedded H2 database unless the {@code postgres} profile is on.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/cables.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Meta(name = "description", content = "An exhibit on the Korean War told through the declassified telegrams of Stalin, Mao Zedong and Kim Il Sung.")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && CheckContentCommand.NAME.equals(args[0])) {
            System.exit(CheckContentCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Cables");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    /** One clock for the whole exhibit, so that tests can fix the time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
