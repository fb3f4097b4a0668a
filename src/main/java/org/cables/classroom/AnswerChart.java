package org.cables.classroom;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Answers arriving, as a bar per possible answer: the count in words and in a bar (the bar is
 * decoration; the words say it all), the right answer marked once revealed.
 */
final class AnswerChart extends Div {

    private final Paragraph summary = new Paragraph();
    private final UnorderedList bars = new UnorderedList();

    AnswerChart() {
        addClassName("answer-chart");
        summary.addClassName("answer-summary");
        summary.getElement().setAttribute("role", "status");
        bars.addClassName("answer-bars");
        add(summary, bars);
    }

    void show(Classrooms.Tally tally, boolean revealed) {
        summary.setText(getTranslation("console.answered", tally.answered(), tally.students()));
        bars.removeAll();
        int most = tally.bars().stream().mapToInt(Classrooms.Bar::count).max().orElse(0);
        for (Classrooms.Bar bar : tally.bars()) {
            String label = bar.label() != null ? bar.label() : getTranslation("quiz." + bar.id());
            Span text = new Span(label);
            text.addClassName("answer-label");
            Span count = new Span(getTranslation("console.answers", bar.count()));
            count.addClassName("answer-count");
            Div fill = new Div();
            fill.addClassName("answer-fill");
            fill.getStyle().set("width", (most == 0 ? 0 : 100.0 * bar.count() / most) + "%");
            Div track = new Div(fill);
            track.addClassName("answer-track");
            track.getElement().setAttribute("aria-hidden", "true");
            ListItem item = new ListItem(text, track, count);
            item.addClassName("answer-bar");
            item.getElement().setAttribute("data-answer", bar.id());
            if (revealed && bar.correct()) {
                item.addClassName("right");
                Span mark = new Span(getTranslation("console.right-answer"));
                mark.addClassName("answer-right-mark");
                item.add(mark);
            }
            bars.add(item);
        }
    }
}
