package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import org.bilet.channels.mail.preferences.MailPreferences;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;

/**
 * Which mails the caller gets: {@code GET} lists each kind their role can get with
 * {@code mail: true|false}; {@code PUT} changes the kinds it names, e.g. {@code {"ASSIGNED": false}}.
 */
@Path("me/mail-preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class MailPreferenceResource {

    /** One kind of mail and whether the caller gets it. */
    public record Item(String topic, boolean mail) {
    }

    @EJB
    MailPreferences preferences;

    @GET
    public List<Item> mine() {
        return items(preferences.mine());
    }

    @PUT
    public List<Item> choose(JsonObject body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send a JSON object naming kinds of mail and whether you want them, e.g. {\"ASSIGNED\": false}.");
        }
        var choices = new LinkedHashMap<String, Object>();
        // JSON true and false are choices; anything else is passed on as written, to be named in the refusal.
        body.forEach((name, value) -> choices.put(name, switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> value.toString();
        }));
        return items(preferences.choose(choices));
    }

    private static List<Item> items(List<MailPreferences.Choice> choices) {
        return choices.stream().map(choice -> new Item(choice.topic().name(), choice.byMail())).toList();
    }
}
