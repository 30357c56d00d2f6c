package org.bilet.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.bilet.platform.TooLargeException;

/**
 * Reads every JSON body of the API ({@code application/json}, and {@code application/merge-patch+json}
 * for PATCH): UTF-8 only, at most 1 MiB, parsed by {@link StrictJson} and bound by
 * {@link BodyBinding}. A body that is empty, {@code null}, malformed or of the wrong shape is a 400
 * problem naming what is wrong; the resource always gets a value. {@link JsonObjectBodyReader} does
 * the same for resources that take the JSON object itself.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, TicketResource.MERGE_PATCH_JSON})
public class JsonBodyReader implements MessageBodyReader<Object> {

    /** Far above what any body of the API holds (a description is at most 65,000 characters). */
    static final int MAX_BYTES = 1024 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return BodyBinding.binds(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return read(genericType, mediaType, entityStream);
    }

    static Object read(Type type, MediaType mediaType, InputStream entityStream) throws IOException {
        if (!isUtf8(mediaType)) {
            throw new NotSupportedException(ProblemResponses.of(Problem.of(415, "Unsupported Media Type",
                    "Send JSON as UTF-8: Content-Type: application/json, without a charset or with charset=utf-8.")));
        }
        var body = entityStream.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new TooLargeException("A JSON body has at most 1 MiB.");
        }
        return BodyBinding.bind(StrictJson.read(body), type);
    }

    static boolean isUtf8(MediaType mediaType) {
        var charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null || charset.replace("\"", "").strip().equalsIgnoreCase("utf-8");
    }
}
