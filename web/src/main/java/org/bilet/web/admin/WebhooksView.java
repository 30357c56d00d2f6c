package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bilet.platform.Page;
import org.bilet.webhooks.WebhookDefinition;
import org.bilet.webhooks.WebhookDeliveryInfo;
import org.bilet.webhooks.WebhookEvent;
import org.bilet.webhooks.WebhookInfo;
import org.bilet.webhooks.Webhooks;

/**
 * /admin/webhooks: the registered hooks, a form to add one (the secret is typed, never shown), and
 * the delivery log of the chosen hook, newest first, a page of 50 read in the database.
 */
@Named
@ViewScoped
public class WebhooksView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LOG_SIZE = 50;

    @Inject
    Webhooks webhooks;

    private List<WebhookInfo> hooks;
    private WebhookInfo chosen;
    private Page<WebhookDeliveryInfo> log;

    private String url;
    private List<String> events = new ArrayList<>(List.of("created", "updated", "message", "status"));
    private String secret;
    private boolean includeInternal;

    @PostConstruct
    void load() {
        hooks = webhooks.list();
        if (chosen != null) {
            chosen = hooks.stream().filter(h -> h.id() == chosen.id()).findFirst().orElse(null);
        }
        log = chosen == null ? null : webhooks.deliveries(chosen.id(), 0, LOG_SIZE);
    }

    /** Sends again a delivery Bilet gave up on, and shows the log as it is then. */
    public void retry(long deliveryId) {
        var retried = AdminPage.attempt("log", () -> webhooks.retry(chosen.id(), deliveryId));
        if (retried != null) {
            AdminPage.done("webhooks.retried", retried.ticket());
            load();
        }
    }

    public void add() {
        var created = AdminPage.attempt("add", () -> webhooks.create(new WebhookDefinition(url, events, secret, true, includeInternal)));
        if (created != null) {
            AdminPage.done("webhooks.added", created.url());
            url = null;
            secret = null;
            includeInternal = false;
            chosen = created;
            load();
        }
    }

    public void toggle(WebhookInfo hook) {
        var changed = AdminPage.attempt("hooks", () -> webhooks.change(hook.id(), hook.version(),
                new WebhookDefinition(hook.url(), hook.events(), null, !hook.active(), hook.includeInternal())));
        if (changed != null) {
            AdminPage.done(changed.active() ? "webhooks.switchedOn" : "webhooks.switchedOff", changed.url());
        }
        load();
    }

    public void remove(WebhookInfo hook) {
        if (AdminPage.attempt("hooks", () -> webhooks.delete(hook.id()))) {
            AdminPage.done("webhooks.removed", hook.url());
            if (chosen != null && chosen.id() == hook.id()) {
                chosen = null;
            }
        }
        load();
    }

    public void choose(WebhookInfo hook) {
        chosen = hook;
        load();
    }

    public List<String> getEventChoices() {
        return Arrays.stream(WebhookEvent.values()).map(WebhookEvent::apiName).toList();
    }

    public List<WebhookInfo> getHooks() {
        return hooks;
    }

    public WebhookInfo getChosen() {
        return chosen;
    }

    public Page<WebhookDeliveryInfo> getLog() {
        return log;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public boolean isIncludeInternal() {
        return includeInternal;
    }

    public void setIncludeInternal(boolean includeInternal) {
        this.includeInternal = includeInternal;
    }
}
