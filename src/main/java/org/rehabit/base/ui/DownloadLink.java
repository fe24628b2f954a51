package org.rehabit.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A link that downloads a file made when it is opened, in the signed-in user's session, so the secured service
 * that makes it decides whether this user may have it.
 */
public final class DownloadLink {

    private DownloadLink() {
    }

    public static Anchor of(String text, String fileName, String contentType, SerializableSupplier<byte[]> content) {
        return link(text, DownloadHandler.fromInputStream(download -> {
            var bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }));
    }

    /** A download written as it is made, never held whole in memory (a long export). */
    public static Anchor streamed(String text, String fileName, String contentType,
            SerializableConsumer<Writer> content) {
        return link(text, download -> {
            download.setFileName(fileName);
            download.setContentType(contentType);
            var writer = new OutputStreamWriter(download.getOutputStream(), StandardCharsets.UTF_8);
            content.accept(writer);
            writer.flush();
        });
    }

    private static Anchor link(String text, DownloadHandler handler) {
        var anchor = new Anchor(handler, "");
        anchor.add(VaadinIcon.DOWNLOAD.create());
        anchor.add(text);
        anchor.addClassName("download-link");
        return anchor;
    }
}
