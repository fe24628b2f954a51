package org.rehabit.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * A link that downloads a file made when it is opened, in the signed-in user's session, so the secured service
 * that makes it decides whether this user may have it.
 */
public final class DownloadLink {

    private DownloadLink() {
    }

    public static Anchor of(String text, String fileName, String contentType, SerializableSupplier<byte[]> content) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(download -> {
            var bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD.create());
        anchor.add(text);
        anchor.addClassName("download-link");
        return anchor;
    }
}
