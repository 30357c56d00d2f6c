package org.bilet.web.portal;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilet.catalog.Catalog;
import org.bilet.people.Directory;
import org.bilet.people.PersonChoice;
import org.bilet.tickets.Channel;
import org.bilet.tickets.NewTicket;
import org.bilet.tickets.TicketDesk;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.ShownNames;
import org.bilet.web.session.Texts;
import org.bilet.web.session.UserSession;
import org.bilet.web.tickets.Uploads;

/**
 * "New ticket": subject, category, the fields the category asks for, description and files. The
 * files arrive before the ticket exists and wait in {@link Uploads}; the ticket is opened only when
 * every one of them is within the limit, and with them, in one transaction. Staff also say whom it
 * is for and how it came (a call, a walk-in), and land on that ticket in the desk.
 */
@Named
@ViewScoped
public class SubmitTicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Flash attribute carrying the number of the ticket just submitted to its page. */
    static final String SUBMITTED = "submitted";

    private static final String FORM = "ticket";

    @Inject
    TicketDesk desk;

    @Inject
    Catalog catalog;

    @Inject
    ShownNames names;

    @Inject
    Uploads uploads;

    @Inject
    Directory directory;

    @Inject
    UserSession me;

    private String subject;
    private String description;
    private String category;
    private List<FieldInput> fields = List.of();
    private CategoryMenu categories;
    private String requester;
    private Channel channel = Channel.WEB;
    private final Map<String, String> requesterLabels = new HashMap<>();

    public List<SelectItem> getCategories() {
        if (categories == null) {
            categories = CategoryMenu.of(catalog.categoriesIn(names.get().language()));
        }
        return categories.choices();
    }

    /** The category changed: ask for the fields it asks for. */
    public void categoryChanged() {
        fields = catalog.customFieldsFor(blankToNull(category)).stream().map(field -> new FieldInput(field, names.get())).toList();
    }

    public String submit() {
        var files = uploads.stage(FORM, FORM + ":files");
        if (files == null) {
            return null;
        }
        var request = NewTicket.of(subject, description).inCategory(blankToNull(category)).withCustomFields(customValues());
        if (me.isStaff()) {
            request = request.forRequester(blankToNull(requester)).via(channel);
        }
        var opening = request;
        var ticket = Refusals.inForm(FORM).fields(this::customFieldClientId).attempt(() -> desk.open(opening, files));
        if (ticket == null) {
            return null;
        }
        uploads.clear();
        if (me.isStaff() && blankToNull(requester) != null) {
            // Written down for someone else: the agent goes on working it in the desk.
            return "/desk/ticket?faces-redirect=true&number=" + ticket.number();
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(SUBMITTED, ticket.number());
        return "/portal/ticket?faces-redirect=true&number=" + ticket.number();
    }

    /** Staff choosing whom the ticket is for: people whose name, user name or address holds the text. */
    public List<String> completeRequester(String text) {
        var found = directory.find(text);
        found.forEach(p -> requesterLabels.put(p.username(), p.name() + " <" + p.email() + ">"
                + (p.organization() == null ? "" : ", " + p.organization())));
        return found.stream().map(PersonChoice::username).toList();
    }

    public String requesterLabel(String username) {
        return requesterLabels.getOrDefault(username, username);
    }

    /** The ways a ticket staff write down may have come: not Bilet's own, the API's or an import's. */
    public List<Channel> getChannels() {
        return List.of(Channel.WEB, Channel.PHONE, Channel.EMAIL, Channel.CHAT);
    }

    private Map<String, String> customValues() {
        var values = new LinkedHashMap<String, String>();
        fields.forEach(field -> {
            if (field.value() != null) {
                values.put(field.getKey(), field.value());
            }
        });
        return values;
    }

    /** The input of a custom field a service's complaint is about; the form's own inputs go by their names. */
    private String customFieldClientId(String field) {
        for (int i = 0; i < fields.size(); i++) {
            if (field.equals("customFields." + fields.get(i).getKey())) {
                return FORM + ":fieldList:" + i + ":" + fields.get(i).getType().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The reader's short date pattern with a four-digit year, for the date picker: "dd/MM/yyyy", "dd.MM.yyyy". */
    public String getDatePattern() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale)
                .replaceAll("y+", "yyyy");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public Uploads getUploads() {
        return uploads;
    }

    public List<FieldInput> getFields() {
        return fields;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRequester() {
        return requester;
    }

    public void setRequester(String requester) {
        this.requester = requester;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
