package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bilet.channels.mail.Letter;
import org.bilet.channels.mail.templates.MailTemplateDetails;
import org.bilet.channels.mail.templates.MailTemplateInfo;
import org.bilet.channels.mail.templates.MailTemplateWording;
import org.bilet.channels.mail.templates.MailTemplates;
import org.bilet.people.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The wording of Bilet's mails, for administrators: each kind of mail ({@code RECEIVED},
 * {@code ASSIGNED} …) in each language Bilet writes ({@code en}, {@code pl} …), Bilet's own until
 * one is saved; saved with the version read (a stale one is 409), previewed with sample values
 * before saving, restored to Bilet's wording by DELETE.
 */
@Path("admin/mail-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration: mail templates", description = "Administrators only, as the administration screens.")
public class MailTemplateResource {

    @EJB
    MailTemplates templates;

    @GET
    @Operation(summary = "Every kind of mail in every language, Bilet's wording or edited (by whom, when)")
    @APIResponse(responseCode = "200", description = "Topic × language",
            content = @Content(examples = @ExampleObject(name = "templates", value = AdminExamples.MAIL_TEMPLATES)))
    public List<MailTemplateInfo> list() {
        return templates.all();
    }

    @GET
    @Path("{topic}/{language}")
    @Operation(summary = "One kind of mail in one language: the wording in use, Bilet's own and the placeholders it may use",
            description = "An unknown topic or language: 404.")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(examples = @ExampleObject(name = "template", value = AdminExamples.MAIL_TEMPLATE)))
    public MailTemplateDetails get(@PathParam("topic") String topic, @PathParam("language") String language) {
        return templates.read(topic, language);
    }

    @PUT
    @Path("{topic}/{language}")
    @Operation(summary = "Save an edited wording",
            description = "Every mistake at once (400 naming subject and body): blank, too long, a subject of several lines or without "
                    + "{{number}}, an unknown placeholder, an unclosed {{. A version other than the current one: 409.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "wording", value = AdminExamples.MAIL_TEMPLATE_WORDING)))
    public MailTemplateDetails save(@PathParam("topic") String topic, @PathParam("language") String language, MailTemplateWording wording) {
        return templates.save(topic, language, wording);
    }

    @DELETE
    @Path("{topic}/{language}")
    @Operation(summary = "Restore Bilet's own wording (removes the edited one)")
    public MailTemplateDetails reset(@PathParam("topic") String topic, @PathParam("language") String language) {
        return templates.reset(topic, language);
    }

    @POST
    @Path("{topic}/{language}/preview")
    @Operation(summary = "Render a wording not saved yet with sample values, as the mail's subject, text and HTML parts",
            description = "Refused as a save would be (400).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "wording", value = AdminExamples.MAIL_TEMPLATE_WORDING)))
    @APIResponse(responseCode = "200", description = "The mail as it would be",
            content = @Content(examples = @ExampleObject(name = "letter", value = AdminExamples.MAIL_PREVIEW)))
    public Letter preview(@PathParam("topic") String topic, @PathParam("language") String language, MailTemplateWording wording) {
        return templates.preview(topic, language, wording);
    }
}
