package org.bilet.web.session;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.bilet.web.security.LoginPage;
import org.bilet.web.security.SignInMechanism;

/** The sign-in form: checks the credential against the same identity stores as the API. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    UserSession me;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        var status = security.authenticate((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SUCCESS -> {
                me.signedIn();
                external.redirect(external.getRequestContextPath()
                        + Objects.requireNonNullElse(LoginPage.safeNext(next), me.landingPage()));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                if (external.getRequestMap().get(SignInMechanism.HELD_BACK_MINUTES) instanceof Long minutes) {
                    Texts.error(null, "login.heldBack", minutes);
                } else {
                    Texts.error(null, "login.failed");
                }
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
