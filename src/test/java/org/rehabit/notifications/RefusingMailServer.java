package org.rehabit.notifications;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A stand-in for a mail server that has no such mailbox: it speaks SMTP and answers every recipient with
 * {@code 550 5.1.1}, as a real server does for an address with a typo. (GreenMail accepts every address.)
 */
final class RefusingMailServer implements AutoCloseable {

    private final ServerSocket socket;

    RefusingMailServer() {
        try {
            socket = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(() -> {
            while (!socket.isClosed()) {
                try (var client = socket.accept()) {
                    converse(client);
                } catch (IOException e) {
                    // closed, or a client that went away: wait for the next
                }
            }
        });
    }

    int port() {
        return socket.getLocalPort();
    }

    private static void converse(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        out.print("220 refusing.test ESMTP\r\n");
        out.flush();
        for (var line = in.readLine(); line != null; line = in.readLine()) {
            var command = line.toUpperCase(Locale.ROOT);
            var answer = command.startsWith("EHLO") || command.startsWith("HELO") ? "250 refusing.test"
                    : command.startsWith("MAIL FROM") ? "250 2.1.0 Ok"
                            : command.startsWith("RCPT TO") ? "550 5.1.1 No such mailbox"
                                    : command.startsWith("QUIT") ? "221 2.0.0 Bye"
                                            : command.startsWith("RSET") || command.startsWith("NOOP") ? "250 2.0.0 Ok"
                                                    : "503 5.5.1 Bad sequence";
            out.print(answer + "\r\n");
            out.flush();
            if (command.startsWith("QUIT")) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
