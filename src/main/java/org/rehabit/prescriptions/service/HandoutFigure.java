package org.rehabit.prescriptions.service;

import java.awt.Color;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.rehabit.catalog.domain.figure.Figure;
import org.rehabit.catalog.domain.figure.Prop;
import org.rehabit.catalog.domain.figure.Skeleton;
import org.rehabit.catalog.domain.figure.View;

/**
 * An exercise's key poses side by side for the printed handout, drawn as vector lines from the same model as the
 * web's moving figure ({@link Skeleton#place}): no image files, sharp at any size. An exercise to avoid carries the
 * same "no" sign.
 */
final class HandoutFigure {

    /** At most this many key poses are drawn, start to end. */
    static final int MAX_POSES = 3;
    private static final Color INK = new Color(0x24, 0x47, 0x5a);
    private static final Color FAR_INK = new Color(0x8a, 0xa6, 0xb6);
    private static final Color PROP = new Color(0x9a, 0x7b, 0x4f);
    private static final Color FLOOR = new Color(0xc3, 0xcc, 0xd2);
    private static final Color AVOID = new Color(0xc6, 0x28, 0x28);

    private HandoutFigure() {
    }

    /** The key poses in a row, {@code poseWidth} points wide each. */
    static Image draw(PdfWriter writer, Figure figure, float poseWidth) {
        var frame = Skeleton.frame(figure);
        var scale = poseWidth / (float) frame[2];
        var poseHeight = (float) frame[3] * scale;
        var poses = figure.poses().subList(0, Math.min(MAX_POSES, figure.poses().size()));
        var template = writer.getDirectContent().createTemplate(poseWidth * poses.size(), poseHeight);
        for (int i = 0; i < poses.size(); i++) {
            var left = i * poseWidth;
            // scene (y down, from the frame's corner) to the template (y up, this pose's cell)
            Transform at = (x, y) -> new float[] {left + (float) (x - frame[0]) * scale,
                    poseHeight - (float) (y - frame[1]) * scale};
            line(template, at, FLOOR, 0.8f, frame[0], Skeleton.FLOOR, frame[0] + frame[2], Skeleton.FLOOR);
            figure.props().stream().filter(prop -> !prop.held()).forEach(prop -> prop(template, at, prop, figure.view(),
                    scale));
            var placed = Skeleton.place(figure.view(), poses.get(i));
            var width = 5 * scale;
            // the far side first, so the near side is drawn over it
            for (var near : new boolean[] {false, true}) {
                for (var part : placed.values()) {
                    var isNear = figure.view() == View.FRONT || !part.name().startsWith("right-");
                    if (isNear == near) {
                        line(template, at, near ? INK : FAR_INK, width, part.x1(), part.y1(), part.x2(), part.y2());
                    }
                }
            }
            var head = Skeleton.head(figure.view(), poses.get(i));
            var centre = at.apply(head[0], head[1]);
            template.setColorFill(INK);
            template.circle(centre[0], centre[1], (float) Skeleton.HEAD_RADIUS * scale);
            template.fill();
            for (var prop : figure.props()) {
                if (prop.held()) {
                    for (var hand : new String[] {"left-forearm", "right-forearm"}) {
                        var end = at.apply(placed.get(hand).x2(), placed.get(hand).y2());
                        template.setColorFill(Color.DARK_GRAY);
                        template.circle(end[0], end[1], (prop.kind() == Prop.Kind.BARBELL ? 6 : 3) * scale);
                        template.fill();
                    }
                }
            }
        }
        if (figure.avoid()) {
            var x = poseWidth * poses.size() - 12 * scale;
            var y = poseHeight - 12 * scale;
            template.setColorStroke(AVOID);
            template.setLineWidth(2.5f * scale);
            template.circle(x, y, 9 * scale);
            template.moveTo(x - 6.4f * scale, y - 6.4f * scale);
            template.lineTo(x + 6.4f * scale, y + 6.4f * scale);
            template.stroke();
        }
        try {
            var image = Image.getInstance(template);
            // its own size, not stretched to the width of the exercise's box
            image.setWidthPercentage(0);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void prop(PdfContentByte canvas, Transform at, Prop prop, View view, float scale) {
        var x = prop.x();
        var y = prop.y();
        switch (prop.kind()) {
            case CHAIR -> {
                line(canvas, at, PROP, 2.5f * scale, x - 12, y, x + 12, y);
                line(canvas, at, PROP, 2.5f * scale, x - 10, y, x - 10, Skeleton.FLOOR);
                line(canvas, at, PROP, 2.5f * scale, x + 10, y, x + 10, Skeleton.FLOOR);
                if (view == View.SIDE) {
                    line(canvas, at, PROP, 2.5f * scale, x + 10, y, x + 10, y - 26);
                }
            }
            case MAT -> line(canvas, at, Color.GRAY, 2 * scale, x - 48, Skeleton.FLOOR - 1, x + 48,
                    Skeleton.FLOOR - 1);
            case FOAM_ROLLER -> {
                var centre = at.apply(x, Skeleton.FLOOR - 5);
                canvas.setColorStroke(PROP);
                canvas.setLineWidth(2.5f * scale);
                canvas.circle(centre[0], centre[1], 5 * scale);
                canvas.stroke();
            }
            case DUMBBELLS, BARBELL -> {
                // held: drawn at the hands
            }
        }
    }

    private static void line(PdfContentByte canvas, Transform at, Color color, float width, double x1, double y1,
            double x2, double y2) {
        var from = at.apply(x1, y1);
        var to = at.apply(x2, y2);
        canvas.setColorStroke(color);
        canvas.setLineWidth(width);
        canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
        canvas.moveTo(from[0], from[1]);
        canvas.lineTo(to[0], to[1]);
        canvas.stroke();
    }

    /** From the scene's coordinates to the drawing's. */
    @FunctionalInterface
    private interface Transform {

        float[] apply(double x, double y);
    }
}
