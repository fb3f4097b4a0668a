package org.cables.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** The last answer of a page is kept deflated when it is long, and comes back to the character. */
class KeptAnswerTest {

    /** A page's worth of Vaadin's JSON with curly quotes and Korean in it. */
    static String longAnswer() {
        StringBuilder json = new StringBuilder("{\"syncId\":7,\"changes\":[");
        for (int node = 0; node < 400; node++) {
            json.append("{\"node\":").append(node).append(",\"type\":\"put\",\"key\":\"text\",\"feat\":7,")
                    .append("\"value\":\"Stalin’s reply to Kim — 스탈린이 김일성에게 보낸 답신 ").append(node).append("\"},");
        }
        return json.append("{}]}").toString();
    }

    @Test
    void aLongAnswerIsKeptDeflatedAndComesBackWhole() {
        UI ui = new UI();
        String answer = longAnswer();
        ui.getInternals().setLastRequestResponse(answer);

        KeptAnswer.compact(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isNull();
        KeptAnswer.Deflated kept = ComponentUtil.getData(ui, KeptAnswer.Deflated.class);
        assertThat(kept.bytes().length).as("deflated bytes").isLessThan(answer.length() / 4);

        KeptAnswer.restore(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(answer);
    }

    @Test
    void anAnswerKeptFromTheBytesSentComesBackWhole() {
        UI ui = new UI();
        String answer = longAnswer();
        byte[] sent = answer.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ui.getInternals().setLastRequestResponse(answer);

        KeptAnswer.keep(ui, answer, sent);

        assertThat(ui.getInternals().getLastRequestResponse()).isNull();
        KeptAnswer.Deflated kept = ComponentUtil.getData(ui, KeptAnswer.Deflated.class);
        assertThat(kept.utf8Length()).isEqualTo(sent.length);
        KeptAnswer.restore(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(answer);
    }

    /** Text that hardly deflates outgrows the first array, which then grows; nothing is lost. */
    @Test
    void anAnswerThatHardlyDeflatesComesBackWholeToo() {
        java.util.Random random = new java.util.Random(67);
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            noise.append((char) (0xAC00 + random.nextInt(11_172)));
        }
        String answer = noise.toString();
        KeptAnswer.Deflated kept = KeptAnswer.deflate(answer.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(kept.bytes().length).as("more than the first array's fifth of the input").isGreaterThan(kept.utf8Length() / 5 + 64);
        assertThat(KeptAnswer.inflate(kept)).isEqualTo(answer);
    }

    @Test
    void aShortAnswerStaysWithVaadinAndAnOlderLongOneIsDropped() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse(longAnswer());
        KeptAnswer.compact(ui);

        String click = "{\"syncId\":8,\"changes\":[]}";
        ui.getInternals().setLastRequestResponse(click);
        KeptAnswer.compact(ui);
        KeptAnswer.restore(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(click);
        assertThat(ComponentUtil.getData(ui, KeptAnswer.Deflated.class)).isNull();
    }

    @Test
    void aRequestThatWroteNoAnswerLeavesTheKeptOneAlone() {
        UI ui = new UI();
        String answer = longAnswer();
        ui.getInternals().setLastRequestResponse(answer);
        KeptAnswer.compact(ui);

        KeptAnswer.compact(ui);
        KeptAnswer.restore(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(answer);
    }
}
