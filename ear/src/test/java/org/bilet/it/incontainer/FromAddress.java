package org.bilet.it.incontainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP Basic requests sent from another loopback address (127.0.0.x): the server counts failed
 * sign-ins per client address, and a test that blocks one must not block the address every other
 * test calls from. One HTTP/1.0 request per connection, read to its end.
 */
final class FromAddress {

    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final URL base;
    private final InetAddress local;

    private FromAddress(URL base, InetAddress local) {
        this.base = base;
        this.local = local;
    }

    static FromAddress of(URL base, String localAddress) {
        try {
            return new FromAddress(base, InetAddress.getByName(localAddress));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer get(String path, String username, String password) {
        var basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        var host = "localhost".equals(base.getHost()) ? "127.0.0.1" : base.getHost();
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(host, base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            var request = "GET " + path + " HTTP/1.0\r\nHost: " + host + ":" + base.getPort()
                    + "\r\nAccept: application/json\r\nAuthorization: Basic " + basic + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(String response) {
        var split = response.indexOf("\r\n\r\n");
        var head = response.substring(0, split).split("\r\n");
        var headers = new LinkedHashMap<String, String>();
        for (int i = 1; i < head.length; i++) {
            var colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
        }
        return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, response.substring(split + 4));
    }
}
