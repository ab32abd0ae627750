package org.frontdesk.scheduling.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.frontdesk.scheduling.FlowBoard.DaySheet;
import org.frontdesk.scheduling.Visit;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A provider's day sheet as a PDF: practice, provider and date on top; one line per appointment (time, patient, date
 * of birth, type, reason, room, status) in a table whose heading repeats on every page; a footer with the provider,
 * the date and "page n of m" on each page. Half-inch margins leave room for any printer on Letter or A4.
 */
final class DaySheetDocument {

    /** The paper the sheet is laid out for. */
    enum Paper {
        LETTER(PageSize.LETTER), A4(PageSize.A4);

        private final Rectangle size;

        Paper(Rectangle size) {
            this.size = size;
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm a z", Locale.US);
    private static final float MARGIN = 36;
    private static final float FOOTER = 28;
    private static final String[] HEADINGS = {"Time", "Patient", "DOB", "Type", "Reason", "Room", "Status"};
    private static final float[] WIDTHS = {13.5f, 22, 10.5f, 13, 22, 8, 11};

    private final BaseFont regular;
    private final BaseFont bold;

    DaySheetDocument() {
        try {
            // The standard 14 fonts: nothing to embed, and WinAnsi covers the accented letters of Western names.
            regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] render(DaySheet sheet, String practice, Paper paper) {
        var out = new ByteArrayOutputStream();
        var document = new Document(paper.size, MARGIN, MARGIN, MARGIN, MARGIN + FOOTER);
        var writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7); // what every office printer and viewer reads; nothing here needs 2.0
        var footerLine = practice + " · Day sheet · " + sheet.provider().displayName() + " · "
                + SHORT_DAY.format(sheet.day());
        writer.setPageEvent(new Footer(footerLine));
        // Metadata names the provider and the day, never a patient: viewers show it in title bars and file lists.
        document.addTitle("Day sheet " + sheet.provider().displayName() + " " + sheet.day());
        document.addCreator("Frontdesk");
        document.open();
        document.add(new Paragraph(practice, new Font(bold, 15)));
        document.add(new Paragraph("Day sheet: " + sheet.provider().displayName(), new Font(bold, 12)));
        var summary = new Paragraph(DAY.format(sheet.day()) + " · " + count(sheet) + " · printed "
                + PRINTED.format(sheet.printedAt().atZone(sheet.zone())), new Font(regular, 9, Font.NORMAL,
                Color.DARK_GRAY));
        summary.setSpacingAfter(8);
        document.add(summary);
        if (sheet.visits().isEmpty()) {
            document.add(new Paragraph("No appointments on this day.", new Font(regular, 11)));
        } else {
            document.add(table(sheet));
        }
        document.close();
        return out.toByteArray();
    }

    private PdfPTable table(DaySheet sheet) {
        var table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        var heading = new Font(bold, 8.5f);
        for (var title : HEADINGS) {
            var cell = cell(title, heading);
            cell.setBackgroundColor(new Color(0xe5, 0xe7, 0xeb));
            table.addCell(cell);
        }
        var text = new Font(regular, 8.5f);
        var name = new Font(bold, 8.5f);
        for (var visit : sheet.visits()) {
            table.addCell(cell(time(visit, sheet.zone()), text));
            table.addCell(cell(visit.patientName() == null ? "—" : visit.patientName(), name));
            var born = cell(visit.birthDate() == null ? "" : SHORT_DAY.format(visit.birthDate()), text);
            born.setNoWrap(true);
            table.addCell(born);
            table.addCell(cell(visit.type() + (visit.telemedicine() ? " (video)" : ""), text));
            table.addCell(cell(visit.reason() == null ? "" : visit.reason(), text));
            table.addCell(cell(room(visit, sheet), text));
            table.addCell(cell(StatusLabel.of(visit.status()) + (visit.overbooked() ? " (overbooked)" : ""), text));
        }
        return table;
    }

    /** "9:30–10:00 AM" (or "11:45 AM–12:15 PM"), in the location's zone; named when it is not the practice's. */
    private static String time(Visit visit, ZoneId practiceZone) {
        var start = visit.start().atZone(visit.zone());
        var end = visit.end().atZone(visit.zone());
        var from = TIME.format(start);
        var to = TIME.format(end);
        var text = from.substring(from.length() - 2).equals(to.substring(to.length() - 2))
                ? from.substring(0, from.length() - 3) + "–" + to : from + "–" + to;
        return visit.zone().equals(practiceZone) ? text : text + " " + DateTimeFormatter.ofPattern("z", Locale.US)
                .format(start);
    }

    /** The room, and the location when the provider works at more than one that day. */
    private static String room(Visit visit, DaySheet sheet) {
        var room = visit.room() == null ? "" : visit.room();
        boolean elsewhere = sheet.visits().stream().map(Visit::location).distinct().count() > 1;
        return elsewhere ? (room + "\n" + visit.locationName()).strip() : room;
    }

    private static String count(DaySheet sheet) {
        var n = sheet.visits().size();
        return n == 1 ? "1 appointment" : n + " appointments";
    }

    private static PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setBorderColor(new Color(0xc8, 0xcc, 0xd2));
        return cell;
    }

    /** Provider, date and "page n of m" at the foot of every page; m is written once the last page is known. */
    private final class Footer extends PdfPageEventHelper {

        private final String line;
        private PdfTemplate total;

        Footer(String line) {
            this.line = line;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var content = writer.getDirectContent();
            float y = document.bottom() - FOOTER + 6;
            var small = new Font(regular, 8, Font.NORMAL, Color.DARK_GRAY);
            ColumnText.showTextAligned(content, Element.ALIGN_LEFT, new Phrase(line, small), document.left(), y, 0);
            ColumnText.showTextAligned(content, Element.ALIGN_LEFT,
                    new Phrase("Confidential: contains protected health information.", small), document.left(),
                    y - 10, 0);
            var page = "Page " + writer.getPageNumber() + " of ";
            float x = document.right() - 40 - regular.getWidthPoint(page, 8);
            ColumnText.showTextAligned(content, Element.ALIGN_LEFT, new Phrase(page, small), x, y, 0);
            content.addTemplate(total, x + regular.getWidthPoint(page, 8), y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(regular, 8);
            total.setColorFill(Color.DARK_GRAY);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }

}
