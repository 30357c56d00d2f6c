package org.bilet.web.session;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.bilet.people.Directory;
import org.bilet.people.Role;
import org.bilet.people.UserInfo;
import org.bilet.web.security.LoginPage;

/**
 * The signed-in person as the screens see them: who they are, which language and time zone they
 * read in, and where they land. Before sign-in the language follows the browser.
 */
@Named("me")
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Directory directory;

    /** Looked up at use: the container's SecurityContext is a dependent object, which a session could not carry to another node. */
    @Inject
    Instance<SecurityContext> security;

    private UserInfo user;
    private Language language;
    private ZoneId zone = ZoneOffset.UTC;

    public Locale getLocale() {
        return language().locale();
    }

    public String getLanguage() {
        return language().tag();
    }

    public List<Language> getLanguages() {
        return Language.ALL;
    }

    public ZoneId getZone() {
        return zone;
    }

    /** Loads the person after sign-in; their own earlier language choice wins over the browser's. */
    public void signedIn() {
        user = directory.me();
        if (user.languageChosen()) {
            language = Language.of(user.locale()).orElse(language());
        }
        zone = zoneOf(user.timeZone());
    }

    /**
     * The language switch: takes effect at once and is remembered for the next sign-in. Only a
     * change is a choice: the form that holds the switch also posts it unchanged (signing out).
     */
    public void setLanguage(String tag) {
        Language.of(tag).filter(chosen -> !chosen.equals(language())).ifPresent(chosen -> {
            language = chosen;
            if (isSignedIn()) {
                directory.chooseLanguage(chosen.tag());
            }
        });
    }

    /** Someone signed in makes this request; the server's anonymous caller is nobody (it may have a principal of its own). */
    public boolean isSignedIn() {
        var faces = FacesContext.getCurrentInstance();
        return faces != null ? faces.getExternalContext().getUserPrincipal() != null : security.get().getCallerPrincipal() != null;
    }

    public UserInfo getUser() {
        if (user == null && isSignedIn()) {
            signedIn();
        }
        return user;
    }

    public String getName() {
        return getUser() == null ? "" : user.name();
    }

    public String getUsername() {
        return getUser() == null ? "" : user.username();
    }

    public boolean isStaff() {
        return has(Role.AGENT) || has(Role.MANAGER) || has(Role.ADMIN);
    }

    /** Managers and administrators oversee the desk (the workload screen). */
    public boolean isManager() {
        return has(Role.MANAGER) || has(Role.ADMIN);
    }

    /** Editors and administrators write the knowledge base (the screens under /kb/edit). */
    public boolean isEditor() {
        return has(Role.EDITOR) || has(Role.ADMIN);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    private boolean has(Role role) {
        return getUser() != null && user.roles().contains(role);
    }

    /** Staff start at their queue, employees at their own tickets. */
    public String landingPage() {
        return isStaff() ? "/desk/queue.xhtml" : "/portal/tickets.xhtml";
    }

    public String land() {
        return landingPage() + "?faces-redirect=true";
    }

    /** The sign-in form, coming back to this page afterwards: for visitors of the pages open to everyone. */
    public String getSignInAddress() {
        return LoginPage.address((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public void signOut() throws IOException, ServletException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    private Language language() {
        if (language == null) {
            var context = FacesContext.getCurrentInstance();
            language = context == null ? Language.ENGLISH
                    : Language.preferredAmong(Collections.list(((HttpServletRequest) context.getExternalContext().getRequest()).getLocales()));
        }
        return language;
    }

    private static ZoneId zoneOf(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException | NullPointerException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
