package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bilet.signin.LockoutInfo;
import org.bilet.signin.Lockouts;

/** /admin/lockouts: accounts and addresses locked out after failed sign-ins, each with a button to lift it. */
@Named
@ViewScoped
public class LockoutsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Lockouts lockouts;

    private List<LockoutInfo> current;

    @PostConstruct
    void load() {
        current = lockouts.current();
    }

    public void lift(LockoutInfo lockout) {
        if (AdminPage.attempt("lockouts", () -> lockouts.lift(lockout.id()))) {
            AdminPage.done("lockouts.lifted", lockout.subject());
        }
        load();
    }

    public List<LockoutInfo> getCurrent() {
        return current;
    }
}
