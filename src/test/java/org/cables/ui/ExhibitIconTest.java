package org.cables.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.router.Menu;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every icon the menu names is drawn in the exhibit's own sprite (a missing one shows as an empty space). */
class ExhibitIconTest {

    @Test
    void everyMenuIconIsInTheSprite() throws Exception {
        String sprite;
        try (InputStream in = ExhibitIconTest.class.getResourceAsStream("/META-INF/resources/" + ExhibitIcon.SPRITE)) {
            sprite = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<String> missing = new ArrayList<>();
        int icons = 0;
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.cables")) {
            Menu menu = Class.forName(candidate.getBeanClassName()).getAnnotation(Menu.class);
            if (!menu.icon().isEmpty()) {
                icons++;
                String symbol = ExhibitIcon.symbol(menu.icon());
                if (!sprite.contains("<symbol id=\"" + symbol + "\"")) {
                    missing.add(candidate.getBeanClassName() + ": " + menu.icon());
                }
            }
        }
        assertThat(icons).isGreaterThan(5);
        assertThat(missing).as("menu icons missing from " + ExhibitIcon.SPRITE).isEmpty();
    }
}
