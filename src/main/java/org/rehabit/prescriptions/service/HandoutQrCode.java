package org.rehabit.prescriptions.service;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.util.Map;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A QR code on the handout, drawn as vector squares (no image file): a phone's camera opens the address, which asks
 * to sign in before it shows anything.
 */
final class HandoutQrCode {

    /** The blank border the QR standard asks for around the code, in modules: a phone reads it more surely. */
    private static final int QUIET_ZONE = 4;

    private HandoutQrCode() {
    }

    static Image draw(PdfWriter writer, String address, float size) {
        try {
            var matrix = new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, QUIET_ZONE));
            var module = size / matrix.getWidth();
            var template = writer.getDirectContent().createTemplate(size, size);
            template.setColorFill(Color.BLACK);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        // the PDF's y axis points up
                        template.rectangle(x * module, size - (y + 1) * module, module, module);
                    }
                }
            }
            template.fill();
            var image = Image.getInstance(template);
            image.setWidthPercentage(0);
            return image;
        } catch (WriterException | BadElementException e) {
            throw new IllegalArgumentException("Cannot draw a QR code for " + address, e);
        }
    }
}
