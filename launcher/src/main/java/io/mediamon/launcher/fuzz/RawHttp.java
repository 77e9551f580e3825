package io.mediamon.launcher.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Sends one HTTP/1.1 request as raw bytes over a socket, so headers can be malformed, and reads the status
 * line. Returns the status, 0 when the server closed the connection without one, -1 on a timeout.
 */
final class RawHttp {
    private RawHttp() {
    }

    static int send(int port, byte[] request, int timeoutMs) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMs);
            socket.setSoTimeout(timeoutMs);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // the server may refuse mid-request; read what it answered, if anything
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n' && line.size() < 200) {
                line.write(b);
            }
            String status = line.toString(StandardCharsets.ISO_8859_1);
            if (!status.startsWith("HTTP/")) {
                return 0;
            }
            String[] parts = status.split(" ");
            return parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 0;
        } catch (SocketTimeoutException e) {
            return -1;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
