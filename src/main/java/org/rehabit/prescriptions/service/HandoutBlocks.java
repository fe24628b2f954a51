package org.rehabit.prescriptions.service;

import java.awt.Color;
import java.util.Collection;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.List;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The handout's typography: built-in Helvetica at sizes meant to be read at arm's length, and the few building
 * blocks the handout is made of. One instance per document, as OpenPDF fonts are mutable.
 */
final class HandoutBlocks {

    private static final Color MUTED = new Color(0x44, 0x44, 0x44);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);

    private final Font title = new Font(Font.HELVETICA, 22, Font.BOLD);
    private final Font heading = new Font(Font.HELVETICA, 15, Font.BOLD);
    private final Font body = new Font(Font.HELVETICA, 12, Font.NORMAL);
    private final Font bold = new Font(Font.HELVETICA, 12, Font.BOLD);
    private final Font italic = new Font(Font.HELVETICA, 12, Font.ITALIC);
    private final Font boldItalic = new Font(Font.HELVETICA, 12, Font.BOLDITALIC);
    private final Font small = new Font(Font.HELVETICA, 11, Font.NORMAL, MUTED);

    Paragraph title(String text) {
        var paragraph = new Paragraph(text, title);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    Paragraph heading(String text) {
        var paragraph = new Paragraph(text, heading);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    Paragraph line(String text) {
        return new Paragraph(text, body);
    }

    Paragraph strong(String text) {
        return new Paragraph(text, bold);
    }

    /** A bold label followed by plain text: "Take care: move slowly". */
    Paragraph labelled(String label, String text) {
        var paragraph = new Paragraph();
        paragraph.add(new Chunk(label + " ", bold));
        paragraph.add(new Chunk(text, body));
        paragraph.setSpacingBefore(4);
        return paragraph;
    }

    /** The therapist's own words, set apart in italics. */
    Paragraph note(String label, String text) {
        var paragraph = new Paragraph();
        paragraph.add(new Chunk(label + " ", boldItalic));
        paragraph.add(new Chunk(text, italic));
        paragraph.setSpacingBefore(4);
        return paragraph;
    }

    List numbered(Collection<String> lines) {
        return list(new List(List.ORDERED, 18), "", lines);
    }

    List bulleted(Collection<String> lines) {
        return list(new List(List.UNORDERED, 14), "\u2022", lines);
    }

    private List list(List list, String symbol, Collection<String> lines) {
        list.setListSymbol(new Chunk(symbol, body));
        list.setIndentationLeft(4);
        lines.forEach(line -> {
            var item = new ListItem(line, body);
            item.setSpacingBefore(3);
            list.add(item);
        });
        return list;
    }

    /**
     * One block kept on a single page where it fits (a table row is moved whole to the next page rather than
     * split), framed when {@code boxed}.
     */
    PdfPTable block(boolean boxed, Collection<? extends Element> elements) {
        var cell = new PdfPCell();
        cell.setBorder(boxed ? Rectangle.BOX : Rectangle.BOTTOM);
        cell.setBorderColor(boxed ? Color.BLACK : RULE);
        cell.setBorderWidth(boxed ? 1.5f : 0.5f);
        cell.setPadding(boxed ? 10 : 0);
        cell.setPaddingBottom(boxed ? 12 : 14);
        elements.forEach(cell::addElement);
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(boxed ? 18 : 12);
        table.addCell(cell);
        return table;
    }

    Paragraph small(String text) {
        var paragraph = new Paragraph(text, small);
        paragraph.setSpacingBefore(2);
        return paragraph;
    }

    HeaderFooter footer(String pageLabel) {
        var footer = new HeaderFooter(new Phrase(pageLabel + " ", small), true);
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.NO_BORDER);
        return footer;
    }
}
