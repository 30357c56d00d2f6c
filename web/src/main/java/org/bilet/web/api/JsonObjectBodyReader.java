package org.bilet.web.api;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * {@link JsonBodyReader} for a body taken as a {@link JsonObject} (the merge patch of a ticket).
 * RESTEasy prefers a reader declared for the exact type over one declared for Object, so without
 * this one its own lenient JSON-P reader would read these bodies.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, TicketResource.MERGE_PATCH_JSON})
public class JsonObjectBodyReader implements MessageBodyReader<JsonObject> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return (JsonObject) JsonBodyReader.read(JsonObject.class, mediaType, entityStream);
    }
}
