package org.cables.packet;

/**
 * How a packet looks on paper: A4, black on white, the packet's fonts, a page for the cover and
 * for each stop, page numbers at the foot, questions kept whole on a page. No text of the content
 * is ever written into it.
 */
final class PacketStyle {

    private PacketStyle() {
    }

    static final String CSS = """
            @page {
              size: A4;
              margin: 18mm 18mm 20mm 18mm;
              @bottom-left { content: element(runningTitle); vertical-align: top; }
              @bottom-right { content: element(runningPage); vertical-align: top; }
            }
            .running-title { position: running(runningTitle); font-size: 8pt; color: #333333; padding-top: 3mm; }
            .running-page { position: running(runningPage); font-size: 8pt; color: #333333; padding-top: 3mm; text-align: right; }
            .page-number::before { content: counter(page); }
            .page-count::before { content: counter(pages); }

            html, body { font-family: %s; font-size: 10.5pt; line-height: 1.45; color: #000000; background: #ffffff; }
            body { margin: 0; }
            p { margin: 0 0 2.4mm 0; }
            h1, h2, h3, h4 { font-weight: bold; line-height: 1.2; page-break-after: avoid; }
            h1 { font-size: 26pt; margin: 0 0 4mm 0; }
            h2 { font-size: 17pt; margin: 0 0 2mm 0; }
            h3 { font-size: 12pt; margin: 5mm 0 2mm 0; }
            h4 { font-size: 11pt; margin: 0 0 1mm 0; }
            strong { font-weight: bold; }
            table { border-collapse: collapse; }
            td, th { vertical-align: top; }

            .cover { padding-top: 12mm; }
            .kicker { font-size: 11pt; letter-spacing: 0.04em; text-transform: uppercase; margin-bottom: 10mm; }
            .edition { font-size: 15pt; font-weight: bold; border: 1.2pt solid #000000; padding: 2mm 4mm; margin-bottom: 8mm; }
            .period { font-size: 13pt; margin-bottom: 6mm; }
            .summary { font-size: 12pt; margin-bottom: 6mm; }
            .language { font-size: 10pt; margin-bottom: 8mm; }
            .key-note { font-size: 11pt; font-weight: bold; margin-bottom: 8mm; }
            .contents { font-size: 10pt; margin-top: 6mm; }
            table.who { width: 100%%; margin: 2mm 0 4mm 0; }
            .who-label { width: 22mm; padding: 5mm 2mm 0 0; font-weight: bold; white-space: nowrap; }
            .who-line { border-bottom: 0.6pt solid #000000; }
            .sources { margin-top: 12mm; border-top: 0.6pt solid #000000; padding-top: 3mm; font-size: 9pt; }
            .sources h2 { font-size: 11pt; margin-bottom: 1.5mm; }

            .stop { page-break-before: always; }
            .stop-number { font-size: 9.5pt; text-transform: uppercase; letter-spacing: 0.04em; margin-bottom: 1mm; }
            .stop-title { font-size: 19pt; }
            .stop-date { font-weight: bold; margin-bottom: 4mm; }
            .map { float: right; width: 58mm; margin: 0 0 3mm 5mm; }
            .map-image { width: 58mm; }
            .map-note { font-size: 8pt; line-height: 1.3; margin-top: 1mm; }
            .story p { text-align: left; }
            .think { clear: both; border: 0.8pt solid #000000; padding: 2mm 3mm 1mm 3mm; margin: 3mm 0; page-break-inside: avoid; }
            .think h3 { margin-top: 0; font-size: 11pt; }
            .checkpoint { font-style: italic; }
            .documents-heading { clear: both; border-bottom: 0.8pt solid #000000; padding-bottom: 1mm; }
            .document { margin: 0 0 5mm 0; }
            .document h4 { page-break-after: avoid; }
            .document-meta { font-size: 9.5pt; }
            .label { font-size: 9pt; font-weight: bold; margin-bottom: 1mm; }
            .label-inline { font-weight: bold; }
            .account p, .document-summary { font-size: 10pt; }
            .citation { font-size: 8.5pt; line-height: 1.35; color: #222222; }

            .quotation { margin: 2mm 0 3mm 0; page-break-inside: avoid; }
            blockquote { margin: 0; padding: 1mm 0 1mm 4mm; border-left: 2.2pt solid #000000; }
            blockquote p { margin: 0; font-size: 10pt; }
            .highlight { font-weight: bold; text-decoration: underline; }
            table.side-by-side { width: 100%%; }
            .quote-cell { width: 55%%; padding-right: 4mm; }
            .ours-cell { width: 45%%; border-left: 0.6pt dashed #555555; padding-left: 4mm; }
            .ours-label { font-size: 8pt; line-height: 1.3; font-weight: bold; margin-bottom: 1mm; }
            .ours { font-size: 10pt; }
            .source { font-size: 8.5pt; line-height: 1.3; margin-top: 1.5mm; }

            .questions { page-break-before: always; }
            .questions .lead { margin-bottom: 5mm; }
            .question { page-break-inside: avoid; border-top: 0.6pt solid #000000; padding-top: 2.5mm; margin-bottom: 5mm; }
            .question-head { font-size: 9.5pt; margin-bottom: 1mm; }
            .question-number { font-weight: bold; font-size: 12pt; border: 1pt solid #000000; padding: 0 1.6mm; margin-right: 1mm; }
            .question-kind { font-weight: bold; }
            .prompt { font-weight: bold; }
            .skill { font-size: 9pt; font-style: italic; }
            .statement { border: 0.6pt solid #000000; padding: 2mm 3mm; }
            .help { font-size: 9pt; font-style: italic; }
            table.question-map { width: 100%%; margin: 1mm 0 2mm 0; }
            .question-map-cell { width: 50mm; padding-right: 5mm; }
            .question-map-image { width: 46mm; }
            .map-date { font-size: 9.5pt; font-weight: bold; }
            table.choices { margin: 1mm 0 2mm 0; }
            table.choices td { padding: 0.8mm 1.5mm 0.8mm 0; }
            .box-cell { width: 6mm; }
            .box { display: inline-block; width: 3.4mm; height: 3.4mm; border: 0.9pt solid #000000; margin-top: 0.9mm; }
            .box.ticked { background-color: #000000; }
            .letter { width: 5mm; font-weight: bold; }
            .tf-text { padding-right: 10mm; }
            .correct { font-weight: bold; }
            table.order, table.match { margin: 1mm 0 2mm 0; width: 100%%; }
            table.order td, table.match td { padding: 1mm 2mm 1mm 0; }
            .blank-cell { width: 12mm; }
            .blank { display: inline-block; width: 9mm; height: 5mm; border-bottom: 0.9pt solid #000000; text-align: center; font-weight: bold; }
            .match-number { width: 6mm; font-weight: bold; }
            .match-left { width: 42%%; }
            .match-letter { width: 6mm; }
            .room { margin-top: 1mm; }
            .room-label { font-size: 8.5pt; margin-bottom: 0; }
            .lines .line { height: 7.5mm; border-bottom: 0.5pt solid #777777; }

            .key .answer { font-weight: bold; margin-top: 1mm; }
            .key .explanation, .key .reading { font-size: 10pt; }
            .key .reading { font-style: italic; }
            .model-answer { border-left: 2pt solid #000000; padding-left: 3mm; margin-bottom: 3mm; }
            table.rubric { width: 100%%; margin: 1mm 0 3mm 0; font-size: 8.5pt; line-height: 1.3; }
            table.rubric th, table.rubric td { border: 0.6pt solid #000000; padding: 1.2mm; text-align: left; }
            table.rubric th { background-color: #e6e6e6; }
            table.rubric .criterion { width: 24%%; }
            """.formatted(PacketFonts.FAMILIES);
}
