package org.bilet.platform;

import jakarta.enterprise.context.RequestScoped;
import org.bilet.tickets.Channel;

/**
 * Where the current request comes from: the channel and, for web and API requests, the client
 * address. The boundary fills it in; the history records it with every change.
 */
@RequestScoped
public class RequestOrigin {

    private Channel channel = Channel.WEB;
    private String clientAddress;

    public void set(Channel channel, String clientAddress) {
        this.channel = channel;
        this.clientAddress = clientAddress;
    }

    public Channel channel() {
        return channel;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
