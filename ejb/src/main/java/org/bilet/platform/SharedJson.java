package org.bilet.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once for everyone who builds or reads JSON by hand. The static
 * {@code jakarta.json.Json.create…} methods look it up again at every call, through the class
 * loaders of the deployment's modules: on a search that built its query JSON that way, that lookup
 * was a large share of the server's CPU.
 */
public final class SharedJson {

    public static final JsonProvider JSON = JsonProvider.provider();

    private SharedJson() {
    }
}
