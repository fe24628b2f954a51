package org.rehabit.security.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.vaadin.flow.component.Svg;
import java.util.Map;

/** A QR code drawn as SVG in the page (no image request, nothing to cache). */
final class QrCode {

    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    static Svg of(String text, String label) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, QUIET_ZONE));
            var path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            var svg = new Svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                    + matrix.getHeight() + "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" "
                    + "height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>");
            svg.getElement().setAttribute("aria-label", label);
            svg.addClassName("qr-code");
            return svg;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code", e);
        }
    }
}
